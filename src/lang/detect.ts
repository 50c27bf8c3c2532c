import {francAll} from 'franc'
import type {Element, Root} from 'hast'
import type {Language} from '../types.js'
import {ANY_LANGUAGE, BY_ISO3, BY_TAG, LANGUAGES} from './registry.js'

/**
 * Languages franc may answer: the registry's, and common languages of the web that have
 * no tables. Without these a page in one of them reads as its registered kin (Swahili
 * as Indonesian, Catalan as French) and gets that language's tables and function words;
 * with them it is told apart and read by English and the any-language table. Franc's
 * cost grows with its candidates (about 190 for Latin script), so the list stays short.
 */
// Not Malay (zlm): franc splits it from Indonesian by a hair, and Indonesian tables read it best.
const UNREGISTERED_WEB_LANGUAGES = [
  'slk', 'bul', 'tgl', 'cat', 'hrv', 'srp', 'slv', 'lit', 'lav', 'est', 'ben', 'urd', 'tam', 'swh',
]
const CANDIDATES: readonly string[] = [...LANGUAGES.map((l) => l.iso3), ...UNREGISTERED_WEB_LANGUAGES.filter((code) => !BY_ISO3.has(code))]

/** Codes `language` may force: every code detection can answer, and the ISO 639-1 tags of the registered languages. */
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
 * How close two of franc's scores must be for franc not to tell the languages apart, in
 * its own distance units. Franc scores 1 for its best and 1 - Δ/(length × 300) for the
 * others, so the same gap in trigram distance is a smaller score gap on a longer sample;
 * a margin of `units / length` means the same evidence at 800 characters and at 2 048
 * (franc reads no more). On the dev pages: MIXED flags 21 of 1 249 pages at 800
 * characters, 14 of them pages franc got wrong; PRIOR lets a declared language win where
 * it is about as close as franc's best ("de 0.986" under "en 1.000" on a German page).
 */
const MIXED_UNITS = 12
const PRIOR_UNITS = 24
const FRANC_MAX_LENGTH = 2048

/**
 * Detect a document's language once, from its longest blocks (prose, not menus).
 * `forced` (ISO 639-1 or 639-3) skips detection. `declared` is the language the page
 * declares (`<html lang>`, `content-language`; see `declaredLanguage()`): a prior that
 * decides where franc cannot (too little text, or its best is close to the declared
 * language or to another), and loses to a clear answer (many pages keep a template's `lang="en"`).
 */
export function detectLanguage(blocks: readonly string[], forced: string | null, sampleChars = SAMPLE_CHARS, declared?: string): Language {
  if (forced) {
    const lower = forced.toLowerCase()
    const code = BY_TAG.get(lower)?.iso3 ?? lower
    const tag = BY_ISO3.get(code)?.tag
    return tag ? {code, tag, source: 'option'} : {code, source: 'option'}
  }
  const prior = declared ? BY_TAG.get(declared) : undefined
  const markup: Language | undefined = prior && {code: prior.iso3, tag: prior.tag, source: 'markup'}
  const sample = sampleProse(blocks, sampleChars)
  const none: Language = markup ?? {code: 'und', source: 'none'}
  if (sample.length < MIN_CHARS) return none
  const scores = francAll(sample, {minLength: MIN_CHARS, only: CANDIDATES as string[]})
  const [best, second] = scores
  if (!best || best[0] === 'und') return none
  const entry = BY_ISO3.get(best[0])
  const length = Math.min(sample.length, FRANC_MAX_LENGTH)
  const within = (score: number, units: number) => (1 - score) * length <= units
  // Mixed: another language scores as close as the best (Danish beside Bokmål does not count).
  const mixed = second !== undefined && within(second[1], MIXED_UNITS) && !(entry && SIBLINGS[entry.tag] === BY_ISO3.get(second[0])?.tag)
  if (prior && (mixed || prior !== entry) && scores.some(([code, score]) => code === prior.iso3 && within(score, PRIOR_UNITS))) return markup!
  if (mixed && markup) return markup
  // Mixed and undeclared: franc's best still reads the page best (its dates, its inline
  // phrases); the any-language table is on beside it (ruleLanguages()).
  return entry ? {code: entry.iso3, tag: entry.tag, source: 'franc'} : {code: best[0], source: 'franc'}
}

/** Old or macro-language tags pages print for registered languages. */
const TAG_ALIASES: Readonly<Record<string, string>> = {no: 'nb', nn: 'nb', iw: 'he', in: 'id'}

/**
 * The registered language a parsed page declares: `<html lang>`, else
 * `<meta http-equiv="content-language">` (its first tag), reduced to the primary
 * subtag ("pt-BR" → pt, "zh-Hant" → zh). Undefined when it declares none we have.
 */
export function declaredLanguage(tree: Root): string | undefined {
  const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html')
  if (!html) return undefined
  const lang = html.properties.lang
  if (typeof lang === 'string' && lang.trim()) return registeredTag(lang)
  const head = html.children.find((n): n is Element => n.type === 'element' && n.tagName === 'head')
  for (const node of head?.children ?? []) {
    if (node.type !== 'element' || node.tagName !== 'meta') continue
    const {httpEquiv, content} = node.properties
    const equiv = Array.isArray(httpEquiv) ? httpEquiv.join(' ') : httpEquiv
    if (typeof equiv === 'string' && equiv.toLowerCase() === 'content-language' && typeof content === 'string') return registeredTag(content.split(',')[0])
  }
  return undefined
}

function registeredTag(value: string): string | undefined {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0]
  const tag = TAG_ALIASES[primary] ?? BY_ISO3.get(primary)?.tag ?? primary
  return BY_TAG.has(tag) ? tag : undefined
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
 * Phrase-table languages to use: English, which is always on, the detected language (and
 * its sibling), and on every page not read as English the any-language table (every
 * registered language's strongest phrases): a short, mixed or undetermined page, or one in
 * a language without tables, still loses the chrome any language prints.
 */
export function ruleLanguages(language: Language): string[] {
  if (!language.tag) return ['en', ANY_LANGUAGE]
  if (language.tag === 'en') return ['en']
  const sibling = SIBLINGS[language.tag]
  return sibling ? ['en', language.tag, sibling, ANY_LANGUAGE] : ['en', language.tag, ANY_LANGUAGE]
}

/** Written forms close enough that franc tells them apart by a hair (Danish and Bokmål): each page gets both tables. */
const SIBLINGS: Readonly<Record<string, string>> = {da: 'nb', nb: 'da'}
