import type {Element, Root, RootContent, Text} from 'hast'
import type {Position} from 'unist'
import {ROLE_RULES, TAG_RULES, judgeTokens, type StructuralRule, type TokenVerdict} from '../../rules/structure.js'
import {BLOCK_TAGS, INVISIBLE_TAGS} from './structure.js'

/**
 * A combining mark of any script: only text holding one can change under NFC. Not just
 * the Latin diacritics (U+0300–U+036F): Bengali and other Indic vowel signs typed in two
 * parts compose too (that narrower class scored trafilatura-eval 0.9280, this one 0.9284).
 */
const COMBINING_MARK = /\p{M}/u

/** A block-level element (or chrome-marked inline one) and what its subtree holds. */
export interface ElementInfo {
  node: Element
  tag: string
  /** Index of the nearest recorded ancestor, -1 for none. */
  parent: number
  /** Own structural hit: tag, role, or class/id token family. */
  chrome: StructuralRule | null
  /** Readability-style class/id weight (±25). */
  weight: number
  /** Marked as the article body (`<article>`, `<main>`, itemprop=articleBody, role=main). */
  article: boolean
  /** Carries a class token only a post's own container has (`entry-content`, `hentry`, `post-body`). */
  body: boolean
}

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'caption' | 'cell' | 'code' | 'quote' | 'other'

/** A run of inline content under one block-level owner. */
export interface RawBlock {
  text: string
  owner: number
  kind: BlockKind
  /** 1–6 for headings, else 0. */
  level: number
  linkChars: number
  /** The text nodes that make up the block (for the rehype plugin and HTML output). */
  leaves: Text[]
  position: Position | undefined
  /** Inside `<blockquote>`, `<pre>`/`<code>` or `<table>`: protected content shapes. */
  inQuote: boolean
  inCode: boolean
  inTable: boolean
  inList: boolean
  /** Inside <pre>: white space is the content's own. */
  preformatted: boolean
}

export interface Walk {
  elements: ElementInfo[]
  blocks: RawBlock[]
  /** Set when `maxElements` stopped the walk; text after that point is not in `blocks`. */
  truncated: boolean
  /** With `truncated`: source offset of the first element left out, when the tree has positions. */
  stoppedAt?: number
}

interface Frame {
  node: Element | Root
  next: number
  /** Index in `elements` when this node is recorded, else -1. */
  record: number
  /** Flags to undo when the frame is left. */
  link: boolean
  quote: boolean
  code: boolean
  table: boolean
  list: boolean
  /** Set on a `<p>`'s frame. */
  paragraph: Paragraph | null
  /** A chrome-marked inline element inside a paragraph. */
  inlineChrome: boolean
}

/** A paragraph being walked: the first chrome its marked inline elements carry, and whether it has text outside them. */
interface Paragraph {
  chrome: StructuralRule | null
  plain: boolean
}

const HEADING: Readonly<Record<string, number>> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/**
 * Walk the tree once, iteratively (no recursion: depth is attacker-controlled),
 * collecting blocks of innerText-like text and the block-level elements above them.
 */
export function walk(tree: Root, maxElements: number, noscript = false): Walk {
  const elements: ElementInfo[] = []
  const blocks: RawBlock[] = []
  const stack: Frame[] = [{node: tree, next: 0, record: -1, link: false, quote: false, code: false, table: false, list: false, paragraph: null, inlineChrome: false}]
  const paragraphs: Paragraph[] = []
  let inlineChrome = 0
  let links = 0
  let quotes = 0
  let codes = 0
  let tables = 0
  let lists = 0
  let seen = 0
  const verdicts = new Map<string, TokenVerdict>()
  let truncated = false
  let stoppedAt: number | undefined

  // The run being collected: text pieces and leaves, owned by the innermost record.
  let pieces: string[] = []
  let leaves: Text[] = []
  let runLinkChars = 0
  let preserve = 0

  const owner = (): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].record !== -1) return stack[i].record
    return -1
  }

  const flush = (): void => {
    if (leaves.length === 0) return
    let text: string
    if (preserve > 0) text = trimPre(pieces.join(''))
    // A no-break space only keeps words together on screen: in the text it is a space.
    else text = pieces.join('').replace(/[ \t\n\f\r\u00a0]+/g, ' ').replace(/ ?\u2028 ?/g, '\n').trim()
    // Pages from some CMSs spell "ü" as "u" and a combining mark: the text composes them
    // (NFC, the same characters), as readers and search indexes expect.
    if (COMBINING_MARK.test(text)) text = text.normalize('NFC')
    if (text) {
      const record = owner()
      const tag = record === -1 ? '' : elements[record].tag
      let first = leaves[0].position
      for (let i = 1; !first && i < leaves.length; i++) first = leaves[i].position
      let last = leaves[leaves.length - 1].position
      for (let i = leaves.length - 2; !last && i >= 0; i--) last = leaves[i].position
      blocks.push({
        text,
        owner: record,
        kind: kindOf(tag, codes > 0, quotes > 0),
        level: HEADING[tag] ?? 0,
        linkChars: Math.min(runLinkChars, text.length),
        leaves,
        position: first && last ? {start: first.start, end: last.end} : undefined,
        inQuote: quotes > 0,
        inCode: codes > 0,
        inTable: tables > 0,
        inList: lists > 0,
        preformatted: preserve > 0,
      })
    }
    pieces = []
    leaves = []
    runLinkChars = 0
  }

  /** Leave the innermost frame: flush its run while it still owns it, then pop. */
  const leave = (): void => {
    const frame = stack[stack.length - 1]
    if (frame.record !== -1) flush()
    stack.pop()
    if (frame.link) links--
    if (frame.quote) quotes--
    if (frame.code) {
      codes--
      if ((frame.node as Element).tagName === 'pre') preserve--
    }
    if (frame.table) tables--
    if (frame.list) lists--
    if (frame.inlineChrome) inlineChrome--
    if (frame.paragraph) {
      paragraphs.pop()
      // A paragraph that is all marked inline text (`<p><span class=caption>…</span></p>`) is what its mark says.
      const {chrome, plain} = frame.paragraph
      if (chrome && !plain && elements[frame.record].chrome === null) elements[frame.record].chrome = chrome
    }
  }

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const children = frame.node.children as RootContent[]
    if (frame.next >= children.length) {
      leave()
      continue
    }
    const child = children[frame.next++]
    if (child.type === 'text') {
      pieces.push(child.value)
      leaves.push(child)
      if (links > 0) runLinkChars += child.value.trim().length
      const paragraph = paragraphs[paragraphs.length - 1]
      if (paragraph && !paragraph.plain && inlineChrome === 0 && /\S/.test(child.value)) paragraph.plain = true
      continue
    }
    if (child.type !== 'element') continue
    const tag = child.tagName
    if (tag === 'br') {
      pieces.push('\u2028')
      continue
    }
    if (INVISIBLE_TAGS.has(tag) && !(noscript && tag === 'noscript')) continue
    // A gallery page or tab panel hidden until the reader gets to it is read, its state class (`hidden`) aside.
    const hidden = isHidden(child)
    const slide = hidden && isHiddenSlide(child, children)
    if (hidden && !slide) continue
    if (++seen > maxElements) {
      truncated = true
      stoppedAt = child.position?.start.offset
      break
    }

    const props = child.properties
    const role = typeof props.role === 'string' ? props.role.toLowerCase().split(/\s+/)[0] : ''
    const classNames = slide ? kindTokens(child) : classTokens(child)
    const id = typeof props.id === 'string' ? props.id : ''
    // Pages repeat the same class lists; judge each distinct one once per walk.
    const key = id ? `${classNames.join(' ')}#${id}` : classNames.join(' ')
    let verdict = verdicts.get(key)
    if (!verdict) {
      verdict = judgeTokens(classNames, id)
      verdicts.set(key, verdict)
    }
    const structural = ROLE_RULES[role] ?? TAG_RULES[tag] ?? null
    // A chrome-marked inline element (a `span.dateline`, an `a.tag`) is a block of its own,
    // except inside a paragraph: there it is part of the sentence ("<span class=dateline>KOBE –</span> A total of …").
    const inParagraph = paragraphs.length > 0 && !BLOCK_TAGS.has(tag) && structural === null
    const isBlock = BLOCK_TAGS.has(tag) || structural !== null || (verdict.chrome !== null && !inParagraph)

    const frameOut: Frame = {node: child, next: 0, record: -1, link: false, quote: false, code: false, table: false, list: false, paragraph: null, inlineChrome: false}
    if (inParagraph && verdict.chrome !== null) {
      frameOut.inlineChrome = true
      inlineChrome++
      paragraphs[paragraphs.length - 1].chrome ??= verdict.chrome
    }
    if (isBlock) {
      flush()
      const itemProp = props.itemProp
      const article = tag === 'article' || tag === 'main' || role === 'main' || role === 'article' ||
        (Array.isArray(itemProp) ? itemProp.includes('articleBody') : itemProp === 'articleBody')
      frameOut.record = elements.length
      elements.push({
        node: child,
        tag,
        parent: owner(),
        // A tag or role says more about purpose than a class token; an article
        // element's classes describe the post (`category-…`, `format-…`), not chrome.
        chrome: structural ?? (article ? null : verdict.chrome),
        weight: verdict.weight,
        article,
        body: verdict.body,
      })
    }
    if (tag === 'a' && typeof props.href === 'string') {
      frameOut.link = true
      links++
    }
    if (tag === 'blockquote' || tag === 'q') {
      frameOut.quote = true
      quotes++
    }
    if (tag === 'pre' || tag === 'code') {
      frameOut.code = true
      codes++
      if (tag === 'pre') preserve++
    }
    if (tag === 'table') {
      frameOut.table = true
      tables++
    }
    if (tag === 'li' || tag === 'dd' || tag === 'dt') {
      frameOut.list = true
      lists++
    }
    if (tag === 'p') {
      frameOut.paragraph = {chrome: null, plain: false}
      paragraphs.push(frameOut.paragraph)
    }
    stack.push(frameOut)
  }
  // After a budget stop, close the open frames so their runs are flushed.
  while (stack.length > 0) leave()
  flush()
  return stoppedAt === undefined ? {elements, blocks, truncated} : {elements, blocks, truncated, stoppedAt}
}

/**
 * Preformatted text without its leading newlines and trailing whitespace. Written
 * as a loop: `/^\n+|\s+$/g` retries `\s+` from every position of an inner
 * whitespace run, quadratic in the run's length.
 */
function trimPre(text: string): string {
  let start = 0
  while (text.charCodeAt(start) === 10) start++
  return text.slice(start).trimEnd()
}

function kindOf(tag: string, code: boolean, quote: boolean): BlockKind {
  if (tag in HEADING) return 'heading'
  if (code) return 'code'
  if (quote) return 'quote'
  switch (tag) {
    case 'p': return 'paragraph'
    case 'li': case 'dd': case 'dt': return 'item'
    case 'figcaption': case 'caption': return 'caption'
    case 'td': case 'th': return 'cell'
    default: return 'other'
  }
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i

/**
 * React's streaming server render sends each suspended part of the page as `<div hidden id="S:0">`
 * after the shell, and a script moves it into its `<template id="B:0">` slot: what the reader sees
 * (on Next.js pages the whole article is such a segment).
 */
const STREAMED_SEGMENT = /^S:\d+$/

/** Not rendered: `hidden` (but a streamed segment), aria-hidden, inline display:none, hidden inputs. */
function isHidden(node: Element): boolean {
  const p = node.properties
  if ((p.hidden === true || p.hidden === '') && !(typeof p.id === 'string' && STREAMED_SEGMENT.test(p.id))) return true
  if (String(p.ariaHidden) === 'true') return true
  if (typeof p.style === 'string' && p.style.length < 2000 && HIDDEN_STYLE.test(p.style)) return true
  return false
}

// Class tokens that say an element's state, not what it is: a slide or tab without them is the same kind.
const STATE_TOKENS = new Set(['hidden', 'hide', 'active', 'is-active', 'current', 'selected', 'show', 'shown', 'open', 'visible', 'is-hidden', 'd-none', 'inactive', 'in', 'fade', 'collapse', 'collapsed'])
const SLIDE_TAGS = new Set(['div', 'section', 'article', 'li'])
// A slide worth showing holds prose, not a hover preview's line or a menu's labels.
const SLIDE_PROSE = 200

/** Characters of text under a node, counted up to `enough`. */
function textLength(node: Element, enough: number): number {
  let n = 0
  const stack: (Element | RootContent)[] = [node]
  while (stack.length > 0 && n < enough) {
    const x = stack.pop()!
    if (x.type === 'text') n += x.value.trim().length
    else if (x.type === 'element' && !INVISIBLE_TAGS.has(x.tagName)) for (const c of x.children) stack.push(c)
  }
  return n
}
const kindTokens = (node: Element): string[] => classTokens(node).filter((t) => !STATE_TOKENS.has(t.toLowerCase()))
const slideKind = (node: Element): string => kindTokens(node).sort().join(' ')

/**
 * Hidden by an inline style, but one of a set of siblings of the same kind of
 * which one is shown: the pages of a gallery or the panels of tabs, shown one
 * at a time by a script. The reader pages through them: they are the document.
 */
function isHiddenSlide(node: Element, siblings: readonly RootContent[]): boolean {
  // aria-hidden marks a carousel's clones of its slides: copies, not pages.
  if (String(node.properties.ariaHidden) === 'true') return false
  if (!SLIDE_TAGS.has(node.tagName)) return false
  const kind = slideKind(node)
  if (!kind || textLength(node, SLIDE_PROSE) < SLIDE_PROSE) return false
  let seen = 0
  for (const sibling of siblings) {
    if (sibling === node || sibling.type !== 'element' || sibling.tagName !== node.tagName) continue
    if (++seen > 200) return false
    if (!isHidden(sibling) && slideKind(sibling) === kind) return true
  }
  return false
}

/** An element's class tokens (hast keeps them as an array; a hand-built tree may give a string). */
export function classTokens(node: Element): readonly string[] {
  const className: unknown = node.properties.className
  return Array.isArray(className) ? (className as string[]) : typeof className === 'string' ? className.split(/\s+/) : []
}
