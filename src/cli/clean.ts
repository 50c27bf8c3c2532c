import {parseArgs} from 'node:util'
import {clean} from '../clean.js'
import type {CleanOptions} from '../options.js'
import type {CleanResult} from '../types.js'
import {createDeduplicator, type Deduplicator} from '../dedup/index.js'
import {loadDeduplicatorFromFile, saveDeduplicatorToFile} from './dedup.js'
import {UsageError, type CliIO} from './io.js'

export const CLEAN_HELP = `Usage: dechrome clean [options] [FILE...]

Remove site chrome from scraped news. Reads the FILEs, or standard input when
none or "-" is given, and prints the cleaned text.

Options:
  --format auto|text|html  input format (default: auto)
  --favor precision|balanced|recall  (default: balanced)
  --language CODE          force the language (e.g. de, deu)
  --json                   print the whole result as JSON (one object per file)
  --jsonl                  read JSON Lines on stdin, {"id", "text"} or {"id", "html"};
                           write one line per record: {"id", "text", "language", "removed"}
                           or {"id", "error"}
  --dedup                  with --jsonl: find paragraphs that repeat earlier records,
                           in stream order; adds "duplicates" to each output record
  --duplicates flag|drop   with --dedup: only flag repeats, or drop them (default: flag)
  --dedup-snapshot FILE    with --dedup: load the index from FILE (if present) and save it back
  -h, --help               show this help
`

/** One JSONL output record: the contract other tools read. */
export interface JsonlRecord {
  id: unknown
  text: string
  language: string
  removed: {text: string; category?: string; rule?: string; reason?: string}[]
  /** With --dedup: kept or dropped blocks that repeat an earlier record. */
  duplicates?: {text: string; duplicateOf: unknown; similarity?: number}[]
}

export function toJsonlRecord(id: unknown, result: CleanResult, withDuplicates = false): JsonlRecord {
  const record: JsonlRecord = {
    id,
    text: result.text,
    language: result.language.code,
    removed: result.blocks.filter((b) => !b.kept).map((b) => ({text: b.text, category: b.category, rule: b.rule, reason: b.reason})),
  }
  if (withDuplicates) {
    record.duplicates = result.blocks
      .filter((b) => b.duplicateOf)
      .map((b) => ({text: b.text, duplicateOf: b.duplicateOf, similarity: b.similarity}))
  }
  return record
}

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
      duplicates: {type: 'string', default: 'flag'},
      'dedup-snapshot': {type: 'string'},
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
    duplicates: values.duplicates as CleanOptions['duplicates'],
  }
  if (values.language) options.language = values.language
  // Validate once up front so a bad flag is a usage error, not a per-record failure.
  try {
    clean('', options)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const snapshot = values['dedup-snapshot']
  if ((values.dedup || snapshot) && !values.jsonl) throw new UsageError('--dedup works across the records of a --jsonl stream')
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('--jsonl reads standard input; do not pass files')
    if (!values.dedup && !snapshot) return cleanJsonl(io, options, null)
    const dedup = snapshot ? await loadDeduplicatorFromFile(snapshot) : createDeduplicator()
    const status = await cleanJsonl(io, options, dedup)
    if (snapshot) await saveDeduplicatorToFile(dedup, snapshot)
    return status
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

async function cleanJsonl(io: CliIO, options: CleanOptions, dedup: Deduplicator | null): Promise<number> {
  for await (const line of io.stdinLines()) {
    if (!line.trim()) continue
    let id: unknown = null
    try {
      const record = JSON.parse(line) as {id?: unknown; text?: unknown; html?: unknown}
      if (typeof record !== 'object' || record === null) throw new TypeError('record is not a JSON object')
      id = record.id ?? null
      const hasHtml = typeof record.html === 'string'
      const input = hasHtml ? record.html : record.text
      if (typeof input !== 'string') throw new TypeError('record needs a string "text" or "html" field')
      const format = hasHtml && options.format === 'auto' ? 'html' : options.format
      const perRecord: CleanOptions = {...options, format}
      if (dedup) Object.assign(perRecord, {dedup, id: id === null ? null : String(id)})
      io.stdout(JSON.stringify(toJsonlRecord(id, clean(input, perRecord), dedup !== null)) + '\n')
    } catch (error) {
      io.stdout(JSON.stringify({id, error: (error as Error).message}) + '\n')
    }
  }
  return 0
}
