// The text mode's region step: the article body is a span of lines (or a few, when a
// second one is worth half the best). What lies outside is removed; the headline above
// each is kept.
import type {BlockFeatures, Prose} from '../features.js'
import type {Favor} from '../options.js'
import {hitOf, type RuleHit} from '../rules/catalogue.js'
import {inLinkRun, linkRuns, type LineState} from '../rules/sections.js'

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
 * This is the best such span inside `[from, to)`, as [first, last] block indexes, with
 * its value; null when there is no prose there.
 */
function bestSpan(features: readonly BlockFeatures[], prose: readonly Prose[], strictness: number, from: number, to: number, fields?: Uint8Array): {span: [number, number]; value: number} | null {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = from
  let inList = false
  for (let i = from; i < to; i++) {
    const f = features[i]
    // Items after a line ending in ':' belong to what introduced them, until prose resumes.
    if (prose[i] === 'prose') inList = f.colonEnd
    else if (i > from && features[i - 1].colonEnd && prose[i - 1] !== 'none') inList = true
    // The fields of a listing's entries ("Date: …", "Location: …") bridge like a list's items.
    const listItem = (inList && prose[i] === 'none' && f.words <= INTRODUCED_ITEM_MAX_WORDS) || fields?.[i] === 1
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
  return bestStart < 0 ? null : {span: [bestStart, bestEnd], value: best}
}

/** A second body beside the best one, worth at least this share of it, is kept too: a page may hold two texts (a post and its follow-up, a short story and a long note), and a short article must not lose to a long footer. */
const OTHER_SPAN_SHARE = 0.5

/** The best span and, on each side of it, the spans worth `OTHER_SPAN_SHARE` of it; in page order. */
export function bodySpans(features: readonly BlockFeatures[], prose: readonly Prose[], strictness = 1, fields?: Uint8Array): [number, number][] {
  const main = bestSpan(features, prose, strictness, 0, features.length, fields)
  if (!main) return []
  const spans: [number, number][] = [main.span]
  const floor = main.value * OTHER_SPAN_SHARE
  const search = (from: number, to: number) => {
    const found = from < to ? bestSpan(features, prose, strictness, from, to, fields) : null
    if (!found || found.value < floor) return
    spans.push(found.span)
    search(from, found.span[0])
    search(found.span[1] + 1, to)
  }
  search(0, main.span[0])
  search(main.span[1] + 1, features.length)
  return spans.sort((a, b) => a[0] - b[0])
}

/** Categories of what belongs to an article (its byline and date, captions, its readers' comments): no sign of a site around it. */
const ARTICLE_PARTS: ReadonlySet<string> = new Set(['masthead', 'comments', 'caption'])
/** Lines with no letters or digits (a `---` rule, `* * *`, a code brace, `$$` for a price tier): clean text has them too, so they are no sign of a site either. */
const NEUTRAL_LINES: ReadonlySet<string> = new Set(['boilerplate/no-words'])
/**
 * When a page shows no site around the article: at most `chromeLines` lines a rule matched
 * as site chrome (a stray "Copyright" in the text), and at most `menuShare` of its lines in
 * menu runs (three short lines in a row, see inLinkRun). A run between the first and the last
 * prose line counts only from `innerMenuRun` lines: menus sit around an article, and a short
 * list inside it is its own (steps, ingredients), a sidebar's long link list is not. Menu
 * lines count only from `menuLines` in all: a site's menus hold more than three items, and
 * on a short text one list of three is a large share of its lines.
 * Chosen by leave-one-collection-out, `npm exec tsx bench/tune-clean-page.ts`, which
 * alone sets them (to score every page both ways); nothing else writes them. Its folds pick
 * up to four chrome lines; one is kept, since four cost trafilatura-eval (snippets only, outside
 * the tuner) 0.0018 snippet F1 and one 0.0005, for 0.001–0.003 less gold-in. `innerMenuRun` is
 * its all-in pick (its folds: 3 to 12); its menu share (0.05 all in, 0.02–0.15 in the folds) is
 * left at 0.15, which keeps 0.003 more gold-in on CleanEval for 0.002 less on WCXB.
 * `menuLines` is its all-in pick and that of three folds (the others: 5 and 8).
 */
export const CLEAN_PAGE = {chromeLines: 1, menuShare: 0.15, innerMenuRun: 8, menuLines: 4}

/**
 * Whether the page shows no site around the article: at most one line a rule matched
 * as site chrome (menus, share bars, footers, teasers, a site's template) and few lines
 * in menu runs. Text already cleaned (an extractor's output, an article's own text)
 * looks so; a scraped page almost never does (its menus alone fail the second test, in
 * any language, where the rules have no phrases for it).
 */
export function showsNoChrome(lines: readonly LineState[]): boolean {
  const signs = chromeSigns(lines)
  return signs.chromeLines <= CLEAN_PAGE.chromeLines && signs.menuShare <= CLEAN_PAGE.menuShare
}

/** What showsNoChrome reads: lines a rule matched as site chrome, and the share of lines in menu runs (inner runs from `innerMenuRun` lines; none below `menuLines` lines in all). */
export function chromeSigns(lines: readonly LineState[], innerMenuRun = CLEAN_PAGE.innerMenuRun, menuLines = CLEAN_PAGE.menuLines): {chromeLines: number; menuShare: number} {
  let chromeLines = 0
  let firstProse = -1
  let lastProse = -1
  for (let i = 0; i < lines.length; i++) {
    const hit = lines[i].hit
    if (hit && !ARTICLE_PARTS.has(hit.category) && !NEUTRAL_LINES.has(hit.rule)) chromeLines++
    if (lines[i].prose === 'prose') {
      if (firstProse === -1) firstProse = i
      lastProse = i
    }
  }
  let menu = 0
  // A run holds no prose line, so it lies wholly before, after or between the prose.
  for (const [start, end] of linkRuns(lines)) if (start < firstProse || start > lastProse || end - start >= innerMenuRun) menu += end - start
  if (menu < menuLines) menu = 0
  return {chromeLines, menuShare: lines.length ? menu / lines.length : 0}
}

/** First line below a site's masthead: two or more lines that are not prose above a dateline at the top of the page. */
function belowMasthead(lines: readonly LineState[]): number {
  for (let i = Math.min(MASTHEAD_ZONE, lines.length) - 1; i >= 2; i--) {
    if (lines[i].hit?.category !== 'masthead') continue
    for (let j = 0; j < i; j++) if (lines[j].prose === 'prose' || lines[j].hit) return 0
    return i + 1
  }
  return 0
}

/** Blocks above the body searched for the headline. */
const HEADLINE_LOOKBACK = 4
/** Blocks at the very top of the page that are site identity, not navigation. */
const MASTHEAD_ZONE = 5
/** How much more non-prose costs in precision mode: the body bridges fewer gaps. */
const STRICTNESS: Readonly<Record<Favor, number>> = {precision: 2.5, balanced: 1, recall: 1}

/**
 * Decide every line from its rule hit and the body spans: a hit removes; inside
 * a span the line stays; outside, menus, the masthead and the rest go. The headline
 * above a span stays, and in precision mode short labels inside it go. `undefined` is kept.
 */
export function decideSpan(lines: readonly LineState[], chrome: readonly (RuleHit | undefined)[], favor: Favor): (RuleHit | undefined)[] {
  const prose = lines.map((l, i) => (chrome[i] ? 'none' : l.prose))
  // Without one prose block there is no body to find: only the rules decide, as in the HTML mode.
  // A page that shows no site around the article is the article already: all of it below a masthead is the body.
  const hasProse = prose.includes('prose')
  const clean = hasProse && showsNoChrome(lines)
  const spans: [number, number][] = !hasProse ? [] : clean ? [[belowMasthead(lines), lines.length - 1]] : bodySpans(lines.map((l) => l.f), prose, STRICTNESS[favor], repeatedFields(lines, chrome))
  const inBody = new Uint8Array(lines.length)
  for (const [first, last] of spans) inBody.fill(1, first, last + 1)
  const out = lines.map((line, i): RuleHit | undefined => {
    if (chrome[i]) return chrome[i]
    // No prose at all: nothing to anchor a body to, so only the rules decide.
    if (!spans.length || inBody[i]) return undefined
    if (favor === 'recall' && line.prose !== 'none') return undefined
    if (inLinkRun(lines, i)) return hitOf('navigation/link-run')
    return i < MASTHEAD_ZONE && line.prose !== 'prose' && i < spans[0][0] ? hitOf('masthead/top-of-page') : hitOf('boilerplate/outside-region')
  })
  for (const span of spans) {
    // On a page that is the article already, the headline is inside the body or a masthead's.
    if (!clean) keepHeadline(lines, out, span[0])
    if (favor === 'precision') dropWidgetLabels(lines, out, span)
  }
  return out
}

/** A line that gives a value under a short label ("Date: June 8-11", "Location: Paris"). */
const FIELD_LINE = /^([\p{L}][\p{L}\p{N}'’&()\/ -]{0,30}?)\s*[:：]\s+\S/u
/** Longest field line, in words. */
const FIELD_MAX_WORDS = 25
/**
 * How often a label is printed before its lines are a record's fields: each entry of a listing
 * gives them. Text-mode F1 with 2: Dragnet 0.0007 lower; with 4: trafilatura-eval 0.0008 lower;
 * the rest equal, so every leave-one-collection-out fold picks 3 as well.
 */
const FIELD_REPEATS = 3

/**
 * Lines of fields whose label the page prints at least FIELD_REPEATS times (each event
 * of a listing: "Date:", "Location:", "Pricing:"): the entries' own data, not a site's, so
 * they bridge the body like a list's items. No rule may have matched them.
 */
function repeatedFields(lines: readonly LineState[], chrome: readonly (RuleHit | undefined)[]): Uint8Array | undefined {
  let labels: Map<string, number[]> | undefined
  for (let i = 0; i < lines.length; i++) {
    if (chrome[i] || lines[i].prose === 'prose' || lines[i].f.words > FIELD_MAX_WORDS) continue
    const m = FIELD_LINE.exec(lines[i].text)
    if (!m || m[1].split(' ').length > 3) continue
    const label = m[1].toLowerCase()
    labels ??= new Map()
    const at = labels.get(label)
    if (at) at.push(i)
    else labels.set(label, [i])
  }
  if (!labels) return undefined
  let fields: Uint8Array | undefined
  for (const at of labels.values()) {
    if (at.length < FIELD_REPEATS) continue
    fields ??= new Uint8Array(lines.length)
    for (const i of at) fields[i] = 1
  }
  return fields
}

/** How far above the body a byline or dateline is looked for: share bars, captions and tags often sit between it and the text. */
const DATELINE_LOOKBACK = 15
/** Blocks above the byline or dateline searched for the headline it belongs to. */
const ABOVE_DATELINE = 3

/**
 * The headline: the title-like block just above the byline or dateline nearest the
 * body (in every language a headline is followed by who wrote it and when, and share
 * bars, captions and tags may sit between those and the text), unless that is the
 * top of the page (a site's tagline above the page's date); else the nearest
 * title-like block above the body that no rule matched.
 */
function keepHeadline(lines: readonly LineState[], out: (RuleHit | undefined)[], start: number): void {
  const titleLike = ({f, prose, hit}: LineState) => !hit && (f.cjk ? f.chars >= 8 && f.chars <= 80 : f.words >= 3 && f.words <= 30 && prose !== 'prose')
  const nearest = (from: number, depth: number, floor: number) => {
    for (let i = from - 1; i >= floor && i >= from - depth; i--) if (titleLike(lines[i])) return i
    return -1
  }
  let dateline = -1
  for (let i = start - 1; i >= 0 && i >= start - DATELINE_LOOKBACK; i--) {
    if (lines[i].hit?.category === 'masthead') dateline = i
    else if (dateline !== -1) break
  }
  let headline = dateline === -1 ? -1 : nearest(dateline, ABOVE_DATELINE, MASTHEAD_ZONE)
  if (headline === -1) headline = nearest(start, HEADLINE_LOOKBACK, 0)
  if (headline !== -1) out[headline] = undefined
}

/** Precision mode: inside the body, also drop one-to-three-word labels that end no sentence. */
function dropWidgetLabels(lines: readonly LineState[], out: (RuleHit | undefined)[], span: [number, number]): void {
  for (let i = span[0]; i <= span[1]; i++) {
    const {f, prose} = lines[i]
    if (!out[i] && prose === 'none' && f.words <= 3 && !f.sentenceEnd) out[i] = hitOf('boilerplate/short-label')
  }
}
