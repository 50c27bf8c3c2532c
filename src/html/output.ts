import type {Element, ElementContent, Properties, Root, Text} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Block} from '../types.js'
import type {Walk} from './blocks.js'
import {BLOCK_TAGS} from './structure.js'

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

/**
 * The kept blocks as sanitized HTML: one element per block (headings keep their
 * level, list items are grouped in their `ul`/`ol`, table cells in their rows,
 * code stays in <pre>), inline markup from an allow-list. Scripts, event
 * handlers and non-http(s)/mailto URLs never appear.
 */
export function articleHtml(walked: Walk, blocks: readonly Block[]): string {
  return toHtml(articleTree(walked, blocks))
}

/** The sanitized article as a hast tree: what `articleHtml` prints and the Markdown renderer converts. */
export function articleTree(walked: Walk, blocks: readonly Block[]): Root {
  const raw = walked.blocks
  const out: ElementContent[] = []
  // The open list or table and the source element it stands for: consecutive blocks of one source list/table share it.
  let list: {source: Element | null; node: Element} | null = null
  let table: {source: Element; node: Element; row: {source: Element | null; node: Element} | null; cell: {source: Element; node: Element} | null} | null = null
  for (let i = 0; i < raw.length; i++) {
    if (!blocks[i].kept) continue
    const block = raw[i]
    const leaves = new Set<Text>(block.leaves)
    const owner = block.owner === -1 ? undefined : walked.elements[block.owner].node
    const inline = owner ? copyInline(owner, leaves) : block.leaves.map((t): Text => ({type: 'text', value: t.value}))
    const cell = block.inTable && block.kind !== 'caption' ? ancestor(walked, block.owner, CELL_TAGS) : undefined
    if (cell) {
      list = null
      const sourceTable = ancestor(walked, cell.index, TABLE_TAGS)?.node ?? cell.node
      if (!table || table.source !== sourceTable) {
        table = {source: sourceTable, node: element('table', []), row: null, cell: null}
        out.push(table.node)
      }
      const sourceRow = ancestor(walked, cell.index, ROW_TAGS)?.node ?? null
      if (!table.row || table.row.source !== sourceRow) {
        table.row = {source: sourceRow, node: element('tr', [])}
        table.cell = null
        table.node.children.push(table.row.node)
      }
      if (table.cell && table.cell.source === cell.node) {
        table.cell.node.children.push(element('br', []), ...inline)
      } else {
        table.cell = {source: cell.node, node: element(cell.node.tagName === 'th' ? 'th' : 'td', inline)}
        table.row.node.children.push(table.cell.node)
      }
      continue
    }
    table = null
    if (block.kind === 'item') {
      const sourceList = ancestor(walked, block.owner, LIST_TAGS)?.node ?? null
      if (!list || list.source !== sourceList) {
        list = {source: sourceList, node: element(sourceList?.tagName === 'ol' ? 'ol' : 'ul', [])}
        out.push(list.node)
      }
      list.node.children.push(element('li', inline))
      continue
    }
    list = null
    let tagName = 'p'
    if (block.kind === 'heading') tagName = `h${block.level}`
    else if (block.kind === 'code') tagName = 'pre'
    else if (block.kind === 'quote') tagName = 'blockquote'
    else if (block.kind === 'caption') tagName = 'figcaption'
    out.push(element(tagName, inline))
  }
  return {type: 'root', children: joinWithNewlines(out)}
}

const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th'])
const ROW_TAGS: ReadonlySet<string> = new Set(['tr'])
const TABLE_TAGS: ReadonlySet<string> = new Set(['table'])
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'menu'])

function element(tagName: string, children: ElementContent[]): Element {
  return {type: 'element', tagName, properties: {}, children}
}

/** The nearest recorded element at or above `index` with one of `tags`. */
function ancestor(walked: Walk, index: number, tags: ReadonlySet<string>): {node: Element; index: number} | undefined {
  for (let i = index, steps = 0; i !== -1 && steps < 64; i = walked.elements[i].parent, steps++) {
    if (tags.has(walked.elements[i].tag)) return {node: walked.elements[i].node, index: i}
  }
  return undefined
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
