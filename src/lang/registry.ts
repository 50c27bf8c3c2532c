/**
 * The language registry: one entry per language, one file each under
 * lang/languages/. The `Lang` type, franc's candidate list, the date words and
 * relative-time patterns of the shape rules, and the phrase tables are all
 * derived from `LANGUAGES`. Adding a language = its three files (languages/,
 * stopwords/, rules/phrases/) and one line here.
 */
import type {PhraseTable} from '../rules/catalogue.js'
import {de} from './languages/de.js'
import {pl} from './languages/pl.js'
import {cs} from './languages/cs.js'
import {sv} from './languages/sv.js'
import {da} from './languages/da.js'
import {nb} from './languages/nb.js'
import {fi} from './languages/fi.js'
import {tr} from './languages/tr.js'
import {el} from './languages/el.js'
import {uk} from './languages/uk.js'
import {ro} from './languages/ro.js'
import {hu} from './languages/hu.js'
import {ar} from './languages/ar.js'
import {fa} from './languages/fa.js'
import {he} from './languages/he.js'
import {hi} from './languages/hi.js'
import {id} from './languages/id.js'
import {vi} from './languages/vi.js'
import {zh} from './languages/zh.js'
import {ja} from './languages/ja.js'
import {ko} from './languages/ko.js'
import {th} from './languages/th.js'
import {en} from './languages/en.js'
import {es} from './languages/es.js'
import {fr} from './languages/fr.js'
import {it} from './languages/it.js'
import {nl} from './languages/nl.js'
import {pt} from './languages/pt.js'
import {ru} from './languages/ru.js'

export interface LanguageEntry {
  /** ISO 639-1. */
  tag: string
  /** ISO 639-3, as franc answers. */
  iso3: string
  name: string
  script: 'Latn' | 'Cyrl' | 'Grek' | 'Arab' | 'Hebr' | 'Deva' | 'Hani' | 'Jpan' | 'Hang' | 'Thai'
  dir: 'ltr' | 'rtl'
  /** Words are separated by spaces (not so for Chinese, Japanese, Thai). */
  spaced: boolean
  /** Function words: their share in a block tells prose from menus. */
  stopwords: ReadonlySet<string> | readonly string[]
  /** Month names, folded, full and short, every grammatical form sites print. */
  months: readonly string[]
  weekdays: readonly string[]
  /** Words that sit in date lines ("updated", "at", "um"). */
  dateGlue: readonly string[]
  /** Regex sources for "3 hours ago" and its kin: bounded repetitions, linear. */
  relativeTime: readonly string[]
  phrases: PhraseTable
}

export const LANGUAGES: readonly LanguageEntry[] = [
  en, de, fr, es, it, pt, nl, ru,
  pl, cs, sv, da, nb, fi, tr, el, uk, ro, hu, ar, fa, he, hi, id, vi, zh, ja, ko, th,
]

/**
 * The pseudo-language of the any-language table: every registered language's strongest
 * phrases (rules/match.ts), read beside English where a page's language is undetermined.
 */
export const ANY_LANGUAGE = '*'

/** A registered language's ISO 639-1 tag. */
export type Lang = (typeof LANGUAGES)[number]['tag']

/** ISO 639-3 → the registered entry. */
export const BY_ISO3: ReadonlyMap<string, LanguageEntry> = new Map(LANGUAGES.map((l) => [l.iso3, l]))
/** ISO 639-1 → the registered entry. */
export const BY_TAG: ReadonlyMap<string, LanguageEntry> = new Map(LANGUAGES.map((l) => [l.tag, l]))

const stopwordSets = new Map(LANGUAGES.map((l) => [l.tag, new Set(l.stopwords)]))
/** Unknown language: the union of every listed language's function words. */
const ALL_STOPWORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.stopwords]))

/** The stopword set for a language tag, or the union of all (unknown language). */
export function stopwordsFor(tag: string | undefined): ReadonlySet<string> {
  return (tag && stopwordSets.get(tag)) || ALL_STOPWORDS
}
