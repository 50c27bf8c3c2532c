import {parseArgs} from 'node:util'
import {clean} from '../clean.js'
import type {CleanOptions} from '../options.js'
import {createDeduplicator, type Deduplicator} from '../dedup/index.js'
import {loadDeduplicatorFromFile, saveDeduplicatorToFileSync} from './dedup.js'
import {onEarlyExit, UsageError, type CliIO} from './io.js'
import {cleanStream, MAX_RECORD_BYTES, readLines} from './jsonl.js'

export const CLEAN_HELP = `Usage: dechrome clean [options] [FILE...]

Remove site chrome from scraped news. Reads the FILEs, or standard input when
none or "-" is given, and prints the cleaned text.

Options:
  --format auto|text|html  input format (default: auto)
  --favor precision|balanced|recall  (default: balanced)
  --language CODE          force the language (e.g. de, deu)
  --json                   print the whole result as JSON (one object per file)
  --jsonl                  read JSON Lines on stdin, {"id", "text"} or {"id", "html"}
                           plus any fields of yours (passed through); write one line per
                           record: {"id", ..., "text", "language", "removed", "fallback"?,
                           "truncated"?} or {"id", ..., "error": {"code", "message"}}
  --max-record-bytes N     with --jsonl: a longer input line gets an error record and
                           is skipped unread (default: ${MAX_RECORD_BYTES}, 64 MiB)
  --dedup                  with --jsonl: find paragraphs that repeat earlier records,
                           in stream order; adds "duplicates" to each output record
  --duplicates flag|drop   with --dedup: only flag repeats, or drop them (default: flag)
  --dedup-snapshot FILE    with --dedup: load the index from FILE (if present) and save it
                           back at the end, on Ctrl-C and when the reader goes away
  --snapshot-every N       with --dedup-snapshot: also save it every N records
  -h, --help               show this help

Exit status: 0 on success; 1 when a file or any --jsonl record failed (the count
goes to stderr); 2 on usage errors; 130 after Ctrl-C.
`

export async function cleanCommand(args: string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'auto'},
      favor: {type: 'string', default: 'balanced'},
      language: {type: 'string'},
      json: {type: 'boolean', default: false},
      jsonl: {type: 'boolean', default: false},
      dedup: {type: 'boolean', default: false},
      duplicates: {type: 'string'},
      'dedup-snapshot': {type: 'string'},
      'snapshot-every': {type: 'string'},
      'max-record-bytes': {type: 'string'},
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
  const snapshot = values['dedup-snapshot']
  const withDedup = values.dedup || snapshot !== undefined
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
  if (values['snapshot-every'] !== undefined && snapshot === undefined) throw new UsageError('--snapshot-every needs --dedup-snapshot')
  if (values['max-record-bytes'] !== undefined && !values.jsonl) throw new UsageError('--max-record-bytes applies to --jsonl')
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('--jsonl reads standard input; do not pass files')
    const maxRecordBytes = positiveFlag('--max-record-bytes', values['max-record-bytes']) ?? MAX_RECORD_BYTES
    const every = positiveFlag('--snapshot-every', values['snapshot-every'])
    const dedup = snapshot !== undefined ? await loadDeduplicatorFromFile(snapshot) : withDedup ? createDeduplicator() : null
    return cleanJsonl(io, options, {dedup, snapshot, every, maxRecordBytes})
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
      io.stdout(values.json ? JSON.stringify({source, ...result}) + '\n' : result.text + '\n')
    } catch (error) {
      io.stderr(`dechrome: ${source}: ${(error as Error).message}\n`)
      status = 1
    }
  }
  return status
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
  every: number | undefined
  maxRecordBytes: number
}

/** `clean --jsonl`: the stream, with the index saved on every way out that has processed records. */
async function cleanJsonl(io: CliIO, options: CleanOptions, setup: JsonlSetup): Promise<number> {
  const {dedup, snapshot, every} = setup
  let saved = 0
  let processed = 0
  const save = () => {
    if (!dedup || snapshot === undefined || processed === saved) return
    saveDeduplicatorToFileSync(dedup, snapshot)
    saved = processed
  }
  const undo = onEarlyExit(save)
  try {
    const afterRecord = (records: number) => {
      processed = records
      if (every && records % every === 0) save()
    }
    const lines = readLines(io.stdinChunks(), setup.maxRecordBytes)
    const onBug = (error: unknown) => io.stderr(`dechrome: unexpected error in a record: ${(error as Error).stack ?? error}\n`)
    const {records, failed} = await cleanStream(lines, io.stdout, {clean: options, dedup, afterRecord, onBug})
    save()
    if (failed === 0) return 0
    io.stderr(`dechrome: ${failed} of ${records} record${records === 1 ? '' : 's'} failed (see their "error" field)\n`)
    return 1
  } finally {
    undo()
  }
}
