/**
 * Site templates as a source of rule hits inside the pipeline. The main thread
 * reads the site's memory into a `TemplateView` (plain data: what is template
 * chrome on the site now) before the page is analysed; `analyze()` turns it into
 * hits beside the phrase and shape rules, so the region and the guard see them,
 * and it returns the page's block keys for the main thread to learn. A worker
 * never touches the memory itself.
 */
import {normalizeText, textKey} from '../dedup/normalize.js'
import {runHolds, SHORTFALL} from '../guard.js'
import type {RuleHit} from '../rules/catalogue.js'
import {endsSentence} from '../text/normalize.js'
import {templateCategory} from './category.js'

/** What a site's earlier pages say of one key that is template chrome now. */
export interface TemplateSighting {
  /** Pages of the site it was seen on. */
  seen: number
  /** Of the site's recent pages (at most 32), how many. */
  recentSeen: number
  /** Blocks from the start and from the end of the page where it was last seen. */
  fromStart: number
  fromEnd: number
}

/** One site's template as it stands before a page: structured-cloneable. */
export interface TemplateView {
  site: string
  /** The site's pages learned so far, and how many of them are recent (at most 32). */
  pages: number
  recentPages: number
  /**
   * Every key that is template chrome on the site now: seen on `minPages` pages, or
   * on one page fewer (at least one), which is enough for a block's words in the
   * same container (`KeyedBlock.place`).
   */
  keys: Map<number, TemplateSighting>
  /** Pages a block's words or its container's shape must have been seen on; default 1. */
  minPages?: number
}

/** A block as the memory stores it: hashes only. */
export interface KeyedBlock {
  /** Hash of the normalized text. */
  key: number
  /** HTML mode, navigation and short labels outside the article's flow: hash of the container's tag and class path; -1 for none. */
  shape: number
  /** Long enough to tell two stories apart (the syndication test). */
  long: boolean
  /** A sentence's worth of text: a page with one never seen before is a new story, not a copy (nor a page the warm-up learned). */
  sentence: boolean
  /** Reads as article prose (the run guard counts it). */
  prose: boolean
  /** Counts as template only where it stood before: prose, and HTML headings (a story's headline is listed under "recent posts" on the site's other pages). */
  placed: boolean
  /**
   * HTML mode: its words in its container (one hash of both); -1 for none. The same
   * words in the same container on another story stand in the same place however far
   * down the page they moved, and are the template one page sooner, unless they are
   * prose (a second copy of a story repeats its paragraphs in their place too).
   */
  place: number
}

/** Blocks of at least this many characters decide whether a page repeats a story. */
const LONG_BLOCK = 120
/** A block this long is a sentence's worth of text. */
const SENTENCE_CHARS = 40
/** A block this long that ends like a sentence reads as article prose. */
const PROSE_CHARS = 80
/** Prose in the body counts as template only in the same place: this many blocks off at most. */
const PLACE_SLACK = 1
export const PLACE_CAP = 255

/** Whether a block reads as article prose to the templates (a disclaimer, a bio): then it must also recur in the same place. */
export function readsAsProse(text: string): boolean {
  return text.length >= PROSE_CHARS && endsSentence(text.trim())
}

const keyBuffer = new Uint32Array(1)
/** A 53-bit key: exact as a Map key, collisions negligible within one site. */
function key53(text: string): number {
  const lo = textKey(text, keyBuffer)
  return (keyBuffer[0] & 0x1fffff) * 0x100000000 + lo
}

/** The key of a block's text: its normalized form (the dedup index's folding). */
export function textKeyOf(text: string): number {
  return key53(normalizeText(text))
}

/** The key of a container signature (kept apart from text keys by its prefix). */
export function shapeKeyOf(signature: string): number {
  return key53(`\u0001${signature}`)
}

export function keyBlock(text: string, prose: boolean, signature?: string, heading = false): KeyedBlock {
  return {key: textKeyOf(text), shape: signature ? shapeKeyOf(signature) : -1, long: text.length >= LONG_BLOCK, sentence: text.length >= SENTENCE_CHARS, prose, placed: prose || heading, place: -1}
}

const HI = 0x100000000
/** One 53-bit key from two (a block's text key and its container's). */
export function mixKeys(a: number, b: number): number {
  const lo = ((a % HI) ^ (b % HI)) >>> 0
  const hi = (Math.floor(a / HI) ^ Math.floor(b / HI)) & 0x1fffff
  return hi * HI + lo
}

/**
 * Which blocks are the site's template. A text key matches anywhere, except that
 * prose (a standing disclaimer, an author bio) and headings count only where they
 * stood before (the same container, or as far from the page's start or end) or
 * inside a run of the template's other blocks (the footer it sits in). A shape key
 * matches only blocks that are not prose. A block that is not prose, in the same
 * container with the same words, needs one page fewer.
 */
export function matchView(view: TemplateView, blocks: readonly KeyedBlock[]): (TemplateSighting | undefined)[] {
  const hits: (TemplateSighting | undefined)[] = new Array(blocks.length).fill(undefined)
  if (view.keys.size === 0) return hits
  const minPages = view.minPages ?? 1
  const enough = (s: TemplateSighting | undefined) => (s && s.seen >= minPages ? s : undefined)
  // Only a page with a sentence never seen is a new story: a copy of one, or a page the warm-up learned, stands in its own place.
  const sooner = blocks.some((b) => b.sentence && !view.keys.has(b.key))
  const placed: boolean[] = new Array(blocks.length).fill(false)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    const inPlace = b.place === -1 ? undefined : view.keys.get(b.place)
    const s = enough(view.keys.get(b.key)) ?? (b.shape !== -1 && !b.prose ? enough(view.keys.get(b.shape)) : undefined) ?? (b.prose || !sooner ? undefined : inPlace)
    if (!s) continue
    hits[i] = s
    placed[i] = !b.placed || inPlace !== undefined || samePlace(s, i, blocks.length)
  }
  for (let i = 0; i < blocks.length; i++) {
    if (hits[i] && !placed[i] && !(placed[i - 1] && hits[i - 1]) && !(placed[i + 1] && hits[i + 1])) hits[i] = undefined
  }
  return hits
}

function samePlace(s: TemplateSighting, index: number, length: number): boolean {
  const fromEnd = length - 1 - index
  return Math.abs(Math.min(index, PLACE_CAP) - s.fromStart) <= PLACE_SLACK || Math.abs(Math.min(fromEnd, PLACE_CAP) - s.fromEnd) <= PLACE_SLACK
}

/**
 * The template's rule hits on one page, for the rules stage: rule `site/template`,
 * a reason with the counts, and `boilerplate` until `nameTemplateRemovals` gives the
 * blocks it removed the category of their own words (most hits fall outside the
 * region anyway, where naming them would be wasted work). The run guard:
 * template hits may not take half of the page's prose on their own evidence (a
 * page that is mostly a site's boilerplate keeps its prose, and the region decides),
 * unless the page keeps prose of its own besides: at least the over-pruning guard's
 * floor (a short post under a long sidebar of the site's excerpts).
 */
export function templateHits(view: TemplateView, blocks: readonly KeyedBlock[], texts: readonly string[]): (RuleHit | undefined)[] {
  const matches = matchView(view, blocks)
  if (!matches.some(Boolean)) return matches as undefined[]
  let pageProse = 0
  let takenProse = 0
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i].prose) continue
    pageProse += texts[i].length
    if (matches[i]) takenProse += texts[i].length
  }
  const proseMayGo = runHolds(takenProse, pageProse, false) || pageProse - takenProse >= SHORTFALL.html.floor
  return matches.map((m, i): RuleHit | undefined => {
    if (!m || (blocks[i].prose && !proseMayGo)) return undefined
    return {
      category: 'boilerplate',
      rule: 'site/template',
      reason: `seen on ${m.recentSeen} of the last ${view.recentPages} pages of ${view.site} (${m.seen} in all): the site's template`,
      scope: 'block',
    }
  })
}

/** The blocks the template removed take the category their words suggest (`newsletter`, `social`…, else `boilerplate`). */
export function nameTemplateRemovals(blocks: readonly {text: string; rule?: string; category?: string}[], langs: readonly string[]): void {
  for (const b of blocks) if (b.rule === 'site/template') b.category = templateCategory(b.text, langs)
}
