import {OptionsError, describe} from '../errors.js'
import {isShared, type SharedDedupStorage} from './shared.js'
import {checkStorage, type DedupStorage} from './storage.js'

/** Parameters of a dedup index. All are optional; the defaults are tuned on bench/dedup.ts. */
export interface DedupParameters {
  /**
   * Words per shingle. Default 3. Three-word shingles rarely repeat between
   * unrelated paragraphs (so LSH candidates stay few even on one-topic news
   * streams), while one edited word breaks only three of a paragraph's shingles.
   */
  shingle?: number
  /**
   * LSH bands. Default 12 (with `rows` 2, a signature of k = 24 MinHash values).
   * A pair with shingle Jaccard J becomes a candidate with probability
   * 1 - (1 - J^rows)^bands: 0.97 at J = 0.5, 0.996 at J = 0.6, 0.9999 at J = 0.7,
   * while unrelated paragraphs (J < 0.05) almost never collide. Each band costs
   * 11–18 bytes per paragraph (a 4-byte value, plus a 4-byte slot and a 1-byte
   * fingerprint at 35–70 % table load), which is what caps it: 12 bands keep the
   * index at about 180 B/paragraph at 1 M paragraphs (bench/dedup.ts), under 200.
   */
  bands?: number
  /** MinHash values per band. Default 2: see `bands`. More rows cut candidates but lose edited short paragraphs. */
  rows?: number
  /** Seed of the MinHash functions. Default 0x5eed. Part of the index: a snapshot only loads with the same seed. */
  seed?: number
  /**
   * Near tier: the edit similarity (1 - Levenshtein / longer length, on normalized
   * text) a candidate must reach to count as a duplicate. Default 0.8: the
   * syndication edits seen (a title expanded, a typo fixed, an attribution
   * appended) stay above it, while paraphrases of the same facts fall far below
   * (≤ 0.5 on the seeds). Under the 0.85 recall bar, over the 0.7 precision bar.
   */
  nearThreshold?: number
  /**
   * Containment tier: the edit similarity each sentence needs against a sentence
   * of the earlier paragraph(s). Default 0.8, like `nearThreshold`: a sentence
   * may carry the same small edits a paragraph may.
   */
  sentenceThreshold?: number
  /**
   * Blocks with fewer words are never dropped and only flagged when exact.
   * Default 15: below that, titles, bylines and stock phrases ("He said the
   * talks would continue.") repeat by chance, and an edit distance on a few
   * words says little.
   */
  minWords?: number
  /**
   * At most this many paragraphs are kept per LSH bucket. Default 16: a band
   * value shared by more paragraphs comes from boilerplate, not from one story;
   * the cap bounds both memory and lookups (no quadratic blow-up on floods).
   */
  bucketCap?: number
  /** At most this many candidates (ranked by shared bands, oldest first) are confirmed per block. Default 16. */
  maxCandidates?: number
  /**
   * Blocks longer than this (normalized UTF-16 units) only go through the exact
   * tier: Levenshtein is quadratic. Default 20 000, far beyond any real paragraph.
   */
  maxEditChars?: number
  /** Run the near and containment tiers. Default true; `false` gives an exact-only index. */
  near?: boolean
  /**
   * Work budget: at most this many edit-distance DP cells per document, and a
   * quarter of it per block. Default 1 000 000 000 (about half a second on one
   * core). Real documents use a few million; the budget stops hostile ones
   * (long paragraphs that all collide) from stalling a stream. What it cuts
   * short is counted in `DedupResult.budgetCut`.
   */
  maxEditCells?: number
}

export interface DedupOptions extends DedupParameters {
  /** Restore the index from bytes returned by `dedup.snapshot()`. */
  snapshot?: Uint8Array
  /** Keep the index in this store instead of a new in-memory one: a `DedupStorage`, or a shared store such as `redisStorage()` from `dechrome/redis`. */
  storage?: DedupStorage | SharedDedupStorage
}

export type ResolvedParameters = Required<DedupParameters>

export const DEDUP_DEFAULTS: Readonly<ResolvedParameters> = Object.freeze({
  shingle: 3,
  bands: 12,
  rows: 2,
  seed: 0x5eed,
  nearThreshold: 0.8,
  sentenceThreshold: 0.8,
  minWords: 15,
  bucketCap: 16,
  maxCandidates: 16,
  maxEditChars: 20_000,
  near: true,
  maxEditCells: 1_000_000_000,
})

const INTEGER_RANGES: Record<string, [number, number]> = {
  shingle: [1, 16],
  bands: [1, 256],
  rows: [1, 16],
  seed: [0, 0xffffffff],
  minWords: [0, 10_000],
  bucketCap: [1, 10_000],
  maxCandidates: [1, 10_000],
  maxEditChars: [1, 1_000_000],
  maxEditCells: [0, Number.MAX_SAFE_INTEGER],
}
const RATIOS = ['nearThreshold', 'sentenceThreshold']
const KNOWN = new Set([...Object.keys(DEDUP_DEFAULTS), 'snapshot', 'storage'])

/** Validate options; returns the parameters given explicitly (not the defaults) and the rest. */
export function validateDedupOptions(options: unknown): {given: DedupParameters; snapshot?: Uint8Array; storage?: DedupStorage; shared?: SharedDedupStorage} {
  if (options === undefined || options === null) return {given: {}}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionsError(`Expected \`options\` to be an object, got ${describe(options)}`)
  }
  const o = options as Record<string, unknown>
  const given: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(o)) {
    if (!KNOWN.has(key)) throw new OptionsError(`Unknown dedup option \`${key}\`; known options are ${[...KNOWN].join(', ')}`)
    if (value === undefined || key === 'snapshot' || key === 'storage') continue
    const range = INTEGER_RANGES[key]
    if (range) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1]) {
        throw new OptionsError(`Expected \`${key}\` to be an integer from ${range[0]} to ${range[1]}, got ${describe(value)}`)
      }
    } else if (RATIOS.includes(key)) {
      if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
        throw new OptionsError(`Expected \`${key}\` to be a number above 0 and at most 1, got ${describe(value)}`)
      }
    } else if (key === 'near' && typeof value !== 'boolean') {
      throw new OptionsError(`Expected \`near\` to be a boolean, got ${describe(value)}`)
    }
    given[key] = value
  }
  if (o.bands !== undefined && o.rows !== undefined && (o.bands as number) * (o.rows as number) > 1024) {
    throw new OptionsError(`Expected \`bands\` × \`rows\` to be at most 1024, got ${describe((o.bands as number) * (o.rows as number))}`)
  }
  let snapshot: Uint8Array | undefined
  if (o.snapshot !== undefined && o.snapshot !== null) {
    if (!(o.snapshot instanceof Uint8Array)) {
      throw new OptionsError(`Expected \`snapshot\` to be a Uint8Array from dedup.snapshot(), got ${describe(o.snapshot)}`)
    }
    snapshot = o.snapshot
  }
  let storage: DedupStorage | undefined
  let shared: SharedDedupStorage | undefined
  if (o.storage !== undefined && o.storage !== null) {
    if (isShared(o.storage)) shared = o.storage
    else storage = checkStorage(o.storage)
  }
  if (snapshot && (storage || shared)) throw new OptionsError('Pass either `snapshot` or `storage`, not both')
  return {given: given as DedupParameters, snapshot, storage, shared}
}
