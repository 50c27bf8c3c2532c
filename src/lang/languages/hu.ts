import {hu as phrases} from '../../rules/phrases/hu.js'
import type {LanguageEntry} from '../registry.js'
import {hu as stopwords} from '../stopwords/hu.js'

/** Hungarian: codes, script, date words as sites print them (folded), relative times, phrases. */
export const hu: LanguageEntry = {
  tag: 'hu', iso3: 'hun', name: 'Hungarian', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember',
    'október', 'november', 'december', 'jan', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'aug',
    'szept', 'okt', 'nov', 'dec',
  ],
  weekdays: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
  dateGlue: ['frissítve', 'közzétéve', 'ma', 'tegnap', 'óra'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\b\d{1,3}\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)\b`,
  ],
  phrases,
}
