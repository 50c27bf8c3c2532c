import {ro as phrases} from '../../rules/phrases/ro.js'
import type {LanguageEntry} from '../registry.js'
import {ro as stopwords} from '../stopwords/ro.js'

/** Romanian: codes, script, date words as sites print them (folded), relative times, phrases. */
export const ro: LanguageEntry = {
  tag: 'ro', iso3: 'ron', name: 'Romanian', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie',
    'octombrie', 'noiembrie', 'decembrie', 'ian', 'feb', 'mar', 'apr', 'iun', 'iul', 'aug', 'sep',
    'sept', 'oct', 'noi', 'dec',
  ],
  weekdays: [
    'luni', 'marți', 'marti', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'sambata', 'duminică',
    'duminica',
  ],
  dateGlue: ['ora', 'publicat', 'actualizat', 'astăzi', 'azi', 'ieri', 'la'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\bacum\s+\d{1,3}\s+(?:secunde|secundă|minute|minut|ore|oră|zile|zi|săptămâni|săptămână|luni|lună|ani|an)`,
  ],
  phrases,
}
