// The HTML mode's region step: the main content is a container element, scored by
// the prose inside it against the other text inside it; each block is then decided
// by the rules and by the structural marks between it and that container.
import {classTokens, type ElementInfo, type RawBlock, type Walk} from '../blocks/from-html/walk.js'
import type {BlockFeatures} from '../features.js'
import {guarded, runHolds, SHORTFALL} from '../guard.js'
import type {Favor} from '../options.js'
import {hitOf, NOT_HEADER_CELL, type RuleHit} from '../rules/catalogue.js'
import {matchRules} from '../rules/match.js'
import {endsSentence, HAS_WORD} from '../text/normalize.js'

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

/** The guard's last step: class tokens are the weakest evidence, so it stops trusting them (all but the strong ones). */
const LAST_RESORT: Pass = {otherWeight: 0.25, protectChars: 80, outsideProseChars: 80, classMarks: false}

/**
 * Inside the region, a short block that is not a sentence is link chrome above this share of
 * its word characters in links (a linked term with its gloss, "<a>Term</a>: what it means", is content). Chosen by
 * leave-one-collection-out over 0.5-0.9 on the six development collections (with the share
 * over all characters): five of six held-out folds pick 0.8 (AEB's picks 0.7; its F1 differs
 * by 0.0003). Over word characters, a row of tags between separators stays at 1.
 */
const LINK_DENSE_SHARE = 0.8

const NOT_WORD = /[^\p{L}\p{N}]/gu

const CLOSES_NOTE = /[)"”»]$/

/**
 * Decide every block: region first, then per-block rules, under the over-pruning guard.
 * `template`: the site's template hits per block; such a block is chrome to the region
 * (it never anchors it) and is removed like a rule hit.
 */
export function decideContainer(walk: Walk, langs: readonly string[], favor: Favor, features: (i: number) => BlockFeatures, template?: readonly (RuleHit | undefined)[]): ContainerDecisions {
  const decideWith = (pass: Pass) => decideWithPass(walk, langs, pass, features, template ?? [])
  const {result, fallback} = guarded(
    () => decideWith(PASSES[favor]),
    [{step: 're-ran a recall-oriented pass', run: () => decideWith(PASSES.fallback)}, {step: 'one that ignores class/id tokens', run: () => decideWith(LAST_RESORT)}],
    (pass) => keptChars(walk.blocks, pass.hits),
    totalProse(walk, template ?? []),
    SHORTFALL.html,
  )
  if (!fallback) {
    // The standfirst and the prose beside the region join a region the guard accepted
    // without them: a few paragraphs must not make a region chosen too low look whole.
    for (const i of result.lede) result.hits[i] = undefined
  }
  removeEmptySectionHeadings(walk, result.hits)
  return fallback ? {hits: result.hits, fallback} : {hits: result.hits}
}

/**
 * A heading longer than this is a paragraph set as one (old pages), not a section's title.
 * Measured on the six development collections, HTML mode: the rule gains trafilatura-eval
 * 0.0010 snippet F1, AEB 0.0002, WCXB 0.0001, and moves the other three by under 0.0001;
 * without the cap (in an earlier draft) CleanEval's paragraphs set as headings went, -0.0004.
 */
const EMPTY_SECTION_HEADING_CHARS = 120

/**
 * A sub-heading over a section that was removed whole is that section's title ("Related
 * stories", "More from the desk", "Weitere Informationen"): it goes with it. A section runs
 * to the next heading of its level or higher; headings are taken from the last up, so a
 * heading whose sub-sections all went goes too. The headline (<h1>) stays: it titles the page.
 */
function removeEmptySectionHeadings(walk: Walk, hits: (RuleHit | undefined)[]): void {
  const {blocks} = walk
  for (let h = blocks.length - 1; h >= 0; h--) {
    const level = blocks[h].level
    if (hits[h] || level < 2 || blocks[h].text.length > EMPTY_SECTION_HEADING_CHARS) continue
    let first: RuleHit | undefined
    let keeps = false
    for (let i = h + 1; i < blocks.length && !keeps && !(blocks[i].level > 0 && blocks[i].level <= level); i++) {
      const hit = hits[i]
      // A separator or an image alone is no section of its own.
      if (!hit) keeps = true
      else if (hit.rule !== 'boilerplate/no-words') first ??= hit
    }
    if (first && !keeps) hits[h] = hitOf('boilerplate/empty-section', `the heading of a section removed whole (${first.rule})`)
  }
}

export interface ContainerDecisions {
  /** Per block, what removes it; `undefined` keeps it. */
  hits: (RuleHit | undefined)[]
  fallback?: {reason: string}
}

function isProse(block: RawBlock): boolean {
  const n = block.text.length
  if (n < 25 || block.kind === 'heading') return false
  return block.linkChars < n * 0.4
}

/** Prose characters outside navigation, footers, comment sections and the site's template: what the guard protects. */
function totalProse(walk: Walk, template: readonly (RuleHit | undefined)[]): number {
  let total = 0
  walk.blocks.forEach((b, i) => {
    if (isProse(b) && !template[i] && !underStrongMark(walk.elements, b.owner)) total += b.text.length
  })
  return total
}

function underStrongMark(elements: readonly ElementInfo[], start: number): boolean {
  for (let e = start; e !== -1; e = elements[e].parent) {
    const chrome = elements[e].chrome
    if (chrome && STRONG_RULES.has(chrome.rule)) return true
  }
  return false
}

function keptChars(blocks: readonly RawBlock[], hits: readonly (RuleHit | undefined)[]): number {
  let total = 0
  for (let i = 0; i < blocks.length; i++) if (!hits[i] && isProse(blocks[i])) total += blocks[i].text.length
  return total
}

type Mark = ElementInfo['chrome']

/** Marks that stay chrome even when they hold most of the page's prose. */
const STRONG_RULES: ReadonlySet<string> = new Set([
  'navigation/tag-nav', 'navigation/tag-menu', 'footer/tag-footer', 'navigation/role-navigation', 'navigation/role-menu',
  'footer/role-contentinfo', 'comments/class-comments', 'footer/class-footer',
])

/** One pass's decisions, and the blocks it would keep outside the region: the standfirst and the prose beside it (removed in `hits` until the guard has looked). */
interface PassDecisions {
  hits: (RuleHit | undefined)[]
  lede: number[]
}

function decideWithPass(walk: Walk, langs: readonly string[], pass: Pass, features: (i: number) => BlockFeatures, template: readonly (RuleHit | undefined)[]): PassDecisions {
  const {elements, blocks} = walk
  const {marks, threads} = validMarks(elements, blocks, pass)
  const region = chooseRegion(elements, blocks, marks, threads, pass, template)
  const noProse = region === -1 && !blocks.some(isProse)
  const hits: (RuleHit | undefined)[] = new Array(blocks.length)
  let proseSeen = false
  for (let i = 0; i < blocks.length; i++) {
    hits[i] = decideBlock(blocks[i], elements, marks, threads, region, noProse, pass, template[i], (text) => {
      const hit = matchRules(text, langs, features(i))
      // A date line is the page's dateline above the article; below its first prose the
      // structure knows better (event dates, comment dates inside the region).
      return hit?.rule === 'masthead/date' && proseSeen ? undefined : hit
    })
    if (!hits[i] && isProse(blocks[i]) && region !== -1 && isInside(elements, blocks[i].owner, region)) proseSeen = true
  }
  const lede = ledeOf(elements, blocks, hits, region)
  for (const i of besideOf(elements, blocks, hits, region, features)) if (!lede.includes(i)) lede.push(i)
  return {hits, lede}
}

/**
 * The standfirst outside the region, or none: the running text nearest above the region's first
 * block, inside the innermost article element (<article>, <main>, a post-container token)
 * around the region, or, without one, below the page's headline (the last <h1> above the
 * region). The region is often the body's own box, and the standfirst sits beside it in
 * the same article, between the headline and the body. A few blocks at most (a standfirst
 * of two sentences, or one set as a short list of points): paragraphs of body above a
 * region are a region chosen too low, and the over-pruning guard, not this, steps back from that.
 */
function ledeOf(elements: readonly ElementInfo[], blocks: readonly RawBlock[], hits: readonly (RuleHit | undefined)[], region: number): number[] {
  if (region === -1) return []
  const first = blocks.findIndex((b) => isInside(elements, b.owner, region))
  let article = elements[region].parent
  while (article !== -1 && !elements[article].article && !elements[article].body) article = elements[article].parent
  let floor = -1
  if (article === -1) {
    for (let i = first - 1; i >= 0 && first - i <= LEDE.headlineLookback; i--) {
      if (blocks[i].kind === 'heading' && elements[blocks[i].owner]?.tag === 'h1') {
        floor = i
        break
      }
    }
    if (floor === -1) return []
  }
  const lede: number[] = []
  for (let i = first - 1; i > floor; i--) {
    const block = blocks[i]
    // The lead photo's caption and the byline sit between the standfirst and the body.
    if (betweenLedeAndBody(hits[i])) continue
    // A <header> whose article element holds the region is the story's own, even beside an inner article element that holds only the body.
    if (article !== -1 && !isInside(elements, block.owner, article) && !isInside(elements, region, articleOf(elements, block.owner, 'header'))) break
    // A header's standfirst is often set without its full stop; elsewhere, a sentence's end is asked.
    const inHeader = hits[i]?.rule === HEADER_RULE
    if (block.text.length < LEDE.minChars || !(endsSentence(block.text) || (inHeader && block.text.length >= LEDE.headerChars))) continue
    // Only a block no rule names (an unmarked one outside the region, or a paragraph in the
    // article's header, where its standfirst sits), with few links. A heading there is a
    // sub-head, which golds that keep the standfirst beside the body leave out (AEB F1 -0.001 with it).
    const unmarked = hits[i]?.rule === 'boilerplate/outside-region' || (inHeader && block.kind !== 'heading')
    if (!unmarked || block.linkChars >= block.text.length * 0.2) break
    lede.push(i)
    if (lede.length >= LEDE.maxBlocks) break
  }
  return lede
}

/**
 * The mark of an article's header, where the standfirst sits. Header class tokens
 * (`article-header`, `dek`) were measured too: trafilatura-eval +0.0007 snippet F1, but AEB,
 * whose gold leaves standfirsts out, -0.0011.
 */
const HEADER_RULE = 'masthead/tag-header'

/** What sits between a standfirst and the body without ending the standfirst: captions and credits of the lead picture, the author line. */
const betweenLedeAndBody = (hit: RuleHit | undefined): boolean => hit?.category === 'caption' || hit?.rule === 'masthead/class-author'

/**
 * Running text beside the region: a block in the region's parent box but outside the region,
 * that no rule or mark names, and that reads as prose (a sentence at its end, stopwords, few
 * links; not a heading). A region is sometimes one of the body's boxes (its first paragraph set
 * apart, a list of points, a paragraph after an inline box); its siblings are the rest of the
 * story. Never when that parent is <body>: the page's own columns are no story's box.
 */
function besideOf(elements: readonly ElementInfo[], blocks: readonly RawBlock[], hits: readonly (RuleHit | undefined)[], region: number, features: (i: number) => BlockFeatures): number[] {
  if (region === -1) return []
  const parent = elements[region].parent
  if (parent === -1 || elements[parent].tag === 'body' || elements[parent].tag === 'html') return []
  const found: number[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (hits[i]?.rule !== 'boilerplate/outside-region' || block.kind === 'heading') continue
    if (!isInside(elements, block.owner, parent) || isInside(elements, block.owner, region)) continue
    if (block.text.length < BESIDE.minChars || block.linkChars >= block.text.length * 0.2) continue
    const f = features(i)
    if (f.sentenceEnd && (f.cjk || f.stopRatio >= BESIDE.minStopRatio)) found.push(i)
  }
  return found
}

/**
 * What a block beside the region needs to be kept. Measured on the six development
 * collections (HTML mode, all in, over the standfirst below): 40 characters and no cap gave
 * trafilatura-eval +0.0009 snippet F1, Dragnet +0.0003, WCXB -0.0007 (AEB, readability-tests,
 * CleanEval under 0.0003); 80 characters with the blocks capped at half the region's text
 * gave trafilatura-eval -0.0001, Dragnet -0.0001.
 */
const BESIDE = {minChars: 40, minStopRatio: 0.2}

/**
 * A standfirst reads as running text: blocks this long, a sentence at their end, at most
 * `maxBlocks` of them; without an article element, the headline it follows is looked for
 * at most `headlineLookback` blocks above the region. Measured on the six development
 * collections, HTML mode, against the one-block standfirst of 150 characters inside an
 * article element before it: 60 characters, three blocks and the headline 12 blocks up gave
 * trafilatura-eval +0.0017 snippet F1 and Dragnet +0.0010, 40/5/20 +0.0023 and +0.0012;
 * AEB, readability-tests, WCXB and CleanEval moved by under 0.0003. `headerChars`: a
 * standfirst in the story's <header> this long needs no full stop; with it, stepping over
 * captions and author lines, and the <header> beside an inner article element:
 * trafilatura-eval +0.0011, AEB -0.0002, the other four under 0.0001.
 */
const LEDE = {minChars: 40, maxBlocks: 5, headlineLookback: 20, headerChars: 80}

/**
 * Chrome marks that hold: an element marked as chrome (tag, role or class
 * token) that wraps at least half of the page's prose is a wrapper, not chrome
 * (a `paywall` or `<form>` around the whole story, an article inside `<aside>`).
 * Navigation, footers and comment sections are exempt: a long legal footer or
 * comment thread can outweigh a short story.
 * `threads`: the comment-section marks that hold two or more paragraphs (a thread, not a
 * one-paragraph note such as posting guidelines).
 */
function validMarks(elements: readonly ElementInfo[], blocks: readonly RawBlock[], pass: Pass): {marks: Mark[]; threads: Uint8Array} {
  const prose = new Float64Array(elements.length)
  const paragraphs = new Uint32Array(elements.length)
  const links = new Float64Array(elements.length)
  let total = 0
  for (const block of blocks) {
    if (block.linkChars > 0) for (let e = block.owner; e !== -1; e = elements[e].parent) links[e] += block.linkChars
    if (!isProse(block)) continue
    total += block.text.length
    for (let e = block.owner; e !== -1; e = elements[e].parent) {
      prose[e] += block.text.length
      paragraphs[e]++
    }
  }
  // An element the page marks as its article (<article>, a post-container token) with paragraphs of prose in it.
  const holdsArticle = new Uint8Array(elements.length)
  // An element the page marks as its article with any prose in it, however little.
  const holdsMarked = new Uint8Array(elements.length)
  // An element around the page's <main> with prose in it.
  const holdsMain = new Uint8Array(elements.length)
  // The page's first <h1>, looked up only when a footer class needs it: a footer never holds the headline.
  let h1: number | undefined
  const holdsHeadline = (e: number) => isInside(elements, (h1 ??= elements.findIndex((info) => info.tag === 'h1')), e)
  for (let e = elements.length - 1; e >= 0; e--) {
    const info = elements[e]
    if ((info.body || info.article) && paragraphs[e] >= MASTHEAD_MAX_PARAGRAPHS && prose[e] >= MASTHEAD_MAX_PROSE) holdsArticle[e] = 1
    if ((info.body || info.article) && prose[e] > 0) holdsMarked[e] = 1
    if (info.parent === -1) continue
    if (holdsArticle[e]) holdsArticle[info.parent] = 1
    if (holdsMarked[e]) holdsMarked[info.parent] = 1
    if (holdsMain[e] || (info.tag === 'main' && prose[e] > 0)) holdsMain[info.parent] = 1
  }
  const marks: Mark[] = new Array(elements.length)
  const threads = new Uint8Array(elements.length)
  for (let e = 0; e < elements.length; e++) {
    const info = elements[e]
    const chrome = info.chrome
    if (!chrome || info.tag === 'body' || info.tag === 'html') marks[e] = null
    // A class token on a box around the page's <main> is the layout's (a sticky-footer wrapper, `flex-wrap-footer`): no chrome holds the main content.
    else if (holdsMain[e] && chrome.rule.includes('/class-')) marks[e] = null
    // So is one around the page's headline and most of its prose (`above-footer` around the whole page).
    else if (chrome.rule === 'footer/class-footer' && !runHolds(prose[e], total, false) && holdsHeadline(e)) marks[e] = null
    // The last resort stops trusting class tokens, except those of comment threads and footers: a thread is never the article it follows.
    else if (!pass.classMarks && chrome.rule.includes('/class-') && !STRONG_RULES.has(chrome.rule)) marks[e] = null
    // A mark holding most of the page's prose is a wrapper, unless it is a strong one, or a
    // class-token box with a paragraph or two and no marked article in it (a sidebar's bio
    // or disclaimer outweighs a short post; a story's wrapper holds its paragraphs).
    else if (!runHolds(prose[e], total, STRONG_RULES.has(chrome.rule)) && !(chrome.rule.includes('/class-') && paragraphs[e] < WRAPPER.minParagraphs && !holdsMarked[e])) marks[e] = null
    else if (outgrows(chrome, prose[e], paragraphs[e], links[e])) marks[e] = null
    // A class token on an element around the page's own article container is the theme's wrapper (Blogger's `widget Blog`).
    else if (holdsArticle[e] && chrome.rule.includes('/class-') && !STRONG_RULES.has(chrome.rule)) marks[e] = null
    else marks[e] = chrome
    if (marks[e]?.category === 'comments' && paragraphs[e] >= 2) threads[e] = 1
  }
  return {marks, threads}
}

/**
 * A class-token mark is a wrapper around the story only when it holds this many paragraphs
 * of prose (or the page's marked article). Chosen by leave-one-collection-out,
 * `npm exec tsx bench/tune-wrapper.ts`, which alone sets it (nothing else writes it): four of
 * six held-out folds pick 4; dragnet's picks 3 (held-out F1 0.0013 below all-in) and
 * trafilatura-eval's 8 (0.0007 below).
 */
export const WRAPPER = {minParagraphs: 4}

/** An author box holds a bio of a paragraph or two, however long its sentences; more is a wrapper (a post by that author). */
const AUTHOR_BOX = 'masthead/class-author'
const AUTHOR_BOX_MAX_PROSE = 800

/**
 * A `<header>` holds a headline, a standfirst, a byline: paragraphs of prose make it the
 * section's wrapper (a page builder's `<article><header>` around each part of the text).
 * Held to a masthead box's limits below (with 3 paragraphs and 500 characters instead,
 * trafilatura-eval gains 0.0003 rather than 0.0009; the other sets move by under 0.0001 either way).
 */
const HEADER_TAG = 'masthead/tag-header'

/** Prose a byline, dateline or meta box never holds: paragraphs of it make the mark a wrapper (Blogger's `date-outer` around the posts). */
const MASTHEAD_MAX_PARAGRAPHS = 2
const MASTHEAD_MAX_PROSE = 300

/**
 * Whether a class-token mark holds what its category never does: a masthead class
 * around paragraphs of prose, or a teaser/related class around prose with no link in
 * it (a promo leads elsewhere; a `teaser` that links nowhere is the article's lede).
 */
function outgrows(chrome: NonNullable<Mark>, prose: number, paragraphs: number, links: number): boolean {
  if (chrome.rule === HEADER_TAG) return paragraphs >= MASTHEAD_MAX_PARAGRAPHS && prose >= MASTHEAD_MAX_PROSE
  if (!chrome.rule.includes('/class-')) return false
  if (chrome.rule === AUTHOR_BOX) return prose >= AUTHOR_BOX_MAX_PROSE
  if (chrome.category === 'masthead') return paragraphs >= MASTHEAD_MAX_PARAGRAPHS && prose >= MASTHEAD_MAX_PROSE
  if (chrome.category === 'teaser' || chrome.category === 'related') return prose > 0 && links === 0
  return false
}

/**
 * The main-content region: the element that maximizes prose inside it minus
 * weighted other text inside it. Prose under a chrome-marked element counts as
 * other text, so comment threads and teaser rails do not pull the region up to
 * <body>. Class/id tokens and <article>/<main> nudge the choice, as in
 * Readability's class weight. The site's template counts for no region.
 */
function chooseRegion(elements: readonly ElementInfo[], blocks: readonly RawBlock[], marks: readonly Mark[], threads: Uint8Array, pass: Pass, template: readonly (RuleHit | undefined)[]): number {
  const prose = new Float64Array(elements.length)
  const other = new Float64Array(elements.length)
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.owner === -1) continue
    // The site's template neither anchors a region nor counts against one: it is on every
    // page, in and around the story (measured: as other text it pulled regions off the story).
    if (template[i]) continue
    // A comment thread is removed wherever it sits: it says nothing about the article's container.
    if (inThread(elements, threads, block.owner, -1)) continue
    const marked = nearestChrome(elements, marks, block.owner, -1)
    const good = isProse(block) && !marked
    // Quotes, tables and code (embedded posts, data) are content shapes: no evidence against a region.
    if (!good && (block.inQuote || block.inTable || block.inCode)) continue
    const n = block.text.length
    for (let e = block.owner; e !== -1; e = elements[e].parent) {
      if (good) prose[e] += n
      else other[e] += n
    }
  }
  const scoreOf = (e: number) => {
    const info = elements[e]
    let score = prose[e] - pass.otherWeight * other[e]
    if (info.article) score += 0.1 * prose[e]
    return score + (info.weight / 25) * 0.05 * prose[e]
  }
  let best = -1
  let bestScore = 0
  for (let e = 0; e < elements.length; e++) {
    if (prose[e] === 0) continue
    const score = scoreOf(e)
    // Ties go to the deeper element (it comes later in document order).
    if (score >= bestScore) {
      best = e
      bestScore = score
    }
  }
  if (best !== -1) best = firstOfStream(elements, prose, best)
  // A list item is never the article, its list may be: a round-up ("10 things you need to
  // know today") whose first item reads as prose and whose others link their headlines
  // would keep only that item.
  while (best !== -1 && LIST_ITEMS.has(elements[best].tag) && elements[best].parent !== -1) best = elements[best].parent
  // Nor is one paragraph, unless the box around it scores below zero (more other text than
  // prose, as weighted): the story's other parts sit beside it (a list under its lede).
  // Readability scores a paragraph's box, never the paragraph.
  if (best !== -1 && elements[best].tag === 'p') {
    const box = elements[best].parent
    if (box !== -1 && scoreOf(box) >= 0) best = box
  }
  // Readability-style sibling joining was measured here and dropped: it kept
  // enough of a wrong region to stop the over-pruning guard (AEB F1 -0.003).
  // So was discounting prose in cards (a box whose only sentence paragraph sits beside a
  // linked title, three or more of them): AEB +0.008, Dragnet +0.002, but feature lists
  // and forum posts are cards too (readability-tests -0.002, CleanEval -0.0025).
  return best
}

const LIST_ITEMS: ReadonlySet<string> = new Set(['li', 'dd', 'dt'])

/** Prose characters a story's box holds, at least, to count as one of a stream (500 and 1 000 measured alike). */
const STREAM_MIN_PROSE = 1000
/** How many boxes above the chosen region a story's box is looked for. */
const STREAM_MAX_UP = 6

/**
 * The first of a stream of articles: a page that appends the next stories as it scrolls
 * repeats the story's box (same tag and class, each with its own <h1> and prose), and the
 * page's own story is the first box, not the longest.
 */
function firstOfStream(elements: readonly ElementInfo[], prose: Float64Array, best: number): number {
  const classOf = (e: number) => classTokens(elements[e].node).join(' ')
  let headlined: Set<number> | undefined
  const hasHeadline = (e: number) => {
    if (!headlined) {
      headlined = new Set()
      for (let h = 0; h < elements.length; h++) {
        if (elements[h].tag !== 'h1') continue
        for (let a = elements[h].parent; a !== -1 && !headlined.has(a); a = elements[a].parent) headlined.add(a)
      }
    }
    return headlined.has(e)
  }
  // A few boxes up at most: each look scans the page's elements once, and hostile pages nest deep.
  for (let a = best, up = 0; a !== -1 && elements[a].parent !== -1 && up < STREAM_MAX_UP; a = elements[a].parent, up++) {
    const tag = elements[a].tag
    if (tag === 'body' || tag === 'html' || LIST_ITEMS.has(tag)) continue
    const cls = classOf(a)
    if (!cls && tag !== 'article') continue
    if (prose[a] < STREAM_MIN_PROSE || !hasHeadline(a)) continue
    const parent = elements[a].parent
    let first = -1
    let count = 0
    for (let e = parent + 1; e < elements.length; e++) {
      if (elements[e].parent !== parent || elements[e].tag !== tag || classOf(e) !== cls || prose[e] < STREAM_MIN_PROSE || !hasHeadline(e)) continue
      if (first === -1) first = e
      count++
    }
    if (count >= 2) return first
  }
  return best
}

function isInside(elements: readonly ElementInfo[], start: number, ancestor: number): boolean {
  for (let e = start; e !== -1; e = elements[e].parent) if (e === ancestor) return true
  return false
}

function decideBlock(block: RawBlock, elements: readonly ElementInfo[], marks: readonly Mark[], threads: Uint8Array, region: number, noProse: boolean, pass: Pass, template: RuleHit | undefined, rules: (text: string) => RuleHit | undefined): RuleHit | undefined {
  const text = block.text
  const linkShare = block.linkChars / text.length
  const protectedShape = block.inCode || block.inTable || block.inQuote
  const longProse = text.length >= pass.protectChars && linkShare < 0.3

  if (!HAS_WORD.test(text)) return hitOf('boilerplate/no-words')

  // No prose on the page at all: nothing to anchor a body to, so only the rules decide, as in the text mode.
  if (region === -1 ? !noProse : !isInside(elements, block.owner, region)) {
    // Outside the region a structural mark names the category without the
    // phrase tables (most of a page's blocks are here; matching them all cost
    // a tenth of the page budget).
    const mark = nearestChrome(elements, marks, block.owner, -1)
    if (mark) return {...mark, reason: `${mark.reason}, outside the main content`, scope: 'block'}
    if (template) return template
    const hit = longProse ? undefined : rules(text)
    if (hit) return {...hit, reason: `${hit.reason}, outside the main content`}
    if (text.length >= pass.outsideProseChars && linkShare < 0.2) return undefined
    return hitOf('boilerplate/outside-region')
  }

  const hit = longProse ? undefined : rules(text)
  if (hit && !(NOT_HEADER_CELL.has(hit.rule) && elements[block.owner]?.tag === 'th')) return hit
  if (template) return template

  // Inside the region: chrome marks between the block and the region root.
  const mark = nearestChrome(elements, marks, block.owner, region)
  // Code, tables and quotes are content even inside a <figure>; captions are not.
  // A long reader comment is still the thread's: a comment thread's mark outranks length.
  // So is an author's bio in the author box (the box's size was checked in validMarks).
  const lengthYields = (mark?.category === 'comments' && inThread(elements, threads, block.owner, region)) || mark?.rule === AUTHOR_BOX
  const protectedFromMark = (longProse && !lengthYields) || (protectedShape && mark?.rule !== 'caption/tag-figcaption' && mark?.rule !== 'caption/class-caption')
  // An article's own <footer> holds notes and corrections as well as tags and share rows.
  const articleFooterProse = mark?.rule === 'footer/tag-footer' && articleOf(elements, block.owner, 'footer') !== -1 && text.length >= 80 && linkShare < 0.2
  // An article's own <header> holds its standfirst (the rules above took its byline and date).
  const articleHeader = mark?.rule === HEADER_RULE && isProse(block) && linkShare < 0.5 && articleOf(elements, block.owner, 'header') !== -1
  if (mark && !protectedFromMark && !articleFooterProse && !articleHeader) return {...mark, scope: 'block'}
  // Prose that links a lot (a round-up, a source list) still reads as sentences, or as a title with its note ("… (review)").
  const sentence = (endsSentence(text) || CLOSES_NOTE.test(text)) && text.split(' ').length >= 8
  // Separators between links (" · ", " | ") are no text of their own: the share is taken over word characters.
  const wordShare = block.linkChars === 0 ? 0 : block.linkChars / Math.max(1, text.length - (text.match(NOT_WORD) ?? []).length)
  if ((sentence ? linkShare > 0.9 : wordShare > LINK_DENSE_SHARE) && text.length < 300 && !protectedShape) {
    return hitOf(block.inList ? 'related/link-dense' : 'navigation/link-dense', `${Math.round(linkShare * 100)}% of the text is links`)
  }
  return undefined
}

/** The <article>-like element around the nearest `tag` (<header>, <footer>) above `start`, or -1. */
function articleOf(elements: readonly ElementInfo[], start: number, tag: string): number {
  let e = start
  while (e !== -1 && elements[e].tag !== tag) e = elements[e].parent
  for (e = e === -1 ? -1 : elements[e].parent; e !== -1; e = elements[e].parent) if (elements[e].article || elements[e].body) return e
  return -1
}

function inThread(elements: readonly ElementInfo[], threads: Uint8Array, start: number, stop: number): boolean {
  for (let e = start; e !== -1 && e !== stop; e = elements[e].parent) if (threads[e]) return true
  return false
}

/** The innermost valid chrome mark from `start` up to (not including) `stop`. */
function nearestChrome(elements: readonly ElementInfo[], marks: readonly Mark[], start: number, stop: number): Mark {
  for (let e = start; e !== -1 && e !== stop; e = elements[e].parent) if (marks[e]) return marks[e]
  return null
}
