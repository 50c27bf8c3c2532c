import type {Element, ElementContent, Properties, Text} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Walk} from '../blocks/from-html/walk.js'
import {BLOCK_TAGS} from '../blocks/from-html/structure.js'

/** Inline elements copied into the output; any other inline element is unwrapped. */
const INLINE_ALLOWED: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
])

/** Per tag, the attributes copied (all others, `on*` and `style` included, are dropped). */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  abbr: ['title'],
  time: ['dateTime'],
  data: ['value'],
  q: ['cite'],
}
const URL_PROPERTIES: ReadonlySet<string> = new Set(['href', 'src', 'cite'])
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto'])

/** One block's sanitized markup: plain hast, so an analysis can cross a worker boundary. */
export interface Markup {
  /** The block element: `p`, `h1`…`h6`, `li`, `pre`, `blockquote` or `figcaption`. */
  tag: string
  children: ElementContent[]
}

/**
 * The markup of block `i`: its element (headings keep their level, code stays in
 * <pre>) and its inline content from an allow-list. Scripts, event handlers and
 * non-http(s)/mailto URLs never appear.
 */
export function blockMarkup(walked: Walk, i: number): Markup {
  const block = walked.blocks[i]
  const leaves = new Set<Text>(block.leaves)
  const owner = block.owner === -1 ? undefined : walked.elements[block.owner].node
  const children = owner ? copyInline(owner, leaves) : block.leaves.map((t): Text => ({type: 'text', value: t.value}))
  return {tag: TAG_OF[block.kind] ?? (block.kind === 'heading' ? `h${block.level}` : 'p'), children}
}

const TAG_OF: Readonly<Partial<Record<string, string>>> = {item: 'li', code: 'pre', quote: 'blockquote', caption: 'figcaption'}

/** The kept blocks' markup as one HTML fragment; list items in a row share one <ul>. */
export function renderHtml(blocks: readonly {kept: boolean; markup?: Markup}[]): string {
  const out: ElementContent[] = []
  let list: Element | null = null
  for (const block of blocks) {
    if (!block.kept || !block.markup) continue
    const {tag, children} = block.markup
    const element: Element = {type: 'element', tagName: tag, properties: {}, children}
    if (tag !== 'li') {
      list = null
      out.push(element)
      continue
    }
    if (!list) {
      list = {type: 'element', tagName: 'ul', properties: {}, children: []}
      out.push(list)
    }
    list.children.push(element)
  }
  return toHtml({type: 'root', children: joinWithNewlines(out)})
}

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

/** The kept blocks of a text document as HTML paragraphs, their text escaped. */
export function renderParagraphs(blocks: readonly {kept: boolean; text: string}[]): string {
  return blocks.filter((b) => b.kept).map((b) => `<p>${b.text.trim().replace(/[&<>"]/g, (c) => ESCAPES[c])}</p>`).join('\n')
}

/** Copy the inline content of `node` that belongs to the block's text nodes. */
function copyInline(node: Element, leaves: ReadonlySet<Text>): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of node.children) {
    if (child.type === 'text') {
      if (leaves.has(child)) out.push({type: 'text', value: child.value})
      continue
    }
    if (child.type !== 'element') continue
    const tag = child.tagName
    if (tag === 'br') {
      out.push({type: 'element', tagName: 'br', properties: {}, children: []})
      continue
    }
    if (BLOCK_TAGS.has(tag)) continue // another block's content
    if (tag === 'img') {
      const properties = safeProperties(child)
      if (typeof properties.src === 'string') out.push({type: 'element', tagName: 'img', properties, children: []})
      continue
    }
    const inner = copyInline(child, leaves)
    if (inner.length === 0) continue
    if (INLINE_ALLOWED.has(tag)) out.push({type: 'element', tagName: tag, properties: safeProperties(child), children: inner})
    else out.push(...inner) // unwrap unknown or unsafe elements, keep their text
  }
  return out
}

function safeProperties(node: Element): Properties {
  const allowed = ATTRIBUTES[node.tagName]
  const properties: Properties = {}
  if (!allowed) return properties
  for (const name of allowed) {
    const value = node.properties[name]
    if (value === undefined || value === null || value === false) continue
    if (URL_PROPERTIES.has(name)) {
      if (typeof value !== 'string' || !isSafeUrl(value)) continue
    }
    properties[name] = Array.isArray(value) ? value.join(' ') : value
  }
  return properties
}

/** http(s), mailto, or a relative URL. Browsers ignore whitespace and controls inside a scheme, so strip them first. */
export function isSafeUrl(url: string): boolean {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '')
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squeezed)
  if (!scheme) return !/^[a-z]*&#|^\\\\/i.test(squeezed)
  return SAFE_SCHEMES.has(scheme[1].toLowerCase())
}

function joinWithNewlines(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (out.length > 0) out.push({type: 'text', value: '\n'})
    out.push(node)
  }
  return out
}
