// The text mode's region step: the article body is a span of lines. What lies
// outside it is removed; the headline above it is kept.
import type {BlockFeatures, Prose} from '../features.js'
import type {Favor} from '../options.js'
import {hitOf, type RuleHit} from '../rules/catalogue.js'
import {inLinkRun, type LineState} from '../rules/sections.js'

/** What a non-prose block costs: a base per block plus a share of its words (capped, so a long caption costs no more than a menu). */
const NON_PROSE_BASE = 4
const NON_PROSE_PER_WORD = 1
const NON_PROSE_WORD_CAP = 12
/** Longest block that still counts as an item of a list a colon introduced. */
const INTRODUCED_ITEM_MAX_WORDS = 25
/** What a short sentence brings, per word: some, since short paragraphs sit between long ones. */
const SHORT_PROSE_PER_WORD = 0.25

/**
 * The article body as the span of blocks with the largest sum of value, where
 * prose counts for its words and anything else costs a little. A few captions or
 * teasers inside the body cost less than the prose around them brings, so the span
 * bridges them; the menus and link lists around the body cost more than they bring.
 * `strictness` multiplies the cost of non-prose: above 1 the span bridges less.
 * Returns [first, last] block indexes, or null when there is no prose at all.
 */
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
    const listItem = inList && prose[i] === 'none' && f.words <= INTRODUCED_ITEM_MAX_WORDS
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

/** Blocks above the body searched for the headline. */
const HEADLINE_LOOKBACK = 4
/** Blocks at the very top of the page that are site identity, not navigation. */
const MASTHEAD_ZONE = 5
/** How much more non-prose costs in precision mode: the body bridges fewer gaps. */
const STRICTNESS: Readonly<Record<Favor, number>> = {precision: 2.5, balanced: 1, recall: 1}

/**
 * Decide every line from its rule hit and the body span: a hit removes; inside
 * the span the line stays; outside it, menus, the masthead and the rest go. Then
 * headline runs inside the body go, the headline above it stays, and in
 * precision mode short labels inside it go. `undefined` is kept.
 */
export function decideSpan(lines: readonly LineState[], chrome: readonly (RuleHit | undefined)[], favor: Favor): (RuleHit | undefined)[] {
  const prose = lines.map((l, i) => (chrome[i] ? 'none' : l.prose))
  // Without one prose block there is no body to find: only the rules decide, as in the HTML mode.
  const span = prose.includes('prose') ? mainSpan(lines.map((l) => l.f), prose, STRICTNESS[favor]) : null
  const out = lines.map((line, i): RuleHit | undefined => {
    if (chrome[i]) return chrome[i]
    // No prose at all: nothing to anchor a body to, so only the rules decide.
    if (!span || (i >= span[0] && i <= span[1])) return undefined
    if (favor === 'recall' && line.prose !== 'none') return undefined
    if (inLinkRun(lines, i)) return hitOf('navigation/link-run')
    return i < MASTHEAD_ZONE && line.prose !== 'prose' && i < span[0] ? hitOf('masthead/top-of-page') : hitOf('boilerplate/outside-region')
  })
  if (!span) return out
  if (favor !== 'recall') dropHeadlineRuns(lines, out, span)
  keepHeadline(lines, out, span[0])
  if (favor === 'precision') dropWidgetLabels(lines, out, span)
  return out
}

/** The headline: the nearest title-like block above the body that no rule matched. */
function keepHeadline(lines: readonly LineState[], out: (RuleHit | undefined)[], start: number): void {
  for (let i = start - 1; i >= 0 && i >= start - HEADLINE_LOOKBACK; i--) {
    const {f, prose, hit} = lines[i]
    if (hit) continue
    const titleLike = f.cjk ? f.chars >= 8 && f.chars <= 80 : f.words >= 3 && f.words <= 30 && prose !== 'prose'
    if (titleLike) {
      out[i] = undefined
      return
    }
  }
}

/** Fewest headline-like blocks in a row that make a list of links rather than subheadings. */
const HEADLINE_RUN = 3

function headlineLike(f: BlockFeatures, p: Prose): boolean {
  return p === 'none' && !f.sentenceEnd && (f.cjk ? f.chars >= 8 && f.chars <= 60 : f.words >= 3 && f.words <= 25)
}

/**
 * Inside the body, a run of headline-like blocks is a list of links to other
 * articles: subheadings stand alone between paragraphs, headlines come in runs.
 * A block ending in ':' introduces a list that belongs to the article, so it stops the rule.
 */
function dropHeadlineRuns(lines: readonly LineState[], out: (RuleHit | undefined)[], span: [number, number]): void {
  let i = span[0]
  while (i <= span[1]) {
    if (out[i] || !headlineLike(lines[i].f, lines[i].prose)) {
      i++
      continue
    }
    const introduced = i > 0 && lines[i - 1].f.colonEnd
    let j = i
    let count = 0
    while (j <= span[1] && (out[j] || headlineLike(lines[j].f, lines[j].prose))) {
      if (!out[j]) count++
      j++
    }
    if (count >= HEADLINE_RUN && !introduced) {
      for (let k = i; k < j; k++) out[k] ??= hitOf('related/headline-run', `one of ${count} headline-like lines in a row: a list of links to other articles`)
    }
    i = j
  }
}

/** Precision mode: inside the body, also drop one-to-three-word labels that end no sentence. */
function dropWidgetLabels(lines: readonly LineState[], out: (RuleHit | undefined)[], span: [number, number]): void {
  for (let i = span[0]; i <= span[1]; i++) {
    const {f, prose} = lines[i]
    if (!out[i] && prose === 'none' && f.words <= 3 && !f.sentenceEnd) out[i] = hitOf('boilerplate/short-label')
  }
}
