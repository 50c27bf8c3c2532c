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
const UNTIDY_SPACE = /^\s|\s$|[^\S ]|  /

/**
 * The folded form of a text: Unicode NFKC, lower case, quotes and dashes made
 * plain, invisible characters removed, whitespace collapsed and trimmed. Digits
 * are kept as they are ("12 dead" is not "10 dead"). Linear in the input.
 */
export function fold(text: string): string {
  let s = text
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFKC').replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-')
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
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
/** A letter or a digit: a block without one has no words. */
export const HAS_WORD = /[\p{L}\p{N}]/u

/** Ends like a sentence: ., !, ?, … (or a CJK stop), then closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？][)"'”’»]*\s*$/u
/** Sentence-final punctuation followed by a space or the end: one per sentence. */
export const SENTENCE_MARK = /[.!?。！？](?:\s|$)/gu

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
