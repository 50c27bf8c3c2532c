// A cleaning worker: runs the pure half of the pipeline, analyze(), one document at a time.
import {analyze} from '../clean.js'
import {lineDecoder, parseLine} from '../cli/jsonl.js'
import {DechromeError} from '../errors.js'
import type {ResolvedOptions} from '../options.js'
import type {PageAddress, RecordId} from './cleanMany.js'
import type {TemplateView} from '../templates/view.js'
import {serveTasks} from './pool.js'
import {packAnalysis, type PackedAnalysis} from './transfer.js'

/** Everything but the caller's `keep` hook, dedup index and site memory, which stay on the main thread. */
type WorkerOptions = ResolvedOptions & {keep: null; dedup: null; id: null; templates: null}

/**
 * A document, or a JSON Lines record as its UTF-8 bytes: the worker reads the
 * record (so the main thread never decodes or parses the page) and notes what it
 * read before analysing it.
 */
export type AnalyzeTask =
  | {
      input: string
      options: WorkerOptions
      /** The record's site template as it stood after the site's earlier records (plain data: the memory stays on the main thread). */
      site?: TemplateView
      /** The caller's `keep` hook runs on the main thread: removed blocks need their markup too. */
      keepHook?: boolean
    }
  | {record: Uint8Array; options: WorkerOptions; keepHook?: boolean}

/** What the worker read from a record: the caller's id and fields, and the site it names. */
export interface ReadRecord {
  id: RecordId | null
  fields: Record<string, unknown>
  page?: PageAddress
}

serveTasks<AnalyzeTask, PackedAnalysis>((task, note) => {
  const keepHook = task.keepHook === true
  if ('input' in task) return packAnalysis(analyze(task.input, task.options, task.site, keepHook))
  const parsed = parseLine({text: lineDecoder.decode(task.record)})
  note({id: parsed.id, fields: parsed.fields, page: 'error' in parsed ? undefined : parsed.page} satisfies ReadRecord)
  if ('error' in parsed) throw new DechromeError(parsed.error.code, parsed.error.message)
  const {options} = task
  return packAnalysis(analyze(parsed.input, options.format === 'auto' ? {...options, format: parsed.format} : options, undefined, keepHook))
})
