import type {Element, ElementContent, Properties, Root, Text} from 'hast'
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
  /** List items: the source list (its element index) and whether it is ordered. */
  list?: {id: number; ordered: boolean}
  /** Table cells: the source table, row and cell (element indices), and whether it is a header cell. */
  cell?: {table: number; row: number; id: number; header: boolean}
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
  const markup: Markup = {tag: TAG_OF[block.kind] ?? (block.kind === 'heading' ? `h${block.level}` : 'p'), children}
  const cell = block.inTable && block.kind !== 'caption' ? ancestor(walked, block.owner, CELL_TAGS) : -1
  if (cell !== -1) {
    markup.cell = {table: ancestor(walked, cell, TABLE_TAGS), row: ancestor(walked, cell, ROW_TAGS), id: cell, header: walked.elements[cell].tag === 'th'}
  } else if (markup.tag === 'li') {
    const list = ancestor(walked, block.owner, LIST_TAGS)
    markup.list = {id: list, ordered: list !== -1 && walked.elements[list].tag === 'ol'}
  }
  return markup
}

const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th'])
const ROW_TAGS: ReadonlySet<string> = new Set(['tr'])
const TABLE_TAGS: ReadonlySet<string> = new Set(['table'])
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'menu'])

/** Index of the nearest recorded element at or above `index` with one of `tags`, or -1. */
function ancestor(walked: Walk, index: number, tags: ReadonlySet<string>): number {
  for (let i = index, steps = 0; i !== -1 && steps < 64; i = walked.elements[i].parent, steps++) {
    if (tags.has(walked.elements[i].tag)) return i
  }
  return -1
}

function element(tagName: string, children: ElementContent[]): Element {
  return {type: 'element', tagName, properties: {}, children}
}

const TAG_OF: Readonly<Partial<Record<string, string>>> = {item: 'li', code: 'pre', quote: 'blockquote', caption: 'figcaption'}

/** The kept blocks' markup as one HTML fragment; list items in a row share one <ul>. */
export function renderHtml(blocks: readonly {kept: boolean; markup?: Markup}[]): string {
  return toHtml(articleTree(blocks))
}

/** The kept blocks' markup as one sanitized hast tree: what `renderHtml` prints and the Markdown renderer converts. */
export function articleTree(blocks: readonly {kept: boolean; markup?: Markup}[]): Root {
  const out: ElementContent[] = []
  // The open list or table: consecutive blocks of one source list or table share it.
  let list: {id: number; node: Element} | null = null
  let table: {id: number; node: Element; row: {id: number; node: Element} | null; cell: {id: number; node: Element} | null} | null = null
  for (const block of blocks) {
    if (!block.kept || !block.markup) continue
    const {tag, children, cell} = block.markup
    if (cell) {
      list = null
      if (!table || table.id !== cell.table) {
        table = {id: cell.table, node: element('table', []), row: null, cell: null}
        out.push(table.node)
      }
      if (!table.row || table.row.id !== cell.row) {
        table.row = {id: cell.row, node: element('tr', [])}
        table.cell = null
        table.node.children.push(table.row.node)
      }
      if (table.cell && table.cell.id === cell.id) table.cell.node.children.push(element('br', []), ...children)
      else {
        table.cell = {id: cell.id, node: element(cell.header ? 'th' : 'td', children)}
        table.row.node.children.push(table.cell.node)
      }
      continue
    }
    table = null
    if (tag !== 'li') {
      list = null
      out.push(element(tag, children))
      continue
    }
    const source = block.markup.list ?? {id: -1, ordered: false}
    if (!list || list.id !== source.id) {
      list = {id: source.id, node: element(source.ordered ? 'ol' : 'ul', [])}
      out.push(list.node)
    }
    list.node.children.push(element('li', children))
  }
  return {type: 'root', children: joinWithNewlines(out)}
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
