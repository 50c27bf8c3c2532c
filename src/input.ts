import {InputError, describe} from './errors.js'

/** Share of the first 64 KB that may be control characters or U+FFFD before input counts as binary. */
const BINARY_SHARE = 0.05
const BINARY_SAMPLE = 65_536

/**
 * Reject what cannot be cleaned, before any work: not a string, over `maxBytes`
 * UTF-8 bytes, or binary (control characters and U+FFFD from a wrong decode).
 */
export function checkInput(input: unknown, maxBytes: number): asserts input is string {
  if (typeof input !== 'string') throw new InputError(`Expected \`input\` to be a string, got ${describe(input)}`)
  // UTF-16 length × 3 bounds the UTF-8 size from above; count exactly only when that bound is over.
  if (input.length * 3 > maxBytes && Buffer.byteLength(input, 'utf8') > maxBytes) {
    throw new InputError(`Input is ${Buffer.byteLength(input, 'utf8')} bytes, over \`maxBytes\` (${maxBytes})`)
  }
  const sample = Math.min(input.length, BINARY_SAMPLE)
  let odd = 0
  for (let i = 0; i < sample; i++) {
    const c = input.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++
  }
  if (odd > 8 && odd > sample * BINARY_SHARE) {
    throw new InputError(`Input looks binary: ${odd} control or replacement characters in the first ${sample}; decode it to text first`)
  }
}

/** Longest document id accepted: ids are keys in an index and in output records, not payloads. */
export const MAX_ID_LENGTH = 256

/**
 * Why `value` is not a document id (a string of 1 to 256 characters), or null when it is.
 * One rule for `clean()`'s `id`, the dedup index and the CLI's JSONL records.
 */
export function idProblem(value: unknown, name = 'id'): string | null {
  if (typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH) return null
  return `Expected \`${name}\` to be a string of 1 to ${MAX_ID_LENGTH} characters, got ${describe(value)}`
}
