import {proseOf, type BlockFeatures, type Prose} from '../features.js'

// Prose told from chrome without knowing the language. Function-word share is the best
// single signal where the language has a list, and useless where it has none (a page in
// Lithuanian read with the union of all lists, or a list that misses the language's
// inflected function words). Then the text mode falls back to what every language's prose
// shares: sentence punctuation, length, few digits, and not repeating elsewhere on the page.

/** Blocks at least this long and punctuated like sentences are what a function-word list is checked on. */
const CHECK_MIN_WORDS = 15
/** Fewest such blocks for the check to say anything. */
const CHECK_MIN_BLOCKS = 3
/** Median function-word share of those blocks under which the list says little about this page. */
const INFORMATIVE_STOP_RATIO = 0.1
/** Median share at and above which the function-word thresholds apply as they are (English, German, Spanish: 0.3–0.45). */
const DENSE_STOP_RATIO = 0.25

/** Shape thresholds of the language-independent classifier. */
const PROSE_MIN_WORDS = 10
const PROSE_MIN_CHARS = 60
const PROSE_UNPUNCTUATED_WORDS = 30
const PROSE_MAX_DIGIT_RATIO = 0.25
const SHORT_MIN_WORDS = 4
/** A line this short printed twice on a page is a menu or footer; a long one may be a quote pulled out. */
const REPEAT_MAX_WORDS = 20

/**
 * Whether the document's function words separate its prose from its chrome: the
 * sentence-shaped blocks (long, punctuated) of a page whose list fits its language have
 * a clear function-word share. Fewer than three such blocks: no evidence against the list.
 */
export function stopwordsInformative(features: readonly BlockFeatures[]): boolean {
  const median = sentenceStopRatio(features)
  return median === undefined || median >= INFORMATIVE_STOP_RATIO
}

/** Median function-word share of the sentence-shaped blocks, or undefined when there are too few. */
function sentenceStopRatio(features: readonly BlockFeatures[]): number | undefined {
  const ratios: number[] = []
  for (const f of features) {
    if (!f.code && !f.cjk && f.words >= CHECK_MIN_WORDS && (f.sentenceEnd || f.sentences >= 1)) ratios.push(f.stopRatio)
  }
  if (ratios.length < CHECK_MIN_BLOCKS) return undefined
  ratios.sort((a, b) => a - b)
  return ratios[ratios.length >> 1]
}

/** How a block reads by its shape alone, in any language. */
export function proseByShape(f: BlockFeatures): Prose {
  if (f.code) return 'code'
  if (f.cjk) return proseOf(f) // measured in characters already, with no function words
  const punctuated = f.sentenceEnd || f.sentences >= 1
  if (f.digitRatio <= PROSE_MAX_DIGIT_RATIO && f.chars >= PROSE_MIN_CHARS && ((f.words >= PROSE_MIN_WORDS && punctuated) || f.words >= PROSE_UNPUNCTUATED_WORDS)) return 'prose'
  if (f.words >= SHORT_MIN_WORDS && f.sentenceEnd && f.digitRatio <= PROSE_MAX_DIGIT_RATIO) return 'short'
  if (f.words >= 2 && f.colonEnd) return 'short'
  return 'none'
}

const RANK: Readonly<Record<Prose, number>> = {none: 0, short: 1, code: 2, prose: 3}
function strongest(a: Prose, b: Prose): Prose {
  return RANK[a] >= RANK[b] ? a : b
}

/**
 * Classify every block of a document. With an informative function-word list, the
 * language-aware classifier (`proseOf`); where the list finds fewer free-standing function
 * words than dense languages have (Hebrew and Arabic attach them to the word, Turkish
 * and Finnish inflect instead), its thresholds scaled down and the shape classifier
 * heard too; without one, the shape classifier, where a short line printed twice on the page
 * (a menu, a footer) is never prose. Then, in any language, the lines of a brace block are code.
 */
export function classifyProse(texts: readonly string[], features: readonly BlockFeatures[]): Prose[] {
  return withinBraces(texts, byLanguage(texts, features))
}

/** Each block on its own, by the classifier the page's function words call for (see classifyProse). */
function byLanguage(texts: readonly string[], features: readonly BlockFeatures[]): Prose[] {
  const median = sentenceStopRatio(features)
  if (median === undefined) return features.map((f) => proseOf(f))
  if (median >= DENSE_STOP_RATIO) return features.map((f) => proseOf(f))
  if (median >= INFORMATIVE_STOP_RATIO) {
    // Sparse function words: either the scaled list or the shape may call a block prose.
    const scale = median / DENSE_STOP_RATIO
    return features.map((f) => strongest(proseOf(f, scale), proseByShape(f)))
  }
  const seen = new Map<string, number>()
  for (const t of texts) {
    const key = t.trim()
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  return features.map((f, i) => (f.words > 0 && f.words < REPEAT_MAX_WORDS && (seen.get(texts[i].trim()) ?? 0) > 1 ? 'none' : proseByShape(f)))
}

/** A line that opens a brace block ("type User {", "if (ready) {"). */
const OPENS_BRACES = /\{\s*$/
/** Most lines a brace block is followed through: a type's or a function's body, not a page. */
const BRACE_BLOCK_MAX_LINES = 80

/**
 * Lines from one that opens a brace block to the line starting with the brace that closes
 * it are program code, whatever their own shape: a field ("id: ID!") or an argument
 * ("name: 'DateTime',") alone reads as a menu's label, the braces around it say code.
 * Prose lines inside stay prose (a comment's sentence). Marks `prose` in place and returns it.
 */
function withinBraces(texts: readonly string[], prose: Prose[]): Prose[] {
  // Each line's braces are counted once, so a page of openers costs lines × the block limit, not × their length.
  let net: Int32Array | undefined
  for (let i = 0; i < texts.length; i++) {
    if (prose[i] === 'prose' || !OPENS_BRACES.test(texts[i])) continue
    net ??= netBraces(texts)
    let depth = 0
    let close = -1
    for (let j = i; j < texts.length && j <= i + BRACE_BLOCK_MAX_LINES; j++) {
      depth += net[j]
      if (depth <= 0) {
        if (j > i && texts[j].trimStart().startsWith('}')) close = j
        break
      }
    }
    if (close === -1) continue
    for (let j = i; j <= close; j++) if (prose[j] !== 'prose') prose[j] = 'code'
    i = close
  }
  return prose
}

/** Per line, its opening braces less its closing ones. */
function netBraces(texts: readonly string[]): Int32Array {
  const net = new Int32Array(texts.length)
  texts.forEach((t, i) => {
    for (let k = t.indexOf('{'); k !== -1; k = t.indexOf('{', k + 1)) net[i]++
    for (let k = t.indexOf('}'); k !== -1; k = t.indexOf('}', k + 1)) net[i]--
  })
  return net
}
