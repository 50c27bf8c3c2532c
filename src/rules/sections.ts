// Rules over runs of blocks in the text mode: the sections a heading opens, comment
// threads found by their time stamps, menus as runs of short lines,
// and a second copy of the body. Every run they remove passes the guard (guard.ts).
import type {Prose} from '../features.js'
import type {BlockFeatures} from '../features.js'
import {fold} from '../text/normalize.js'
import {hitOf, type RuleHit} from './catalogue.js'
import {isStamp} from './shape.js'

/** One line of the text mode and what has been found about it so far. */
export interface LineState {
  text: string
  f: BlockFeatures
  prose: Prose
  /** What a rule found in the line's own text (phrase, shape, a copy of the body). */
  hit?: RuleHit
  /** The section a heading or a thread opened over this line. */
  section?: RuleHit
}

/** A list after a heading runs while blocks read like headlines or widget leftovers. */
const SECTION_ITEM_MAX_WORDS = 30
/** Prose words that must come before a comments heading for it to end the article. */
const SECTION_END_MIN_WORDS = 50

/** A block this long may be a second copy of the whole body (metadata, a print version). */
const REPEAT_MIN_WORDS = 150
/** Other prose blocks it must contain, verbatim, to be called a copy. */
const REPEAT_MIN_CONTAINED = 3

/**
 * A huge block that contains several other paragraphs of the page verbatim is a
 * second copy of the article (structured data, a print version): keeping it would
 * double the text.
 */
function markBodyRepeats(lines: LineState[]): void {
  const paragraphs: number[] = []
  for (let i = 0; i < lines.length; i++) if (lines[i].prose === 'prose' && lines[i].f.words < REPEAT_MIN_WORDS) paragraphs.push(i)
  for (const line of lines) {
    if (line.hit || line.f.words < REPEAT_MIN_WORDS) continue
    let contained = 0
    for (const j of paragraphs.slice(0, 40)) {
      if (line.text.includes(lines[j].text.trim()) && ++contained >= REPEAT_MIN_CONTAINED) break
    }
    if (contained >= REPEAT_MIN_CONTAINED) {
      line.hit = hitOf('boilerplate/repeats-body', `contains ${contained}+ other paragraphs of the page verbatim: a second copy of the article`)
    }
  }
}

/**
 * The page-wide marks on each line's own rule hit, before the sections: price lists
 * lifted, consent panels grown from their cookie notice, the article's second copy and
 * cut repeats marked. The text mode and its tuner
 * (bench/tune-clean-page.ts) both call this, so they see the same lines.
 */
export function markPage(lines: LineState[]): void {
  unmarkPriceLists(lines)
  markConsentPanels(lines)
  markBodyRepeats(lines)
  markCopies(lines)
}

/** The word most languages' consent panels use for what they describe ("Cookie-Einstellungen", "cookies analytiques", "файлы cookie"). */
const COOKIE_WORD = /cookie/i
/** Longest line a consent panel's description runs to: an article about cookies has longer paragraphs. */
const PANEL_LINE_MAX_WORDS = 60
/** A panel's labels ("Necessary", "Always Enabled", "11 months"): lines this short between its descriptions. */
const PANEL_LABEL_MAX_WORDS = 4
/** How many labels in a row a panel may print before its next description. */
const PANEL_LABEL_RUN = 3

/**
 * A cookie notice opens the site's consent panel: the lines beside it that name cookies
 * (each category's description, a cookie's own name) and the short labels between them
 * are the panel's too, up to the first line that is neither.
 */
function markConsentPanels(lines: LineState[]): void {
  const names = (line: LineState) => line.hit?.category === 'cookie' || COOKIE_WORD.test(line.text)
  const describes = (line: LineState) => line.f.words <= PANEL_LINE_MAX_WORDS && COOKIE_WORD.test(line.text)
  const label = (line: LineState) => line.prose !== 'prose' && line.f.words <= PANEL_LABEL_MAX_WORDS
  // A label is the panel's only when a line naming cookies comes within the next few.
  const namedAhead = (i: number, step: 1 | -1) => {
    for (let k = 1; k <= PANEL_LABEL_RUN; k++) if (lines[i + k * step] && names(lines[i + k * step])) return true
    return false
  }
  const grow = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      const line = lines[i]
      // The next notice grows its own part; other chrome inside the panel (a "Close" button) is passed over and keeps its rule.
      if (line.hit?.category === 'cookie') return
      if (line.hit) continue
      if (!describes(line) && !(label(line) && namedAhead(i, step))) return
      line.hit = hitOf('cookie/notice', 'beside a cookie notice: part of the consent panel')
    }
  }
  const notices: number[] = []
  for (let i = 0; i < lines.length; i++) if (lines[i].hit?.category === 'cookie') notices.push(i)
  for (const i of notices) {
    grow(i, -1)
    grow(i, 1)
  }
}

/** Fewest price-per-period lines that make a page about prices rather than a page showing an offer. */
const PRICE_LIST_MIN_LINES = 3

/**
 * A page that prints a price per period on three lines or more compares prices (plans,
 * tools, rates): those lines are its content, not a subscription offer, which a page
 * shows once or twice. Chosen against the WCXB golds' product comparisons, where the
 * offer phrases ("/mo", "per month") took table cells and plan lists.
 */
function unmarkPriceLists(lines: LineState[]): void {
  let offers = 0
  for (const line of lines) if (line.hit?.rule === 'paywall/offer') offers++
  if (offers < PRICE_LIST_MIN_LINES) return
  for (const line of lines) if (line.hit?.rule === 'paywall/offer') line.hit = undefined
}

/** Fewest words of a line whose second copy is removed: short lines repeat for other reasons (menus, labels). */
const COPY_MIN_WORDS = 8
/** How far apart a line and its cut copy sit: a gallery prints a caption twice in a row. */
const COPY_DISTANCE = 3
/** A shortened copy ends in an ellipsis and at most a word or two ("… more"). */
const CUT_TAIL_MAX_CHARS = 16

/** The text before a closing ellipsis ("… more" may follow it), or null when the line does not end in one. */
function cutStem(key: string): string | null {
  const at = Math.max(key.lastIndexOf('…'), key.lastIndexOf('...'))
  if (at <= 0) return null
  const tail = key.slice(at).replace(/^(?:…|\.{3})/, '').trim()
  if (tail.length > CUT_TAIL_MAX_CHARS || tail.split(' ').length > 2) return null
  return key.slice(0, at).trimEnd()
}

/**
 * A long line printed again right next to itself, cut short with an ellipsis, is a
 * caption or teaser shown twice (a gallery's full and truncated caption): the cut copy
 * goes, the full one stays for the span to judge. A verbatim repeat is left alone: a
 * reply quotes a post, and a text may repeat a paragraph on purpose.
 */
function markCopies(lines: LineState[]): void {
  const keys = lines.map((l) => (l.f.words >= COPY_MIN_WORDS ? fold(l.text) : ''))
  for (let i = 0; i < lines.length; i++) {
    const key = keys[i]
    if (!key || lines[i].hit) continue
    const stem = cutStem(key)
    if (stem === null || (stem.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < COPY_MIN_WORDS) continue
    for (let j = Math.max(0, i - COPY_DISTANCE); j <= Math.min(lines.length - 1, i + COPY_DISTANCE); j++) {
      if (j !== i && keys[j].length > stem.length && keys[j].startsWith(stem)) {
        lines[i].hit = hitOf('boilerplate/repeated-line')
        break
      }
    }
  }
}

/** A run of lines a section rule takes: `[start, end)`, and what took it. */
export interface Run {
  start: number
  end: number
  hit: RuleHit
  /** Index of the line whose hit opened it (the heading), -1 for none. */
  opener: number
}

/**
 * A heading hit opens a section: for `heading`, the headline-like blocks after it
 * until prose resumes; for `section-end` (comments), everything after it, but only
 * when article prose came before (a "Comments" link in a top menu opens nothing).
 */
export function openSections(lines: readonly LineState[], opens: (rule: string) => RuleHit | undefined): Run[] {
  const runs: Run[] = []
  let before = 0
  for (let i = 0; i < lines.length; i++) {
    const hit = lines[i].hit
    if (lines[i].prose === 'prose') before += lines[i].f.words
    if (!hit || hit.scope === 'block') continue
    const section = opens(hit.rule)
    if (!section) continue
    if (hit.scope === 'section-end') {
      // A "Comments" link among share buttons is a widget, not the start of the thread.
      const inShareBar = lines[i - 1]?.hit?.category === 'social' || lines[i + 1]?.hit?.category === 'social'
      if (before < SECTION_END_MIN_WORDS || inShareBar) continue
      if (i + 1 < lines.length) runs.push({start: i + 1, end: lines.length, hit: section, opener: i})
      break
    }
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j]
      if (line.hit) continue
      if ((line.prose === 'prose' && line.f.sentenceEnd) || line.f.words > SECTION_ITEM_MAX_WORDS) break
    }
    // Lines a rule already matched stay that rule's; the others are the list's.
    if (j > i + 1) runs.push({start: i + 1, end: j, hit: section, opener: i})
    i = j - 1
  }
  return runs
}

/** Time stamps that make a thread: three posts, not one dateline. */
const THREAD_STAMPS = 3
/** Blocks a post may run between two stamps. */
const THREAD_GAP = 15

/**
 * Comments without a heading: after the article prose has started, time stamps
 * recur every few blocks, each followed by prose. From the first of them (or the
 * author line just above it) to the end is the comment thread. `stop` is where a
 * section already opened (the search ends there).
 */
export function findCommentThread(lines: readonly LineState[], stop: number): Run | undefined {
  let before = 0
  let first = -1
  let last = -1
  let count = 0
  for (let i = 0; i < stop; i++) {
    const line = lines[i]
    if (line.prose === 'prose' && count === 0) before += line.f.words
    if (before < SECTION_END_MIN_WORDS || !isStamp(line.text, line.f)) continue
    if (count > 0 && i - last > THREAD_GAP) count = 0
    if (count === 0) first = i
    count++
    last = i
    if (count >= THREAD_STAMPS) break
  }
  if (count < THREAD_STAMPS) return undefined
  const above = lines[first - 1]
  const start = first > 0 && above.prose === 'none' && above.f.words <= 6 && !above.hit ? first - 1 : first
  return {start, end: lines.length, hit: hitOf('comments/stamped-thread'), opener: -1}
}

/** Lines of at most this many words, this many in a row, are a menu. */
const LINK_WORDS = 3
const LINK_RUN = 3

/** Whether line `j` could be a menu's: one to three words, no prose. */
function isLinkLine(lines: readonly LineState[], j: number): boolean {
  return j >= 0 && j < lines.length && lines[j].prose === 'none' && lines[j].f.words > 0 && lines[j].f.words <= LINK_WORDS
}

/** Whether line `i` is one of at least three one-to-three-word lines in a row. */
export function inLinkRun(lines: readonly LineState[], i: number): boolean {
  if (!isLinkLine(lines, i)) return false
  let run = 1
  for (let j = i - 1; isLinkLine(lines, j) && run < LINK_RUN; j--) run++
  for (let j = i + 1; isLinkLine(lines, j) && run < LINK_RUN; j++) run++
  return run >= LINK_RUN
}

/** Every maximal run of at least three one-to-three-word lines, as `[start, end)`: the runs inLinkRun finds. */
export function linkRuns(lines: readonly LineState[]): [number, number][] {
  const runs: [number, number][] = []
  for (let i = 0; i < lines.length; i++) {
    if (!isLinkLine(lines, i)) continue
    let end = i + 1
    while (isLinkLine(lines, end)) end++
    if (end - i >= LINK_RUN) runs.push([i, end])
    i = end - 1
  }
  return runs
}
