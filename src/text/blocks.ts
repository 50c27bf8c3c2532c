/** A non-blank input line: the unit the text mode decides about. */
export interface TextBlock {
  text: string
  /** 1-based line number in the input. */
  line: number
}

/** The blocks, and where `maxBlocks` stopped the split when it did. */
export interface SplitLines {
  blocks: TextBlock[]
  /** The first non-blank line left out: its 1-based line number and its offset in the input. */
  stopped?: {line: number; offset: number}
}

/**
 * Split text into blocks: one per non-blank line (\n, \r\n or \r), at most
 * `maxBlocks` of them. Text is kept as it was, trailing whitespace included, so
 * kept + removed rebuilds every line up to where the split stopped.
 */
export function splitLines(input: string, maxBlocks = Infinity): SplitLines {
  const blocks: TextBlock[] = []
  let line = 1
  let start = 0
  const n = input.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? input.charCodeAt(i) : 10
    if (c !== 10 && c !== 13) continue
    const text = input.slice(start, i)
    if (text.trim()) {
      if (blocks.length === maxBlocks) return {blocks, stopped: {line, offset: start}}
      blocks.push({text, line})
    }
    if (c === 13 && input.charCodeAt(i + 1) === 10) i++
    start = i + 1
    line++
  }
  return {blocks}
}

