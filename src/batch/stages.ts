/**
 * The two halves of `clean()` as the batch path runs them: `analyzeDocument` is
 * pure and its result structured-cloneable (it runs in a worker), and
 * `finishDocument` applies what needs the caller's state (the `keep` veto, then
 * dedup) on the main thread, in input order.
 *
 * Interim: until the pipeline exposes `analyze()`/`finish()`, the worker runs
 * `clean()` without `keep` and `dedup`, and the main thread applies both here.
 * `result.html` (`output: 'html'`) is rendered in the worker, so it does not yet
 * reflect a `keep` veto or dropped duplicates.
 */
import {clean, markDuplicates} from '../clean.js'
import type {CleanOptions, ResolvedOptions} from '../options.js'
import type {Block, CleanResult} from '../types.js'

/** The options a worker needs: the cloneable part of `CleanOptions`. */
export type AnalyzeOptions = Pick<ResolvedOptions, 'format' | 'favor' | 'language' | 'maxBytes' | 'maxElements' | 'output'>

export type Analysis = CleanResult

export function analyzeOptions(options: ResolvedOptions): AnalyzeOptions {
  const {format, favor, language, maxBytes, maxElements, output} = options
  return {format, favor, language, maxBytes, maxElements, output}
}

export function analyzeDocument(input: string, options: AnalyzeOptions): Analysis {
  return clean(input, options as CleanOptions)
}

/** Veto, then dedup, then the text again if either changed what is kept. */
export async function finishDocument(analysis: Analysis, options: ResolvedOptions): Promise<CleanResult> {
  const result = analysis
  let changed = false
  if (options.keep) {
    result.blocks = result.blocks.map((block) => {
      if (block.kept || !options.keep!(block)) return block
      changed = true
      return vetoed(block, result.format)
    })
  }
  if (options.dedup) {
    const {id, dropped} = await markDuplicates(result.blocks, options)
    result.id = id
    if (dropped) changed = true
  }
  if (changed) {
    result.text = result.blocks.filter((b) => b.kept).map((b) => (result.format === 'text' ? b.text.trim() : b.text)).join('\n\n')
  }
  return result
}

/** A block the veto kept, as each mode of `clean()` reports it. */
function vetoed(block: Block, format: CleanResult['format']): Block {
  if (format === 'text') return {text: block.text, kept: true, line: block.line}
  const kept: Block = {...block, kept: true, reason: `kept by options.keep (was ${block.rule})`}
  delete kept.category
  delete kept.rule
  return kept
}
