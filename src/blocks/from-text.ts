import {splitLines, type SplitLines} from '../text/normalize.js'

/**
 * The text mode's blocks: one per non-blank line, kept as it was (trailing white
 * space included), at most `maxBlocks` of them; `stopped` says where the budget cut.
 */
export function blocksFromText(input: string, maxBlocks: number): SplitLines {
  return splitLines(input, maxBlocks)
}
