/**
 * `cleanMany()`: many documents, every core. Workers run the pure half of the
 * pipeline (`analyze()`); the main thread runs `finish()` (the `keep` veto, dedup,
 * rendering) in input order, so a `keep` function works with workers and
 * dedup decides exactly as a single-threaded run would, whatever the concurrency.
 * The pool reads ahead a bounded number of records: memory stays flat whatever
 * the size of the source.
 */
import {availableParallelism} from 'node:os'
import {DechromeError, describe, errorInfo, InputError, OptionsError} from '../errors.js'
import {idProblem, MAX_ID_LENGTH} from '../input.js'
import {DEFAULTS, resolveOptions, type CleanOptions, type ResolvedOptions} from '../options.js'
import type {CleanResult, ErrorInfo} from '../types.js'
import {WorkerPool, type RunOptions} from './pool.js'
import {finishAsync, learnPage, type Analysis} from '../clean.js'
import {siteOf} from '../templates/index.js'
import type {AnalyzeTask, ReadRecord} from './worker.js'
import {unpackAnalysis, type PackedAnalysis} from './transfer.js'

/** A document id, as the caller gave it. */
export type RecordId = string | number

/** What `cleanMany` accepts: records with an id and their text or HTML, or bare strings (the id is their position). */
export type BatchInput = string | {id: RecordId; text: string} | {id: RecordId; html: string}

export interface CleanManyOptions extends Omit<CleanOptions, 'id'> {
  /** Worker threads. Default: the number of cores (`os.availableParallelism()`). */
  concurrency?: number
  /** Stop early: the iteration throws the signal's reason and the workers are stopped. Default none. */
  signal?: AbortSignal | null
  /** Yield results in input order. Default `true`. With `dedup`, documents are still finished in input order. */
  ordered?: boolean
  /** Per-document time limit in milliseconds; a document over it gets an `ERR_DECHROME_TIMEOUT` error. Default 10 000. */
  timeoutMs?: number
  /**
   * With `templates`: learn the first this many records of each site before cleaning
   * any of them (a site's warm-up also ends at the end of the input, or once its first
   * record is `WARMUP_HORIZON` records behind the stream). Default 0: plain streaming.
   */
  templatesWarmup?: number
}

/** Records a site's warm-up may hold back the stream: it bounds the records held in memory. */
export const WARMUP_HORIZON = 512

/** One result per input, carrying its id: the cleaned document, or why it failed. */
export type CleanManyResult = (Omit<CleanResult, 'id'> & {id: RecordId | null}) | {id: RecordId | null; error: ErrorInfo}

export const BATCH_DEFAULTS = Object.freeze({ordered: true, timeoutMs: 10_000})
const BATCH_OPTIONS = ['concurrency', 'signal', 'ordered', 'timeoutMs', 'templatesWarmup'] satisfies (keyof CleanManyOptions)[]

/**
 * A document ready for a worker, or the reason it cannot be cleaned, or a JSON
 * Lines record as its bytes, for the worker to read (its id is known once read).
 */
export type Prepared =
  | {id: RecordId | null; input: string; format: ResolvedOptions['format']; page?: PageAddress}
  | {id: RecordId | null; error: ErrorInfo}
  | {id: null; record: Uint8Array}

/** A record's own `url` and `site`: with a site memory (`templates`), they say which site it is. */
export interface PageAddress {
  url: string | null
  site: string | null
}

/** A record's `url` and `site` fields, where they are strings. */
export function pageAddress(record: {url?: unknown; site?: unknown}): PageAddress | undefined {
  const url = typeof record.url === 'string' && record.url ? record.url.slice(0, 8192) : null
  const site = typeof record.site === 'string' && record.site ? record.site.slice(0, 256) : null
  return url || site ? {url, site} : undefined
}

export interface StreamSettings {
  clean: ResolvedOptions
  concurrency: number
  signal: AbortSignal | null
  ordered: boolean
  timeoutMs: number
  templatesWarmup: number
  /** Turn a source item into a document (the CLI passes one that parses JSON lines). */
  prepare: (item: unknown, index: number) => Prepared
  /** Told about an error that is not a DechromeError (a bug of ours, or in `keep`), with its stack. */
  onBug: ((error: unknown) => void) | null
}

/** What the stream yields: the result, and the item and position it came from. */
export interface StreamResult<Item> {
  index: number
  item: Item
  result: CleanManyResult
  /** For a record the worker read: what it read (the caller's fields). */
  read?: ReadRecord
}

/**
 * Clean every document of `source` (an Iterable or AsyncIterable: arrays,
 * generators, Node and web streams). Options are validated now; the work starts
 * when the result is iterated. Results carry the input's `id`; a document that
 * fails yields `{id, error: {code, message}}` and the stream goes on.
 */
export function cleanMany(
  source: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options?: Readonly<CleanManyOptions> | null,
): AsyncIterable<CleanManyResult> {
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new InputError(`Expected \`source\` to be an Iterable or AsyncIterable of documents, got ${describe(source)}`)
  }
  const settings = resolveBatchOptions(options)
  return {
    async *[Symbol.asyncIterator]() {
      for await (const {result} of runBatch(source, settings)) yield result
    },
  }
}

/** Validate the batch options (the `clean()` ones through `resolveOptions`). */
export function resolveBatchOptions(options: unknown, prepare: StreamSettings['prepare'] = prepareInput): StreamSettings {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new OptionsError(`Expected \`options\` to be an object, got ${describe(options)}`)
  }
  const {concurrency, signal, ordered, timeoutMs, templatesWarmup, ...rest} = (options ?? {}) as CleanManyOptions & {id?: unknown}
  if (rest.id !== undefined) throw new OptionsError('`id` is per document in cleanMany(): give each record an `id`')
  // Checked here, not by resolveOptions(), so the message lists the batch's own options too.
  for (const key of Object.keys(rest)) {
    if (!Object.hasOwn(DEFAULTS, key)) throw new OptionsError(`Unknown option \`${key}\` of cleanMany(); known options are ${[...Object.keys(DEFAULTS).filter((k) => k !== 'id'), ...BATCH_OPTIONS].join(', ')}`)
  }
  const settings: StreamSettings = {
    clean: resolveOptions(rest),
    concurrency: availableParallelism(),
    signal: null,
    ordered: BATCH_DEFAULTS.ordered,
    timeoutMs: BATCH_DEFAULTS.timeoutMs,
    templatesWarmup: 0,
    prepare,
    onBug: null,
  }
  if (concurrency !== undefined) {
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024) {
      throw new OptionsError(`Expected \`concurrency\` to be an integer from 1 to 1024, got ${describe(concurrency)}`)
    }
    settings.concurrency = concurrency
  }
  if (signal !== undefined && signal !== null) {
    if (!(signal instanceof AbortSignal)) throw new OptionsError(`Expected \`signal\` to be an AbortSignal, got ${describe(signal)}`)
    settings.signal = signal
  }
  if (ordered !== undefined) {
    if (typeof ordered !== 'boolean') throw new OptionsError(`Expected \`ordered\` to be a boolean, got ${describe(ordered)}`)
    settings.ordered = ordered
  }
  if (timeoutMs !== undefined) {
    if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || (Number.isFinite(timeoutMs) && !Number.isInteger(timeoutMs))) {
      throw new OptionsError(`Expected \`timeoutMs\` to be a positive integer or Infinity, got ${describe(timeoutMs)}`)
    }
    settings.timeoutMs = timeoutMs
  }
  if (templatesWarmup !== undefined && templatesWarmup !== null) {
    if (!Number.isInteger(templatesWarmup) || templatesWarmup < 0 || templatesWarmup > 1_000_000) {
      throw new OptionsError(`Expected \`templatesWarmup\` to be an integer from 0 to 1000000, got ${describe(templatesWarmup)}`)
    }
    if (templatesWarmup > 0 && !settings.clean.templates) throw new OptionsError('`templatesWarmup` needs `templates` (a site memory from createSiteTemplates())')
    settings.templatesWarmup = templatesWarmup
  }
  return settings
}

/**
 * Why `id` is not a record's id, or null when it is: a string as `clean()` takes
 * it, or a finite number. A record must have one (a bare string's is its
 * position). One rule for `cleanMany()` and the CLI's JSON Lines records.
 */
export function recordIdProblem(id: unknown): string | null {
  if (id === undefined || id === null) return `Expected the record to have an \`id\` (a string of 1 to ${MAX_ID_LENGTH} characters, or a number), got ${describe(id)}`
  if (typeof id === 'number' && Number.isFinite(id)) return null
  const problem = idProblem(id)
  return problem && `${problem}, or a number`
}

/** A record or a string, as `cleanMany` documents them. */
export function prepareInput(item: unknown, index: number): Prepared {
  if (typeof item === 'string') return {id: index, input: item, format: 'auto'}
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return failed(null, new InputError(`Expected a record {id, text} or {id, html}, or a string, got ${describe(item)}`))
  }
  const record = item as {id?: unknown; text?: unknown; html?: unknown}
  const problem = recordIdProblem(record.id)
  if (problem) return failed(null, new InputError(problem))
  const id = record.id as RecordId
  const page = pageAddress(record as {url?: unknown; site?: unknown})
  if (typeof record.html === 'string') return {id, input: record.html, format: 'html', page}
  if (typeof record.text === 'string') return {id, input: record.text, format: 'auto', page}
  const got = 'html' in record ? `\`html\` is ${describe(record.html)}` : 'text' in record ? `\`text\` is ${describe(record.text)}` : 'it has neither'
  return failed(id, new InputError(`Expected the record to have a string \`text\` or \`html\`; ${got}`))
}

function failed(id: RecordId | null, error: unknown): {id: RecordId | null; error: ErrorInfo} {
  return {id, error: errorInfo(error)}
}

type Outcome = {analysis: Analysis} | {error: ErrorInfo}

interface Entry<Item> {
  index: number
  item: Item
  id: RecordId | null
  page: PageAddress | undefined
  read?: ReadRecord
  outcome: Promise<Outcome>
  done: boolean
  /** With a site memory: called once the record has been finished (its site learned it). */
  finished?: () => void
}

/**
 * Each worker's heap. V8 sizes a heap by its limit: under the default (gigabytes)
 * a worker lets garbage of past pages pile up (each page's string and tree are
 * large objects, freed only by a full GC) and two workers held 400+ MB on the AEB
 * pages; under 256 MB they collect sooner and the process stays under 300 MB.
 * Every shape of bench/hostile-shapes.ts cleans within it (the 100 000-element
 * page, and 64 MiB inputs under a raised `maxBytes`, included); a document that
 * needs more ends its worker (`ERR_DECHROME_WORKER`, out of memory), not the process.
 */
export const WORKER_HEAP = Object.freeze({maxOldGenerationSizeMb: 256})

const SCRIPT = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url)

/**
 * The batch engine: a reader pulls up to `4 × concurrency` items ahead of the
 * output and hands them to the pool; this generator finishes them on this thread
 * and yields. The reader never waits for the output, so a record that arrives
 * alone (a trickling pipe) comes out without waiting for more. With `ordered`
 * or `dedup`, documents are finished in input order. With a site memory, a
 * record is analysed only after the earlier records of its site were finished, so
 * it sees what they taught (records of different sites still run at once).
 */
export async function* runBatch<Item>(source: Iterable<Item> | AsyncIterable<Item>, settings: StreamSettings): AsyncGenerator<StreamResult<Item>> {
  const {clean: options, signal, concurrency, timeoutMs, prepare} = settings
  const inOrder = settings.ordered || options.dedup !== null || options.templates !== null
  const warmup = settings.templatesWarmup
  // A warm-up holds records back until their site's warm-up ends: the reader must be able to read past them.
  const readAhead = Math.max(4, 4 * concurrency, warmup > 0 ? WARMUP_HORIZON + 1 : 0)
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<Item>)[Symbol.iterator]()
  signal?.throwIfAborted()
  const workers = new WorkerPool<AnalyzeTask, PackedAnalysis>({size: concurrency, timeoutMs, script: SCRIPT, resourceLimits: {...WORKER_HEAP}})
  // Workers send their analyses packed (see transfer.ts); everything here sees them whole.
  const analyseIn = (task: AnalyzeTask, run?: RunOptions): Promise<Analysis> => workers.run(task, run).then(unpackAnalysis)
  const pending: Entry<Item>[] = []
  const changed = new Wakeup() // an item arrived or an analysis settled
  const space = new Wakeup() // the output took an item
  let exhausted = false
  let stopped = false
  let sourceError: {error: unknown} | null = null
  // Per site, the promise that its last record started so far has been finished.
  const siteTurn = new Map<string, Promise<void>>()
  // Sites in their warm-up (in the order they opened) and sites past it.
  const warming = new Map<string, Warmup>()
  const warmed = new Set<string>()
  const endWarmup = (site: string) => {
    const w = warming.get(site)
    if (!w) return
    warming.delete(site)
    warmed.add(site)
    w.end()
  }
  /** A record of a site in its warm-up: analysed now to be learned; cleaned once the site's warm-up has been learned. */
  const warm = (site: string, at: number, task: AnalyzeTask) => {
    let w = warming.get(site)
    if (!w) {
      let end!: () => void
      const ended = new Promise<void>((resolve) => (end = resolve))
      const learns: Promise<Analysis | null>[] = []
      const learned = ended.then(async () => {
        for (const learn of learns) {
          const analysis = await learn
          if (analysis?.templateBlocks) learnPage(options.templates!, site, analysis)
        }
      })
      w = {first: at, count: 0, learns, end}
      warming.set(site, w)
      siteTurn.set(site, learned)
    }
    w.learns.push(analyseIn({...task, site: {site, pages: 0, recentPages: 0, keys: new Map()}}).catch(() => null))
    if (++w.count >= warmup) endWarmup(site)
  }
  // What every task carries, built once: the options without what stays on this thread.
  const base = {...options, keep: null, dedup: null, id: null, templates: null, url: null, site: null}
  const keepHook = options.keep !== null
  const start = (item: Item, at: number): Entry<Item> => {
    const prepared = prepare(item, at)
    const entry: Entry<Item> = {index: at, item, id: prepared.id, page: 'page' in prepared ? prepared.page : undefined, outcome: Promise.resolve(prepared as Outcome), done: 'error' in prepared}
    if (!('error' in prepared)) {
      let task: AnalyzeTask
      let run: RunOptions = {}
      let analyse = () => analyseIn(task, run)
      if ('record' in prepared) {
        // Records the worker reads name their site only there: a site memory needs them read here (see cleanStream).
        if (options.templates) throw new Error('dechrome bug: a record read by a worker with a site memory')
        task = {record: prepared.record, options: base, keepHook}
        const {buffer, byteOffset, byteLength} = prepared.record
        // A buffer of its own moves to the worker instead of being copied.
        if (byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer) run.transfer = [buffer]
        run.onNote = (note) => {
          const read = note as ReadRecord
          entry.read = read
          entry.id = read.id
          entry.page = read.page
        }
      } else {
        task = {input: prepared.input, options: {...base, format: options.format === 'auto' ? prepared.format : options.format}, keepHook}
        const where = options.templates && (prepared.page ?? options)
        const site = where ? siteOf(where.url, where.site) : null
        if (site && warmup > 0 && !warmed.has(site)) warm(site, at, task)
        if (site) {
          const turn = siteTurn.get(site) ?? Promise.resolve()
          const mine = new Promise<void>((resolve) => (entry.finished = resolve))
          siteTurn.set(site, mine)
          void mine.then(() => siteTurn.get(site) === mine && siteTurn.delete(site))
          const plain = task
          analyse = () => turn.then(() => analyseIn({...plain, site: options.templates!.view(site)}))
        }
      }
      entry.outcome = analyse().then(
        (analysis) => ({analysis}),
        (error) => {
          if (!(error instanceof DechromeError)) settings.onBug?.(error)
          return {error: errorInfo(error)}
        },
      )
    }
    entry.outcome.then(() => {
      entry.done = true
      changed.wake()
    })
    return entry
  }
  const reader = (async () => {
    try {
      for (let index = 0; ; index++) {
        while (pending.length >= readAhead && !stopped) await space.next()
        if (stopped) return
        const step = await iterator.next()
        if (step.done || stopped) return
        pending.push(start(step.value, index))
        // A site's warm-up ends once its first record is the horizon behind the stream.
        for (const [site, w] of warming) {
          if (w.first > index - WARMUP_HORIZON) break
          endWarmup(site)
        }
        changed.wake()
      }
    } catch (error) {
      sourceError = {error}
    } finally {
      for (const site of [...warming.keys()]) endWarmup(site)
      exhausted = true
      changed.wake()
    }
  })()
  try {
    while (true) {
      signal?.throwIfAborted()
      if (workers.failure) throw workers.failure
      const entry = inOrder ? pending[0] : pending.find((e) => e.done)
      if (!entry?.done) {
        if (pending.length === 0 && exhausted) {
          const failure = sourceError as {error: unknown} | null
          if (failure) throw failure.error
          return
        }
        await abortable(changed.next(), signal)
        continue
      }
      pending.splice(pending.indexOf(entry), 1)
      space.wake()
      const result = await finishRecord(entry.id, entry.page, await entry.outcome, settings)
      entry.finished?.()
      yield entry.read ? {index: entry.index, item: entry.item, result, read: entry.read} : {index: entry.index, item: entry.item, result}
    }
  } finally {
    stopped = true
    space.wake()
    await workers.close()
    // Not awaited: a source blocked on its next item (an open pipe) would hold the caller here.
    void Promise.resolve(iterator.return?.()).catch(() => {})
    void reader
  }
}

/** A site in its warm-up: where it began, its records so far, their analyses to learn, and how to end it. */
interface Warmup {
  first: number
  count: number
  learns: Promise<Analysis | null>[]
  end: () => void
}

/** A promise to wait on until the next `wake()`. */
class Wakeup {
  #resolve: (() => void) | null = null
  #promise: Promise<void> | null = null
  next(): Promise<void> {
    this.#promise ??= new Promise<void>((resolve) => (this.#resolve = resolve))
    return this.#promise
  }
  wake(): void {
    const resolve = this.#resolve
    this.#resolve = null
    this.#promise = null
    resolve?.()
  }
}

/** Awaited, so that the index may be on a shared store (`dechrome/redis`); documents still finish one at a time, in order. */
async function finishRecord(id: RecordId | null, page: PageAddress | undefined, outcome: Outcome, {clean: options, onBug}: StreamSettings): Promise<CleanManyResult> {
  if ('error' in outcome) return {id, error: outcome.error}
  try {
    // A record's own url or site names its site; without either, the options' (or none) apply.
    const where = options.templates && page ? page : {}
    const result = await finishAsync(outcome.analysis, {...options, ...where, id: options.dedup && id !== null ? String(id) : null})
    // Without an id of its own, a document carries the one the dedup index assigned.
    const {id: assigned, ...rest} = result
    return {id: id ?? assigned ?? null, ...rest}
  } catch (error) {
    if (!(error instanceof DechromeError)) onBug?.(error)
    return failed(id, error)
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | null): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, {once: true})
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    )
  })
}
