import {fi as phrases} from '../../rules/phrases/fi.js'
import type {LanguageEntry} from '../registry.js'
import {fi as stopwords} from '../stopwords/fi.js'

/** Finnish: codes, script, date words as sites print them (folded), relative times, phrases. */
export const fi: LanguageEntry = {
  tag: 'fi', iso3: 'fin', name: 'Finnish', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'tammikuu', 'tammikuuta', 'helmikuu', 'helmikuuta', 'maaliskuu', 'maaliskuuta', 'huhtikuu',
    'huhtikuuta', 'toukokuu', 'toukokuuta', 'kesäkuu', 'kesäkuuta', 'heinäkuu', 'heinäkuuta', 'elokuu',
    'elokuuta', 'syyskuu', 'syyskuuta', 'lokakuu', 'lokakuuta', 'marraskuu', 'marraskuuta', 'joulukuu',
    'joulukuuta',
  ],
  weekdays: [
    'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'ma', 'ti',
    'ke', 'to', 'pe', 'la', 'su',
  ],
  dateGlue: ['klo', 'julkaistu', 'päivitetty', 'tänään', 'eilen'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\b\d{1,3}\s+(?:sekuntia|minuuttia|tuntia|päivää|viikkoa|kuukautta|vuotta|sekunti|minuutti|tunti|päivä|viikko|kuukausi|vuosi|min|h|pv)\s+sitten`,
  ],
  phrases,
}
