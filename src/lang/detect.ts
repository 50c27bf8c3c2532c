import {francAll} from 'franc'
import type {Language} from '../types.js'
import {BY_ISO3, BY_TAG, LANGUAGES} from './registry.js'

/**
 * Languages franc may answer: the table languages and the most common languages of
 * the web. Franc's cost grows with its candidates (about 190 for Latin script), and
 * a page in a rarer language gains nothing from a precise code: no tables exist for it.
 */
// Not Malay (zlm): franc splits it from Indonesian by a hair, and Indonesian tables read it best.
const WEB_LANGUAGES = [
  'pol', 'ces', 'slk', 'swe', 'dan', 'nob', 'fin', 'tur', 'ind', 'ron', 'hun', 'ukr', 'bul', 'ell', 'vie',
  'tgl', 'cat', 'hrv', 'srp', 'slv', 'lit', 'lav', 'est', 'cmn', 'jpn', 'kor', 'arb', 'pes', 'heb', 'hin', 'ben',
  'tha', 'urd', 'tam', 'swh',
]
const CANDIDATES = [...LANGUAGES.map((l) => l.iso3), ...WEB_LANGUAGES.filter((code) => !BY_ISO3.has(code))]

/** Codes `language` may force: every code detection can answer, and the ISO 639-1 tags of the table languages. */
const KNOWN_CODES: ReadonlySet<string> = new Set([...CANDIDATES, ...BY_TAG.keys()])

/** Whether `code` (any case) names a language dechrome can detect or has tables for. */
export function isLanguageCode(code: string): boolean {
  return KNOWN_CODES.has(code.toLowerCase())
}

/** Franc looks at most this many characters of the longest blocks by default: enough for a stable guess, bounded cost. */
const SAMPLE_CHARS = 4000
/** Under this many characters franc's guess is noise ("Subscribe to our newsletter" reads as Portuguese). */
const MIN_CHARS = 40

/**
 * Detect a document's language once, from its longest blocks (prose, not menus).
 * `forced` (ISO 639-1 or 639-3) skips detection.
 */
export function detectLanguage(blocks: readonly string[], forced: string | null, sampleChars = SAMPLE_CHARS): Language {
  if (forced) {
    const lower = forced.toLowerCase()
    const code = BY_TAG.get(lower)?.iso3 ?? lower
    const tag = BY_ISO3.get(code)?.tag
    return tag ? {code, tag, source: 'option'} : {code, source: 'option'}
  }
  const sample = sampleProse(blocks, sampleChars)
  if (sample.length < MIN_CHARS) return {code: 'und', source: 'none'}
  const [best] = francAll(sample, {minLength: MIN_CHARS, only: CANDIDATES})
  if (!best || best[0] === 'und') return {code: 'und', source: 'none'}
  const code = best[0]
  const tag = BY_ISO3.get(code)?.tag
  return tag ? {code, tag, source: 'franc'} : {code, source: 'franc'}
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

/** Phrase-table languages to use: the detected one plus English, which is always on. */
export function ruleLanguages(language: Language): string[] {
  if (!language.tag || language.tag === 'en') return ['en']
  const sibling = SIBLINGS[language.tag]
  return sibling ? ['en', language.tag, sibling] : ['en', language.tag]
}

/** Written forms close enough that franc tells them apart by a hair (Danish and Bokmål): each page gets both tables. */
const SIBLINGS: Readonly<Record<string, string>> = {da: 'nb', nb: 'da'}
