/**
 * Text normalization, written once: folding, words, sentence ends and line
 * splitting. The rules (phrase matching, features) and dedup read text through
 * these; dedup adds its own hashing and sentence spans on top.
 */

const NON_ASCII = /[^\x00-\x7f]/
// Apostrophe-like marks and typographic single quotes fold to '.
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u0060\u02bc]/g
// Typographic double quotes and guillemets fold to ".
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u2039\u203a\u300c\u300d]/g
// Hyphens, en/em dashes, minus signs fold to -.
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g
// Invisible characters that scrapers leave behind.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
const WHITESPACE = /\s+/g
/**
 * Letters one script writes several ways, folded to one so a phrase matches all: Turkish
 * dotted and dotless i ("İ" lower-cases to "i" + U+0307, "I" to "i" where Turkish wants
 * "ı": both sides fold to "i"); Arabic harakat and tatweel dropped, alef with hamza or
 * madda to alef, alef maksura and Persian yeh to yeh, Persian kaf to kaf; the Persian
 * zero-width non-joiner to a space; bidi marks dropped; Greek accents dropped (headings
 * set in capitals print none). Only matching sees this: blocks keep their text and marks.
 */
const SCRIPT_VARIANTS = /[\u0307\u0131\u0640\u064b-\u065f\u0670\u0622\u0623\u0625\u0649\u06cc\u06a9\u200c\u200e\u200f\u061c\u0390\u03ac-\u03b0\u03ca-\u03ce]/g
const VARIANT_OF: Readonly<Record<string, string>> = {
  '\u0131': 'i', '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0649': '\u064a', '\u06cc': '\u064a',
  '\u06a9': '\u0643', '\u200c': ' ',
  '\u0390': '\u03b9', '\u03ac': '\u03b1', '\u03ad': '\u03b5', '\u03ae': '\u03b7', '\u03af': '\u03b9', '\u03b0': '\u03c5',
  '\u03ca': '\u03b9', '\u03cb': '\u03c5', '\u03cc': '\u03bf', '\u03cd': '\u03c5', '\u03ce': '\u03c9',
}
const UNTIDY_SPACE = /^\s|\s$|[^\S ]|  /

/**
 * The folded form of a text: Unicode NFKC, lower case, quotes and dashes made
 * plain, invisible characters removed, whitespace collapsed and trimmed. Digits
 * are kept as they are ("12 dead" is not "10 dead"). Linear in the input.
 */
export function fold(text: string): string {
  let s = text
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFKC').toLowerCase().replace(SCRIPT_VARIANTS, (c) => VARIANT_OF[c] ?? '').replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-')
  }
  s = s.toLowerCase()
  // Most paragraphs are already single-spaced: test before rewriting.
  return UNTIDY_SPACE.test(s) ? s.replace(WHITESPACE, ' ').trim() : s
}

const SPACE_RUN = /[ \t\f\v\u00a0]{2,}|[\t\f\v]/g

/** How a block reads in the rendered text: runs of spaces and tabs made one space, trimmed; line breaks (<br>) kept. */
export function tidySpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim()
}

/** A word: letters and digits, with inner apostrophes ("don't", "l'état"). */
// Marks belong to their word: Devanagari vowel signs, Hebrew points, Arabic harakat.
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu
/** A letter or a digit: a block without one has no words. */
export const HAS_WORD = /[\p{L}\p{N}]/u

/** Ends like a sentence: ., !, ?, … (or a CJK stop), then closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？।؟۔][)"'”’»]*\s*$/u
/** Sentence-final punctuation followed by a space or the end: one per sentence. */
export const SENTENCE_MARK = /[.!?。！？।؟۔](?:\s|$)/gu

/** Whether `text` ends like a sentence; only its last characters are read. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.length > 16 ? text.slice(-16) : text)
}

/** The folded text reduced to its words, for `whole` matches: "Related Articles:" → "related articles". */
export function wholeKey(folded: string): string {
  return folded
    .replace(/[(\[]?\d[\d.,kK]*[)\]]?/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A non-blank input line: the unit the text mode decides about. */
export interface Line {
  /** The line as it was, trailing white space included, so kept + removed rebuilds every line. */
  text: string
  /** 1-based line number in the input. */
  line: number
}

/** Split text into its non-blank lines (\n, \r\n or \r). */
export function splitLines(input: string, maxBlocks = Infinity): SplitLines {
  const lines: Line[] = []
  let line = 1
  let start = 0
  const n = input.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? input.charCodeAt(i) : 10
    if (c !== 10 && c !== 13) continue
    const text = input.slice(start, i)
    if (text.trim()) {
      if (lines.length === maxBlocks) return {lines, stopped: {line, offset: start}}
      lines.push({text, line})
    }
    if (c === 13 && input.charCodeAt(i + 1) === 10) i++
    start = i + 1
    line++
  }
  return {lines}
}

/** The lines, and where `maxBlocks` stopped the split when it did. */
export interface SplitLines {
  lines: Line[]
  /** The first non-blank line left out: its 1-based line number and its offset in the input. */
  stopped?: {line: number; offset: number}
}
