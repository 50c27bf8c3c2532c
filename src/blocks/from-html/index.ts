import type {Root} from 'hast'
import {parseHtml} from './parse.js'
import {walk, type Walk} from './walk.js'

/** The HTML mode's blocks: the page parsed and walked once, with the elements above each block. */
export interface HtmlBlocks extends Walk {
  /** Set when the element budget cut the page short. */
  cut?: {reason: string}
}

/**
 * Parse `html` and walk it into blocks. The element budget bounds the parse too:
 * a page with more start tags than `maxElements` is cut before the first tag over
 * budget (the parser closes what is open, as for any truncated page).
 */
export function blocksFromHtml(html: string, maxElements: number): HtmlBlocks {
  const cut = overBudgetOffset(html, maxElements)
  const walked = blocksFromTree(parseHtml(cut === -1 ? html : html.slice(0, cut)), maxElements)
  if (cut !== -1 && !walked.cut) {
    walked.cut = {reason: `stopped at offset ${cut}: more than options.maxElements (${maxElements}) start tags; later text was not analysed`}
  }
  return walked
}

/** Walk an already parsed tree (the rehype plugin's). Does not modify the tree. */
export function blocksFromTree(tree: Root, maxElements: number): HtmlBlocks {
  const walked: HtmlBlocks = walk(tree, maxElements)
  if (walked.truncated) walked.cut = {reason: `stopped after options.maxElements (${maxElements}) elements; later text was not analysed`}
  return walked
}

/** Offset of the first start tag past `maxElements`, or -1. */
function overBudgetOffset(html: string, maxElements: number): number {
  let count = 0
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1)
    // ASCII letter: a start tag, per the tokenizer's tag open state.
    if (((next | 32) >= 97 && (next | 32) <= 122) && ++count > maxElements) return i
  }
  return -1
}
