import {francAll} from 'franc'
import {ANY_LANGUAGE} from '../rules/index.js'
import type {Language} from '../types.js'
import {LANGUAGES} from './registry.js'
import {STOPWORDS} from './stopwords.js'

/** ISO 639-3 (franc) → ISO 639-1 for the languages we have phrase tables and stopwords for. */
export const TABLE_LANGUAGES: Readonly<Record<string, string>> = Object.freeze({
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru',
  ...Object.fromEntries(LANGUAGES.map((l) => [l.iso3, l.tag])),
})
const FROM_TAG: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(TABLE_LANGUAGES).map(([three, two]) => [two, three])),
)

/**
 * Languages franc may answer: the registered ones. Franc's cost grows with its
 * candidates (about 190 for Latin script), and a page in another language is best read
 * with the tables of its nearest registered neighbour (Slovak as Czech, Malay as
 * Indonesian) or, when franc is unsure, with English and every language's strongest phrases.
 */
const CANDIDATES = Object.keys(TABLE_LANGUAGES)

/** Codes `language` may force: every code detection can answer, and the ISO 639-1 tags of the table languages. */
const KNOWN_CODES: ReadonlySet<string> = new Set([...CANDIDATES, ...Object.keys(FROM_TAG)])

/** Whether `code` (any case) names a language dechrome can detect or has tables for. */
export function isLanguageCode(code: string): boolean {
  return KNOWN_CODES.has(code.toLowerCase())
}

/** Franc looks at most this many characters of the longest blocks by default: enough for a stable guess, bounded cost. */
const SAMPLE_CHARS = 4000
/** Under this many characters franc's guess is noise ("Subscribe to our newsletter" reads as Portuguese). */
const MIN_CHARS = 40

/** Franc's score (1 for its best guess) at which the page's declared language is believed instead. */
const PRIOR_SCORE = 0.9

/**
 * Detect a document's language once, from its longest blocks (prose, not menus).
 * `forced` (ISO 639-1 or 639-3) skips detection. `declared` is the page's own claim
 * (`<html lang>`, HTML mode): a prior that wins when the page is too short for franc
 * or franc scores it nearly as high as its own guess.
 */
export function detectLanguage(blocks: readonly string[], forced: string | null, sampleChars = SAMPLE_CHARS, declared?: string): Language {
  if (forced) {
    const lower = forced.toLowerCase()
    const code = Object.hasOwn(FROM_TAG, lower) ? FROM_TAG[lower] : lower
    const tag = Object.hasOwn(TABLE_LANGUAGES, code) ? TABLE_LANGUAGES[code] : undefined
    return tag ? {code, tag, source: 'option'} : {code, source: 'option'}
  }
  const prior = declaredLanguage(declared)
  const sample = sampleProse(blocks, sampleChars)
  if (sample.length < MIN_CHARS) return prior ? {...prior, source: 'markup'} : {code: 'und', source: 'none'}
  const ranked = francAll(sample, {minLength: MIN_CHARS, only: CANDIDATES})
  const best = ranked[0]
  if (prior && ranked.some(([code, score]) => code === prior.code && score >= PRIOR_SCORE)) return {...prior, source: 'markup'}
  if (!best || best[0] === 'und') return prior ? {...prior, source: 'markup'} : {code: 'und', source: 'none'}
  const code = best[0]
  const tag = TABLE_LANGUAGES[code]
  if (tag && !soundsLike(sample, tag)) return {code: 'und', source: 'none'}
  return tag ? {code, tag, source: 'franc'} : {code, source: 'franc'}
}

const UNCHECKED: ReadonlySet<string> = new Set(LANGUAGES.filter((l) => !l.spaced || l.script === 'Hang').map((l) => l.tag))
const SAMPLE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
/** Under this share of the language's function words, franc's pick is only the nearest registered language, not the page's. */
const MIN_STOP_SHARE = 0.04
/** Fewest words in the sample for the check to be worth making. */
const CHECK_MIN_WORDS = 30

/**
 * Franc must answer from the registry, so a page in another language (Lithuanian,
 * Swahili) gets the nearest registered one. Its function words tell: a Portuguese page
 * has them in every sentence, a Lithuanian page read as Portuguese has almost none.
 * Scripts whose words a regex cannot split (zh, ja, th) or whose function words attach
 * to the word (Korean) are taken on franc's word: franc tells them by script anyway.
 */
function soundsLike(sample: string, tag: string): boolean {
  if (UNCHECKED.has(tag)) return true
  const stopwords = STOPWORDS.get(tag)
  const words = sample.match(SAMPLE_WORD)
  if (!stopwords || !words || words.length < CHECK_MIN_WORDS) return true
  let hits = 0
  for (const w of words) if (stopwords.has(w.toLowerCase())) hits++
  return hits >= words.length * MIN_STOP_SHARE
}

/** A registered language from a BCP 47 tag ("pl-PL", "zh-Hant", "nb"); `no` reads as Bokmål. */
function declaredLanguage(declared: string | undefined): {code: string; tag: string} | undefined {
  if (!declared) return undefined
  const primary = declared.trim().toLowerCase().split(/[-_]/)[0]
  const tag = primary === 'no' ? 'nb' : primary
  return Object.hasOwn(FROM_TAG, tag) ? {code: FROM_TAG[tag], tag} : undefined
}

/** The longest blocks, in document order, up to `sampleChars`. */
function sampleProse(blocks: readonly string[], sampleChars: number): string {
  const order = blocks.map((_, i) => i).sort((a, b) => blocks[b].length - blocks[a].length)
  const picked: number[] = []
  let total = 0
  for (const i of order) {
    if (total >= sampleChars || blocks[i].length < 20) break
    picked.push(i)
    total += blocks[i].length + 1
  }
  picked.sort((a, b) => a - b)
  return picked.map((i) => blocks[i]).join('\n').slice(0, sampleChars)
}

/**
 * Phrase-table languages to use: the detected one plus English, which is always on;
 * when the language is unknown, English and every language's strongest phrases.
 */
export function ruleLanguages(language: Language): string[] {
  if (!language.tag) return ['en', ANY_LANGUAGE]
  if (language.tag === 'en') return ['en']
  const sibling = SIBLINGS[language.tag]
  return sibling ? ['en', language.tag, sibling] : ['en', language.tag]
}

/** Written forms close enough that franc tells them apart by a hair (Danish and Bokmål): each page gets both tables. */
const SIBLINGS: Readonly<Record<string, string>> = {da: 'nb', nb: 'da'}
