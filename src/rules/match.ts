import type {BlockFeatures} from '../features.js'
import {ANY_LANGUAGE, LANGUAGES} from '../lang/registry.js'
import {endsSentence, fold, wholeKey} from '../text/normalize.js'
import {PHRASE_RULES, type PhraseEntry, type PhraseTable, type Placement, type RuleHit} from './catalogue.js'
import {matchShape} from './shape.js'

type PhraseRule = PhraseEntry

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
  /** Phrases without a word in them ("©"): compared with includes(). */
  bare: {phrase: string; rules: PhraseRule[]}[]
}

export type CompiledTables = ReadonlyMap<string, LangMatcher>

/** Chrome is short; a block this long is never matched by any table, whatever it says. */
const MAX_RULE_WORDS = 80
const SUFFIX_CHARS = 48
const PRECEDENCE: Readonly<Record<Placement, number>> = {whole: 0, prefix: 1, suffix: 2, contains: 3}

/** Phrases are indexed by their first run of letters and digits (no apostrophes: "don't" starts with "don"). */
const WORD = /[\p{L}\p{N}]+/gu
/**
 * Scripts written without spaces between words (and Hangul, whose particles attach to
 * the word): a phrase in them is not a run of whole words, so it is found with includes().
 * Blocks reach the matcher only when short, so this stays cheap.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/**
 * fold() trims, but a space at a phrase's edge is part of it: the prefix "by " must not
 * match "Bypass", the suffix " says:" must follow a word.
 */
function keepEdgeSpace(raw: string, folded: string): string {
  return (/^\s/.test(raw) ? ' ' : '') + folded + (/\s$/.test(raw) ? ' ' : '')
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
  // `exec` on one regex, not `matchAll`: matchAll constructs a fresh RegExp per call,
  // and a fresh Unicode-property regex is recompiled whenever V8's regex cache was
  // cleared by a GC. `visit` never scans words, so the shared `lastIndex` is safe.
  WORD.lastIndex = 0
  for (let word = WORD.exec(text); word; word = WORD.exec(text)) {
    const bucket = index.byFirstWord.get(word[0])
    if (!bucket) continue
    for (const e of bucket) if (text.startsWith(e.phrase, word.index - e.offset)) for (const r of e.rules) visit(r)
  }
  for (const e of index.bare) if (text.includes(e.phrase)) for (const r of e.rules) visit(r)
}

/** One language's phrases for one rule. */
export interface PhraseList {
  lang: string
  rule: PhraseRule
  phrases: readonly string[]
}

/**
 * The phrase lists of the registered languages, rule by rule in catalogue order, and
 * the any-language table (`ANY_LANGUAGE`): each language's strongest phrases.
 */
export function registeredPhrases(): PhraseList[] {
  const lists: PhraseList[] = []
  for (const rule of PHRASE_RULES) {
    const strongest = new Set<string>()
    for (const language of LANGUAGES) {
      const phrases = (language.phrases as PhraseTable)[rule.id as keyof PhraseTable]
      if (!phrases) continue
      lists.push({lang: language.tag, rule, phrases})
      if (language.tag !== 'en') for (const p of phrases) if (isStrongest(rule, p)) strongest.add(p)
    }
    if (strongest.size > 0) lists.push({lang: ANY_LANGUAGE, rule, phrases: [...strongest]})
  }
  return lists
}

/** Inline teasers ("Czytaj także:", "Lee también") are the chrome every language's news prints most. */
const STRONG_PREFIX_RULES: ReadonlySet<string> = new Set(['teaser/read-more'])

/**
 * A phrase that reads as chrome in any language: the whole block is the phrase (a
 * heading, a label, a control), or it opens an inline teaser with two words or more
 * (a run of unspaced script counts its characters: three or more).
 */
function isStrongest(rule: PhraseRule, phrase: string): boolean {
  if (rule.placement === 'whole') return true
  if (rule.placement !== 'prefix' || !STRONG_PREFIX_RULES.has(rule.id)) return false
  const words = phrase.match(WORD) ?? []
  return words.length >= 2 || (words.length === 1 && UNSPACED.test(words[0]) && words[0].length >= 3)
}

/**
 * Build the per-language matchers once. Throws on an empty phrase list (an empty
 * rule would match nothing silently), on a table key that is no phrase rule, and on
 * a phrase rule without English phrases (English is always on).
 */
export function compileTables(lists: readonly PhraseList[]): CompiledTables {
  const byLang = new Map<string, Record<Placement, Entry[]>>()
  const english = new Set<string>()
  for (const {lang, rule, phrases} of lists) {
    if (phrases.length === 0) throw new Error(`Rule ${rule.id} has an empty phrase list for ${lang}`)
    if (lang === 'en') english.add(rule.id)
    let slots = byLang.get(lang)
    if (!slots) byLang.set(lang, (slots = {whole: [], prefix: [], suffix: [], contains: []}))
    for (const raw of phrases) {
      const phrase = rule.placement === 'whole' ? wholeKey(fold(raw)) : keepEdgeSpace(raw, fold(raw))
      if (!phrase) throw new Error(`Rule ${rule.id} has a phrase that folds to nothing: ${JSON.stringify(raw)}`)
      slots[rule.placement].push({phrase, rule})
    }
  }
  for (const {rule} of lists) if (!english.has(rule.id)) throw new Error(`Rule ${rule.id} has no English phrases; English is always on`)
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
/** An upper-case first word, then a word starting in lower case. */
const SENTENCE_CASED = /^\s*\p{Lu}\S*\s+\p{Ll}/u

/** Each rule's `alsoContains`, folded as blocks are (Persian yeh, Arabic hamza, case). */
const ALSO_CONTAINS: ReadonlyMap<string, readonly string[]> = new Map(PHRASE_RULES.filter((r) => r.alsoContains).map((r) => [r.id, r.alsoContains!.map((p) => fold(p))]))

export function matchCompiled(
  tables: CompiledTables,
  text: string,
  langs: readonly string[],
  words?: number,
  sentence?: boolean,
  textMode = false,
): RuleHit | undefined {
  if (text.length > MAX_RULE_WORDS * 20) return undefined
  const folded = fold(text)
  const n = words ?? folded.match(WORD)?.length ?? 0
  if (n > MAX_RULE_WORDS) return undefined
  const isSentence = sentence ?? endsSentence(folded)
  let best: PhraseRule | undefined
  const consider = (rule: PhraseRule) => {
    if (n > rule.maxWords || (rule.labelOnly && isSentence) || (rule.textOnly && !textMode)) return
    const also = ALSO_CONTAINS.get(rule.id)
    if (also && !also.some((p) => folded.includes(p))) return
    if (!best || PRECEDENCE[rule.placement] < PRECEDENCE[best.placement]) best = rule
  }
  const key = wholeKey(folded)
  // A label opener that introduces a name ("By ", "Por ", "Von ") followed by a lower-case
  // word is a sentence-cased headline or sentence: "Por qué…", "Von der Leyen…", "By the numbers".
  const sentenceCased = SENTENCE_CASED.test(text)
  // Prefixes are tried on the block and on the block without a leading count ("34 responses to …").
  const uncounted = folded.replace(LEADING_COUNT, '')
  const heads = uncounted === folded ? [folded] : [folded, uncounted]
  for (const lang of langs) {
    const m = tables.get(lang)
    if (!m) continue
    const whole = m.whole.get(key)
    if (whole) consider(whole)
    for (const head of heads) {
      for (const e of m.prefix.get(head.slice(0, 2)) ?? []) {
        if (head.startsWith(e.phrase) && !(e.rule.labelOnly && e.phrase.endsWith(' ') && sentenceCased)) consider(e.rule)
      }
    }
    findPhrases(m.suffix, folded.slice(-SUFFIX_CHARS), consider)
    findPhrases(m.contains, folded, consider)
  }
  const rule = best as PhraseRule | undefined
  return rule && {category: rule.category, rule: rule.id, reason: rule.reason, scope: rule.scope ?? 'block'}
}

const TABLES = compileTables(registeredPhrases())

/**
 * The rules a block's own text decides: phrase tables of `langs` (ISO 639-1;
 * English and the detected language), then shape rules. Both modes call this;
 * `textMode` adds the rules only the text mode reads.
 */
export function matchRules(text: string, langs: readonly string[], f: BlockFeatures, textMode = false): RuleHit | undefined {
  return matchCompiled(TABLES, text, langs, f.words, f.sentenceEnd, textMode) ?? matchShape(text, f, langs)
}

/** The phrase tables alone, on a block without measured features (the words are counted here). */
export function matchPhrases(text: string, langs: readonly string[]): RuleHit | undefined {
  return matchCompiled(TABLES, text, langs)
}
