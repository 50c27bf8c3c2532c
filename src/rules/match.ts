import {fold, wholeKey} from './fold.js'
import type {Lang, Placement, PhraseRule, RuleHit} from './types.js'

interface Entry {
  phrase: string
  rule: PhraseRule
}

/** One language's phrases, indexed per placement for a single pass over a block. */
interface LangMatcher {
  whole: Map<string, PhraseRule>
  /** Prefix phrases bucketed by their first two characters. */
  prefix: Map<string, Entry[]>
  contains: PhraseIndex
  suffix: PhraseIndex
}

/**
 * Phrases to find anywhere in a block, indexed by their first word: a block is
 * scanned once, word by word, and only the phrases starting with that word are
 * compared. (One big alternation regex cost about 5 µs per line in V8.)
 */
interface PhraseIndex {
  byFirstWord: Map<string, {phrase: string; offset: number; rules: PhraseRule[]}[]>
  /** Phrases without a word in them ("©") or in an unspaced script ("関連記事"): compared with includes(). */
  bare: {phrase: string; rules: PhraseRule[]}[]
}

export type CompiledTables = ReadonlyMap<string, LangMatcher>

/** Chrome is short; a block this long is never matched by any table, whatever it says. */
const MAX_RULE_WORDS = 80
const SUFFIX_CHARS = 48
const PRECEDENCE: Readonly<Record<Placement, number>> = {whole: 0, prefix: 1, suffix: 2, contains: 3}

const WORD = /[\p{L}\p{N}]+/gu
/**
 * Scripts written without spaces between words (and Hangul, whose particles attach to
 * the word): a phrase in them is not a run of whole words, so it is found with includes().
 * Blocks reach the matcher only when short, so this stays cheap.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const UNSPACED_ALL = new RegExp(UNSPACED.source, 'gu')

/** Words in folded text; an unspaced script counts one word per two characters. */
function countWords(folded: string): number {
  const runs = folded.match(WORD)?.length ?? 0
  if (!UNSPACED.test(folded)) return runs
  return Math.max(runs, Math.round((folded.match(UNSPACED_ALL)?.length ?? 0) / 2))
}

function phraseIndex(entries: Entry[]): PhraseIndex {
  const rules = new Map<string, PhraseRule[]>()
  for (const e of entries) rules.set(e.phrase, [...(rules.get(e.phrase) ?? []), e.rule])
  const index: PhraseIndex = {byFirstWord: new Map(), bare: []}
  for (const [phrase, list] of rules) {
    const first = new RegExp(WORD.source, 'u').exec(phrase)
    if (!first || UNSPACED.test(first[0])) {
      index.bare.push({phrase, rules: list})
      continue
    }
    const bucket = index.byFirstWord.get(first[0]) ?? []
    bucket.push({phrase, offset: first.index, rules: list})
    index.byFirstWord.set(first[0], bucket)
  }
  return index
}

/** Call `visit` with the rules of every phrase of `index` found in `text` (a phrase's first word must be a whole word of the text). */
function findPhrases(index: PhraseIndex, text: string, visit: (rule: PhraseRule) => void): void {
  for (const word of text.matchAll(WORD)) {
    const bucket = index.byFirstWord.get(word[0])
    if (!bucket) continue
    for (const e of bucket) if (text.startsWith(e.phrase, word.index - e.offset)) for (const r of e.rules) visit(r)
  }
  for (const e of index.bare) if (text.includes(e.phrase)) for (const r of e.rules) visit(r)
}

/**
 * fold() trims, but a space at a phrase's edge is part of it: the prefix "by " must not
 * match "Bypass", the suffix " says:" must follow a word.
 */
function keepEdgeSpace(raw: string, folded: string): string {
  return (/^\s/.test(raw) ? ' ' : '') + folded + (/\s$/.test(raw) ? ' ' : '')
}

/** Build the per-language matchers once. Throws on an empty phrase list: an empty rule would match nothing silently. */
export function compileTables(rules: readonly PhraseRule[]): CompiledTables {
  const byLang = new Map<string, Record<Placement, Entry[]>>()
  const ids = new Set<string>()
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`Duplicate rule id ${rule.id}`)
    ids.add(rule.id)
    const langs = Object.entries(rule.phrases) as [Lang, readonly string[]][]
    if (langs.length === 0 || langs.some(([, list]) => list.length === 0)) throw new Error(`Rule ${rule.id} has an empty phrase list`)
    if (!rule.phrases.en) throw new Error(`Rule ${rule.id} has no English phrases; English is always on`)
    for (const [lang, list] of langs) {
      let slots = byLang.get(lang)
      if (!slots) byLang.set(lang, (slots = {whole: [], prefix: [], suffix: [], contains: []}))
      for (const raw of list) {
        const phrase = rule.placement === 'whole' ? wholeKey(fold(raw)) : keepEdgeSpace(raw, fold(raw))
        if (!phrase) throw new Error(`Rule ${rule.id} has a phrase that folds to nothing: ${JSON.stringify(raw)}`)
        slots[rule.placement].push({phrase, rule})
      }
    }
  }
  const compiled = new Map<string, LangMatcher>()
  for (const [lang, slots] of byLang) {
    const whole = new Map<string, PhraseRule>()
    for (const e of slots.whole) if (!whole.has(e.phrase)) whole.set(e.phrase, e.rule)
    const prefix = new Map<string, Entry[]>()
    for (const e of slots.prefix) {
      const key = e.phrase.slice(0, 2)
      prefix.set(key, [...(prefix.get(key) ?? []), e])
    }
    compiled.set(lang, {whole, prefix, contains: phraseIndex(slots.contains), suffix: phraseIndex(slots.suffix)})
  }
  return compiled
}

const LEADING_COUNT = /^\d[\d.,]*\s+/
const SENTENCE_END = /[.!?…。！？][)"'”’»]*$/u

export function matchCompiled(
  tables: CompiledTables,
  text: string,
  langs: readonly string[],
  words?: number,
  sentence?: boolean,
): RuleHit | undefined {
  if (text.length > MAX_RULE_WORDS * 20) return undefined
  const folded = fold(text)
  const n = words ?? countWords(folded)
  if (n > MAX_RULE_WORDS) return undefined
  const isSentence = sentence ?? SENTENCE_END.test(folded)
  let best: PhraseRule | undefined
  const consider = (rule: PhraseRule) => {
    if (n > rule.maxWords || (rule.labelOnly && isSentence)) return
    if (rule.alsoContains && !rule.alsoContains.some((p) => folded.includes(p))) return
    if (!best || PRECEDENCE[rule.placement] < PRECEDENCE[best.placement]) best = rule
  }
  const key = wholeKey(folded)
  // Prefixes are tried on the block and on the block without a leading count ("34 responses to …").
  const uncounted = folded.replace(LEADING_COUNT, '')
  const heads = uncounted === folded ? [folded] : [folded, uncounted]
  for (const lang of langs) {
    const m = tables.get(lang)
    if (!m) continue
    const whole = m.whole.get(key)
    if (whole) consider(whole)
    for (const head of heads) {
      for (const e of m.prefix.get(head.slice(0, 2)) ?? []) if (head.startsWith(e.phrase)) consider(e.rule)
    }
    findPhrases(m.suffix, folded.slice(-SUFFIX_CHARS), consider)
    findPhrases(m.contains, folded, consider)
  }
  const rule = best as PhraseRule | undefined
  return rule && {category: rule.category, rule: rule.id, reason: rule.reason, scope: rule.scope ?? 'block'}
}
