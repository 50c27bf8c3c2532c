import {parseArgs} from 'node:util'
import {clean} from '../clean.js'
import type {CleanOptions} from '../options.js'
import {OptionsError} from '../errors.js'
import {createDeduplicator, type Deduplicator} from '../dedup/index.js'
import {loadDeduplicatorFromFile, saveDeduplicatorToFileSync} from './dedup.js'
import {connectRedisIndex} from './redis.js'
import {readSnapshotFile, writeSnapshotFileSync} from './snapshot-file.js'
import {createSiteTemplates} from '../templates/index.js'
import {onEarlyExit, UsageError, type CliIO} from './io.js'
import {cleanStream, MAX_RECORD_BYTES, readLines} from './jsonl.js'
import {Progress} from './progress.js'

export const CLEAN_HELP = `Usage: dechrome clean [options] [FILE...]

Remove site chrome from scraped news. Reads the FILEs, or standard input when
none or "-" is given, and prints the cleaned text.

Options:
  --format auto|text|html  input format (default: auto)
  --favor precision|balanced|recall  (default: balanced)
  --language CODE          force the language (e.g. de, deu)
  --output text|json|markdown|html
                           what to print per file: the cleaned text (default), the whole
                           result as JSON (metadata included), Markdown, or sanitized HTML
  --json                   the same as --output json
  --metadata               with --jsonl: add "metadata" (title, byline, authors, published,
                           modified, siteName, url, description, lang, image) to each record
  --jsonl                  read JSON Lines on stdin, {"id", "text"} or {"id", "html"}
                           plus any fields of yours (passed through); write one line per
                           record: {"id", ..., "text", "language", "removed", "fallback"?,
                           "truncated"?, "metadata"?, "markdown"?, "html"?} or
                           {"id", ..., "error": {"code", "message"}}; --output markdown|html
                           adds that field
  --max-record-bytes N     with --jsonl: a longer input line gets an error record and
                           is skipped unread; also the documents' maxBytes
                           (default: ${MAX_RECORD_BYTES}, 16 MiB, clean()'s maxBytes)
  --dedup                  with --jsonl: find paragraphs that repeat earlier records,
                           in stream order; adds "duplicates" to each output record
  --duplicates flag|drop   with --dedup: only flag repeats, or drop them (default: flag)
  --dedup-snapshot FILE    with --dedup: load the index from FILE (if present) and save it
                           back at the end, on Ctrl-C and when the reader goes away
  --dedup-redis URL        with --jsonl: keep the dedup index on Redis (redis://host:port[/db]),
                           shared by every process given the same URL and prefix; records
                           need an "id"; needs the optional package redis (npm install redis)
  --dedup-prefix P         with --dedup-redis: the index's key prefix (default: dechrome)
  --dedup-paragraphs N     accepted and ignored (it sized an earlier Redis layout)
  --snapshot-every N       with --dedup-snapshot or --templates-snapshot: also save every N records
  --templates              with --jsonl: learn each site's template from its records (their
                           "url" or "site" field) and remove the blocks that recur on it;
                           records with neither are cleaned as without
  --templates-snapshot FILE  with --templates: load the site memory from FILE (if present)
                           and save it back
  --templates-warmup N     with --templates: read the first N records of each site and learn
                           them before any of them is cleaned (a site's warm-up also ends at
                           the end of input, or 512 records after its first); output stays in
                           input order
  --workers N              with --jsonl: worker threads (default: the number of cores);
                           output is in input order and the same for any N
  --timeout-ms N           with --jsonl: a record that takes longer gets an error record
                           (ERR_DECHROME_TIMEOUT) and its worker is replaced (default: 10000)
  --progress               with --jsonl: show progress on stderr even when it is not a
                           terminal (on a terminal it is shown anyway; --no-progress hides it)
  -h, --help               show this help

Exit status: 0 on success; 1 when a file or any --jsonl record failed (the count
goes to stderr); 2 on usage errors; 130 after Ctrl-C, 143 after SIGTERM.
`

export async function cleanCommand(args: string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: {type: 'string', default: 'auto'},
      favor: {type: 'string', default: 'balanced'},
      language: {type: 'string'},
      json: {type: 'boolean', default: false},
      output: {type: 'string'},
      metadata: {type: 'boolean', default: false},
      jsonl: {type: 'boolean', default: false},
      dedup: {type: 'boolean', default: false},
      duplicates: {type: 'string'},
      'dedup-snapshot': {type: 'string'},
      'dedup-redis': {type: 'string'},
      'dedup-prefix': {type: 'string'},
      'dedup-paragraphs': {type: 'string'},
      'snapshot-every': {type: 'string'},
      templates: {type: 'boolean', default: false},
      'templates-snapshot': {type: 'string'},
      'templates-warmup': {type: 'string'},
      'max-record-bytes': {type: 'string'},
      workers: {type: 'string'},
      'timeout-ms': {type: 'string'},
      progress: {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  })
  if (values.help) {
    io.stdout(CLEAN_HELP)
    return 0
  }
  const options: CleanOptions = {
    format: values.format as CleanOptions['format'],
    favor: values.favor as CleanOptions['favor'],
  }
  if (values.language) options.language = values.language
  const printed = printedOutput(values.output, values.json, values.jsonl)
  if (printed === 'markdown' || printed === 'html') options.output = printed
  if (values.metadata || printed === 'json') options.metadata = true
  const snapshot = values['dedup-snapshot']
  const redisUrl = values['dedup-redis']
  const withDedup = values.dedup || snapshot !== undefined || redisUrl !== undefined
  for (const flag of ['dedup-prefix', 'dedup-paragraphs'] as const) {
    if (values[flag] !== undefined && redisUrl === undefined) throw new UsageError(`--${flag} needs --dedup-redis`)
  }
  if (redisUrl !== undefined && snapshot !== undefined) throw new UsageError('--dedup-redis and --dedup-snapshot exclude each other: the index on Redis persists itself')
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) throw new UsageError(`--dedup-redis takes a redis:// or rediss:// URL, got ${JSON.stringify(redisUrl)}`)
  if (values.duplicates !== undefined) {
    if (!withDedup) throw new UsageError('--duplicates needs --dedup')
    options.duplicates = values.duplicates as CleanOptions['duplicates']
  }
  // Validate once up front so a bad flag is a usage error, not a per-record failure.
  try {
    clean('', withDedup ? {...options, dedup: createDeduplicator()} : options)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (withDedup && !values.jsonl) throw new UsageError('--dedup works across the records of a --jsonl stream')
  const templatesSnapshot = values['templates-snapshot']
  const warmup = positiveFlag('--templates-warmup', values['templates-warmup'])
  const withTemplates = values.templates || templatesSnapshot !== undefined || warmup !== undefined
  if (withTemplates && !values.jsonl) throw new UsageError('--templates works across the records of a --jsonl stream')
  if (values['snapshot-every'] !== undefined && snapshot === undefined && templatesSnapshot === undefined) {
    throw new UsageError('--snapshot-every needs --dedup-snapshot or --templates-snapshot')
  }
  for (const flag of ['max-record-bytes', 'workers', 'timeout-ms', 'progress'] as const) {
    if (values[flag] !== undefined && !values.jsonl) throw new UsageError(`--${flag} applies to --jsonl`)
  }
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('--jsonl reads standard input; do not pass files')
    const maxRecordBytes = positiveFlag('--max-record-bytes', values['max-record-bytes']) ?? MAX_RECORD_BYTES
    const every = positiveFlag('--snapshot-every', values['snapshot-every'])
    const shared = redisUrl !== undefined ? await connectRedisIndex(redisUrl, {prefix: values['dedup-prefix'], paragraphs: positiveFlag('--dedup-paragraphs', values['dedup-paragraphs'])}).catch(usage) : null
    const dedup = shared ? shared.dedup : snapshot !== undefined ? await loadDeduplicatorFromFile(snapshot) : withDedup ? createDeduplicator() : null
    const workers = positiveFlag('--workers', values.workers)
    if (workers !== undefined && workers > 1024) throw new UsageError(`--workers takes 1 to 1024, got ${workers}`)
    const timeoutMs = positiveFlag('--timeout-ms', values['timeout-ms'])
    const progress = values.progress ?? io.stderrIsTerminal?.() ?? false
    const stored = templatesSnapshot !== undefined ? await readSnapshotFile(templatesSnapshot) : null
    const templates = withTemplates ? createSiteTemplates(stored ? {snapshot: stored} : {}) : null
    try {
      // One budget: a document may be as long as its line.
      return await cleanJsonl(io, {...options, maxBytes: maxRecordBytes, templates}, {dedup, snapshot, templatesSnapshot, warmup, every, maxRecordBytes, workers, timeoutMs, progress})
    } finally {
      await shared?.close()
    }
  }
  const sources = positionals.length ? positionals : ['-']
  let status = 0
  for (const source of sources) {
    let input: string
    try {
      input = source === '-' ? await io.stdinText() : await io.readFile(source)
    } catch (error) {
      io.stderr(`dechrome: cannot read ${source}: ${(error as Error).message}\n`)
      status = 1
      continue
    }
    try {
      const result = clean(input, options)
      const shown = printed === 'json' ? JSON.stringify({source, ...result}) : printed === 'markdown' ? result.markdown : printed === 'html' ? result.html : result.text
      io.stdout(shown + '\n')
    } catch (error) {
      io.stderr(`dechrome: ${source}: ${(error as Error).message}\n`)
      status = 1
    }
  }
  return status
}

/** What `clean` prints: `--output`, with `--json` as its older spelling. */
function printedOutput(output: string | undefined, json: boolean, jsonl: boolean): 'text' | 'json' | 'markdown' | 'html' {
  if (output !== undefined && !['text', 'json', 'markdown', 'html'].includes(output)) {
    throw new UsageError(`--output takes text, json, markdown or html, got ${JSON.stringify(output)}`)
  }
  if (json && output !== undefined && output !== 'json') throw new UsageError(`--json and --output ${output} disagree`)
  const printed = (output ?? (json ? 'json' : 'text')) as 'text' | 'json' | 'markdown' | 'html'
  if (jsonl && printed === 'json') throw new UsageError('--jsonl already writes JSON; use --output markdown|html to add those fields, --metadata for metadata')
  return printed
}

/** An option's own error (a bad --dedup-prefix) is a usage error; others pass. */
function usage(error: unknown): never {
  throw error instanceof OptionsError ? new UsageError(error.message) : error
}

function positiveFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${name} takes a positive integer, got ${JSON.stringify(value)}`)
  return n
}

interface JsonlSetup {
  dedup: Deduplicator | null
  /** Where the dedup index is saved: at the end, every `every` records, and on an early exit. */
  snapshot: string | undefined
  /** Where the site memory (`options.templates`) is saved, on the same occasions. */
  templatesSnapshot: string | undefined
  /** `--templates-warmup N`: records of each site learned before it is cleaned. */
  warmup: number | undefined
  every: number | undefined
  maxRecordBytes: number
  workers: number | undefined
  timeoutMs: number | undefined
  /** Show the progress line on stderr. */
  progress: boolean
}

/** `clean --jsonl`: the stream, with the index saved on every way out that has processed records. */
async function cleanJsonl(io: CliIO, options: CleanOptions, setup: JsonlSetup): Promise<number> {
  const {dedup, snapshot, every} = setup
  let saved = 0
  let processed = 0
  const save = () => {
    if (processed === saved) return
    if (dedup && snapshot !== undefined) saveDeduplicatorToFileSync(dedup, snapshot)
    if (options.templates && setup.templatesSnapshot !== undefined) writeSnapshotFileSync(setup.templatesSnapshot, options.templates.snapshot())
    saved = processed
  }
  const undo = onEarlyExit(save)
  try {
    const afterRecord = (records: number) => {
      processed = records
      if (every && records % every === 0) save()
    }
    const lines = readLines(io.stdinChunks(), setup.maxRecordBytes)
    const progress = setup.progress ? new Progress({write: io.stderr, terminal: io.stderrIsTerminal?.() ?? false, totalBytes: io.stdinSize?.() ?? null}) : null
    const onRecord = progress ? (r: {bytes: number; chars: number; removedChars: number; failed: boolean}) => progress.record(r.bytes, r.chars, r.removedChars, r.failed) : undefined
    const onBug = (error: unknown) => io.stderr(`dechrome: unexpected error in a record: ${(error as Error).stack ?? error}\n`)
    const {records, failed} = await cleanStream(lines, io.stdout, {clean: options, dedup, afterRecord, onRecord, onBug, workers: setup.workers, timeoutMs: setup.timeoutMs, templatesWarmup: setup.warmup})
    progress?.done()
    save()
    if (failed === 0) return 0
    io.stderr(`dechrome: ${failed} of ${records} record${records === 1 ? '' : 's'} failed (see their "error" field)\n`)
    return 1
  } finally {
    undo()
  }
}
