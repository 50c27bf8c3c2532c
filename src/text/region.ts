import type {BlockFeatures} from './features.js'

/** How a block reads, for locating the article body. */
export type Prose = 'prose' | 'short' | 'code' | 'none'

/** Function-word share at which an unpunctuated list item still reads as a clause. */
const SENTENCE_LIKE_STOP_RATIO = 0.3

/**
 * Classify one block. Prose has enough words, enough function words and sentence
 * punctuation; menus, headlines and widgets lack at least one of the three.
 * `stopScale` scales the function-word thresholds for languages whose prose has fewer
 * free-standing function words (agglutinative ones: Turkish, Hungarian, Finnish).
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

/**
 * The article body as the span of blocks with the largest sum of value, where
 * prose counts for its words and anything else costs a little. A few captions or
 * teasers inside the body cost less than the prose around them brings, so the span
 * bridges them; the menus and link lists around the body cost more than they bring.
 * `strictness` multiplies the cost of non-prose: above 1 the span bridges less.
 * Returns [first, last] block indexes, or null when there is no prose at all.
 */
/** What a non-prose block costs: a base per block plus a share of its words (capped, so a long caption costs no more than a menu). */
const NON_PROSE_BASE = 4
const NON_PROSE_PER_WORD = 1
const NON_PROSE_WORD_CAP = 12
/** Longest block that still counts as an item of an introduced list. */
const LIST_ITEM_MAX_WORDS = 25
/** What a short sentence brings, per word: some, since short paragraphs sit between long ones. */
const SHORT_PROSE_PER_WORD = 0.25

export function mainSpan(features: readonly BlockFeatures[], prose: readonly Prose[], strictness = 1): [number, number] | null {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  let inList = false
  for (let i = 0; i < features.length; i++) {
    const f = features[i]
    // Items after a line ending in ':' belong to what introduced them, until prose resumes.
    if (prose[i] === 'prose') inList = f.colonEnd
    else if (i > 0 && features[i - 1].colonEnd && prose[i - 1] !== 'none') inList = true
    const listItem = inList && prose[i] === 'none' && f.words <= LIST_ITEM_MAX_WORDS
    // Code neither proves nor disproves an article: it bridges, at no cost.
    const value = prose[i] === 'prose' ? f.words : prose[i] === 'short' ? f.words * SHORT_PROSE_PER_WORD : prose[i] === 'code' || listItem ? 0 : -strictness * (NON_PROSE_BASE + Math.min(f.words, NON_PROSE_WORD_CAP) * NON_PROSE_PER_WORD)
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += value
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = i
    }
  }
  return bestStart < 0 ? null : [bestStart, bestEnd]
}
