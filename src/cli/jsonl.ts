/**
 * The JSON Lines contract of `dechrome clean --jsonl`, in one place: how input
 * lines are read, what a record may hold, and what comes out for each one.
 *
 * In:  one JSON object a line, `{"id", "text"}` or `{"id", "html"}`, plus any
 *      fields of the caller's (`url`, `source`, …).
 * Out: one line per non-blank input line, in input order:
 *      `{"id", …caller's fields, "text", "language", "removed", "fallback"?, "truncated"?,
 *      "metadata"? (with --metadata), "markdown"? / "html"? (with --output), "duplicates"?}`
 *      or `{"id", …caller's fields, "error": {"code", "message"}}`.
 */
import {pageAddress, recordIdProblem, resolveBatchOptions, runBatch, type CleanManyResult, type Prepared} from '../batch/cleanMany.js'
import {DechromeError, errorInfo} from '../errors.js'
import {DEFAULTS, type CleanOptions} from '../options.js'
import type {CleanResult, DuplicateRef, Language} from '../types.js'
import type {Metadata} from '../metadata/index.js'
import type {Deduplicator} from '../dedup/index.js'

/**
 * Default cap on one input line, in bytes: `clean()`'s default `maxBytes` (16 MiB),
 * one budget for a record and its document (news records are far smaller). It
 * bounds what a worker decodes and parses; `--max-record-bytes` moves both.
 */
export const MAX_RECORD_BYTES = DEFAULTS.maxBytes

/** A record the stream cannot clean: not JSON, not an object, no text, a bad id, too long. */
export class RecordError extends DechromeError {
  constructor(code: 'ERR_DECHROME_RECORD' | 'ERR_DECHROME_RECORD_TOO_LARGE', message: string) {
    super(code, message)
    this.name = 'RecordError'
  }
}

/**
 * One input line: its UTF-8 bytes (a buffer of its own, so it can move to a
 * worker, which decodes and parses it), its text, or only its length when it was
 * over the cap (never held whole).
 */
export type Line = {bytes: Uint8Array} | {text: string} | {tooLong: number; limit: number}

/** Field names the output writes; a caller's field of the same name is replaced. */
const OWN_FIELDS = new Set(['id', 'text', 'html', 'markdown', 'metadata', 'language', 'removed', 'fallback', 'truncated', 'duplicates', 'error'])

export interface Removal {
  text: string
  line: number
  category?: string
  rule?: string
  reason?: string
}

/** One output line of a cleaned record: the contract other tools read. */
export interface CleanedRecord {
  /** The input's `id` as given. */
  id: string | number | null
  /** Every input field other than `id`, `text` and `html`, untouched, goes here too. */
  [field: string]: unknown
  text: string
  language: Language
  removed: Removal[]
  fallback?: {reason: string}
  truncated?: {reason: string}
  /** With --metadata: what the article is (title, byline, dates, site, URL, …). */
  metadata?: Metadata
  /** With --output markdown: the kept blocks as Markdown. */
  markdown?: string
  /** With --output html: the kept blocks as sanitized HTML. */
  html?: string
  /** With --dedup: kept or dropped blocks that repeat an earlier record. */
  duplicates?: {text: string; line: number; duplicateOf: DuplicateRef[]; similarity?: number}[]
}

export interface FailedRecord {
  id: string | number | null
  [field: string]: unknown
  error: {code: string; message: string}
}

export interface StreamOptions {
  /** Per-record options of `clean()` (not `dedup` or `id`: those come from here and the record). */
  clean: CleanOptions
  dedup: Deduplicator | null
  /** Worker threads. Default: the number of cores. */
  workers?: number
  /** Per-record time limit in milliseconds. Default 10 000. */
  timeoutMs?: number
  /** With a site memory: records of each site learned before any of them is cleaned. Default 0. */
  templatesWarmup?: number
  /** Called after each record was cleaned, before its line is written (snapshots hook in here). */
  afterRecord?: (records: number) => void
  /** Told about each record as it is written (the progress line). */
  onRecord?: (report: {bytes: number; chars: number; removedChars: number; failed: boolean}) => void
  /** Called with an error that is not a DechromeError (a bug of ours), so its stack is not lost. */
  onBug?: (error: unknown) => void
}

/** A line read and checked: the document for the workers (or the record for a worker to read), or why it cannot be cleaned; the caller's fields either way. */
type ParsedLine = Prepared & {fields: Record<string, unknown>; bytes: number}
/** A line read on this thread or in a worker: never still to be read. */
type ReadLine = Exclude<Prepared, {record: Uint8Array}> & {fields: Record<string, unknown>; bytes: number}

/** A line's bytes to its text, as Buffer's toString does it: a BOM stays (JSON.parse then says what is wrong), bad bytes become U+FFFD. */
export const lineDecoder = new TextDecoder('utf-8', {ignoreBOM: true})

/** Split a byte stream into lines of at most `maxBytes` bytes, without ever building a longer string. */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = []
  let size = 0
  const line = (): Line => {
    if (size > maxBytes) return {tooLong: size, limit: maxBytes}
    const length = size > 0 && parts[parts.length - 1].at(-1) === 13 ? size - 1 : size
    const bytes = new Uint8Array(length)
    let at = 0
    for (const part of parts) {
      bytes.set(at + part.length > length ? part.subarray(0, length - at) : part, at)
      at += part.length
    }
    return {bytes}
  }
  for await (const chunk of chunks) {
    let start = 0
    while (start <= chunk.length) {
      const newline = chunk.indexOf(10, start)
      const end = newline === -1 ? chunk.length : newline
      size += end - start
      if (size <= maxBytes && end > start) parts.push(chunk.subarray(start, end))
      else if (size > maxBytes) parts = []
      if (newline === -1) break
      yield line()
      parts = []
      size = 0
      start = newline + 1
    }
  }
  if (size > 0) yield line()
}

/**
 * Clean a stream of lines into output lines, in input order. Workers analyse
 * the records; this thread vetoes, dedups (in input order) and writes each line,
 * awaiting the write, so a slow reader holds the stream back: at most a bounded
 * number of records is read ahead. Returns how many records there were and how
 * many failed.
 */
export async function cleanStream(
  lines: AsyncIterable<Line>,
  write: (line: string) => void | Promise<void>,
  options: StreamOptions,
): Promise<{records: number; failed: number}> {
  const {dedup} = options
  const settings = resolveBatchOptions(
    {...options.clean, dedup, concurrency: options.workers, timeoutMs: options.timeoutMs, templatesWarmup: options.templatesWarmup},
    (item) => item as ParsedLine,
  )
  settings.onBug = options.onBug ?? null
  let records = 0
  let failed = 0
  for await (const {item, result, read} of runBatch(parseLines(lines, options.onBug, options.clean.templates != null), settings)) {
    const out = toOutput(read ? {...item, fields: read.fields} : item, result, dedup !== null)
    records++
    if ('error' in out) failed++
    options.afterRecord?.(records)
    if (options.onRecord) options.onRecord(measureRecord(item, result))
    await write(serialize(out))
  }
  return {records, failed}
}

async function* parseLines(lines: AsyncIterable<Line>, onBug?: (error: unknown) => void, readHere = false): AsyncGenerator<ParsedLine> {
  for await (const line of lines) {
    // A site memory is read before a record's analysis, so its site must be known here.
    if ('bytes' in line && readHere) {
      if (isBlank(line.bytes)) continue
      yield parseLine({text: lineDecoder.decode(line.bytes)}, onBug)
      continue
    }
    if ('bytes' in line) {
      // The worker reads the record; blank lines are skipped here, without decoding the rest.
      if (isBlank(line.bytes)) continue
      yield {id: null, record: line.bytes, fields: {}, bytes: line.bytes.length + 1}
      continue
    }
    if ('text' in line && !line.text.trim()) continue
    yield parseLine(line, onBug)
  }
}

/** A line of white space only, as `String.prototype.trim` sees it. */
function isBlank(bytes: Uint8Array): boolean {
  let ascii = true
  for (const b of bytes) {
    if (b > 0x20 && b < 0x7f) return false
    if (b >= 0x80) ascii = false
  }
  // Only spaces, controls and non-ASCII bytes: decode to see whether those are Unicode spaces.
  return ascii ? !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').trim() : !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').trim()
}

/** One input line to the document it holds, or to why it cannot be cleaned; never throws. */
export function parseLine(line: Exclude<Line, {bytes: Uint8Array}>, onBug?: (error: unknown) => void): ReadLine {
  let id: string | number | null = null
  let fields: Record<string, unknown> = {}
  // Input bytes with the newline, for MB/s and the ETA against the file's size.
  const bytes = 'text' in line ? Buffer.byteLength(line.text, 'utf8') + 1 : line.tooLong + 1
  try {
    if ('tooLong' in line) {
      throw new RecordError('ERR_DECHROME_RECORD_TOO_LARGE', `Record is ${line.tooLong} bytes, over --max-record-bytes (${line.limit}); it was skipped unread`)
    }
    const record = parseRecord(line.text)
    fields = passthrough(record)
    id = recordId(record.id)
    const hasHtml = typeof record.html === 'string'
    const input = hasHtml ? record.html : record.text
    if (typeof input !== 'string') throw new RecordError('ERR_DECHROME_RECORD', 'Record needs a string "text" or "html" field')
    return {id, input: input as string, format: hasHtml ? 'html' : 'auto', page: pageAddress(record), fields, bytes}
  } catch (error) {
    if (!(error instanceof DechromeError)) onBug?.(error)
    return {id, fields, bytes, error: errorInfo(error)}
  }
}

/** The output record of a parsed line and what became of it. */
export function toOutput(parsed: ParsedLine, result: CleanManyResult, withDuplicates: boolean): CleanedRecord | FailedRecord {
  if ('error' in result) return {id: result.id, ...parsed.fields, error: result.error}
  return toRecord(result.id, parsed.fields, result as CleanResult, withDuplicates)
}

function measureRecord(parsed: ParsedLine, result: CleanManyResult): {bytes: number; chars: number; removedChars: number; failed: boolean} {
  if ('error' in result) return {bytes: parsed.bytes, chars: 0, removedChars: 0, failed: true}
  let chars = 0
  let removedChars = 0
  for (const b of result.blocks) {
    chars += b.text.length
    if (!b.kept) removedChars += b.text.length
  }
  return {bytes: parsed.bytes, chars, removedChars, failed: false}
}

function parseRecord(text: string): Record<string, unknown> {
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    throw new RecordError('ERR_DECHROME_RECORD', `Record is not JSON: ${(error as Error).message}`)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new RecordError('ERR_DECHROME_RECORD', 'Record is not a JSON object')
  }
  return record as Record<string, unknown>
}

/** A record's `id`: a string (the same rule as `clean()`'s `id`) or a finite number (its decimal form for the index); never absent. */
function recordId(value: unknown): string | number {
  const problem = recordIdProblem(value)
  if (problem) throw new RecordError('ERR_DECHROME_RECORD', problem)
  return value as string | number
}

/** The caller's own fields, untouched, in their order. */
function passthrough(record: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(record)) {
    if (!OWN_FIELDS.has(key)) Object.defineProperty(fields, key, {value: record[key], enumerable: true, writable: true, configurable: true})
  }
  return fields
}

export function toRecord(id: string | number | null, fields: Record<string, unknown>, result: CleanResult, withDuplicates: boolean): CleanedRecord {
  const record: CleanedRecord = {
    id,
    ...fields,
    text: result.text,
    language: result.language,
    removed: result.blocks
      .filter((b) => !b.kept)
      .map((b) => ({text: b.text, line: b.line, category: b.category, rule: b.rule, reason: b.reason})),
  }
  if (result.fallback) record.fallback = result.fallback
  if (result.truncated) record.truncated = result.truncated
  if (result.metadata) record.metadata = result.metadata
  if (result.markdown !== undefined) record.markdown = result.markdown
  if (result.html !== undefined) record.html = result.html
  if (withDuplicates) {
    record.duplicates = result.blocks.flatMap((b) =>
      b.duplicateOf ? [{text: b.text, line: b.line, duplicateOf: b.duplicateOf, similarity: b.similarity}] : [],
    )
  }
  return record
}

/**
 * One output line. U+2028 and U+2029 are valid in JSON but some line-oriented
 * readers split on them, so they are escaped like any control character.
 */
export function serialize(record: object): string {
  return JSON.stringify(record).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029')) + '\n'
}
