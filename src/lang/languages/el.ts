import {el as phrases} from '../../rules/phrases/el.js'
import type {LanguageEntry} from '../registry.js'
import {el as stopwords} from '../stopwords/el.js'

/** Greek: codes, script, date words as sites print them (folded), relative times, phrases. */
export const el: LanguageEntry = {
  tag: 'el', iso3: 'ell', name: 'Greek', script: 'Grek', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'ιανουάριος', 'ιανουαρίου', 'φεβρουάριος', 'φεβρουαρίου', 'μάρτιος', 'μαρτίου', 'απρίλιος',
    'απριλίου', 'μάιος', 'μαΐου', 'ιούνιος', 'ιουνίου', 'ιούλιος', 'ιουλίου', 'αύγουστος', 'αυγούστου',
    'σεπτέμβριος', 'σεπτεμβρίου', 'οκτώβριος', 'οκτωβρίου', 'νοέμβριος', 'νοεμβρίου', 'δεκέμβριος',
    'δεκεμβρίου', 'ιαν', 'φεβ', 'μαρ', 'απρ', 'μαϊ', 'ιουν', 'ιουλ', 'αυγ', 'σεπ', 'οκτ', 'νοε', 'δεκ',
  ],
  weekdays: [
    'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή', 'δευ', 'τρι', 'τετ',
    'πεμ', 'παρ', 'σαβ', 'κυρ',
  ],
  dateGlue: ['στις', 'ώρα', 'δημοσίευση', 'ενημέρωση', 'σήμερα', 'χθες'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`(?:πριν\s+από|πριν)\s+\d{1,3}\s+(?:δευτερόλεπτ|λεπτ|ώρ|ημέρ|μέρ|εβδομάδ|μήν|χρόν)\S{0,3}`,
  ],
  phrases,
}
