import {endsSentence, SENTENCE_MARK, WORD} from './text/normalize.js'

/**
 * What a block looks like, measured once from its text, in either mode; every
 * later decision reads these. The HTML mode adds its structural evidence (link
 * share, tag path, class tokens, position) in `HtmlEvidence` (blocks/from-html/walk.ts).
 */
export interface BlockFeatures {
  /** Visible characters, trimmed. */
  chars: number
  /** Word tokens; CJK text counts one word per two ideographs/kana/hangul. */
  words: number
  /** Share of words that are function words of the document's language. */
  stopRatio: number
  /** Ends like a sentence (., !, ?, …, closing quote after one). */
  sentenceEnd: boolean
  /** Ends with a colon: introduces what follows (a list, a quote). */
  colonEnd: boolean
  /** Sentence-final punctuation anywhere inside (two or more means running prose). */
  sentences: number
  /** Share of characters that are digits. */
  digitRatio: number
  /** Reads like a line of program code: brackets, semicolons, assignments. */
  code: boolean
  /** Mostly ideographs, kana or hangul: word counts and stopwords do not apply. */
  cjk: boolean
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const CODE_MARKS = /[{};]\s{0,8}$|^(?:\/\/|\/\*|#include|import |def |return |var |let |const |function |<\/?[a-z]|\}|\))|[=!]==?|=>|\w\([^()\n]{0,200}\)/
const CODE_CHARS = /[{}();=<>[\]]/g

/** Longer blocks are measured on their first this-many characters: enough to know prose, bounded cost. */
const MEASURE_CHARS = 10_000

/** Scripts with no spaces between words and no ideographs to count: Thai, Lao, Khmer, Myanmar. */
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu
/** Segmenter costs ~35× a regex: used only on blocks in those scripts, where a regex cannot find words. */
const SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'word'})

/** Word-like segments of a Thai, Lao, Khmer or Myanmar block. */
function segmentWords(text: string): string[] {
  const words: string[] = []
  for (const s of SEGMENTER.segment(text)) if (s.isWordLike) words.push(s.segment)
  return words
}

/** ASCII digits and the digits of Arabic, Persian, Devanagari and Thai text. */
function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x966 && c <= 0x96f) || (c >= 0xe50 && c <= 0xe59)
}

export function measure(text: string, stopwords: ReadonlySet<string>): BlockFeatures {
  const whole = text.trim()
  const chars = whole.length
  const trimmed = chars > MEASURE_CHARS ? whole.slice(0, MEASURE_CHARS) : whole
  const scale = chars > MEASURE_CHARS ? chars / MEASURE_CHARS : 1
  const unspaced = (trimmed.match(SOUTHEAST_ASIAN)?.length ?? 0) > trimmed.length * 0.3
  const tokens = unspaced ? segmentWords(trimmed) : (trimmed.match(WORD) ?? [])
  const cjkChars = trimmed.match(CJK)?.length ?? 0
  const cjk = cjkChars > trimmed.length * 0.3
  let stop = 0
  for (const t of tokens) if (stopwords.has(t.toLowerCase())) stop++
  let digits = 0
  for (let i = 0; i < trimmed.length; i++) {
    if (isDigit(trimmed.charCodeAt(i))) digits++
  }
  const words = Math.round((cjk ? Math.max(tokens.length, cjkChars / 2) : tokens.length) * scale)
  return {
    chars,
    words,
    stopRatio: tokens.length ? stop / tokens.length : 0,
    sentenceEnd: endsSentence(whole),
    colonEnd: /[:：]$/.test(whole),
    // Thai and its neighbours put a space, not a stop, between sentences.
    sentences: unspaced ? (trimmed.match(/\s+/g)?.length ?? 0) : (trimmed.match(SENTENCE_MARK)?.length ?? 0),
    digitRatio: trimmed.length ? digits / trimmed.length : 0,
    cjk,
    // Prose can hold brackets and semicolons too; code has few function words.
    code: stop <= tokens.length * 0.4 && CODE_MARKS.test(trimmed.slice(0, 400)) && (trimmed.length <= 3 || (trimmed.match(CODE_CHARS)?.length ?? 0) >= 2),
  }
}

/** How a block reads: the one definition of prose both modes use. */
export type Prose = 'prose' | 'short' | 'code' | 'none'

/** Function-word share at which an unpunctuated list item still reads as a clause. */
const SENTENCE_LIKE_STOP_RATIO = 0.3

/**
 * Classify one block. Prose has enough words, enough function words and sentence
 * punctuation; menus, headlines and widgets lack at least one of the three.
 * `stopScale` scales the function-word thresholds for languages whose prose has fewer
 * free-standing function words (see text/prose-signals.ts).
 */
export function proseOf(f: BlockFeatures, stopScale = 1): Prose {
  if (f.code) return 'code'
  if (f.cjk) {
    if (f.chars >= 60 || (f.chars >= 25 && f.sentences >= 1)) return 'prose'
    return f.chars >= 12 && f.sentenceEnd ? 'short' : 'none'
  }
  const punctuated = f.sentenceEnd || f.sentences >= 1
  if (f.words >= 10 && f.stopRatio >= 0.15 * stopScale && (punctuated || f.words >= 30)) return 'prose'
  if (f.words >= 4 && f.stopRatio >= 0.1 * stopScale && punctuated) return 'short'
  if (f.words >= 2 && f.colonEnd) return 'short'
  // A list item written as a clause: function words say sentence even without a full stop.
  if (f.words >= 8 && f.stopRatio >= SENTENCE_LIKE_STOP_RATIO * stopScale) return 'short'
  return 'none'
}

