import {defaultTreeAdapter, parse} from 'parse5'
import type {DefaultTreeAdapterMap, TreeAdapter} from 'parse5'
import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import {BLOCK_TAGS} from './structure.js'

type P5Node = DefaultTreeAdapterMap['node']
type P5Element = DefaultTreeAdapterMap['element']
type P5Location = NonNullable<P5Element['sourceCodeLocation']>

/**
 * Deeper elements are flattened into their ancestor at this depth. Blink's HTML
 * parser does the same at 512 (kMaximumHTMLParserDOMTreeDepth), so what a browser
 * shows survives; a recursive walker no longer sees 100 000-deep trees. Inline
 * wrappers past the cap are dropped; block elements are lifted to the cap as
 * siblings, so block boundaries survive.
 */
export const MAX_DEPTH = 512

/** Elements whose children are never text nor output: their subtrees are not converted. */
const OPAQUE: ReadonlySet<string> = new Set(['head', 'script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'textarea', 'select'])

/**
 * parse5's default adapter copies an element's whole location object each time
 * an end tag arrives (7% of a page's time). Only text nodes' positions are read
 * here, so their end is updated in place and elements' ends are not tracked.
 */
const leanAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, end) {
    const location = node.sourceCodeLocation
    if (node.nodeName !== '#text' || !location) return
    location.endLine = end.endLine ?? location.endLine
    location.endCol = end.endCol ?? location.endCol
    location.endOffset = end.endOffset ?? location.endOffset
  },
}

/** Thrown from the tree adapter to stop parse5 at the element budget; never leaves this module. */
class OverBudget {}

/** The parsed tree, and where the element budget stopped the parse when it did. */
export interface Parsed {
  tree: Root
  /** Set when `maxElements` stopped the parse: the source offset reached, and the elements created. */
  stopped?: {offset: number; elements: number}
}

/**
 * Parse HTML into hast with positions, creating at most `maxElements` elements.
 *
 * The budget counts the elements the tree adapter creates, not start tags: parse5's
 * "reconstruct the active formatting elements" step re-creates every open `<b>`,
 * `<i>`, … for each new paragraph, so K start tags can become K² elements. At the
 * budget the adapter throws, parse5 stops, and the tree built so far is kept (the
 * open elements simply end there, as for any truncated page).
 *
 * Why not `unified().use(rehypeParse).parse()` here: rehype-parse is parse5 plus
 * hast-util-from-parse5, and the second step is recursive (a 100 000-deep page
 * overflows the stack) and costs ~1.5 ms a page on top of parse5's own. This is
 * the same parse5 parse (same tree, same positions) converted to hast by an
 * iterative loop that caps depth. The rehype plugin (`dechrome/rehype`) gets
 * rehype-parse's tree and runs the same analysis on it.
 *
 * The tree is internal: it keeps only the attributes the analysis and the HTML
 * output read, and no comments or children of script/style/svg-like elements.
 * With `withHead` (metadata was asked for) it also keeps what metadata reads: the
 * `<head>`'s title, meta and link elements, JSON-LD script text, and the
 * attributes `name`, `property`, `content`, `rel`, `type` and `http-equiv`.
 */
export function parseHtml(html: string, maxElements = Infinity, withHead = false, noscript = false): Parsed {
  let created = 0
  let offset = 0
  let document: P5Node | undefined
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...leanAdapter,
    createDocument() {
      const made = leanAdapter.createDocument()
      document ??= made
      return made
    },
    createElement(tagName, namespaceURI, attrs) {
      if (++created > maxElements) throw new OverBudget()
      return leanAdapter.createElement(tagName, namespaceURI, attrs)
    },
    setNodeSourceCodeLocation(node, location) {
      if (location) offset = location.startOffset
      // Only text keeps its location (blocks take positions from their text): an
      // element's, with its per-attribute locations, would live as long as the tree.
      if (node.nodeName === '#text') leanAdapter.setNodeSourceCodeLocation(node, location)
    },
  }
  let stopped: Parsed['stopped']
  try {
    // Without scripting, parse5 parses `<noscript>` content as markup (as a browser with scripts off shows it).
    parse(html, {sourceCodeLocationInfo: true, treeAdapter, scriptingEnabled: !noscript})
  } catch (error) {
    if (!(error instanceof OverBudget) || !document) throw error
    stopped = {offset, elements: created - 1}
  }
  const tree = toHast(document!, html, withHead ? HEAD_ATTRIBUTES : READ_ATTRIBUTES, withHead, noscript)
  return stopped ? {tree, stopped} : {tree}
}

const BLANK = /^[ \t\n\f\r]*$/

/** A parse5 parent whose children still need converting, and where they go. */
interface Frame {
  from: P5Node[]
  index: number
  into: Array<RootContent | ElementContent>
  depth: number
  /** Past the depth cap: where content goes, shared by a lifted block and the inline wrappers inside it. */
  sink?: Sink
  /** This frame is a lifted block's: its end moves the enclosing block's content to a continuation. */
  ownsSink?: boolean
}

interface Sink {
  into: Array<RootContent | ElementContent>
  /** The lifted block element collecting content, or null at the cap itself. */
  lifted: Element | null
  /** The children list at the cap, which lifted blocks join as siblings. */
  level: Array<RootContent | ElementContent>
}

function toHast(document: P5Node, html: string, attributes: Attributes, withHead: boolean, noscript: boolean): Root {
  const root: Root = {type: 'root', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(html)}}
  const stack: Frame[] = [{from: (document as {childNodes: P5Node[]}).childNodes, index: 0, into: root.children, depth: 0}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    if (frame.index >= frame.from.length) {
      stack.pop()
      const outer = stack[stack.length - 1]?.sink
      // A lifted block ended inside another lifted block: what follows in the outer
      // one goes into a continuation of it, after the inner one, so order is kept.
      if (frame.ownsSink && outer?.lifted) {
        const continuation: Element = {...outer.lifted, children: []}
        outer.level.push(continuation)
        outer.into = continuation.children
        outer.lifted = continuation
      }
      continue
    }
    const node = frame.from[frame.index++]
    const into = frame.sink ? frame.sink.into : frame.into
    switch (node.nodeName) {
      case '#text': {
        const text = node as DefaultTreeAdapterMap['textNode']
        const previous = into[into.length - 1]
        // Flattening can put two text nodes side by side; hast wants them merged.
        if (previous && previous.type === 'text') previous.value += text.value
        // Whitespace between tags never starts or ends a block: no position needed.
        else into.push({type: 'text', value: text.value, position: BLANK.test(text.value) ? undefined : toPosition(text.sourceCodeLocation)})
        break
      }
      case '#comment':
      case '#documentType':
        break // never text, never output
      default: {
        const element = node as P5Element
        const children = element.tagName === 'template'
          ? (element as unknown as {content: {childNodes: P5Node[]}}).content.childNodes
          : element.childNodes
        const opaque = OPAQUE.has(element.tagName) && !(noscript && element.tagName === 'noscript') && !(withHead && (element.tagName === 'head' || (element.tagName === 'script' && isJsonLd(element))))
        if (frame.depth >= MAX_DEPTH && children.length > 0) {
          if (opaque) break
          const sink = (frame.sink ??= {into: frame.into, lifted: null, level: frame.into})
          if (!BLOCK_TAGS.has(element.tagName)) {
            // Too deep, inline: keep the content, drop the wrapper.
            stack.push({from: children, index: 0, into: sink.into, depth: frame.depth, sink})
            break
          }
          // Too deep, a block: lift it to the cap as a sibling, so its text stays a
          // block of its own ("alpha", "beta", not "alphabeta").
          const lifted = toElement(element, attributes)
          sink.level.push(lifted)
          stack.push({from: children, index: 0, into: lifted.children, depth: frame.depth, sink: {into: lifted.children, lifted, level: sink.level}, ownsSink: true})
          break
        }
        const hast = toElement(element, attributes)
        into.push(hast)
        if (opaque && element.tagName === 'head') hast.children = languageMeta(element)
        if (children.length > 0 && !opaque) stack.push({from: children, index: 0, into: hast.children, depth: frame.depth + 1})
      }
    }
  }
  return root
}

function toElement(element: P5Element, attributes: Attributes): Element {
  // Blocks take their positions from their text nodes; elements go without (fewer allocations).
  return {type: 'element', tagName: element.tagName, properties: toProperties(element.attrs, attributes), children: []}
}

type Attributes = Readonly<Record<string, {property: string; kind: 'string' | 'tokens' | 'boolean'}>>

/**
 * Attributes the analysis and the HTML output read, as hast property names.
 * Others are left out of this internal tree: converting every attribute through
 * property-information cost more than the rest of the analysis.
 */
const READ_ATTRIBUTES: Attributes = {
  class: {property: 'className', kind: 'tokens'},
  id: {property: 'id', kind: 'string'},
  role: {property: 'role', kind: 'string'},
  href: {property: 'href', kind: 'string'},
  src: {property: 'src', kind: 'string'},
  alt: {property: 'alt', kind: 'string'},
  title: {property: 'title', kind: 'string'},
  width: {property: 'width', kind: 'string'},
  height: {property: 'height', kind: 'string'},
  datetime: {property: 'dateTime', kind: 'string'},
  value: {property: 'value', kind: 'string'},
  cite: {property: 'cite', kind: 'string'},
  lang: {property: 'lang', kind: 'string'},
  style: {property: 'style', kind: 'string'},
  hidden: {property: 'hidden', kind: 'boolean'},
  'aria-hidden': {property: 'ariaHidden', kind: 'string'},
  itemprop: {property: 'itemProp', kind: 'tokens'},
}

/** The attributes metadata reads as well, for `parseHtml(html, budget, true)`. */
const HEAD_ATTRIBUTES: Attributes = {
  ...READ_ATTRIBUTES,
  name: {property: 'name', kind: 'string'},
  property: {property: 'property', kind: 'string'},
  content: {property: 'content', kind: 'string'},
  rel: {property: 'rel', kind: 'tokens'},
  type: {property: 'type', kind: 'string'},
  'http-equiv': {property: 'httpEquiv', kind: 'string'},
}

/** An opaque head keeps only `<meta http-equiv="content-language">`: the language prior reads it (lang/detect.ts). */
function languageMeta(head: P5Element): Element[] {
  const metas: Element[] = []
  for (const node of head.childNodes) {
    if (node.nodeName !== 'meta') continue
    const attrs = (node as P5Element).attrs
    if (!attrs.some((a) => a.name === 'http-equiv' && a.value.trim().toLowerCase() === 'content-language')) continue
    const content = attrs.find((a) => a.name === 'content')?.value ?? ''
    metas.push({type: 'element', tagName: 'meta', properties: {httpEquiv: ['content-language'], content}, children: []})
  }
  return metas
}

function isJsonLd(element: P5Element): boolean {
  return element.attrs.some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'application/ld+json')
}

function toProperties(attrs: P5Element['attrs'], attributes: Attributes): Properties {
  const properties: Properties = {}
  for (const attr of attrs) {
    const read = attributes[attr.name]
    if (!read) continue
    properties[read.property] = read.kind === 'tokens'
      ? attr.value.split(/[ \t\n\f\r]+/).filter(Boolean)
      : read.kind === 'boolean' ? true : attr.value
  }
  return properties
}

function toPosition(location: P5Location | null | undefined): Element['position'] {
  if (!location) return undefined
  return {
    start: {line: location.startLine, column: location.startCol, offset: location.startOffset},
    end: {line: location.endLine, column: location.endCol, offset: location.endOffset},
  }
}

function endPoint(text: string): {line: number; column: number; offset: number} {
  let line = 1
  let lastBreak = -1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    line++
    lastBreak = i
  }
  return {line, column: text.length - lastBreak, offset: text.length}
}
