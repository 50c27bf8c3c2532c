import {tidySpace} from '../text/normalize.js'

/**
 * The kept blocks as text, a blank line between blocks, in both modes alike: each
 * block with its runs of spaces made one space, except preformatted ones (<pre>).
 */
export function renderText(blocks: readonly {kept: boolean; text: string; preformatted?: boolean}[]): string {
  const kept: string[] = []
  for (const block of blocks) if (block.kept) kept.push(block.preformatted ? block.text : tidySpace(block.text))
  return kept.join('\n\n')
}
