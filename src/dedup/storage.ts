/**
 * Where the dedup index keeps its state: documents, paragraph records with
 * their normalized text, the exact-key table and the LSH band table.
 *
 * Why synchronous: `dedup.add()` must stay synchronous and allocation-light for
 * the in-memory store, and most callers run one process. A shared store (Redis,
 * a later issue) can implement this same interface as a write-through cache:
 * an async wrapper would first load the keys a document needs (its exact keys
 * and band values: all known before any lookup) with one pipelined round trip,
 * run the synchronous `add`, then flush the writes. Every method is keyed by
 * values computed from the input alone (ids, 64-bit keys, band values, paragraph
 * numbers), which is what makes that batching possible.
 */

import {DechromeError, OptionsError, describe} from '../errors.js'
import {textKey} from './normalize.js'

/**
 * A storage that cannot serve the index: it lacks a method, or answers with a
 * Promise where the index needs a value (an asynchronous store needs the
 * asynchronous path, which this version does not have yet).
 */
export class StorageError extends DechromeError {
  constructor(message: string, options?: {cause?: unknown}) {
    super('ERR_DECHROME_STORAGE', message, options)
    this.name = 'StorageError'
  }
}

const METHODS = [
  'documentCount', 'addDocument', 'hasDocument', 'findDocument', 'documentId', 'paragraphCount', 'addParagraph',
  'paragraphDocument', 'paragraphBlock', 'paragraphLine', 'paragraphLength', 'paragraphText', 'findExact',
  'addBands', 'findBand', 'bytes',
] as const

function isThenable(value: unknown): boolean {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as {then?: unknown}).then === 'function'
}

/**
 * Check that `storage` implements DedupStorage synchronously: every method is
 * present and none is an async function, and a first call answers with a value,
 * not a Promise. Throws StorageError naming what is wrong.
 */
export function checkStorage(storage: unknown): DedupStorage {
  if (storage === null || typeof storage !== 'object') throw new StorageError(`Expected \`storage\` to implement DedupStorage, got ${describe(storage)}`)
  const s = storage as Record<string, unknown>
  const missing = METHODS.filter((name) => typeof s[name] !== 'function')
  if (missing.length) throw new StorageError(`Expected \`storage\` to implement DedupStorage; it lacks ${missing.join(', ')}`)
  const async = METHODS.filter((name) => (s[name] as Function).constructor?.name === 'AsyncFunction')
  const count = (s.documentCount as () => unknown).call(storage)
  if (async.length || isThenable(count)) {
    throw new StorageError(`\`storage\` answers asynchronously (${async.length ? async.join(', ') : 'documentCount() returned a Promise'}); DedupStorage methods must return values, not Promises`)
  }
  if (typeof count !== 'number') throw new StorageError(`Expected \`storage.documentCount()\` to return a number, got ${describe(count)}`)
  return storage as DedupStorage
}

export interface DedupStorage {
  /** Number of documents added. */
  documentCount(): number
  /** Register a document id. Returns its number, or -1 when the id is already present. */
  addDocument(id: string): number
  /** Whether a document id is present. */
  hasDocument(id: string): boolean
  /** The number of a document id, or -1 when it is not present. */
  findDocument(id: string): number
  documentId(doc: number): string

  /** Number of paragraphs stored (originals only: duplicates are not stored). */
  paragraphCount(): number
  /**
   * Store a paragraph: its document, 0-based block, 1-based line (0 = unknown),
   * 64-bit exact key and normalized text. Returns its number; numbers are
   * consecutive from 0, in the order added. The key is registered when new.
   */
  addParagraph(doc: number, block: number, line: number, keyLo: number, keyHi: number, text: string): number
  paragraphDocument(paragraph: number): number
  paragraphBlock(paragraph: number): number
  /** 1-based line, or 0 when unknown. */
  paragraphLine(paragraph: number): number
  /** Length of the normalized text in UTF-16 code units (for the length-ratio bound, without reading the text). */
  paragraphLength(paragraph: number): number
  paragraphText(paragraph: number): string

  /** The first paragraph stored with this exact key, or -1. */
  findExact(keyLo: number, keyHi: number): number

  /** Index a paragraph under its band values (one per band; each value already encodes its band). */
  addBands(paragraph: number, values: Uint32Array): void
  /**
   * Paragraphs indexed under `value` in band `band`, oldest first, written to
   * `out` from `offset` (at most up to `out.length`). Returns the new end offset.
   */
  findBand(band: number, value: number, out: Int32Array, offset: number): number

  /** Bytes held: `total` includes `text` (the normalized paragraph texts and document ids). */
  bytes(): {total: number; text: number}
}

/** Bytes of a typed array's buffer (its capacity, which is what it costs). */
function size(a: ArrayBufferView): number {
  return a.byteLength
}

function grown<T extends Uint32Array | Int32Array | Uint8Array>(a: T, minLength: number): T {
  if (a.length >= minLength) return a
  let length = Math.max(16, a.length)
  while (length < minLength) length = Math.ceil(length * 1.5)
  const b = new (a.constructor as new (n: number) => T)(length)
  b.set(a)
  return b
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
/** Typed arrays are limited to 2^32 - 1 bytes of text; offsets are Uint32. */
const MAX_ARENA = 0xffffffff

/** Append-only UTF-8 byte arena: strings cost their UTF-8 bytes plus a 4-byte offset, not a JS string each. */
class TextArena {
  bytes = new Uint8Array(1024)
  /** starts[i] .. starts[i + 1] is string i. */
  starts = new Uint32Array(16)
  count = 0

  push(text: string): number {
    const at = this.starts[this.count]
    const need = at + text.length * 3
    if (need > this.bytes.length) {
      if (need > MAX_ARENA) throw new RangeError('dedup index text arena is full (4 GiB)')
      let length = this.bytes.length
      while (length < need) length = Math.min(MAX_ARENA, Math.ceil(length * 1.5))
      const b = new Uint8Array(length)
      b.set(this.bytes.subarray(0, at))
      this.bytes = b
    }
    const {written} = encoder.encodeInto(text, this.bytes.subarray(at))
    this.starts = grown(this.starts, this.count + 2)
    this.starts[this.count + 1] = at + written
    return this.count++
  }

  get(i: number): string {
    return decoder.decode(this.bytes.subarray(this.starts[i], this.starts[i + 1]))
  }

  used(): number {
    return this.starts[this.count]
  }
}

/** Open-addressing slots are grown (doubled) past this load. */
const MAX_LOAD = 0.7

export interface MemoryStorageOptions {
  /** Band values per paragraph (LSH bands). */
  bands: number
  /** At most this many paragraphs are kept per band value: beyond that a value is boilerplate, not evidence. */
  bucketCap: number
}

/** Raw arrays of a MemoryStorage, for snapshots. */
export interface MemoryStorageState {
  documents: number
  paragraphs: number
  idBytes: Uint8Array
  idStarts: Uint32Array
  paragraphDoc: Uint32Array
  paragraphBlock: Uint32Array
  paragraphLine: Uint32Array
  paragraphLength: Uint32Array
  keyLo: Uint32Array
  keyHi: Uint32Array
  banded: Uint8Array
  textBytes: Uint8Array
  textStarts: Uint32Array
  bandValues: Uint32Array
}

/**
 * The default store: struct-of-arrays in typed arrays, open-addressing tables
 * of Int32/Uint32 slots, UTF-8 arenas for text. No Map or string per paragraph.
 */
// Plain `private` rather than `#private` fields: some TypeScript runners lower
// `#private` to WeakMap lookups, which is slow in this hot path.
export class MemoryStorage implements DedupStorage {
  readonly bands: number
  readonly bucketCap: number
  private ids = new TextArena()
  private idKeyLo = new Uint32Array(16)
  private idKeyHi = new Uint32Array(16)
  /** Document slots: document number + 1, 0 = empty. */
  private idSlots = new Int32Array(64)
  private paragraphs = 0
  private doc = new Uint32Array(16)
  private block = new Uint32Array(16)
  private line = new Uint32Array(16)
  private length = new Uint32Array(16)
  private keyLo = new Uint32Array(16)
  private keyHi = new Uint32Array(16)
  /** 1 when the paragraph's band values are in the band table. */
  private banded = new Uint8Array(16)
  private texts = new TextArena()
  /** Exact slots: paragraph + 1, 0 = empty. Keys are read from keyLo/keyHi. */
  private exactSlots = new Int32Array(64)
  /** Band value of posting paragraph·bands + band. */
  private bandValues = new Uint32Array(16)
  /** Band slots: the posting. Values are read from bandValues, so the table can be rehashed. */
  private bandSlots = new Uint32Array(1024)
  /**
   * One byte per band slot: 0 = empty, else 8 bits of the value that the slot
   * position does not use. A probe reads only these bytes until one matches, so
   * a lookup in a table larger than the CPU caches costs one miss, not three.
   */
  private bandPrints = new Uint8Array(1024)
  private bandEntries = 0
  private keyScratch = new Uint32Array(1)

  constructor(options: MemoryStorageOptions) {
    if (options === null || typeof options !== 'object') throw new OptionsError(`Expected MemoryStorage options {bands, bucketCap}, got ${describe(options)}`)
    for (const name of ['bands', 'bucketCap'] as const) {
      const value = options[name]
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new OptionsError(`Expected MemoryStorage \`${name}\` to be a positive integer, got ${describe(value)}`)
    }
    this.bands = options.bands
    this.bucketCap = options.bucketCap
  }

  documentCount(): number {
    return this.ids.count
  }

  private probeDocument(id: string, lo: number, hi: number): number {
    const mask = this.idSlots.length - 1
    for (let i = lo & mask; ; i = (i + 1) & mask) {
      const slot = this.idSlots[i]
      if (slot === 0) return -1 - i
      const doc = slot - 1
      if (this.idKeyLo[doc] === lo && this.idKeyHi[doc] === hi && this.ids.get(doc) === id) return doc
    }
  }

  hasDocument(id: string): boolean {
    const lo = textKey(id, this.keyScratch)
    return this.probeDocument(id, lo, this.keyScratch[0]) >= 0
  }

  findDocument(id: string): number {
    const lo = textKey(id, this.keyScratch)
    const found = this.probeDocument(id, lo, this.keyScratch[0])
    return found >= 0 ? found : -1
  }

  addDocument(id: string): number {
    const lo = textKey(id, this.keyScratch)
    const hi = this.keyScratch[0]
    const found = this.probeDocument(id, lo, hi)
    if (found >= 0) return -1
    const doc = this.ids.push(id)
    this.idKeyLo = grown(this.idKeyLo, doc + 1)
    this.idKeyHi = grown(this.idKeyHi, doc + 1)
    this.idKeyLo[doc] = lo
    this.idKeyHi[doc] = hi
    this.idSlots[-1 - found] = doc + 1
    if (this.ids.count > this.idSlots.length * MAX_LOAD) this.rehashDocuments(this.idSlots.length * 2)
    return doc
  }

  private rehashDocuments(capacity: number): void {
    const slots = new Int32Array(capacity)
    const mask = capacity - 1
    for (let doc = 0; doc < this.ids.count; doc++) {
      let i = this.idKeyLo[doc] & mask
      while (slots[i] !== 0) i = (i + 1) & mask
      slots[i] = doc + 1
    }
    this.idSlots = slots
  }

  documentId(doc: number): string {
    return this.ids.get(doc)
  }

  paragraphCount(): number {
    return this.paragraphs
  }

  addParagraph(doc: number, block: number, line: number, keyLo: number, keyHi: number, text: string): number {
    const p = this.paragraphs
    const n = p + 1
    this.doc = grown(this.doc, n)
    this.block = grown(this.block, n)
    this.line = grown(this.line, n)
    this.length = grown(this.length, n)
    this.keyLo = grown(this.keyLo, n)
    this.keyHi = grown(this.keyHi, n)
    this.banded = grown(this.banded, n)
    this.bandValues = grown(this.bandValues, n * this.bands)
    this.doc[p] = doc
    this.block[p] = block
    this.line[p] = line
    this.length[p] = text.length
    this.keyLo[p] = keyLo
    this.keyHi[p] = keyHi
    this.texts.push(text)
    this.paragraphs = n
    this.insertExact(p)
    if (n > this.exactSlots.length * MAX_LOAD) this.rehashExact(this.exactSlots.length * 2)
    return p
  }

  /** Registers p unless its key is already present (the first paragraph owns a key). */
  private insertExact(p: number): void {
    const slots = this.exactSlots
    const mask = slots.length - 1
    const lo = this.keyLo[p]
    const hi = this.keyHi[p]
    for (let i = lo & mask; ; i = (i + 1) & mask) {
      const slot = slots[i]
      if (slot === 0) {
        slots[i] = p + 1
        return
      }
      if (this.keyLo[slot - 1] === lo && this.keyHi[slot - 1] === hi) return
    }
  }

  private rehashExact(capacity: number): void {
    this.exactSlots = new Int32Array(capacity)
    for (let p = 0; p < this.paragraphs; p++) this.insertExact(p)
  }

  paragraphDocument(p: number): number {
    return this.doc[p]
  }
  paragraphBlock(p: number): number {
    return this.block[p]
  }
  paragraphLine(p: number): number {
    return this.line[p]
  }
  paragraphLength(p: number): number {
    return this.length[p]
  }
  paragraphText(p: number): string {
    return this.texts.get(p)
  }

  findExact(keyLo: number, keyHi: number): number {
    const slots = this.exactSlots
    const mask = slots.length - 1
    for (let i = keyLo & mask; ; i = (i + 1) & mask) {
      const slot = slots[i]
      if (slot === 0) return -1
      if (this.keyLo[slot - 1] === keyLo && this.keyHi[slot - 1] === keyHi) return slot - 1
    }
  }

  addBands(p: number, values: Uint32Array): void {
    const bands = this.bands
    this.bandValues.set(values.subarray(0, bands), p * bands)
    this.banded[p] = 1
    for (let b = 0; b < bands; b++) this.insertPosting(p * bands + b)
    if (this.bandEntries > this.bandSlots.length * MAX_LOAD) this.rehashBands(this.bandSlots.length * 2)
  }

  /** Linear probing; a value already held by `bucketCap` paragraphs is not added again. */
  private insertPosting(posting: number): void {
    const prints = this.bandPrints
    const mask = prints.length - 1
    const values = this.bandValues
    const value = values[posting]
    const print = fingerprint(value)
    let same = 0
    for (let i = value & mask; ; i = (i + 1) & mask) {
      const at = prints[i]
      if (at === 0) {
        prints[i] = print
        this.bandSlots[i] = posting
        this.bandEntries++
        return
      }
      if (at === print && values[this.bandSlots[i]] === value && ++same >= this.bucketCap) return
    }
  }

  private rehashBands(capacity: number): void {
    this.bandSlots = new Uint32Array(capacity)
    this.bandPrints = new Uint8Array(capacity)
    this.bandEntries = 0
    // Re-inserting in posting order with the same cap rebuilds exactly the same
    // buckets, each oldest first.
    const bands = this.bands
    for (let p = 0; p < this.paragraphs; p++) {
      if (!this.banded[p]) continue
      for (let b = 0; b < bands; b++) this.insertPosting(p * bands + b)
    }
  }

  findBand(band: number, value: number, out: Int32Array, offset: number): number {
    const prints = this.bandPrints
    const mask = prints.length - 1
    const values = this.bandValues
    const bands = this.bands
    const print = fingerprint(value)
    let n = offset
    for (let i = value & mask; ; i = (i + 1) & mask) {
      const at = prints[i]
      if (at === 0) return n
      if (at !== print) continue
      const posting = this.bandSlots[i]
      if (values[posting] === value && posting % bands === band) {
        if (n >= out.length) return n
        out[n++] = (posting / bands) | 0
      }
    }
  }

  bytes(): {total: number; text: number} {
    const text = size(this.texts.bytes) + size(this.texts.starts) + size(this.ids.bytes) + size(this.ids.starts)
    const total =
      text +
      size(this.idKeyLo) + size(this.idKeyHi) + size(this.idSlots) +
      size(this.doc) + size(this.block) + size(this.line) + size(this.length) +
      size(this.keyLo) + size(this.keyHi) + size(this.banded) +
      size(this.exactSlots) + size(this.bandValues) + size(this.bandSlots) + size(this.bandPrints)
    return {total, text}
  }

  /** The arrays that define this store (trimmed to their used length), for snapshots. */
  exportState(): MemoryStorageState {
    const p = this.paragraphs
    const d = this.ids.count
    return {
      documents: d,
      paragraphs: p,
      idBytes: this.ids.bytes.subarray(0, this.ids.used()),
      idStarts: this.ids.starts.subarray(0, d + 1),
      paragraphDoc: this.doc.subarray(0, p),
      paragraphBlock: this.block.subarray(0, p),
      paragraphLine: this.line.subarray(0, p),
      paragraphLength: this.length.subarray(0, p),
      keyLo: this.keyLo.subarray(0, p),
      keyHi: this.keyHi.subarray(0, p),
      banded: this.banded.subarray(0, p),
      textBytes: this.texts.bytes.subarray(0, this.texts.used()),
      textStarts: this.texts.starts.subarray(0, p + 1),
      bandValues: this.bandValues.subarray(0, p * this.bands),
    }
  }

  /** Rebuild a store from exported arrays; the hash tables are rebuilt in the original insertion order. */
  static fromState(state: MemoryStorageState, options: MemoryStorageOptions): MemoryStorage {
    const s = new MemoryStorage(options)
    const d = state.documents
    const p = state.paragraphs
    s.ids.bytes = state.idBytes.slice()
    s.ids.starts = state.idStarts.slice()
    s.ids.count = d
    s.idKeyLo = new Uint32Array(Math.max(16, d))
    s.idKeyHi = new Uint32Array(Math.max(16, d))
    for (let doc = 0; doc < d; doc++) {
      s.idKeyLo[doc] = textKey(s.ids.get(doc), s.keyScratch)
      s.idKeyHi[doc] = s.keyScratch[0]
    }
    s.rehashDocuments(capacityFor(d))
    s.paragraphs = p
    s.doc = state.paragraphDoc.slice()
    s.block = state.paragraphBlock.slice()
    s.line = state.paragraphLine.slice()
    s.length = state.paragraphLength.slice()
    s.keyLo = state.keyLo.slice()
    s.keyHi = state.keyHi.slice()
    s.banded = state.banded.slice()
    s.texts.bytes = state.textBytes.slice()
    s.texts.starts = state.textStarts.slice()
    s.texts.count = p
    s.rehashExact(capacityFor(p))
    s.bandValues = state.bandValues.slice()
    let entries = 0
    for (let i = 0; i < p; i++) if (s.banded[i]) entries += s.bands
    s.rehashBands(Math.max(1024, capacityFor(entries)))
    return s
  }
}

/** 8 bits of a band value for the slot's fingerprint, never 0 (0 marks an empty slot). */
function fingerprint(value: number): number {
  return (value >>> 24) | 1
}

/** Smallest power of two (≥ 64) that holds n entries under MAX_LOAD. */
function capacityFor(n: number): number {
  let c = 64
  while (n > c * MAX_LOAD) c *= 2
  return c
}
