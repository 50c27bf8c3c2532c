import {pl as phrases} from '../../rules/phrases/pl.js'
import type {LanguageEntry} from '../registry.js'
import {pl as stopwords} from '../stopwords/pl.js'

/** Polish: codes, script, date words as sites print them (folded), relative times, phrases. */
export const pl: LanguageEntry = {
  tag: 'pl', iso3: 'pol', name: 'Polish', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'styczeń', 'stycznia', 'sty', 'luty', 'lutego', 'lut', 'marzec', 'marca', 'mar', 'kwiecień',
    'kwietnia', 'kwi', 'maj', 'maja', 'czerwiec', 'czerwca', 'cze', 'lipiec', 'lipca', 'lip',
    'sierpień', 'sierpnia', 'sie', 'wrzesień', 'września', 'wrz', 'październik', 'października', 'paź',
    'listopad', 'listopada', 'lis', 'grudzień', 'grudnia', 'gru',
  ],
  weekdays: [
    'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'pon', 'wt', 'śr',
    'czw', 'pt', 'sob', 'niedz', 'ndz',
  ],
  dateGlue: [
    'r', 'rok', 'roku', 'godz', 'g', 'opublikowano', 'aktualizacja', 'zaktualizowano', 'dzisiaj',
    'wczoraj', 'o',
  ],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\b\d{1,3}\s+(?:sekund|minut|godzin|dni|dzień|tygodni|tydzień|miesi[ąę]c|miesięcy|lat|rok)\S{0,3}\s+temu`,
    String.raw`\b(?:minutę|godzinę)\s+temu`,
  ],
  phrases,
}
