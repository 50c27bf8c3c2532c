// Function words per language: the most frequent closed-class words (articles, pronouns,
// prepositions, conjunctions, auxiliaries), generated from stopwords-iso by
// bench/generate-stopwords.ts. Kept short on purpose: stopword density separates prose
// from menus only when the list holds true function words.
import {LANGUAGES} from './registry.js'
import {de} from './stopwords/de.js'
import {en} from './stopwords/en.js'
import {es} from './stopwords/es.js'
import {fr} from './stopwords/fr.js'
import {it} from './stopwords/it.js'
import {nl} from './stopwords/nl.js'
import {pt} from './stopwords/pt.js'
import {ru} from './stopwords/ru.js'

/** Language tag → set of function words. Built once; read-only. */
export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...Object.entries({en, de, fr, es, it, pt, nl, ru}).map(([tag, words]) => [tag, new Set(words)] as const),
  ...LANGUAGES.map((l) => [l.tag, new Set(l.stopwords)] as const),
])
