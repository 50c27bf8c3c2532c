/**
 * Cross-document paragraph dedup for syndicated news.
 *
 * Three tiers, cheapest first, for each block of a document:
 * 1. exact: a 64-bit key of the normalized text (NFKC, case, quotes, dashes,
 *    whitespace folded; digits kept);
 * 2. near: MinHash signature over 3-word shingles, banded LSH for candidates,
 *    then length, histogram and sentence-order bounds and a bounded
 *    Levenshtein (distance.ts) on the normalized texts;
 * 3. contained: every sentence of the block near-matches a sentence of one
 *    paragraph, or of two adjacent paragraphs, of one earlier document
 *    (re-paragraphed copies: merged or split paragraphs).
 *
 * The first document added owns a paragraph; later copies point at it.
 * Duplicates are not stored, so a flood of copies costs no memory and later
 * copies still point at the owner.
 *
 * Work is bounded, not only the number of checks: every edit distance is
 * banded and stops once the threshold cannot be met, and a document may spend
 * at most `maxEditCells` DP cells (a block a quarter of that).
 *
 * Redelivery: adding an id that is already in the index checks the document
 * again against what came before it, stores nothing, and so returns what the
 * first `add` returned (for the same blocks).
 */
import {InputError, UnsupportedError, describe} from '../errors.js'
import type {DuplicateRef} from '../types.js'
import {boundedLevenshtein, type EditWork} from './distance.js'
import {idProblem} from '../input.js'
import {bandValues, createMinHasher, type MinHasher} from './minhash.js'
import {countWords, createTokenBuffer, normalizeText, sentenceSpans, splitSentences, textKey, tokenize, type TokenBuffer} from './normalize.js'
import {DEDUP_DEFAULTS, validateDedupOptions, type DedupOptions, type DedupParameters, type ResolvedParameters} from './options.js'
import {splitLines} from '../text/normalize.js'
import {CURRENT, SharedView, exactKeyName, isShared, type IndexView, type SharedCommit, type SharedDedupStorage, type StoredResult} from './shared.js'
import {SnapshotError, decodeSnapshot, encodeSnapshot} from './snapshot.js'
import {MemoryStorage, StorageError, type DedupStorage} from './storage.js'

export type {DedupOptions, DedupParameters, ResolvedParameters} from './options.js'
export {DEDUP_DEFAULTS} from './options.js'
export type {DedupStorage, MemoryStorageOptions} from './storage.js'
export {MemoryStorage} from './storage.js'
export {StorageError} from './storage.js'
export {SnapshotError, type SnapshotProblem} from './snapshot.js'
export type {SharedCommit, SharedCommitAnswer, SharedDedupStorage, SharedLookup, SharedParagraph, SharedRecord, StoredResult} from './shared.js'
export {normalizeText} from './normalize.js'

export type DuplicateKind = 'exact' | 'near' | 'contained'

/** One block of an added document and what the index found for it. */
export interface DedupBlock {
  /** The block's text as given. */
  text: string
  /** 1-based line, when known (always for `{id, text}` input). */
  line?: number
  /** The earlier paragraph(s) this block repeats (two for a merge of two paragraphs), or null. */
  duplicateOf: DuplicateRef[] | null
  /** Edit similarity to what it repeats, 0 to 1 (1 for exact); 0 when not a duplicate. */
  similarity: number
  kind: DuplicateKind | null
  /**
   * Whether a caller that drops duplicates may drop this block: a duplicate with
   * at least `minWords` words. Short blocks are only ever flagged (when exact).
   */
  droppable: boolean
}

export interface DedupResult {
  id: string
  /** One entry per input block, in input order. */
  blocks: DedupBlock[]
  /** How many blocks are duplicates. */
  duplicates: number
  /**
   * How many blocks had their near and containment checks cut short by the
   * work budget (`maxEditCells`): they were compared against fewer candidates,
   * or by the exact tier only. 0 on real text.
   */
  budgetCut: number
}

export interface DedupStats {
  documents: number
  /** Paragraphs stored in the index (originals; duplicates are not stored). */
  paragraphs: number
  /** Bytes held by the index, text included. */
  bytes: number
  /** Of `bytes`, the normalized paragraph texts and document ids. */
  textBytes: number
  /** Edit-distance DP cells computed so far (the work `maxEditCells` bounds), over every `add`. */
  editCells: number
}

/** A block as `add` accepts it: a string, or an object with `text` (a `clean()` Block qualifies). */
export type DedupBlockInput = string | {text: string; line?: number; kept?: boolean}

/**
 * A document: `{id, text}` (one block per non-blank line), `{id, blocks}` with
 * strings or `{text, line?}` objects, or a `clean()` result with an id. Blocks
 * with `kept: false` (chrome the cleaner removed) are neither checked nor
 * stored, so that chrome never owns a paragraph; they still get an entry in
 * the result, to keep it aligned with the input. Without an id the index assigns `doc-N`.
 */
export type DedupInput = {id?: string | null; text: string} | {id?: string | null; blocks: readonly DedupBlockInput[]}

export interface Deduplicator {
  /**
   * Check a document's blocks against the index, then add its original
   * paragraphs. Throws InputError on bad input. An id already in the index
   * (a redelivery) is checked again and not stored: it returns what its first
   * `add` returned, never a duplicate of itself.
   */
  add(input: DedupInput): DedupResult
  /**
   * The same as `add`, for any store: the in-memory one answers synchronously
   * underneath; a shared one (`dechrome/redis`) resolves each document in two
   * batched round trips and commits it atomically. Many documents may be in
   * flight at once. A store failure rejects with StorageError: a block is never
   * silently treated as an original.
   */
  addAsync(input: DedupInput): Promise<DedupResult>
  /** Whether a document id was added. */
  has(id: string): boolean
  /** The index as bytes: versioned header, parameters, data, CRC-32. */
  snapshot(): Uint8Array
  stats(): DedupStats
  readonly parameters: Readonly<ResolvedParameters>
}

interface Block {
  text: string
  line?: number
  skip: boolean
}

/** A block as planned: its normalized text and every key the index will look up for it. */
interface BlockPlan {
  text: string
  keyLo: number
  keyHi: number
  /** Word count (0 when the near tier does not apply). */
  tokens: number
  /** Band values of the paragraph, or null when only the exact tier applies. */
  bands: Uint32Array | null
  /** Band values of each sentence (bands per sentence), when it has several and enough words. */
  sentenceBands: Uint32Array | null
  sentenceKeys: number[] | null
  sentenceLengths: number[] | null
  /**
   * Sentences whose bands and keys are not computed yet: the in-memory path
   * plans a block just before deciding it, and computes them only when needed
   * (from the signatures `sign` left in the index's buffers).
   */
  lazySentences: number
}

/** Commits retried after conflicts (another writer claimed a key first) before giving up. */
const MAX_ATTEMPTS = 8

function readInput(input: unknown): {id: string | null; blocks: Block[]} {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError(`Expected the document to be {id, text} or {id, blocks}, got ${describe(input)}`)
  }
  const o = input as Record<string, unknown>
  let id: string | null = null
  if (o.id !== undefined && o.id !== null) {
    const problem = idProblem(o.id)
    if (problem) throw new InputError(problem)
    id = o.id as string
  }
  const blocks: Block[] = []
  if (Array.isArray(o.blocks)) {
    o.blocks.forEach((b: unknown, i: number) => {
      if (typeof b === 'string') blocks.push({text: b, skip: false})
      else if (b !== null && typeof b === 'object' && typeof (b as {text?: unknown}).text === 'string') {
        const {text, line, kept} = b as {text: string; line?: unknown; kept?: unknown}
        if (line !== undefined && line !== null && !(typeof line === 'number' && Number.isInteger(line) && line > 0)) {
          throw new InputError(`Expected \`blocks[${i}].line\` to be a positive integer, got ${describe(line)}`)
        }
        blocks.push({text, line: typeof line === 'number' ? line : undefined, skip: kept === false})
      } else {
        throw new InputError(`Expected \`blocks[${i}]\` to be a string or {text, line?}, got ${describe(b)}`)
      }
    })
  } else if (typeof o.text === 'string') {
    for (const {text, line} of splitLines(o.text).lines) blocks.push({text, line, skip: false})
  } else if ('blocks' in o) {
    throw new InputError(`Expected \`blocks\` to be an array, got ${describe(o.blocks)}`)
  } else {
    throw new InputError(`Expected \`text\` to be a string, got ${describe(o.text)}`)
  }
  return {id, blocks}
}

/** Candidates gathered from band lookups, with how many bands each shared. Reused across blocks. */
class Candidates {
  readonly ids: Int32Array
  readonly hits: Int32Array
  length = 0
  constructor(capacity: number) {
    this.ids = new Int32Array(capacity)
    this.hits = new Int32Array(capacity)
  }
  add(p: number): void {
    for (let i = 0; i < this.length; i++) {
      if (this.ids[i] === p) {
        this.hits[i]++
        return
      }
    }
    if (this.length === this.ids.length) return
    this.ids[this.length] = p
    this.hits[this.length++] = 1
  }
  /** Most shared bands first, then oldest first: deterministic. */
  ranked(): number[] {
    const order: number[] = []
    for (let i = 0; i < this.length; i++) order.push(i)
    order.sort((a, b) => this.hits[b] - this.hits[a] || this.ids[a] - this.ids[b])
    return order.map((i) => this.ids[i])
  }
}

/** Character classes for the histogram bound; merging characters into bins keeps the bound valid, only looser. */
const HISTOGRAM_BINS = 64

function charHistogram(text: string, out: Int32Array): Int32Array {
  out.fill(0)
  for (let i = 0; i < text.length; i++) out[text.charCodeAt(i) & (HISTOGRAM_BINS - 1)]++
  return out
}

/**
 * Whether `other` could be within edit similarity of `text` (histogram `counts`):
 * every edit removes at most one character and adds at most one, so Levenshtein
 * is at least the larger of the surplus and the deficit between the histograms.
 * `maxEdits` is (1 - threshold) × the longer length. O(length), where Levenshtein is quadratic.
 */
function mayReach(counts: Int32Array, other: string, maxEdits: number, scratch: Int32Array): boolean {
  return histogramsMayReach(counts, charHistogram(other, scratch), maxEdits)
}

function histogramsMayReach(counts: Int32Array, other: Int32Array, maxEdits: number): boolean {
  let surplus = 0
  let deficit = 0
  for (let i = 0; i < HISTOGRAM_BINS; i++) {
    const d = counts[i] - other[i]
    if (d > 0) surplus += d
    else deficit -= d
  }
  return Math.max(surplus, deficit) <= maxEdits + 1e-9
}

/**
 * Edit similarity, exact, for reporting a match already made: the bound
 * doubles until the distance is found, so near-identical texts cost a narrow band.
 */
function similarity(a: string, b: string, work: EditWork): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  for (let k = 64; ; k *= 2) {
    const distance = boundedLevenshtein(a, b, Math.min(k, longer), work)
    if (distance >= 0) return 1 - distance / longer
  }
}

/** An upper bound on the DP cells boundedLevenshtein spends on lengths m, n with bound k. */
function cellBound(m: number, n: number, k: number): number {
  const shorter = Math.min(m, n)
  const longer = Math.max(m, n)
  return longer * Math.min(shorter + 31, 2 * k + 96)
}

/**
 * The sentence-order test, for paragraphs of several sentences: sentences of
 * `sentences` (keys and lengths) that also occur in `other` but out of order
 * must be moved, which costs about their length in edits. Returns the
 * characters in shared sentences outside the longest in-order run (weighted by
 * length). An estimate, not a bound: it serves to skip what is reordered, not
 * edited (paragraphs that are permutations of the same sentences).
 */
function outOfOrderChars(keys: readonly number[], lengths: readonly number[], other: string, spans: number[], key: Uint32Array): number {
  const count = sentenceSpans(other, spans)
  if (count < 2 || keys.length < 2) return 0
  const where = new Map<number, number[]>()
  for (let s = 0; s < count; s++) {
    const k = textKey(other.slice(spans[2 * s], spans[2 * s + 1]), key) ^ Math.imul(key[0], 0x9e3779b1)
    const list = where.get(k)
    if (list) list.push(s)
    else where.set(k, [s])
  }
  // Shared sentences in this text's order, as positions in `other`: each sentence's
  // positions listed last first, so that an increasing run takes at most one of them
  // (the heaviest increasing subsequence is then the weighted LCS of the two sequences).
  const at: number[] = []
  const weight: number[] = []
  const used = new Map<number, number>()
  let shared = 0
  for (let s = 0; s < keys.length; s++) {
    const list = where.get(keys[s])
    if (!list) continue
    const n = used.get(keys[s]) ?? 0
    if (n < list.length) {
      used.set(keys[s], n + 1)
      shared += lengths[s]
    }
    for (let j = list.length - 1; j >= 0; j--) {
      at.push(list[j])
      weight.push(lengths[s])
    }
  }
  if (at.length < 2 || at.length > 512) return 0
  // Heaviest increasing subsequence, O(s²) on at most 512 entries.
  const best = new Float64Array(at.length)
  let top = 0
  for (let i = 0; i < at.length; i++) {
    let b = 0
    for (let j = 0; j < i; j++) if (at[j] < at[i] && best[j] > b) b = best[j]
    best[i] = b + weight[i]
    if (best[i] > top) top = best[i]
  }
  return shared - top
}

/** What a shared store keeps of a result: the duplicate blocks only (originals are the rest). */
function stored(result: DedupResult): StoredResult {
  const duplicates: StoredResult['duplicates'] = []
  result.blocks.forEach((b, i) => {
    if (b.duplicateOf && b.kind) duplicates.push([i, b.duplicateOf, b.similarity, b.kind, b.droppable])
  })
  return {duplicates, budgetCut: result.budgetCut}
}

/** A redelivered document's result, rebuilt from its blocks and what the store kept. */
function restore(id: string, blocks: readonly Block[], kept: StoredResult): DedupResult {
  const out: DedupBlock[] = blocks.map((block) => {
    const result: DedupBlock = {text: block.text, duplicateOf: null, similarity: 0, kind: null, droppable: false}
    if (block.line !== undefined) result.line = block.line
    return result
  })
  for (const [i, refs, similarity, kind, droppable] of kept.duplicates) {
    if (!out[i]) continue
    Object.assign(out[i], {duplicateOf: refs, similarity, kind, droppable})
  }
  return {id, blocks: out, duplicates: kept.duplicates.length, budgetCut: kept.budgetCut}
}

/** Create a dedup index. The caller owns it; nothing is shared between indexes. */
export function createDeduplicator(options?: DedupOptions): Deduplicator {
  const {given, snapshot, storage: givenStorage, shared: givenShared} = validateDedupOptions(options)
  let params: ResolvedParameters
  let storage: DedupStorage
  if (snapshot) {
    const decoded = decodeSnapshot(snapshot)
    let stored: ReturnType<typeof validateDedupOptions>
    try {
      stored = validateDedupOptions(decoded.params)
    } catch (cause) {
      throw new SnapshotError('corrupt', 'Corrupt dedup snapshot: invalid parameters', {cause})
    }
    params = {...DEDUP_DEFAULTS, ...stored.given}
    for (const [key, value] of Object.entries(given)) {
      const had = params[key as keyof ResolvedParameters]
      if (had !== value) {
        throw new SnapshotError('parameters', `Dedup snapshot was built with ${key} = ${had}, but the options ask for ${key} = ${value}`)
      }
    }
    if (decoded.bands !== params.bands) throw new SnapshotError('corrupt', `Corrupt dedup snapshot: ${decoded.bands} bands stored, parameters say ${params.bands}`)
    storage = MemoryStorage.fromState(decoded.state, {bands: params.bands, bucketCap: params.bucketCap})
  } else {
    params = {...DEDUP_DEFAULTS, ...given}
    if (givenShared) return new Index(Object.freeze(params), givenShared)
    storage = givenStorage ?? new MemoryStorage({bands: params.bands, bucketCap: params.bucketCap})
  }
  return new Index(Object.freeze(params), storage)
}

// Plain `private` rather than `#private` fields: some TypeScript runners lower
// `#private` to WeakMap lookups, which costs a third of the time in this hot path.
class Index implements Deduplicator {
  readonly parameters: Readonly<ResolvedParameters>
  private readonly storage: DedupStorage | null
  private readonly shared: SharedDedupStorage | null
  /**
   * What the decision code reads and writes for the current document: the
   * in-memory store itself, or a document's view of a shared store (its
   * resolved keys and records, plus the writes to commit).
   */
  private view: IndexView
  private readonly hasher: MinHasher
  private readonly tokens: TokenBuffer = createTokenBuffer()
  private readonly signature: Uint32Array
  /** Signatures of the sentences of the current block, k values each. */
  private sentenceSignatures: Uint32Array
  private readonly found: Int32Array
  private readonly candidates: Candidates
  private readonly spans: number[] = []
  private readonly key = new Uint32Array(1)
  private readonly scratch = new Int32Array(HISTOGRAM_BINS)
  /** Edit-distance cells computed, over every add. */
  private readonly work: EditWork = {cells: 0}
  /** Cells at which the current document's and block's budgets run out. */
  private documentLimit = 0
  private blockLimit = 0
  private cut = false
  private opened: Promise<void> | null = null
  /** Exact keys and lengths of the current block's sentences, for the sentence-order test. */
  /** The block being checked (its sentence keys are computed when the sentence-order test first needs them). */
  private currentPlan: BlockPlan | null = null
  private readonly otherSpans: number[] = []

  constructor(params: Readonly<ResolvedParameters>, storage: DedupStorage | SharedDedupStorage) {
    this.parameters = params
    this.shared = isShared(storage) ? storage : null
    this.storage = isShared(storage) ? null : storage
    this.view = this.storage ?? new SharedView('')
    const k = params.bands * params.rows
    this.hasher = createMinHasher(params.shingle, k, params.seed)
    this.signature = new Uint32Array(k)
    this.sentenceSignatures = new Uint32Array(k * 16)
    this.found = new Int32Array(params.bucketCap)
    this.candidates = new Candidates(params.bands * params.bucketCap * 4)
  }

  has(id: string): boolean {
    if (this.shared) throw new UnsupportedError('dedup.has() needs the in-memory store; a shared store answers through addAsync()')
    return typeof id === 'string' && this.storage!.hasDocument(id)
  }

  add(input: DedupInput): DedupResult {
    const storage = this.storage
    if (!storage) throw new UnsupportedError('This index is on a shared store, which answers asynchronously: use `await dedup.addAsync(doc)`')
    const {id: givenId, blocks} = readInput(input)
    this.view = storage
    let id = givenId
    if (id === null) {
      let n = storage.documentCount() + 1
      while (storage.hasDocument(`doc-${n}`)) n++
      id = `doc-${n}`
    }
    // A redelivered id is checked against the documents before it, as the first
    // time, and nothing is stored again.
    let doc = storage.findDocument(id)
    const store = doc < 0
    if (store) doc = storage.addDocument(id)
    // Each block is planned just before it is decided (its sentence data is then still in the buffers).
    return this.decide(id, doc, blocks, (i) => (blocks[i].skip ? null : this.plan(normalizeText(blocks[i].text), false)), store)
  }

  async addAsync(input: DedupInput): Promise<DedupResult> {
    const shared = this.shared
    if (!shared) return this.add(input)
    const {id, blocks} = readInput(input)
    // Numbering documents `doc-N` would race between processes.
    if (id === null) throw new InputError('A shared dedup index needs an `id` for every document')
    const params = this.parameters
    // Checked once per index; a failed check (Redis down at start) is tried again next time.
    if (!this.opened) this.opened = shared.open({...params}).catch((error: unknown) => {
      this.opened = null
      throw error
    })
    await this.opened
    const plans = blocks.map((b) => (b.skip ? null : this.plan(normalizeText(b.text), true)))
    const exact = new Set<string>()
    const bands = new Set<number>()
    for (const plan of plans) {
      if (!plan) continue
      exact.add(exactKeyName(plan.keyLo, plan.keyHi))
      if (plan.bands && plan.tokens >= params.minWords) {
        for (const v of plan.bands) bands.add(v)
        if (plan.sentenceBands) for (const v of plan.sentenceBands) bands.add(v)
      }
    }
    const exactKeys = [...exact]
    const bandValues = [...bands]
    // Decided against an empty index first: when the store finds nothing, this is the answer, written in the same step.
    let hopeful: {result: DedupResult; commit: SharedCommit} | null = this.hopeful(id, blocks, plans, exactKeys)
    for (let attempt = 1; ; attempt++) {
      const found = await shared.lookup({id, exact: exactKeys, bands: bandValues, bucketCap: params.bucketCap, commit: hopeful?.commit})
      if (found.result) return restore(id, blocks, found.result)
      if (found.committed && hopeful) return hopeful.result
      hopeful = null
      const view = new SharedView(id)
      view.resolve(exactKeys, bandValues, found)
      if (found.records) view.addRecords([...found.records.keys()], [...found.records.values()])
      const wanted = this.wanted(view, plans, found.exact)
      if (wanted.length) view.addRecords(wanted, await shared.records(wanted))
      this.view = view
      const result = this.decide(id, CURRENT, blocks, (i) => plans[i], true)
      // The buckets this document's originals go into, as seen: a paragraph committed
      // there meanwhile would have been a candidate, so the commit must fail and retry.
      // (Buckets probed only by sentences are not checked: a merge racing its sources
      // may stay an original; copies of one paragraph always share paragraph bands.)
      const observed: {value: number; length: number}[] = []
      const checked = new Set<number>()
      for (const paragraph of view.pending) {
        for (const value of paragraph.bands ?? []) {
          const length = view.bucket(value).length
          // Only buckets that were looked up (short paragraphs are written, never probed).
          if (bands.has(value) && length < params.bucketCap && !checked.has(value)) {
            checked.add(value)
            observed.push({value, length})
          }
        }
      }
      const claims = exactKeys.filter((_, i) => found.exact[i] === null || found.exact[i] === undefined)
      const answer = await shared.commit({id, result: stored(result), paragraphs: view.pending, claims, observed, bucketCap: params.bucketCap})
      if (answer.status === 'ok') return result
      if (answer.status === 'redelivered') return restore(id, blocks, answer.result)
      if (attempt >= MAX_ATTEMPTS) throw new StorageError(`Document ${JSON.stringify(id)}: other writers kept claiming its keys first (${attempt} attempts)`)
    }
  }

  /** A document decided against an empty view, and the commit that writes it if the store is indeed empty for it. */
  private hopeful(id: string, blocks: readonly Block[], plans: readonly (BlockPlan | null)[], exactKeys: readonly string[]): {result: DedupResult; commit: SharedCommit} {
    const view = new SharedView(id)
    this.view = view
    const result = this.decide(id, CURRENT, blocks, (i) => plans[i], true)
    return {result, commit: {id, result: stored(result), paragraphs: view.pending, claims: [...exactKeys], observed: [], bucketCap: this.parameters.bucketCap}}
  }

  /**
   * The records a view needs before deciding: exact owners (to compare texts),
   * the candidates each block will confirm, and their neighbours (containment).
   */
  private wanted(view: SharedView, plans: readonly (BlockPlan | null)[], owners: readonly (number | null)[]): number[] {
    const want = new Set<number>()
    for (const p of owners) if (p !== null && p !== undefined) want.add(p)
    this.view = view
    const limit = this.parameters.maxCandidates
    // With no records yet, every candidate counts as another document's (CURRENT is after all).
    const lists = plans.map((plan) => (plan && plan.bands && plan.tokens >= this.parameters.minWords ? this.candidateListsResolved(view, plan) : null))
    for (const lists1 of lists) {
      if (!lists1) continue
      // Every candidate: collecting them reads each one's document (only earlier
      // documents count), not only the `maxCandidates` confirmed.
      const {all} = lists1
      for (const p of all) want.add(p)
      // Containment reads the neighbours of the candidates it tries.
      for (const p of all.slice(0, limit)) {
        if (p > 0) want.add(p - 1)
        want.add(p + 1)
      }
    }
    return [...want].filter((p) => !view.has(p))
  }

  /** candidateLists without reading records: a view's postings are all other documents'. */
  private candidateListsResolved(view: SharedView, plan: BlockPlan): {first: number[]; all: number[]} {
    const candidates = this.candidates
    candidates.length = 0
    const add = (values: Uint32Array) => {
      for (let b = 0; b < values.length; b++) {
        const n = view.findBand(b, values[b], this.found, 0)
        for (let i = 0; i < n; i++) candidates.add(this.found[i])
      }
    }
    add(plan.bands!)
    const first = candidates.ranked()
    if (!plan.sentenceBands) return {first, all: first}
    const bands = this.parameters.bands
    for (let at = 0; at < plan.sentenceBands.length; at += bands) add(plan.sentenceBands.subarray(at, at + bands))
    return {first, all: candidates.ranked()}
  }

  /**
   * Decide every block of a document against the current view, in order:
   * originals are written to the view (`store`) as they are found, so a later
   * block of the same document sees them.
   */
  private decide(id: string, doc: number, blocks: readonly Block[], planOf: (block: number) => BlockPlan | null, store: boolean): DedupResult {
    this.documentLimit = this.work.cells + this.parameters.maxEditCells
    const out: DedupBlock[] = []
    let duplicates = 0
    let budgetCut = 0
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      const result: DedupBlock = {text: block.text, duplicateOf: null, similarity: 0, kind: null, droppable: false}
      if (block.line !== undefined) result.line = block.line
      out.push(result)
      const plan = planOf(i)
      if (!plan) continue
      this.cut = false
      const found = this.check(doc, i, block.line ?? 0, plan, store)
      if (this.cut) budgetCut++
      if (found) {
        result.duplicateOf = found.refs
        result.similarity = found.similarity
        result.kind = found.kind
        result.droppable = found.droppable
        duplicates++
      }
    }
    return {id, blocks: out, duplicates, budgetCut}
  }

  /**
   * Signatures of each sentence (shingles do not cross sentence boundaries), and
   * of the paragraph as their element-wise minimum. Returns the sentence count.
   */
  private sign(text: string, tokens: TokenBuffer): number {
    const k = this.signature.length
    const sentences = sentenceSpans(text, this.spans)
    if (this.sentenceSignatures.length < sentences * k) this.sentenceSignatures = new Uint32Array(sentences * k * 2)
    const all = this.sentenceSignatures
    const paragraph = this.signature.fill(0xffffffff)
    let t = 0
    for (let s = 0; s < sentences; s++) {
      const end = this.spans[2 * s + 1]
      const from = t
      while (t < tokens.length && tokens.starts[t] < end) t++
      all.fill(0xffffffff, s * k, s * k + k)
      this.hasher.signature(tokens.hashes, from, t, all, s * k)
      for (let i = 0; i < k; i++) if (all[s * k + i] < paragraph[i]) paragraph[i] = all[s * k + i]
    }
    return sentences
  }

  /**
   * Whether `cells` more edit-distance cells fit in the block's and the
   * document's budgets; when not, the block is marked as cut short.
   */
  private afford(cells: number): boolean {
    const at = this.work.cells + cells
    if (at <= this.blockLimit && at <= this.documentLimit) return true
    this.cut = true
    return false
  }

  /**
   * Plan a block: everything computed from its text alone, including every key
   * the index will look up (exact key, band values of the paragraph and of each
   * sentence), so that a shared store can resolve them in one batch.
   */
  private plan(text: string, eager: boolean): BlockPlan | null {
    if (text.length === 0) return null
    const params = this.parameters
    const keyLo = textKey(text, this.key)
    const plan: BlockPlan = {text, keyLo, keyHi: this.key[0], tokens: 0, bands: null, sentenceBands: null, sentenceKeys: null, sentenceLengths: null, lazySentences: 0}
    if (!params.near || text.length > params.maxEditChars) return plan
    const tokens = tokenize(text, this.tokens)
    const sentences = this.sign(text, tokens)
    plan.tokens = tokens.length
    plan.bands = new Uint32Array(params.bands)
    bandValues(this.signature, params.bands, params.rows, plan.bands)
    if (tokens.length < params.minWords || sentences < 2) return plan
    if (!eager) {
      plan.lazySentences = sentences
      return plan
    }
    this.planSentences(plan, sentences)
    return plan
  }

  /** Sentence band values and keys of the block `sign` last saw. */
  private planSentences(plan: BlockPlan, sentences: number): void {
    const params = this.parameters
    const text = plan.text
    plan.lazySentences = 0
    const k = this.signature.length
    plan.sentenceBands = new Uint32Array(sentences * params.bands)
    for (let s = 0; s < sentences; s++) {
      bandValues(this.sentenceSignatures.subarray(s * k, s * k + k), params.bands, params.rows, plan.sentenceBands.subarray(s * params.bands, (s + 1) * params.bands))
    }
    plan.sentenceKeys = []
    plan.sentenceLengths = []
    for (let s = 0; s < sentences; s++) {
      const from = this.spans[2 * s]
      const to = this.spans[2 * s + 1]
      plan.sentenceKeys.push(textKey(text.slice(from, to), this.key) ^ Math.imul(this.key[0], 0x9e3779b1))
      plan.sentenceLengths.push(to - from)
    }
  }

  /** Candidates of a planned block from the view, by the paragraph's bands. */
  private firstCandidates(doc: number, plan: BlockPlan): number[] {
    this.candidates.length = 0
    this.collect(doc, plan.bands!, this.candidates)
    return this.candidates.ranked()
  }

  /** After firstCandidates: with its sentences' bands too (finds the source paragraphs of a merge). */
  private allCandidates(doc: number, plan: BlockPlan, first: number[]): number[] {
    if (plan.lazySentences) this.planSentences(plan, plan.lazySentences)
    if (!plan.sentenceBands) return first
    const bands = this.parameters.bands
    for (let at = 0; at < plan.sentenceBands.length; at += bands) this.collect(doc, plan.sentenceBands.subarray(at, at + bands), this.candidates)
    return this.candidates.ranked()
  }

  /** Check one block against paragraphs of earlier documents; stores it when it is an original and `store` is set. */
  private check(doc: number, block: number, line: number, plan: BlockPlan, store: boolean): {refs: DuplicateRef[]; similarity: number; kind: DuplicateKind; droppable: boolean} | null {
    const storage = this.view
    const params = this.parameters
    const {text, keyLo, keyHi} = plan
    const exact = storage.findExact(keyLo, keyHi)
    if (exact >= 0 && storage.paragraphText(exact) === text) {
      // A repeat inside the same document is not a duplicate, and is already stored.
      if (storage.paragraphDocument(exact) === doc) return null
      // (On a redelivery with changed blocks, a later document may own the text: still a duplicate.)
      return {refs: [this.ref(exact)], similarity: 1, kind: 'exact', droppable: countWords(text) >= params.minWords}
    }
    if (!plan.bands) {
      if (store) storage.addParagraph(doc, block, line, keyLo, keyHi, text)
      return null
    }
    this.blockLimit = this.work.cells + Math.floor(params.maxEditCells / 4)
    if (plan.tokens >= params.minWords) {
      this.currentPlan = plan
      const first = this.firstCandidates(doc, plan)
      const best = this.confirmNear(text, first)
      if (best) return {refs: [this.ref(best.paragraph)], similarity: best.similarity, kind: 'near', droppable: true}
      const all = this.allCandidates(doc, plan, first)
      const seen = new Set(first.slice(0, params.maxCandidates))
      const more = this.confirmNear(text, all.filter((p) => !seen.has(p)))
      if (more) return {refs: [this.ref(more.paragraph)], similarity: more.similarity, kind: 'near', droppable: true}
      if (all.length > 0) {
        const contained = this.contained(text, all)
        if (contained) return {refs: contained.paragraphs.map((p) => this.ref(p)), similarity: contained.similarity, kind: 'contained', droppable: true}
      }
    }
    if (!store) return null
    const p = storage.addParagraph(doc, block, line, keyLo, keyHi, text)
    if (plan.tokens >= params.shingle) storage.addBands(p, plan.bands)
    return null
  }

  private collect(doc: number, values: Uint32Array, candidates: Candidates): void {
    const storage = this.view
    for (let b = 0; b < values.length; b++) {
      const n = storage.findBand(b, values[b], this.found, 0)
      for (let i = 0; i < n; i++) {
        const p = this.found[i]
        // Only documents added before this one: the same answer on a redelivery.
        if (storage.paragraphDocument(p) < doc) candidates.add(p)
      }
    }
  }

  private confirmNear(text: string, ranked: number[]): {paragraph: number; similarity: number} | null {
    const storage = this.view
    const {nearThreshold, maxCandidates, maxEditChars} = this.parameters
    let best: {paragraph: number; similarity: number} | null = null
    const limit = Math.min(ranked.length, maxCandidates)
    let histogram: Int32Array | null = null
    for (let i = 0; i < limit; i++) {
      const p = ranked[i]
      const length = storage.paragraphLength(p)
      // Levenshtein is at least the length difference: skip what cannot reach the threshold.
      if (Math.min(length, text.length) < nearThreshold * Math.max(length, text.length) || length > maxEditChars) continue
      const other = storage.paragraphText(p)
      const longer = Math.max(length, text.length)
      histogram ??= charHistogram(text, new Int32Array(HISTOGRAM_BINS))
      if (!mayReach(histogram, other, (1 - nearThreshold) * longer, this.scratch)) continue
      // The band is a little wider than the threshold; the threshold test below decides, as it always did.
      const maxEdits = Math.ceil((1 - nearThreshold) * longer) + 1
      const plan = this.currentPlan!
      if (plan.lazySentences) this.planSentences(plan, plan.lazySentences)
      if (plan.sentenceKeys && outOfOrderChars(plan.sentenceKeys, plan.sentenceLengths!, other, this.otherSpans, this.key) > maxEdits) continue
      if (!this.afford(cellBound(text.length, length, maxEdits))) break
      const distance = boundedLevenshtein(text, other, maxEdits, this.work)
      if (distance < 0) continue
      const sim = 1 - distance / longer
      if (sim >= nearThreshold && (!best || sim > best.similarity)) best = {paragraph: p, similarity: sim}
    }
    return best
  }

  /**
   * Every sentence of `text` near-matches a sentence of paragraph p, or of p and
   * an adjacent paragraph of the same document (p - 1 or p + 1), for some candidate p.
   */
  private contained(text: string, ranked: number[]): {paragraphs: number[]; similarity: number} | null {
    const storage = this.view
    const {sentenceThreshold, maxCandidates, maxEditChars} = this.parameters
    const limit = Math.min(ranked.length, maxCandidates)
    const count = storage.paragraphCount()
    const sentences = splitSentences(text)
    const histograms = sentences.map((s) => charHistogram(s, new Int32Array(HISTOGRAM_BINS)))
    for (let c = 0; c < limit; c++) {
      const p = ranked[c]
      const doc = storage.paragraphDocument(p)
      const window: number[] = []
      if (p > 0 && storage.paragraphDocument(p - 1) === doc) window.push(p - 1)
      window.push(p)
      if (p + 1 < count && storage.paragraphDocument(p + 1) === doc) window.push(p + 1)
      let chars = 0
      for (const q of window) chars += storage.paragraphLength(q)
      if (chars > 3 * maxEditChars) continue
      const targets = window.map((q) => splitSentences(storage.paragraphText(q)))
      // Histograms of target sentences, computed when first needed.
      const targetHistograms: (Int32Array | undefined)[][] = targets.map(() => [])
      // best[s][w]: the best matching sentence of window paragraph w for sentence s, or -1.
      // Sentences are tried in order and the candidate is dropped at the first one
      // that matches nothing: unrelated candidates cost one sentence.
      const best: number[][] = []
      for (let s = 0; s < sentences.length; s++) {
        const sentence = sentences[s]
        const row = targets.map((list, w) => {
          // The first identical sentence is always the best match: found without an edit distance.
          const same = list.indexOf(sentence)
          if (same >= 0) return same
          let found = -1
          let top = sentenceThreshold
          for (let t = 0; t < list.length; t++) {
            const other = list[t]
            const longer = Math.max(sentence.length, other.length)
            if (Math.min(sentence.length, other.length) < sentenceThreshold * longer) continue
            const histogram = (targetHistograms[w][t] ??= charHistogram(other, new Int32Array(HISTOGRAM_BINS)))
            if (!histogramsMayReach(histograms[s], histogram, (1 - sentenceThreshold) * longer)) continue
            const maxEdits = Math.ceil((1 - sentenceThreshold) * longer) + 1
            if (!this.afford(cellBound(sentence.length, other.length, maxEdits))) continue
            const distance = boundedLevenshtein(sentence, other, maxEdits, this.work)
            if (distance < 0) continue
            const sim = 1 - distance / longer
            if (sim >= top && (found < 0 || sim > top)) {
              top = sim
              found = t
            }
          }
          return found
        })
        if (row.every((t) => t < 0)) break
        best.push(row)
      }
      if (best.length < sentences.length) continue
      const at = window.indexOf(p)
      const options = [[at], [at - 1, at], [at, at + 1]].filter((o) => o.every((w) => w >= 0 && w < window.length))
      for (const option of options) {
        const used = new Set<number>()
        const matched: string[] = []
        let ok = true
        for (let s = 0; s < sentences.length && ok; s++) {
          const w = option.find((w) => best[s][w] >= 0)
          if (w === undefined) ok = false
          else {
            used.add(window[w])
            matched.push(targets[w][best[s][w]])
          }
        }
        if (ok && used.has(p)) {
          return {paragraphs: [...used].sort((a, b) => a - b), similarity: similarity(text, matched.join(' '), this.work)}
        }
      }
    }
    return null
  }

  private ref(p: number): DuplicateRef {
    const storage = this.view
    const ref: DuplicateRef = {id: storage.documentId(storage.paragraphDocument(p)), block: storage.paragraphBlock(p)}
    const line = storage.paragraphLine(p)
    if (line > 0) ref.line = line
    return ref
  }

  snapshot(): Uint8Array {
    if (!(this.storage instanceof MemoryStorage)) {
      throw new UnsupportedError('dedup.snapshot() needs the in-memory store; a shared store persists itself')
    }
    return encodeSnapshot({...this.parameters}, this.storage.exportState(), this.parameters.bands)
  }

  stats(): DedupStats {
    if (!this.storage) throw new UnsupportedError('dedup.stats() needs the in-memory store; ask the shared store (for Redis: INFO memory)')
    const bytes = this.storage.bytes()
    return {documents: this.storage.documentCount(), paragraphs: this.storage.paragraphCount(), bytes: bytes.total, textBytes: bytes.text, editCells: this.work.cells}
  }
}
