import type {ResolvedOptions} from '../options.js'
import {matchPhrase, type RuleHit} from '../rules/index.js'
import {isStamp, matchShape} from '../rules/shape.js'
import type {Decision} from '../types.js'
import type {TextBlock} from './blocks.js'
import type {BlockFeatures} from './features.js'
import {classifyProse} from './prose-signals.js'
import {mainSpan, type Prose} from './region.js'

export interface TextDecisions {
  decisions: Decision[]
  /** Set when the over-pruning guard stepped back to the recall pass. */
  fallback?: string
}

/** A list after a heading runs while blocks read like headlines or widget leftovers. */
const LIST_ITEM_MAX_WORDS = 30
/** Prose words that must come before a comments heading for it to end the article. */
const SECTION_END_MIN_WORDS = 50
/** Blocks above the body searched for the headline. */
const HEADLINE_LOOKBACK = 4
/** Blocks at the very top of the page that are site identity, not navigation. */
const MASTHEAD_ZONE = 5
/** How much more non-prose costs in precision mode: the body bridges fewer gaps. */
const PRECISION_STRICTNESS = 2.5
const BALANCED_STRICTNESS = 1
/** Keeping less than this share of the prose words means the body was probably missed. */
const OVER_PRUNING_SHARE = 0.3

/**
 * Decide every block: phrase and shape rules first, then the sections they open,
 * then the article body (the span of prose), then the headline above it.
 */
export function decideText(
  blocks: readonly TextBlock[],
  features: readonly BlockFeatures[],
  langs: readonly string[],
  options: ResolvedOptions,
): TextDecisions {
  const prose = classifyProse(blocks.map((b) => b.text), features)
  const hits = blocks.map((b, i) => matchPhrase(b.text, langs, features[i].words, features[i].sentenceEnd) ?? matchShape(b.text, features[i], langs))
  markBodyRepeats(blocks, features, prose, hits)
  const sections = options.favor === 'recall' ? hits.map(() => undefined) : openSections(hits, features, prose)
  if (options.favor !== 'recall') markCommentThread(blocks, features, prose, hits, sections, langs)
  // Inside a section, the section's category wins over a generic shape (a date in a comment thread is the thread's).
  const chrome = hits.map((h, i) => (h && (!sections[i] || h.category === sections[i]!.category) ? h : (sections[i] ?? h)))

  const span = mainSpan(features, prose.map((p, i) => (chrome[i] ? 'none' : p)), options.favor === 'precision' ? PRECISION_STRICTNESS : BALANCED_STRICTNESS)
  const decisions = blocks.map((_, i): Decision => {
    const hit = chrome[i]
    if (hit) return removal(hit)
    // No prose at all: nothing to anchor a body to, so only the rules decide.
    if (!span || (i >= span[0] && i <= span[1])) return {kept: true}
    if (options.favor === 'recall' && prose[i] !== 'none') return {kept: true}
    if (inLinkRun(features, prose, i)) {
      return {kept: false, category: 'navigation', rule: 'navigation/link-run', reason: 'one of several one-to-three-word lines in a row outside the body: a menu'}
    }
    return i < MASTHEAD_ZONE && prose[i] !== 'prose' && (!span || i < span[0])
      ? {kept: false, category: 'masthead', rule: 'masthead/top-of-page', reason: 'short line at the top of the page, above the article'}
      : {kept: false, category: 'boilerplate', rule: 'region/outside-body', reason: 'outside the article body: not prose, or cut off from it by chrome'}
  })
  if (span && options.favor !== 'recall') dropHeadlineRuns(decisions, features, prose, span)
  if (span) keepHeadline(decisions, features, prose, hits, span[0])
  if (options.favor === 'precision' && span) dropWidgetLabels(decisions, features, prose, span)

  // Prose inside a chrome section (comments, a related list) is not the article's to lose.
  const proseWords = sumWords(features, prose, (i) => !chrome[i])
  const keptWords = sumWords(features, prose, (i) => decisions[i].kept)
  if (proseWords > 0 && keptWords < proseWords * OVER_PRUNING_SHARE) {
    const fallback = `kept ${keptWords} of ${proseWords} prose words; kept all prose that no rule matched`
    return {decisions: recallPass(decisions, prose, chrome), fallback}
  }
  return {decisions}
}

/** Lines of at most this many words, this many in a row, are a menu. */
const LINK_WORDS = 3
const LINK_RUN = 3

function inLinkRun(features: readonly BlockFeatures[], prose: readonly Prose[], i: number): boolean {
  const short = (j: number) => j >= 0 && j < features.length && prose[j] === 'none' && features[j].words > 0 && features[j].words <= LINK_WORDS
  if (!short(i)) return false
  let run = 1
  for (let j = i - 1; short(j) && run < LINK_RUN; j--) run++
  for (let j = i + 1; short(j) && run < LINK_RUN; j++) run++
  return run >= LINK_RUN
}

/** A block this long may be a second copy of the whole body (metadata, a print version). */
const REPEAT_MIN_WORDS = 150
/** Other prose blocks it must contain, verbatim, to be called a copy. */
const REPEAT_MIN_CONTAINED = 3

/**
 * A huge block that contains several other paragraphs of the page verbatim is a
 * second copy of the article (structured data, a print version): keeping it would
 * double the text.
 */
function markBodyRepeats(blocks: readonly TextBlock[], features: readonly BlockFeatures[], prose: readonly Prose[], hits: (RuleHit | undefined)[]): void {
  const paragraphs: number[] = []
  for (let i = 0; i < blocks.length; i++) if (prose[i] === 'prose' && features[i].words < REPEAT_MIN_WORDS) paragraphs.push(i)
  for (let i = 0; i < blocks.length; i++) {
    if (hits[i] || features[i].words < REPEAT_MIN_WORDS) continue
    let contained = 0
    for (const j of paragraphs.slice(0, 40)) {
      if (blocks[i].text.includes(blocks[j].text.trim()) && ++contained >= REPEAT_MIN_CONTAINED) break
    }
    if (contained >= REPEAT_MIN_CONTAINED) {
      hits[i] = {category: 'boilerplate', rule: 'boilerplate/repeats-body', reason: `contains ${contained}+ other paragraphs of the page verbatim: a second copy of the article`, scope: 'block'}
    }
  }
}

function removal(hit: RuleHit): Decision {
  return {kept: false, category: hit.category, rule: hit.rule, reason: hit.reason}
}

/**
 * A heading hit opens a section: for `heading`, the headline-like blocks after it
 * until prose resumes; for `section-end` (comments), everything after it, but only
 * when article prose came before (a "Comments" link in a top menu opens nothing).
 */
function openSections(hits: readonly (RuleHit | undefined)[], features: readonly BlockFeatures[], prose: readonly Prose[]): (RuleHit | undefined)[] {
  const out: (RuleHit | undefined)[] = hits.map(() => undefined)
  let before = 0
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]
    if (prose[i] === 'prose') before += features[i].words
    if (!hit || hit.scope === 'block') continue
    if (hit.scope === 'section-end') {
      // A "Comments" link among share buttons is a widget, not the start of the thread.
      const inShareBar = hits[i - 1]?.category === 'social' || hits[i + 1]?.category === 'social'
      if (before < SECTION_END_MIN_WORDS || inShareBar) continue
      for (let j = i + 1; j < hits.length; j++) {
        out[j] = {category: hit.category, rule: `${hit.rule}+section`, reason: `inside the section under a ${hit.reason}`, scope: 'block'}
      }
      break
    }
    let j = i + 1
    for (; j < hits.length; j++) {
      if (hits[j]) continue
      if ((prose[j] === 'prose' && features[j].sentenceEnd) || features[j].words > LIST_ITEM_MAX_WORDS) break
      out[j] = {category: hit.category, rule: `${hit.rule}+list`, reason: `item of the list under a ${hit.reason}`, scope: 'block'}
    }
    i = j - 1
  }
  return out
}

/** Time stamps that make a thread: three posts, not one dateline. */
const THREAD_STAMPS = 3
/** Blocks a post may run between two stamps. */
const THREAD_GAP = 15

/**
 * Comments without a heading: after the article prose has started, time stamps
 * recur every few blocks, each followed by prose. From the first of them (or the
 * author line just above it) to the end is the comment thread.
 */
function markCommentThread(
  blocks: readonly TextBlock[],
  features: readonly BlockFeatures[],
  prose: readonly Prose[],
  hits: readonly (RuleHit | undefined)[],
  sections: (RuleHit | undefined)[],
  langs: readonly string[],
): void {
  let before = 0
  let first = -1
  let last = -1
  let count = 0
  for (let i = 0; i < blocks.length; i++) {
    if (sections[i]) break
    if (prose[i] === 'prose' && count === 0) before += features[i].words
    if (before < SECTION_END_MIN_WORDS || !isStamp(blocks[i].text, features[i], langs)) continue
    if (count > 0 && i - last > THREAD_GAP) {
      count = 0
    }
    if (count === 0) first = i
    count++
    last = i
    if (count >= THREAD_STAMPS) break
  }
  if (count < THREAD_STAMPS) return
  const start = first > 0 && prose[first - 1] === 'none' && features[first - 1].words <= 6 && !hits[first - 1] ? first - 1 : first
  for (let j = start; j < blocks.length; j++) {
    sections[j] ??= {category: 'comments', rule: 'comments/stamped-thread', reason: 'inside a comment thread: time-stamped posts repeat after the article', scope: 'block'}
  }
}

/** The headline: the nearest title-like block above the body that no rule matched. */
function keepHeadline(decisions: Decision[], features: readonly BlockFeatures[], prose: readonly Prose[], hits: readonly (RuleHit | undefined)[], start: number): void {
  for (let i = start - 1; i >= 0 && i >= start - HEADLINE_LOOKBACK; i--) {
    if (hits[i]) continue
    const f = features[i]
    const titleLike = f.cjk ? f.chars >= 8 && f.chars <= 80 : f.words >= 3 && f.words <= 30 && prose[i] !== 'prose'
    if (titleLike) {
      decisions[i] = {kept: true}
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
function dropHeadlineRuns(decisions: Decision[], features: readonly BlockFeatures[], prose: readonly Prose[], span: [number, number]): void {
  let i = span[0]
  while (i <= span[1]) {
    if (!decisions[i].kept || !headlineLike(features[i], prose[i])) {
      i++
      continue
    }
    const introduced = i > 0 && features[i - 1].colonEnd
    let j = i
    let count = 0
    while (j <= span[1] && (!decisions[j].kept || headlineLike(features[j], prose[j]))) {
      if (decisions[j].kept) count++
      j++
    }
    if (count >= HEADLINE_RUN && !introduced) {
      for (let k = i; k < j; k++) {
        if (decisions[k].kept) decisions[k] = {kept: false, category: 'related', rule: 'related/headline-run', reason: `one of ${count} headline-like lines in a row: a list of links to other articles`}
      }
    }
    i = j
  }
}

/** Precision mode: inside the body, also drop one-to-three-word labels that end no sentence. */
function dropWidgetLabels(decisions: Decision[], features: readonly BlockFeatures[], prose: readonly Prose[], span: [number, number]): void {
  for (let i = span[0]; i <= span[1]; i++) {
    const f = features[i]
    if (decisions[i].kept && prose[i] === 'none' && f.words <= 3 && !f.sentenceEnd) {
      decisions[i] = {kept: false, category: 'boilerplate', rule: 'boilerplate/short-label', reason: 'a short label inside the body (precision mode)'}
    }
  }
}

/** The over-pruning fallback: keep every block with prose in it unless a rule matched it. */
function recallPass(decisions: readonly Decision[], prose: readonly Prose[], hits: readonly (RuleHit | undefined)[]): Decision[] {
  return decisions.map((d, i) => (!d.kept && !hits[i] && prose[i] !== 'none' ? {kept: true} : d))
}

function sumWords(features: readonly BlockFeatures[], prose: readonly Prose[], pick: (i: number) => boolean): number {
  let n = 0
  for (let i = 0; i < features.length; i++) if (prose[i] === 'prose' && pick(i)) n += features[i].words
  return n
}
