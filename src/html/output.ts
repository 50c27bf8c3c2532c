import type {Element, ElementContent, Properties, Text} from 'hast'
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
 * level, list items are grouped, code stays in <pre>), inline markup from an
 * allow-list. Scripts, event handlers and non-http(s)/mailto URLs never appear.
 */
export function articleHtml(walked: Walk, blocks: readonly Block[]): string {
  const raw = walked.blocks
  const out: ElementContent[] = []
  let list: Element | null = null
  for (let i = 0; i < raw.length; i++) {
    if (!blocks[i].kept) continue
    const block = raw[i]
    const leaves = new Set<Text>(block.leaves)
    const owner = block.owner === -1 ? undefined : walked.elements[block.owner].node
    const inline = owner ? copyInline(owner, leaves) : block.leaves.map((t): Text => ({type: 'text', value: t.value}))
    if (block.kind === 'item') {
      if (!list) {
        list = {type: 'element', tagName: 'ul', properties: {}, children: []}
        out.push(list)
      }
      list.children.push({type: 'element', tagName: 'li', properties: {}, children: inline})
      continue
    }
    list = null
    let tagName = 'p'
    if (block.kind === 'heading') tagName = `h${block.level}`
    else if (block.kind === 'code') tagName = 'pre'
    else if (block.kind === 'quote') tagName = 'blockquote'
    else if (block.kind === 'caption') tagName = 'figcaption'
    out.push({type: 'element', tagName, properties: {}, children: inline})
  }
  return toHtml({type: 'root', children: joinWithNewlines(out)})
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
