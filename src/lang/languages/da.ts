import {da as phrases} from '../../rules/phrases/da.js'
import type {LanguageEntry} from '../registry.js'
import {da as stopwords} from '../stopwords/da.js'

/** Danish: codes, script, date words as sites print them (folded), relative times, phrases. */
export const da: LanguageEntry = {
  tag: 'da', iso3: 'dan', name: 'Danish', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
    'nov', 'dec',
  ],
  weekdays: [
    'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'man', 'tir', 'ons', 'tor',
    'fre', 'lør', 'søn',
  ],
  dateGlue: ['kl', 'publiceret', 'opdateret', 'i', 'dag', 'den'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\bfor\s+\d{1,3}\s+(?:sekunder|sekund|minutter|minut|timer|time|dage|dag|uger|uge|måneder|måned|år)\s+siden\b`,
  ],
  phrases,
}
