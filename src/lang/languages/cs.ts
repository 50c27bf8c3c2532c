import {cs as phrases} from '../../rules/phrases/cs.js'
import type {LanguageEntry} from '../registry.js'
import {cs as stopwords} from '../stopwords/cs.js'

/** Czech: codes, script, date words as sites print them (folded), relative times, phrases. */
export const cs: LanguageEntry = {
  tag: 'cs', iso3: 'ces', name: 'Czech', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'leden', 'ledna', 'únor', 'února', 'březen', 'března', 'duben', 'dubna', 'květen', 'května',
    'červen', 'června', 'červenec', 'července', 'srpen', 'srpna', 'září', 'říjen', 'října', 'listopad',
    'listopadu', 'prosinec', 'prosince', 'led', 'úno', 'bře', 'dub', 'kvě', 'čvn', 'čvc', 'srp', 'zář',
    'říj', 'lis', 'pro',
  ],
  weekdays: [
    'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle', 'po', 'út', 'st', 'čt', 'pá',
    'so', 'ne',
  ],
  dateGlue: ['v', 've', 'hod', 'aktualizováno', 'publikováno', 'dnes', 'včera'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\bpřed\s+\d{1,3}\s+(?:sekund|minut|hodin|dn|týdn|měsíc|rok|let)\S{0,4}\b`,
  ],
  phrases,
}
