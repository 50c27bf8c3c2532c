// A small static checker for the regex shapes that backtrack super-linearly in
// V8's irregexp. Deterministic (no timers): it parses a pattern and reports the
// shapes below; tests/regex-safety.test.ts runs it on every regex in src/.
//
// 1. nested: an unbounded quantifier inside a repeated group, unless the group
//    starts with a required character the inner quantifier cannot match
//    (`(?:['’]\p{L}+)*` is fine: each repetition starts at a quote).
// 2. alternatives: a repeated alternation whose branches can start alike.
// 3. adjacent: two unbounded quantifiers, the second able to start with a character
//    the first matches, separated only by optional items (`\s*\s*`, `\w+\d+`): one attempt tries every split.
// 4. scan: an unanchored pattern that reaches an unbounded quantifier from any
//    start inside a run it matches, with something after it that can fail
//    (`\s+$` on "a    b": every start rescans the run).
// Character sets are compared on a sample of code points (ASCII, Latin, general
// punctuation, Cyrillic, CJK, kana, hangul, ...) by asking the engine itself.

/** Quantifiers up to this count are bounded work per attempt (`\s{0,8}`, `[^()]{0,200}`). */
const BOUNDED = 256

type Node =
  | {t: 'char'; set: Uint8Array}
  // anchor: ^ or $ without the m flag (fixed positions); body: a lookaround's pattern
  | {t: 'assert'; anchor: boolean; body?: Node}
  | {t: 'seq'; items: Node[]}
  | {t: 'alt'; alts: Node[]}
  | {t: 'rep'; body: Node; min: number; max: number}

const SAMPLE: string[] = (() => {
  const ranges: [number, number][] = [
    [0, 0x24f], [0x300, 0x36f], [0x391, 0x3c9], [0x400, 0x45f], [0x5d0, 0x5ea], [0x620, 0x64a], [0x900, 0x93f],
    [0x2000, 0x206f], [0x20a0, 0x20bf], [0x2100, 0x215f], [0x2190, 0x21ff], [0x2500, 0x257f], [0x25a0, 0x25ff],
    [0x3000, 0x30ff], [0x4e00, 0x4e3f], [0xac00, 0xac3f], [0xfe30, 0xfe4f], [0xff00, 0xff65], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
  ]
  const out: string[] = []
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) out.push(String.fromCharCode(c))
  out.push('\u{1F600}', '\u{1F44D}', '\u{20000}')
  return out
})()

export interface Finding {
  rule: 'nested' | 'alternatives' | 'adjacent' | 'scan' | 'unsupported'
  detail: string
}

export function checkRegex(regex: RegExp): Finding[] {
  const flags = regex.flags.replace(/[gyd]/g, '')
  const multiline = regex.flags.includes('m')
  const parser = new Parser(regex.source, flags, multiline)
  let ast: Node
  try {
    ast = parser.parseAlt()
    if (parser.i < regex.source.length) throw new Error(`unexpected ${regex.source[parser.i]} at ${parser.i}`)
  } catch (error) {
    return [{rule: 'unsupported', detail: (error as Error).message}]
  }
  const findings: Finding[] = []
  visit(ast, (node) => {
    if (node.t === 'rep' && node.max > 1) {
      const inner = repeatsInside(node.body)
      if (inner.length > 0 && (isUnbounded(node) || inner.some(isUnbounded)) && !startsWithSeparator(node.body, inner)) {
        findings.push({rule: 'nested', detail: 'an unbounded quantifier inside a repeated group'})
      }
      if (isUnbounded(node) && node.body.t === 'alt') {
        const firsts = node.body.alts.map(first)
        for (let a = 0; a < firsts.length; a++) for (let b = a + 1; b < firsts.length; b++) {
          if (overlaps(firsts[a], firsts[b])) findings.push({rule: 'alternatives', detail: `branches ${a + 1} and ${b + 1} of a repeated alternation can start alike`})
        }
      }
    }
    if (node.t === 'seq') {
      for (let a = 0; a < node.items.length; a++) {
        if (!isUnbounded(node.items[a])) continue
        for (let b = a + 1; b < node.items.length; b++) {
          const item = node.items[b]
          if (isUnbounded(item) && overlaps(chars(node.items[a]), first(item))) {
            findings.push({rule: 'adjacent', detail: `quantifiers ${a + 1} and ${b + 1} of a sequence share characters`})
          }
          if (!nullable(item)) break
        }
      }
    }
  })
  if (!regex.sticky) {
    // A lookaround's pattern is tried at every position it is reached from: scanned the same way.
    const patterns = [ast]
    visit(ast, (n) => {
      if (n.t === 'assert' && n.body) patterns.push(n.body)
    })
    for (const pattern of patterns) findings.push(...scan(pattern))
  }
  return findings
}

function scan(pattern: Node): Finding[] {
  const findings: Finding[] = []
  for (const alternative of pattern.t === 'alt' ? pattern.alts : [pattern]) {
    const items = alternative.t === 'seq' ? alternative.items : [alternative]
    for (let k = 0; k < items.length; k++) {
      const q = items[k]
      if (!isUnbounded(q)) continue
      const reachable = items.slice(0, k).every((p) => emptyAnywhere(p) || (p.t !== 'assert' && within(p, chars(q))))
      const rest = items.slice(k + 1)
      if (reachable && rest.length > 0 && !rest.every(alwaysMatches)) {
        findings.push({rule: 'scan', detail: `quantifier ${k + 1} can be reached from every position of a run it matches, and what follows it can fail`})
      }
      break
    }
  }
  return findings
}

class Parser {
  i = 0
  private readonly cache = new Map<string, Uint8Array>()
  constructor(private readonly src: string, private readonly flags: string, private readonly multiline: boolean) {}

  parseAlt(): Node {
    const alts = [this.parseSeq()]
    while (this.src[this.i] === '|') {
      this.i++
      alts.push(this.parseSeq())
    }
    return alts.length === 1 ? alts[0] : {t: 'alt', alts}
  }

  private parseSeq(): Node {
    const items: Node[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.parseAtom()
      atom = this.parseQuantifier(atom)
      if (atom.t === 'seq') items.push(...atom.items)
      else items.push(atom)
    }
    return items.length === 1 ? items[0] : {t: 'seq', items}
  }

  private parseQuantifier(atom: Node): Node {
    const c = this.src[this.i]
    let min = -1
    let max = -1
    if (c === '*') [min, max] = [0, Infinity]
    else if (c === '+') [min, max] = [1, Infinity]
    else if (c === '?') [min, max] = [0, 1]
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24))
      if (!m) return atom
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
      this.i += m[0].length - 1
    } else return atom
    this.i++
    if (this.src[this.i] === '?') this.i++ // lazy: same backtracking shape
    if (atom.t === 'assert') throw new Error('quantified assertion')
    return {t: 'rep', body: atom, min, max}
  }

  private parseAtom(): Node {
    const start = this.i
    const c = this.src[this.i]
    if (c === '(') {
      this.i++
      let lookaround = false
      if (this.src.startsWith('?:', this.i)) this.i += 2
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        lookaround = true
        this.i += this.src[this.i + 1] === '<' ? 3 : 2
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1
      const body = this.parseAlt()
      if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${start}`)
      this.i++
      // A lookaround consumes nothing; its own pattern is still checked.
      return lookaround ? {t: 'assert', anchor: false, body} : body
    }
    if (c === '^' || c === '$') {
      this.i++
      return {t: 'assert', anchor: !this.multiline}
    }
    if (c === '[') {
      this.i++
      if (this.src[this.i] === '^') this.i++
      if (this.src[this.i] === ']') this.i++
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1
      if (this.src[this.i] !== ']') throw new Error(`unclosed class at ${start}`)
      this.i++
      return this.char(start)
    }
    if (c === '\\') {
      const e = this.src[this.i + 1]
      if (e === 'b' || e === 'B') {
        this.i += 2
        return {t: 'assert', anchor: false}
      }
      if (/[1-9]/.test(e) || e === 'k') throw new Error('backreference')
      if ((e === 'p' || e === 'P') && this.src[this.i + 2] === '{') this.i = this.src.indexOf('}', this.i) + 1
      else if (e === 'u' && this.src[this.i + 2] === '{') this.i = this.src.indexOf('}', this.i) + 1
      else if (e === 'u') this.i += 6
      else if (e === 'x') this.i += 4
      else if (e === 'c') this.i += 3
      else this.i += 2
      return this.char(start)
    }
    if (c === '*' || c === '+' || c === '?') throw new Error(`nothing to repeat at ${start}`)
    // One code point (a surrogate pair counts as one in u mode).
    const cp = this.src.codePointAt(this.i)!
    this.i += cp > 0xffff ? 2 : 1
    return this.char(start)
  }

  private char(start: number): Node {
    const source = this.src.slice(start, this.i)
    let set = this.cache.get(source)
    if (!set) {
      const one = new RegExp(`^(?:${source})$`, this.flags.replace('m', ''))
      set = Uint8Array.from(SAMPLE, (s) => (one.test(s) ? 1 : 0))
      this.cache.set(source, set)
    }
    return {t: 'char', set}
  }
}

function visit(node: Node, fn: (node: Node) => void): void {
  fn(node)
  if (node.t === 'seq') for (const item of node.items) visit(item, fn)
  else if (node.t === 'alt') for (const alt of node.alts) visit(alt, fn)
  else if (node.t === 'rep') visit(node.body, fn)
  else if (node.t === 'assert' && node.body) visit(node.body, fn)
}

function isUnbounded(node: Node): boolean {
  return node.t === 'rep' && node.max > BOUNDED
}

/** The quantifiers inside a repeated body that repeat more than once. */
function repeatsInside(body: Node): Node[] {
  const found: Node[] = []
  visit(body, (n) => {
    if (n.t === 'rep' && n.max > 1) found.push(n)
  })
  return found
}

/** The body starts with a required character that none of its inner quantifiers match: each repetition starts at one. */
function startsWithSeparator(body: Node, inner: Node[]): boolean {
  const items = body.t === 'seq' ? body.items : [body]
  const head = items[0]
  return head !== undefined && head.t === 'char' && inner.every((n) => !overlaps(head.set, chars(n)))
}

function union(sets: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(SAMPLE.length)
  for (const s of sets) for (let i = 0; i < out.length; i++) out[i] |= s[i]
  return out
}

/** Every character the node can consume. */
function chars(node: Node): Uint8Array {
  if (node.t === 'char') return node.set
  if (node.t === 'assert') return new Uint8Array(SAMPLE.length)
  if (node.t === 'rep') return chars(node.body)
  return union((node.t === 'seq' ? node.items : node.alts).map(chars))
}

/** Characters a match of the node can start with. */
function first(node: Node): Uint8Array {
  if (node.t === 'char') return node.set
  if (node.t === 'assert') return new Uint8Array(SAMPLE.length)
  if (node.t === 'rep') return first(node.body)
  if (node.t === 'alt') return union(node.alts.map(first))
  const sets: Uint8Array[] = []
  for (const item of node.items) {
    sets.push(first(item))
    if (!nullable(item)) break
  }
  return union(sets)
}

function overlaps(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] && b[i]) return true
  return false
}

/** Every character the node consumes is in `set`. */
function within(node: Node, set: Uint8Array): boolean {
  const own = chars(node)
  for (let i = 0; i < own.length; i++) if (own[i] && !set[i]) return false
  return overlaps(own, set)
}

function nullable(node: Node): boolean {
  if (node.t === 'char') return false
  if (node.t === 'assert') return true
  if (node.t === 'rep') return node.min === 0 || nullable(node.body)
  if (node.t === 'alt') return node.alts.some(nullable)
  return node.items.every(nullable)
}

/** Matches the empty string at any position (a fixed anchor does not). */
function emptyAnywhere(node: Node): boolean {
  if (node.t === 'char') return false
  if (node.t === 'assert') return !node.anchor
  if (node.t === 'rep') return node.min === 0 || emptyAnywhere(node.body)
  if (node.t === 'alt') return node.alts.some(emptyAnywhere)
  return node.items.every(emptyAnywhere)
}

/** Can never fail: matching nothing is always allowed and nothing is asserted. */
function alwaysMatches(node: Node): boolean {
  if (node.t === 'char' || node.t === 'assert') return false
  if (node.t === 'rep') return node.min === 0 || alwaysMatches(node.body)
  if (node.t === 'alt') return node.alts.some(alwaysMatches)
  return node.items.every(alwaysMatches)
}
