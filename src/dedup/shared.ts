/**
 * A dedup index shared by many processes lives in a store that answers
 * asynchronously and in batches (Redis: `dechrome/redis`). A document goes
 * through it in three phases:
 *
 * 1. plan: every key the document needs, from its text alone (exact keys, the
 *    band values of each paragraph and of each sentence);
 * 2. resolve: those keys in one batch (`lookup`), with the records of the
 *    candidates and of their neighbours when the store can return them, else
 *    in a second batch (`records`);
 * 3. commit: atomic claims (the document id, the exact keys and the band
 *    buckets as they were seen), then the writes (`commit`). When another
 *    writer got there first the commit reports a conflict, and the document is
 *    resolved again: two writers can never both own one paragraph.
 *
 * A document that finds nothing (a new story: most documents) is decided
 * before the look-up, as all originals, and `lookup` carries its commit: the
 * store writes it in the same atomic step when every key is indeed free. One
 * round trip.
 *
 * The decisions in between are the in-memory index's own code, run on a
 * `SharedView`: the resolved keys and records, plus this document's writes.
 */
import type {DuplicateRef} from '../types.js'
import type {DuplicateKind} from './index.js'

/** Paragraph records a shared store keeps: enough to compare and to point at. */
export interface SharedRecord {
  /** Document id. */
  doc: string
  block: number
  /** 1-based line, 0 when unknown. */
  line: number
  /** Normalized text. */
  text: string
}

/** What a document's first `add` found, kept so that a redelivery returns it again. */
export interface StoredResult {
  /** The duplicate blocks: [block index, refs, similarity, kind, droppable]. */
  duplicates: [number, DuplicateRef[], number, DuplicateKind, boolean][]
  budgetCut: number
}

export interface SharedLookup {
  /** The stored result when the document id was already added (a redelivery), else null. */
  result: StoredResult | null
  /** Owner paragraph of each exact key asked, or null. */
  exact: (number | null)[]
  /** Paragraphs under each band value asked, oldest first, at most `bucketCap`. */
  bands: number[][]
  /** True when the request carried a `commit`, nothing was found, and the store wrote it. */
  committed?: boolean
  /** Records the store returned with the look-up (candidates, neighbours, exact owners); the rest come from `records`. */
  records?: ReadonlyMap<number, SharedRecord | null>
}

export interface SharedParagraph {
  /** Exact key (hex). */
  key: string
  record: SharedRecord
  /** Band values to index it under, or null (too short, or the near tier is off). */
  bands: number[] | null
}

export interface SharedCommit {
  id: string
  result: StoredResult
  /** The originals, in order: the store numbers them consecutively. */
  paragraphs: SharedParagraph[]
  /** Exact keys seen without an owner: the commit claims them. */
  claims: string[]
  /** Band buckets seen with room, and how many entries they had: the commit fails if one changed. */
  observed: {value: number; length: number}[]
  bucketCap: number
}

export type SharedCommitAnswer = {status: 'ok'} | {status: 'conflict'} | {status: 'redelivered'; result: StoredResult}

/**
 * A store shared by many processes, with batch methods that may answer
 * asynchronously. `createDeduplicator({storage})` takes one; use
 * `await dedup.addAsync(doc)` with it.
 */
export interface SharedDedupStorage {
  readonly shared: true
  /** Checked on first use: every process must build the index with the same parameters. */
  open(parameters: Readonly<Record<string, unknown>>): Promise<void>
  /**
   * Resolve a document's keys. With `commit` (the document decided as all
   * originals), a store may write it when no exact key has an owner and every
   * band bucket is empty, atomically, and answer `committed: true`; a store
   * that ignores `commit` stays correct, at one more round trip.
   */
  lookup(request: {id: string; exact: readonly string[]; bands: readonly number[]; bucketCap: number; commit?: SharedCommit}): Promise<SharedLookup>
  records(paragraphs: readonly number[]): Promise<(SharedRecord | null)[]>
  commit(request: SharedCommit): Promise<SharedCommitAnswer>
}

export function isShared(storage: unknown): storage is SharedDedupStorage {
  return storage !== null && typeof storage === 'object' && (storage as {shared?: unknown}).shared === true
}

/** Hex of a 64-bit exact key: the Redis field, and the map key of a view. */
export function exactKeyName(lo: number, hi: number): string {
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}

/** The number the document being decided has in a view: after every other. */
export const CURRENT = Number.MAX_SAFE_INTEGER - 1
/** This document's own paragraphs are numbered from here until the store numbers them. */
const PENDING = 2 ** 52

/**
 * The part of a store the decision code reads and writes. The in-memory store
 * implements it directly; a SharedView implements it over a resolved batch.
 */
export interface IndexView {
  findExact(keyLo: number, keyHi: number): number
  findBand(band: number, value: number, out: Int32Array, offset: number): number
  paragraphCount(): number
  paragraphDocument(paragraph: number): number
  paragraphBlock(paragraph: number): number
  paragraphLine(paragraph: number): number
  paragraphLength(paragraph: number): number
  paragraphText(paragraph: number): string
  documentId(doc: number): string
  addParagraph(doc: number, block: number, line: number, keyLo: number, keyHi: number, text: string): number
  addBands(paragraph: number, values: Uint32Array): void
}

export class SharedView implements IndexView {
  readonly pending: SharedParagraph[] = []
  private readonly exact = new Map<string, number>()
  private readonly postings = new Map<number, number[]>()
  private readonly records = new Map<number, SharedRecord | null>()
  private readonly documents = new Map<string, number>()
  private readonly ids: string[] = []

  constructor(readonly id: string) {}

  resolve(exact: readonly string[], bands: readonly number[], found: SharedLookup): void {
    exact.forEach((key, i) => {
      const p = found.exact[i]
      if (p !== null && p !== undefined) this.exact.set(key, p)
    })
    bands.forEach((value, i) => this.postings.set(value, found.bands[i] ?? []))
  }

  addRecords(paragraphs: readonly number[], records: readonly (SharedRecord | null)[]): void {
    paragraphs.forEach((p, i) => this.records.set(p, records[i] ?? null))
  }

  /** The paragraphs under a band value, as resolved. */
  bucket(value: number): readonly number[] {
    return this.postings.get(value) ?? []
  }

  findExact(keyLo: number, keyHi: number): number {
    const key = exactKeyName(keyLo, keyHi)
    const owner = this.exact.get(key)
    if (owner !== undefined) return owner
    const mine = this.pending.findIndex((p) => p.key === key)
    return mine < 0 ? -1 : PENDING + mine
  }

  findBand(_band: number, value: number, out: Int32Array, offset: number): number {
    let n = offset
    for (const p of this.postings.get(value) ?? []) {
      if (n >= out.length) break
      out[n++] = p
    }
    return n
  }

  paragraphCount(): number {
    return PENDING
  }

  private record(p: number): SharedRecord | null {
    if (p >= PENDING) {
      const mine = this.pending[p - PENDING]
      return mine ? mine.record : null
    }
    const record = this.records.get(p)
    if (record === undefined) {
      // Candidates and their neighbours are resolved before deciding; a miss here is our bug.
      throw new Error(`dedup: paragraph ${p} was not resolved before deciding`)
    }
    return record
  }

  /** Whether a paragraph's record was resolved (or is one of this document's). */
  has(p: number): boolean {
    return p >= PENDING || this.records.has(p)
  }

  paragraphDocument(p: number): number {
    if (p >= PENDING) return CURRENT
    const record = this.record(p)
    if (!record) return -1
    let doc = this.documents.get(record.doc)
    if (doc === undefined) {
      doc = this.ids.length
      this.ids.push(record.doc)
      this.documents.set(record.doc, doc)
    }
    return doc
  }

  paragraphBlock(p: number): number {
    return this.record(p)?.block ?? 0
  }

  paragraphLine(p: number): number {
    return this.record(p)?.line ?? 0
  }

  paragraphLength(p: number): number {
    return this.record(p)?.text.length ?? 0
  }

  paragraphText(p: number): string {
    return this.record(p)?.text ?? ''
  }

  documentId(doc: number): string {
    return doc === CURRENT ? this.id : this.ids[doc]
  }

  addParagraph(_doc: number, block: number, line: number, keyLo: number, keyHi: number, text: string): number {
    this.pending.push({key: exactKeyName(keyLo, keyHi), record: {doc: this.id, block, line, text}, bands: null})
    return PENDING + this.pending.length - 1
  }

  addBands(p: number, values: Uint32Array): void {
    this.pending[p - PENDING].bands = Array.from(values)
  }
}
