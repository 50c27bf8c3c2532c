/**
 * An analysis as it crosses the worker boundary. Structured clone copies each
 * block as an object with its own copies of the category, rule and reason
 * strings, though a page has a hundred or more removed blocks and about a dozen
 * distinct reasons: three quarters of the bytes, and most of the main thread's
 * time per document. Packed, each distinct string goes once, each block's
 * numbers sit in one Int32Array, and the main thread rebuilds the blocks with
 * shared strings. The round trip is exact (tests/batch/transfer.test.ts).
 */
import type {Analysis, AnalyzedBlock} from '../clean.js'
import type {Markup} from '../render/html.js'
import type {Category, Position} from '../types.js'

export interface PackedAnalysis {
  /** The analysis without its blocks. */
  rest: Omit<Analysis, 'blocks'>
  texts: string[]
  /** `FIELDS` numbers per block (see `pack`). */
  numbers: Int32Array
  /** Each distinct category, rule and reason, once. */
  strings: string[]
  /** Per block, where any block has markup. */
  markup?: (Markup | undefined)[]
}

/** Per block: line, flags, category, rule, reason (indices into `strings`, -1 for none), then start and end line, column, offset. */
const FIELDS = 11
const KEPT = 1
const POSITIONED = 2
const PREFORMATTED = 4
const START_OFFSET = 8
const END_OFFSET = 16

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  const {blocks, ...rest} = analysis
  const strings: string[] = []
  const index = new Map<string, number>()
  const intern = (s: string | undefined): number => {
    if (s === undefined) return -1
    let i = index.get(s)
    if (i === undefined) {
      i = strings.length
      strings.push(s)
      index.set(s, i)
    }
    return i
  }
  const texts = new Array<string>(blocks.length)
  const numbers = new Int32Array(blocks.length * FIELDS)
  let markup: (Markup | undefined)[] | undefined
  blocks.forEach((b, i) => {
    texts[i] = b.text
    const at = i * FIELDS
    let flags = (b.kept ? KEPT : 0) | (b.preformatted ? PREFORMATTED : 0)
    numbers[at] = b.line
    numbers[at + 2] = intern(b.category)
    numbers[at + 3] = intern(b.rule)
    numbers[at + 4] = intern(b.reason)
    const p = b.position
    if (p) {
      flags |= POSITIONED | (p.start.offset === undefined ? 0 : START_OFFSET) | (p.end.offset === undefined ? 0 : END_OFFSET)
      numbers[at + 5] = p.start.line
      numbers[at + 6] = p.start.column
      numbers[at + 7] = p.start.offset ?? 0
      numbers[at + 8] = p.end.line
      numbers[at + 9] = p.end.column
      numbers[at + 10] = p.end.offset ?? 0
    }
    numbers[at + 1] = flags
    if (b.markup) (markup ??= new Array(blocks.length))[i] = b.markup
  })
  return markup ? {rest, texts, numbers, strings, markup} : {rest, texts, numbers, strings}
}

export function unpackAnalysis({rest, texts, numbers, strings, markup}: PackedAnalysis): Analysis {
  const blocks = texts.map((text, i): AnalyzedBlock => {
    const at = i * FIELDS
    const flags = numbers[at + 1]
    const block: AnalyzedBlock = {text, kept: (flags & KEPT) !== 0, line: numbers[at]}
    if (numbers[at + 2] !== -1) block.category = strings[numbers[at + 2]] as Category
    if (numbers[at + 3] !== -1) block.rule = strings[numbers[at + 3]]
    if (numbers[at + 4] !== -1) block.reason = strings[numbers[at + 4]]
    if (flags & POSITIONED) block.position = position(numbers, at + 5, flags)
    if (flags & PREFORMATTED) block.preformatted = true
    const m = markup?.[i]
    if (m) block.markup = m
    return block
  })
  return {...rest, blocks}
}

function position(numbers: Int32Array, at: number, flags: number): Position {
  const start: Position['start'] = {line: numbers[at], column: numbers[at + 1]}
  if (flags & START_OFFSET) start.offset = numbers[at + 2]
  const end: Position['end'] = {line: numbers[at + 3], column: numbers[at + 4]}
  if (flags & END_OFFSET) end.offset = numbers[at + 5]
  return {start, end}
}
