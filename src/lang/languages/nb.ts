import {nb as phrases} from '../../rules/phrases/nb.js'
import type {LanguageEntry} from '../registry.js'
import {nb as stopwords} from '../stopwords/nb.js'

/** Norwegian Bokmål: codes, script, date words as sites print them (folded), relative times, phrases. */
export const nb: LanguageEntry = {
  tag: 'nb', iso3: 'nob', name: 'Norwegian Bokmål', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
    'nov', 'des',
  ],
  weekdays: [
    'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'man', 'tir', 'ons', 'tor',
    'fre', 'lør', 'søn',
  ],
  dateGlue: ['kl', 'publisert', 'oppdatert', 'i', 'dag', 'den'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\bfor\s+\d{1,3}\s+(?:sekunder|sekund|minutter|minutt|timer|time|dager|dag|uker|uke|måneder|måned|år)\s+siden\b`,
  ],
  phrases,
}
