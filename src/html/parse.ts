import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import {find, html as htmlSchema, svg as svgSchema} from 'property-information'
import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'

type P5Node = DefaultTreeAdapterMap['node']
type P5Element = DefaultTreeAdapterMap['element']
type P5Location = NonNullable<P5Element['sourceCodeLocation']>

/**
 * Deeper elements are flattened into their ancestor at this depth. Blink's HTML
 * parser does the same at 512 (kMaximumHTMLParserDOMTreeDepth), so what a browser
 * shows survives; a recursive walker no longer sees 100 000-deep trees.
 */
export const MAX_DEPTH = 512

/**
 * Parse HTML into hast with positions.
 *
 * Why not `unified().use(rehypeParse).parse()` here: rehype-parse is parse5 plus
 * hast-util-from-parse5, and the second step is recursive (a 100 000-deep page
 * overflows the stack) and costs ~1.5 ms a page on top of parse5's own. This is
 * the same parse5 parse (same tree, same positions) converted to hast by an
 * iterative loop that caps depth. The rehype plugin (`dechrome/rehype`) gets
 * rehype-parse's tree and runs the same analysis on it.
 */
export function parseHtml(html: string): Root {
  const document = parse(html, {sourceCodeLocationInfo: true})
  const root: Root = {type: 'root', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(html)}}
  // Each entry: a parse5 parent whose children still need converting, and where they go.
  const stack: Array<{from: P5Node[]; index: number; into: Array<RootContent | ElementContent>; depth: number; svg: boolean}> = [
    {from: (document as {childNodes: P5Node[]}).childNodes, index: 0, into: root.children, depth: 0, svg: false},
  ]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    if (frame.index >= frame.from.length) {
      stack.pop()
      continue
    }
    const node = frame.from[frame.index++]
    switch (node.nodeName) {
      case '#text': {
        const text = node as DefaultTreeAdapterMap['textNode']
        const previous = frame.into[frame.into.length - 1]
        // Flattening can put two text nodes side by side; hast wants them merged.
        if (previous && previous.type === 'text') previous.value += text.value
        else frame.into.push({type: 'text', value: text.value, position: toPosition(text.sourceCodeLocation)})
        break
      }
      case '#comment':
        frame.into.push({type: 'comment', value: (node as DefaultTreeAdapterMap['commentNode']).data, position: toPosition(node.sourceCodeLocation)})
        break
      case '#documentType':
        if (frame.into === root.children) root.children.push({type: 'doctype'})
        break
      default: {
        const element = node as P5Element
        const svg = frame.svg || element.tagName === 'svg'
        const children = element.tagName === 'template'
          ? (element as unknown as {content: {childNodes: P5Node[]}}).content.childNodes
          : element.childNodes
        if (frame.depth >= MAX_DEPTH) {
          // Too deep: keep the content, drop the wrapper.
          stack.push({from: children, index: 0, into: frame.into, depth: frame.depth, svg})
          break
        }
        const hast: Element = {
          type: 'element',
          tagName: element.tagName,
          properties: toProperties(element.attrs, svg),
          children: [],
          position: toPosition(element.sourceCodeLocation),
        }
        frame.into.push(hast)
        if (children.length > 0) stack.push({from: children, index: 0, into: hast.children, depth: frame.depth + 1, svg})
      }
    }
  }
  return root
}

function toProperties(attrs: P5Element['attrs'], svg: boolean): Properties {
  const properties: Properties = {}
  for (const attr of attrs) {
    if (attr.name === 'class') {
      properties.className = attr.value.split(/[ \t\n\f\r]+/).filter(Boolean)
      continue
    }
    const info = find(svg ? svgSchema : htmlSchema, attr.name)
    let value: Properties[string] = attr.value
    if (info.spaceSeparated) value = attr.value.split(/[ \t\n\f\r]+/).filter(Boolean)
    else if (info.commaSeparated) value = attr.value.split(',').map((v) => v.trim())
    else if (info.boolean) value = true
    else if (info.number && attr.value !== '' && Number.isFinite(Number(attr.value))) value = Number(attr.value)
    properties[info.property] = value
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
