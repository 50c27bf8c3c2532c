import {splitLines, type Line} from '../text/normalize.js'

/** The text mode's blocks: one per non-blank line, kept as it was (trailing white space included). */
export function blocksFromText(input: string): Line[] {
  return splitLines(input)
}
