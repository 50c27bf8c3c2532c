import type {Root} from 'hast'
import {parseHtml} from './parse.js'
import {walk, type Walk} from './walk.js'

/** The HTML mode's blocks: the page parsed and walked once, with the elements above each block. */
export interface HtmlBlocks extends Walk {
  /** Set when the element budget cut the page short. */
  cut?: {reason: string; offset?: number}
  /** The parsed tree (its head included with `withHead`, for metadata). */
  tree?: Root
}

/**
 * Parse `html` and walk it into blocks. The element budget bounds the parse itself
 * (elements as parse5 creates them), so no page costs more than `maxElements`
 * elements of memory and time. `noscript`: read the page as a browser with scripts
 * off shows it, `<noscript>` content included.
 */
export function blocksFromHtml(html: string, maxElements: number, withHead = false, noscript = false): HtmlBlocks {
  const {tree, stopped} = parseHtml(html, maxElements, withHead, noscript)
  const walked = blocksFromTree(tree, maxElements, noscript)
  walked.tree = tree
  if (stopped) {
    walked.cut = {
      reason: `stopped at offset ${stopped.offset}: the parser had created options.maxElements (${maxElements}) elements; later text was not analysed`,
      offset: stopped.offset,
    }
  }
  return walked
}

/** Walk an already parsed tree (the rehype plugin's). Does not modify the tree. */
export function blocksFromTree(tree: Root, maxElements: number, noscript = false): HtmlBlocks {
  const walked: HtmlBlocks = walk(tree, maxElements, noscript)
  if (walked.truncated) {
    const at = walked.stoppedAt === undefined ? '' : ` at offset ${walked.stoppedAt}`
    walked.cut = {reason: `stopped${at} after options.maxElements (${maxElements}) elements; later text was not analysed`}
    if (walked.stoppedAt !== undefined) walked.cut.offset = walked.stoppedAt
  }
  return walked
}
