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
  /** One alternation of all `contains` (or `suffix`) phrases, longest first, and the rules per phrase. */
  contains: {regex: RegExp; rules: Map<string, PhraseRule[]>} | null
  suffix: {regex: RegExp; rules: Map<string, PhraseRule[]>} | null
}

export type CompiledTables = ReadonlyMap<string, LangMatcher>

/** Chrome is short; a block this long is never matched by any table, whatever it says. */
const MAX_RULE_WORDS = 80
const SUFFIX_CHARS = 48
const PRECEDENCE: Readonly<Record<Placement, number>> = {whole: 0, prefix: 1, suffix: 2, contains: 3}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function alternation(entries: Entry[]): LangMatcher['contains'] {
  if (entries.length === 0) return null
  const rules = new Map<string, PhraseRule[]>()
  for (const e of entries) rules.set(e.phrase, [...(rules.get(e.phrase) ?? []), e.rule])
  const phrases = [...rules.keys()].sort((a, b) => b.length - a.length)
  // Literal alternatives only: no quantifiers, so matching is linear in the block.
  return {regex: new RegExp(phrases.map(escape).join('|'), 'g'), rules}
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
        const phrase = rule.placement === 'whole' ? wholeKey(fold(raw)) : fold(raw)
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
    compiled.set(lang, {whole, prefix, contains: alternation(slots.contains), suffix: alternation(slots.suffix)})
  }
  return compiled
}

const WORD = /[\p{L}\p{N}]+/gu
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
  const n = words ?? folded.match(WORD)?.length ?? 0
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
    if (m.suffix) {
      const tail = folded.slice(-SUFFIX_CHARS)
      for (const hit of tail.matchAll(m.suffix.regex)) for (const r of m.suffix.rules.get(hit[0]) ?? []) consider(r)
    }
    if (m.contains) {
      for (const hit of folded.matchAll(m.contains.regex)) for (const r of m.contains.rules.get(hit[0]) ?? []) consider(r)
    }
  }
  const rule = best as PhraseRule | undefined
  return rule && {category: rule.category, rule: rule.id, reason: rule.reason, scope: rule.scope ?? 'block'}
}
