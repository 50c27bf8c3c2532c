// A cleaning worker: runs the pure half of the pipeline, analyze(), one document at a time.
import {analyze, type Analysis} from '../clean.js'
import type {ResolvedOptions} from '../options.js'
import type {TemplateView} from '../templates/view.js'
import {serveTasks} from './pool.js'

export interface AnalyzeTask {
  input: string
  /** Everything but the caller's `keep` hook and dedup index, which stay on the main thread. */
  options: ResolvedOptions & {keep: null; dedup: null; id: null; templates: null}
  /** The record's site template as it stood after the site's earlier records (plain data: the memory stays on the main thread). */
  site?: TemplateView
}

serveTasks<AnalyzeTask, Analysis>(({input, options, site}) => analyze(input, options, site))
