import {he as phrases} from '../../rules/phrases/he.js'
import type {LanguageEntry} from '../registry.js'
import {he as stopwords} from '../stopwords/he.js'

/** Hebrew: codes, script, date words as sites print them (folded), relative times, phrases. */
export const he: LanguageEntry = {
  tag: 'he', iso3: 'heb', name: 'Hebrew', script: 'Hebr', dir: 'rtl', spaced: true,
  stopwords,
  months: [
    'ינואר', 'פברואר', 'מרץ', 'מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר',
    'נובמבר', 'דצמבר', 'בינואר', 'בפברואר', 'במרץ', 'באפריל', 'במאי', 'ביוני', 'ביולי', 'באוגוסט',
    'בספטמבר', 'באוקטובר', 'בנובמבר', 'בדצמבר',
  ],
  weekdays: ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת', 'יום'],
  dateGlue: ['פורסם', 'עודכן', 'בשעה', 'היום', 'אתמול', 'ב'],
  // Bounded repetitions only: each pattern runs in linear time. Each needs a number: prose says "yesterday" too.
  relativeTime: [
    String.raw`לפני\s+\d{1,3}\s+(?:שניות|דקות|שעות|ימים|שבועות|חודשים|שנים)`,
  ],
  phrases,
}
