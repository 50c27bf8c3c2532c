import levenshtein from 'fast-levenshtein'
import {expect, test} from 'vitest'
import {boundedLevenshtein} from '../../src/dedup/distance.js'
import {prng} from '../../bench/prng.js'

/** mulberry32: seeded, so every run checks the same cases. */

function text(random: () => number, length: number, alphabet: string): string {
  let s = ''
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)]
  return s
}

function edited(random: () => number, s: string, edits: number, alphabet: string): string {
  const chars = [...s]
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (chars.length + 1))
    const c = alphabet[Math.floor(random() * alphabet.length)]
    const r = random()
    if (r < 1 / 3) chars.splice(at, 0, c)
    else if (r < 2 / 3) chars.splice(at, 1)
    else chars[at] = c
  }
  return chars.join('')
}

test('the distance is exact whenever it is within the bound, and -1 otherwise (checked against fast-levenshtein)', () => {
  const random = prng(12)
  let within = 0
  for (let n = 0; n < 3000; n++) {
    // Small alphabets make many equal characters (the hard case for the band); lengths cross block boundaries.
    const alphabet = random() < 0.5 ? 'ab' : 'abcdefghij é'
    const a = text(random, Math.floor(random() * (random() < 0.2 ? 300 : 70)), alphabet)
    const b = random() < 0.8 ? edited(random, a, Math.floor(random() * 40), alphabet) : text(random, Math.floor(random() * 100), alphabet)
    const distance = levenshtein.get(a, b)
    for (const k of [0, distance - 1, distance, distance + 1, Math.floor(random() * 80), 1e9]) {
      if (k < 0) continue
      const got = boundedLevenshtein(a, b, k, {cells: 0})
      expect(got, `${JSON.stringify(a)} / ${JSON.stringify(b)}, k = ${k}`).toBe(distance <= k ? distance : -1)
      if (got >= 0) within++
    }
  }
  expect(within).toBeGreaterThan(5000)
})

test('unrelated text stops early: the work is a small fraction of the full matrix', () => {
  const random = prng(3)
  const a = text(random, 20_000, 'abcdefghijklmnopqrstuvwxyz ')
  const b = text(random, 20_000, 'abcdefghijklmnopqrstuvwxyz ')
  const work = {cells: 0}
  expect(boundedLevenshtein(a, b, 4000, work)).toBe(-1)
  expect(work.cells).toBeGreaterThan(0)
  // The full matrix is 400 M cells and the band alone 160 M.
  expect(work.cells).toBeLessThan((20_000 * 20_000) / 10)
})

test('a near copy costs the band, not the matrix', () => {
  const random = prng(5)
  const a = text(random, 20_000, 'abcdefghijklmnopqrstuvwxyz ')
  const b = edited(random, a, 100, 'abcdefghijklmnopqrstuvwxyz ')
  const work = {cells: 0}
  expect(boundedLevenshtein(a, b, 4000, work)).toBe(levenshtein.get(a, b))
  // The band is 2k + 1 = 8001 rows wide (plus block rounding) over 20 000 columns.
  expect(work.cells).toBeLessThanOrEqual(20_000 * (8001 + 96))
})

test('lengths further apart than the bound cost nothing', () => {
  const work = {cells: 0}
  expect(boundedLevenshtein('a'.repeat(100), 'a'.repeat(200), 99, work)).toBe(-1)
  expect(work.cells).toBe(0)
  expect(boundedLevenshtein('', 'abc', 3, work)).toBe(3)
  expect(boundedLevenshtein('abc', 'abc', 0, work)).toBe(0)
})
