import type {Category, Decision} from '../types.js'
import type {Favor} from '../options.js'
import {matchPhrase} from '../rules/index.js'
import type {ElementInfo, RawBlock, Walk} from './blocks.js'

/** Tunables of one pass; `favor` and the over-pruning guard pick among them. */
interface Pass {
  /** Weight of non-prose characters against prose when choosing the region. */
  otherWeight: number
  /** A block this long, mostly unlinked, is protected from class-token rules. */
  protectChars: number
  /** Keep prose outside the region when it is this long. */
  outsideProseChars: number
  /** Whether class/id tokens count as chrome marks (tags and roles always do). */
  classMarks: boolean
}

const PASSES: Readonly<Record<Favor | 'fallback', Pass>> = {
  precision: {otherWeight: 1.5, protectChars: 400, outsideProseChars: Infinity, classMarks: true},
  balanced: {otherWeight: 1, protectChars: 250, outsideProseChars: Infinity, classMarks: true},
  recall: {otherWeight: 0.5, protectChars: 150, outsideProseChars: 200, classMarks: true},
  fallback: {otherWeight: 0.25, protectChars: 80, outsideProseChars: 80, classMarks: true},
}

/** The guard's last step: class tokens are the weakest evidence, so it stops trusting them. */
const LAST_RESORT: Pass = {otherWeight: 0.25, protectChars: 80, outsideProseChars: 80, classMarks: false}

/** The region is prose-poor when its kept text is below this share of the page's prose. */
const GUARD_SHARE = 0.2
/** …or below this many characters while the page has more prose than that. */
const GUARD_CHARS = 200

export interface Decisions {
  decisions: Decision[]
  /** Index in `elements` of the main-content region, -1 when none. */
  region: number
  fallback?: {reason: string}
}

/** Decide every block: region first, then per-block chrome rules, then the over-pruning guard. */
export function decide(walk: Walk, langs: readonly string[], favor: Favor): Decisions {
  const prose = totalProse(walk)
  const tooLittle = (d: Decisions): number | null => {
    const kept = keptChars(walk.blocks, d.decisions)
    return prose > GUARD_CHARS && (kept < prose * GUARD_SHARE || kept < GUARD_CHARS) ? kept : null
  }
  const first = decideWith(walk, langs, PASSES[favor])
  const kept = tooLittle(first)
  if (kept === null) return first
  const reason = `only ${kept} of ${prose} prose characters survived; re-ran a recall-oriented pass`
  const second = decideWith(walk, langs, PASSES.fallback)
  if (tooLittle(second) === null) return {...second, fallback: {reason}}
  const third = decideWith(walk, langs, LAST_RESORT)
  return {...third, fallback: {reason: `${reason}, then one that ignores class/id tokens`}}
}

function isProse(block: RawBlock): boolean {
  const n = block.text.length
  if (n < 25 || block.kind === 'heading') return false
  return block.linkChars < n * 0.4
}

/** Prose characters outside navigation, footers and comment sections: what the guard protects. */
function totalProse(walk: Walk): number {
  let total = 0
  for (const b of walk.blocks) if (isProse(b) && !underStrongMark(walk.elements, b.owner)) total += b.text.length
  return total
}

function underStrongMark(elements: readonly ElementInfo[], start: number): boolean {
  for (let e = start; e !== -1; e = elements[e].parent) {
    const chrome = elements[e].chrome
    if (chrome && STRONG_RULES.has(chrome.rule)) return true
  }
  return false
}

function keptChars(blocks: readonly RawBlock[], decisions: readonly Decision[]): number {
  let total = 0
  for (let i = 0; i < blocks.length; i++) if (decisions[i].kept && isProse(blocks[i])) total += blocks[i].text.length
  return total
}

type Mark = ElementInfo['chrome']

/** Marks that stay chrome even when they hold most of the page's prose. */
const STRONG_RULES: ReadonlySet<string> = new Set([
  'structure/nav', 'structure/menu', 'structure/footer', 'structure/role-navigation', 'structure/role-menu',
  'structure/role-contentinfo', 'structure/class-comments', 'structure/class-footer',
])

function decideWith(walk: Walk, langs: readonly string[], pass: Pass): Decisions {
  const {elements, blocks} = walk
  const marks = validMarks(elements, blocks, pass)
  const region = chooseRegion(elements, blocks, marks, pass)
  const decisions: Decision[] = new Array(blocks.length)
  for (let i = 0; i < blocks.length; i++) decisions[i] = decideBlock(blocks[i], elements, marks, region, langs, pass)
  return {decisions, region}
}

/**
 * Chrome marks that hold: an element marked as chrome (tag, role or class
 * token) that wraps at least half of the page's prose is a wrapper, not chrome
 * (a `paywall` or `<form>` around the whole story, an article inside `<aside>`).
 * Navigation, footers and comment sections are exempt: a long legal footer or
 * comment thread can outweigh a short story.
 */
function validMarks(elements: readonly ElementInfo[], blocks: readonly RawBlock[], pass: Pass): Mark[] {
  const prose = new Float64Array(elements.length)
  let total = 0
  for (const block of blocks) {
    if (!isProse(block)) continue
    total += block.text.length
    for (let e = block.owner; e !== -1; e = elements[e].parent) prose[e] += block.text.length
  }
  const marks: Mark[] = new Array(elements.length)
  for (let e = 0; e < elements.length; e++) {
    const info = elements[e]
    const chrome = info.chrome
    if (!chrome || info.tag === 'body' || info.tag === 'html') marks[e] = null
    else if (!pass.classMarks && chrome.rule.startsWith('structure/class-')) marks[e] = null
    else if (!STRONG_RULES.has(chrome.rule) && total > 0 && prose[e] >= total * 0.5) marks[e] = null
    else marks[e] = chrome
  }
  return marks
}

/**
 * The main-content region: the element that maximizes prose inside it minus
 * weighted other text inside it. Prose under a chrome-marked element counts as
 * other text, so comment threads and teaser rails do not pull the region up to
 * <body>. Class/id tokens and <article>/<main> nudge the choice, as in
 * Readability's class weight.
 */
function chooseRegion(elements: readonly ElementInfo[], blocks: readonly RawBlock[], marks: readonly Mark[], pass: Pass): number {
  const prose = new Float64Array(elements.length)
  const other = new Float64Array(elements.length)
  for (const block of blocks) {
    if (block.owner === -1) continue
    const good = isProse(block) && !nearestChrome(elements, marks, block.owner, -1)
    // Quotes, tables and code (embedded posts, data) are content shapes: no evidence against a region.
    if (!good && (block.inQuote || block.inTable || block.inCode)) continue
    const n = block.text.length
    for (let e = block.owner; e !== -1; e = elements[e].parent) {
      if (good) prose[e] += n
      else other[e] += n
    }
  }
  let best = -1
  let bestScore = 0
  for (let e = 0; e < elements.length; e++) {
    const info = elements[e]
    if (prose[e] === 0) continue
    let score = prose[e] - pass.otherWeight * other[e]
    if (info.article) score += 0.1 * prose[e]
    score += (info.weight / 25) * 0.05 * prose[e]
    // Ties go to the deeper element (it comes later in document order).
    if (score >= bestScore) {
      best = e
      bestScore = score
    }
  }
  // Readability-style sibling joining was measured here and dropped: it kept
  // enough of a wrong region to stop the over-pruning guard (AEB F1 -0.003).
  return best
}

function isInside(elements: readonly ElementInfo[], start: number, ancestor: number): boolean {
  for (let e = start; e !== -1; e = elements[e].parent) if (e === ancestor) return true
  return false
}

function decideBlock(block: RawBlock, elements: readonly ElementInfo[], marks: readonly Mark[], region: number, langs: readonly string[], pass: Pass): Decision {
  const text = block.text
  const linkShare = block.linkChars / text.length
  const protectedShape = block.inCode || block.inTable || block.inQuote
  const longProse = text.length >= pass.protectChars && linkShare < 0.3

  if (!/[\p{L}\p{N}]/u.test(text)) {
    return {kept: false, category: 'boilerplate', rule: 'block/no-words', reason: 'no letters or digits'}
  }

  if (region === -1 || !isInside(elements, block.owner, region)) {
    // Outside the region a structural mark names the category without the
    // phrase tables (most of a page's blocks are here; matching them all cost
    // a tenth of the page budget).
    const mark = nearestChrome(elements, marks, block.owner, -1)
    if (mark) return {kept: false, category: mark.category, rule: mark.rule, reason: `${mark.reason}, outside the main content`}
    const phrase = longProse ? undefined : matchPhrase(text, langs)
    if (phrase) return {kept: false, category: phrase.category, rule: phrase.rule, reason: `${phrase.reason}, outside the main content`}
    if (text.length >= pass.outsideProseChars && linkShare < 0.2) return {kept: true}
    return {kept: false, category: 'boilerplate', rule: 'region/outside', reason: 'outside the main content region'}
  }

  const phrase = longProse ? undefined : matchPhrase(text, langs)
  if (phrase) return {kept: false, category: phrase.category, rule: phrase.rule, reason: phrase.reason}

  // Inside the region: chrome marks between the block and the region root.
  const mark = nearestChrome(elements, marks, block.owner, region)
  // Code, tables and quotes are content even inside a <figure>; captions are not.
  const protectedFromMark = longProse || (protectedShape && mark?.rule !== 'structure/figcaption' && mark?.rule !== 'structure/class-caption')
  // An article's own <footer> holds notes and corrections as well as tags and share rows.
  const articleFooterProse = mark?.rule === 'structure/footer' && footerOfArticle(elements, block.owner) && text.length >= 80 && linkShare < 0.2
  if (mark && !protectedFromMark && !articleFooterProse) {
    return {kept: false, category: mark.category, rule: mark.rule, reason: mark.reason}
  }
  // Prose that links a lot (a round-up, a source list) still reads as sentences.
  const sentence = /[.!?…。)"”»]$/.test(text) && text.split(' ').length >= 8
  if (linkShare > (sentence ? 0.9 : 0.5) && text.length < 300 && !protectedShape) {
    const category: Category = block.inList ? 'related' : 'navigation'
    return {kept: false, category, rule: 'block/link-dense', reason: `${Math.round(linkShare * 100)}% of the text is links`}
  }
  return {kept: true}
}

/** Whether the nearest <footer> above `start` sits inside an <article>-like element. */
function footerOfArticle(elements: readonly ElementInfo[], start: number): boolean {
  let e = start
  while (e !== -1 && elements[e].tag !== 'footer') e = elements[e].parent
  for (e = e === -1 ? -1 : elements[e].parent; e !== -1; e = elements[e].parent) if (elements[e].article) return true
  return false
}

/** The innermost valid chrome mark from `start` up to (not including) `stop`. */
function nearestChrome(elements: readonly ElementInfo[], marks: readonly Mark[], start: number, stop: number): Mark {
  for (let e = start; e !== -1 && e !== stop; e = elements[e].parent) if (marks[e]) return marks[e]
  return null
}
