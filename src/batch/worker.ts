// A cleaning worker: runs the pure half of the pipeline, analyze(), one document at a time.
import {analyze, type Analysis} from '../clean.js'
import type {ResolvedOptions} from '../options.js'
import {serveTasks} from './pool.js'

export interface AnalyzeTask {
  input: string
  /** Everything but the caller's `keep` hook and dedup index, which stay on the main thread. */
  options: ResolvedOptions & {keep: null; dedup: null; id: null}
}

serveTasks<AnalyzeTask, Analysis>(({input, options}) => analyze(input, options))
