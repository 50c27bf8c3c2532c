// HTML mode: a block's place in the page's structure, for the site memory. A site's
// navigation and labels keep their container from page to page while their text
// changes (today's most-read list, a date, a comment count), so the tag and class
// path of the container recurs where the text does not.
import {classTokens, type ElementInfo, type RawBlock, type Walk} from '../blocks/from-html/walk.js'
import {keyBlock, mixKeys, readsAsProse, shapeKeyOf, type KeyedBlock} from './view.js'

/** Recorded elements in a signature: the block's owner and its ancestors. */
const DEPTH = 3
/** Class tokens per element: the first few name the component. */
const TOKENS = 3
/** Elements above a block (its owner included) that decide whether it sits in the article's flow: a list item, its list, and what holds the list. */
const FLOW_DEPTH = 3
/** A label this short can change text in a fixed place (a date, a count, a byline). */
const LABEL_CHARS = 60

function elementSignature(info: ElementInfo): string {
  const tokens = classTokens(info.node)
  // Digits in class names number posts and widgets (`post-1234`, `widget_5`): not the component.
  const named = tokens.slice(0, TOKENS).map((t) => t.toLowerCase().replace(/\d+/g, ''))
  return named.length ? `${info.tag}.${named.join('.')}` : info.tag
}

function signature(elements: readonly ElementInfo[], owner: number): string {
  const parts: string[] = []
  for (let e = owner; e !== -1 && parts.length < DEPTH; e = elements[e].parent) parts.push(elementSignature(elements[e]))
  return parts.join('<')
}

/**
 * The page's blocks keyed for the site memory. A block gets a shape key (its
 * container's signature) when it is not prose or a heading, is mostly links or a short label,
 * and its container holds no prose on this page: an article's own subheadings and
 * lists share their container with its paragraphs, a menu or a byline row does not.
 */
export function keyHtmlBlocks(walk: Walk): KeyedBlock[] {
  const {elements, blocks} = walk
  const prose = blocks.map((b) => readsAsProse(b.text))
  const holdsProse = new Uint8Array(elements.length)
  const up = (owner: number, depth: number, visit: (e: number) => boolean) => {
    for (let e = owner, n = 0; e !== -1 && n < depth; e = elements[e].parent, n++) if (visit(e)) return true
    return false
  }
  // A paragraph's element and the one around it hold prose; a block within three levels of either is in the flow.
  blocks.forEach((b, i) => {
    if (prose[i] && b.owner !== -1) up(b.owner, 2, (e) => ((holdsProse[e] = 1), false))
  })
  // Every block also keys its words in its container; a page's blocks share a few containers.
  const containers = new Map<number, number>()
  const containerKey = (owner: number) => {
    let key = containers.get(owner)
    if (key === undefined) containers.set(owner, (key = shapeKeyOf(signature(elements, owner))))
    return key
  }
  return blocks.map((b, i) => {
    const heading = b.kind === 'heading'
    const shaped = !prose[i] && b.owner !== -1 && shapeMayKey(b) && !up(b.owner, FLOW_DEPTH, (e) => holdsProse[e] === 1)
    const keyed = keyBlock(b.text, prose[i], shaped ? signature(elements, b.owner) : undefined, heading)
    if (b.owner !== -1) keyed.place = mixKeys(keyed.key, containerKey(b.owner))
    return keyed
  })
}

/** Headings change text in a fixed place too, but the page's own headline is one of them: never by shape. */
function shapeMayKey(b: RawBlock): boolean {
  if (b.kind === 'heading') return false
  return b.linkChars >= b.text.length * 0.5 || b.text.length <= LABEL_CHARS
}
