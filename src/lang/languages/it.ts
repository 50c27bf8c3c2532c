import type {LanguageEntry} from '../registry.js'
import {it as phrases} from '../../rules/phrases/it.js'
import {it as stopwords} from '../stopwords/it.js'

export const it: LanguageEntry = {
  tag: 'it', iso3: 'ita', name: 'Italian', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  dateGlue: ['il', 'alle', 'ore', 'del', 'aggiornato', 'pubblicato', 'aggiornata', 'pubblicata'],
  relativeTime: [String.raw`\b\d{1,3}\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b`],
  phrases,
}
