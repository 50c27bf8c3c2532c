// Provisional: the registry belongs to the pipeline refactor (see LANG-SPEC), which also
// registers today's eight languages (en de fr es it pt nl ru). Until it lands, this file
// holds the entry type and the languages added since; the pipeline's own copy replaces
// it, and each line of LANGUAGES below moves there.
import type {PhraseTable} from '../rules/catalogue.js'
import {ar} from './languages/ar.js'
import {cs} from './languages/cs.js'
import {da} from './languages/da.js'
import {el} from './languages/el.js'
import {fa} from './languages/fa.js'
import {fi} from './languages/fi.js'
import {he} from './languages/he.js'
import {hi} from './languages/hi.js'
import {hu} from './languages/hu.js'
import {id} from './languages/id.js'
import {ja} from './languages/ja.js'
import {ko} from './languages/ko.js'
import {nb} from './languages/nb.js'
import {pl} from './languages/pl.js'
import {ro} from './languages/ro.js'
import {sv} from './languages/sv.js'
import {th} from './languages/th.js'
import {tr} from './languages/tr.js'
import {uk} from './languages/uk.js'
import {vi} from './languages/vi.js'
import {zh} from './languages/zh.js'

export type Script = 'Latn' | 'Cyrl' | 'Grek' | 'Arab' | 'Hebr' | 'Deva' | 'Hani' | 'Jpan' | 'Hang' | 'Thai'

/** One language: everything the pipeline knows about it, in one place. */
export interface LanguageEntry {
  /** ISO 639-1 (BCP 47 primary subtag). */
  tag: string
  /** ISO 639-3, as franc answers. */
  iso3: string
  name: string
  script: Script
  dir: 'ltr' | 'rtl'
  /** Words are separated by spaces: false for zh, ja and th, whose phrases are found as substrings. */
  spaced: boolean
  stopwords: ReadonlySet<string> | readonly string[]
  /** Month names, full and short, in every form sites print; folded. */
  months: readonly string[]
  weekdays: readonly string[]
  /** Words that sit in date lines ("updated", "at", "o'clock"). */
  dateGlue: readonly string[]
  /** Regex sources ("3 days ago"), bounded and linear. */
  relativeTime: readonly string[]
  phrases: PhraseTable
}

export const LANGUAGES: readonly LanguageEntry[] = [
  pl, cs, sv, da, nb, fi, tr, el, uk, ro, hu, ar, fa, he, hi, id, vi, zh, ja, ko, th,
]
