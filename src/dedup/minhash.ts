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
   * Write the signature of tokens[from, to) to `out` (length k). Texts shorter
   * than one shingle are one shingle of all their tokens. Returns the number of
   * shingles (0 when the range is empty; `out` is then left as is).
   */
  signature(tokens: Uint32Array, from: number, to: number, out: Uint32Array): number
}

export function createMinHasher(shingle: number, k: number, seed: number): MinHasher {
  const next = seedStream(seed)
  const seeds = new Uint32Array(k)
  for (let i = 0; i < k; i++) seeds[i] = next()
  return {
    shingle,
    k,
    signature(tokens, from, to, out) {
      const count = to - from
      if (count <= 0) return 0
      out.fill(0xffffffff)
      const width = Math.min(shingle, count)
      const shingles = count - width + 1
      for (let s = from; s < from + shingles; s++) {
        let h = 0x2f6b1c3d
        for (let j = 0; j < width; j++) h = Math.imul(h ^ tokens[s + j], 0x01000193)
        h = mix32(h)
        for (let i = 0; i < k; i++) {
          const v = mix32(h ^ seeds[i])
          if (v < out[i]) out[i] = v
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
