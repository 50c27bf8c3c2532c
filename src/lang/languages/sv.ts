import {sv as phrases} from '../../rules/phrases/sv.js'
import type {LanguageEntry} from '../registry.js'
import {sv as stopwords} from '../stopwords/sv.js'

/** Swedish: codes, script, date words as sites print them (folded), relative times, phrases. */
export const sv: LanguageEntry = {
  tag: 'sv', iso3: 'swe', name: 'Swedish', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
    'nov', 'dec',
  ],
  weekdays: [
    'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mån', 'tis', 'ons', 'tors',
    'fre', 'lör', 'sön',
  ],
  dateGlue: ['kl', 'publicerad', 'uppdaterad', 'idag', 'igår', 'i', 'den'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\bför\s+\d{1,3}\s+(?:sekunder|sekund|minuter|minut|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år)\s+sedan\b`,
  ],
  phrases,
}
