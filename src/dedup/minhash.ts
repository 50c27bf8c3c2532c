/**
 * MinHash over word shingles, with our own seeded 32-bit hashing (Math.imul).
 * Shingles are hashed from the token hashes directly: no string per shingle.
 */
import {mix32} from './normalize.js'

/** Seeded xorshift32 stream, for deriving the k hash seeds from one seed. */
function seedStream(seed: number): () => number {
  let x = (seed ^ 0x6d2b79f5) >>> 0 || 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return x >>> 0
  }
}

export interface MinHasher {
  /** Words per shingle. */
  readonly shingle: number
  /** Number of hash functions (signature length). */
  readonly k: number
  /**
   * Write the signature of tokens[from, to) to out[at, at + k). A range shorter
   * than one shingle is one shingle of all its tokens. Returns the number of
   * shingles (0 for an empty range, which leaves `out` as is).
   */
  signature(tokens: Uint32Array, from: number, to: number, out: Uint32Array, at?: number): number
}

/**
 * k hash functions h_i(x) = xorshift(imul(x ^ a_i, b_i)) over a shingle hash x
 * that is already fully mixed: one multiply per function, seeded from `seed`.
 */
export function createMinHasher(shingle: number, k: number, seed: number): MinHasher {
  const next = seedStream(seed)
  const xors = new Uint32Array(k)
  const multipliers = new Int32Array(k)
  for (let i = 0; i < k; i++) {
    xors[i] = next()
    multipliers[i] = next() | 1
  }
  return {
    shingle,
    k,
    signature(tokens, from, to, out, at = 0) {
      const count = to - from
      if (count <= 0) return 0
      out.fill(0xffffffff, at, at + k)
      const width = Math.min(shingle, count)
      const shingles = count - width + 1
      for (let s = from; s < from + shingles; s++) {
        let h = 0x2f6b1c3d
        for (let j = 0; j < width; j++) h = Math.imul(h ^ tokens[s + j], 0x01000193)
        h = mix32(h)
        for (let i = 0; i < k; i++) {
          let v = Math.imul(h ^ xors[i], multipliers[i])
          v = (v ^ (v >>> 15)) >>> 0
          if (v < out[at + i]) out[at + i] = v
        }
      }
      return shingles
    },
  }
}

/**
 * Band values of a signature for banded LSH: band b combines rows
 * [b·rows, (b+1)·rows). The band number is mixed in, so one table holds all bands.
 */
export function bandValues(signature: Uint32Array, bands: number, rows: number, out: Uint32Array): void {
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1)
    for (let r = 0; r < rows; r++) h = mix32(h ^ signature[b * rows + r])
    out[b] = h
  }
}
