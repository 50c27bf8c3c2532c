/**
 * Tokenization for the dedup index on top of the shared folding (text/normalize.ts). Pure functions.
 *
 * The normalized form is what every tier compares: the exact tier hashes it,
 * the near tier measures edit similarity on it, and it is what the index stores.
 */
import {fold} from '../text/normalize.js'

/** The normalized form every tier compares: the shared folding (NFKC, case, quotes, dashes, white space). */
export const normalizeText: (text: string) => string = fold

/** Character classes for tokenizing: 0 separator, 1 word character, 2 a token on its own (scripts written without spaces). */
const SEPARATOR = 0
const WORD = 1
const SINGLE = 2

let charClasses: Uint8Array | undefined

/** Built once on first use from Unicode properties; a constant table, not state. */
function classes(): Uint8Array {
  if (charClasses) return charClasses
  const table = new Uint8Array(65536)
  const word = /[\p{L}\p{N}\p{M}]/u
  const single = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = WORD // astral characters (surrogate pairs) stay inside words
      continue
    }
    const ch = String.fromCharCode(c)
    if (word.test(ch)) table[c] = single.test(ch) ? SINGLE : WORD
  }
  charClasses = table
  return table
}

/** FNV-1a offset basis; token hashes start here. */
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Murmur3's 32-bit finalizer: spreads every input bit over the output. */
export function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Growable buffer of token hashes, reused across calls to avoid allocation. */
export interface TokenBuffer {
  hashes: Uint32Array
  /** Character offset where each token starts, for sentence boundaries. */
  starts: Uint32Array
  length: number
}

export function createTokenBuffer(capacity = 256): TokenBuffer {
  return {hashes: new Uint32Array(capacity), starts: new Uint32Array(capacity), length: 0}
}

function pushToken(buffer: TokenBuffer, hash: number, start: number): void {
  if (buffer.length === buffer.hashes.length) {
    const hashes = new Uint32Array(buffer.hashes.length * 2)
    hashes.set(buffer.hashes)
    const starts = new Uint32Array(buffer.starts.length * 2)
    starts.set(buffer.starts)
    buffer.hashes = hashes
    buffer.starts = starts
  }
  buffer.hashes[buffer.length] = mix32(hash)
  buffer.starts[buffer.length] = start
  buffer.length++
}

/**
 * Hash the words of normalized text to 32-bit ints, once, without creating a
 * string per word. Words are runs of letters, digits and marks; Han, kana, Thai,
 * Lao, Khmer and Myanmar characters are one token each (those scripts do not
 * separate words by spaces). Fills `buffer` (reset first) and returns it.
 */
export function tokenize(normalized: string, buffer: TokenBuffer): TokenBuffer {
  const table = classes()
  buffer.length = 0
  let hash = FNV_OFFSET
  let start = -1
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i)
    const cls = table[c]
    if (cls === WORD) {
      if (start < 0) {
        start = i
        hash = FNV_OFFSET
      }
      hash = Math.imul(hash ^ c, FNV_PRIME)
    } else {
      if (start >= 0) {
        pushToken(buffer, hash, start)
        start = -1
      }
      if (cls === SINGLE) pushToken(buffer, Math.imul(FNV_OFFSET ^ c, FNV_PRIME), i)
    }
  }
  if (start >= 0) pushToken(buffer, hash, start)
  return buffer
}

/** Number of words (tokens) in normalized text. */
export function countWords(normalized: string): number {
  return wordsIn(normalized, 0, normalized.length, classes())
}

/**
 * A 64-bit key of normalized text, as two independent 32-bit hashes. With 64
 * bits, a chance collision among a million paragraphs has odds of about 1 in 10^7.
 * Returns the low half; the high half is written to `out[0]`.
 */
export function textKey(normalized: string, out: Uint32Array): number {
  let a = 0x9747b28c
  let b = 0x2545f491 ^ normalized.length
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul((b << 5) | (b >>> 27), 0x5bd1e995) ^ c
  }
  out[0] = mix32(b ^ Math.imul(a, 0x27d4eb2f))
  return mix32(a ^ normalized.length)
}

/** Pieces with fewer words than this join the next sentence ("mr.", "u.s."). */
const MIN_SENTENCE_WORDS = 4

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f // . ! ? 。！？
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d // " ' ) ]
}

function wordsIn(text: string, from: number, to: number, table: Uint8Array): number {
  let words = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const cls = table[text.charCodeAt(i)]
    if (cls === WORD) {
      if (!inWord) words++
      inWord = true
    } else {
      inWord = false
      if (cls === SINGLE) words++
    }
  }
  return words
}

/**
 * Sentence spans of normalized text, as [start, end) character offsets
 * appended to `out` in pairs; returns the number of sentences. A sentence ends
 * after ., ! or ? (and any closing quotes or brackets) followed by a space, or
 * after a CJK full stop. Pieces of fewer than 4 words ("mr.", "u.s.") join the
 * next sentence. Both sides of every comparison go through this same function,
 * so its mistakes on abbreviations cancel out.
 */
export function sentenceSpans(normalized: string, out: number[]): number {
  const table = classes()
  out.length = 0
  const n = normalized.length
  let start = 0
  for (let i = 0; i < n; i++) {
    const c = normalized.charCodeAt(i)
    if (!isSentenceEnd(c)) continue
    let end = i + 1
    while (end < n && (isSentenceEnd(normalized.charCodeAt(end)) || isCloser(normalized.charCodeAt(end)))) end++
    const cjk = c >= 0x3000
    if (end >= n) break
    if (!cjk && normalized.charCodeAt(end) !== 0x20) {
      i = end - 1
      continue
    }
    if (wordsIn(normalized, start, end, table) >= MIN_SENTENCE_WORDS) {
      out.push(start, end)
      start = cjk ? end : end + 1
    }
    i = end - 1
  }
  if (start < n) {
    // A short tail joins the sentence before it.
    if (out.length > 0 && wordsIn(normalized, start, n, table) < MIN_SENTENCE_WORDS) out[out.length - 1] = n
    else out.push(start, n)
  }
  return out.length / 2
}

/** The sentences of normalized text (see `sentenceSpans`). */
export function splitSentences(normalized: string): string[] {
  const spans: number[] = []
  const count = sentenceSpans(normalized, spans)
  const sentences: string[] = []
  for (let i = 0; i < count; i++) sentences.push(normalized.slice(spans[2 * i], spans[2 * i + 1]))
  return sentences
}
