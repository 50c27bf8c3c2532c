import {describe, expect, it} from 'vitest'
import {countSnippets, scoreCorpus, scorePage, scoreSnippets} from '../../bench/metric.js'

describe('shingle metric', () => {
  it('scores an exact copy 1 and a disjoint text 0', () => {
    const gold = 'one two three four five six'
    expect(scorePage(gold, gold).f1).toBe(1)
    expect(scorePage('seven eight nine ten eleven', gold).f1).toBe(0)
  })

  it('normalizes the counts of each page to sum 1 and averages P and R over pages', () => {
    const gold = 'a b c d e f' // shingles: abcd, bcde, cdef
    const half = scorePage('a b c d e', gold) // abcd, bcde: tp 2, fn 1
    expect(half.tp + half.fp + half.fn).toBeCloseTo(1)
    expect(half.fn).toBeCloseTo(1 / 3)
    const empty = scorePage('', gold) // no output: recall 0, precision undefined
    const corpus = scoreCorpus([half, empty])
    expect(corpus.precision).toBe(1) // the empty page does not count for precision
    expect(corpus.recall).toBeCloseTo((2 / 3 + 0) / 2)
  })
})

describe('snippet metric', () => {
  it('counts with-snippets found as TP, missing as FN, without-snippets found as FP', () => {
    const output = 'The mayor opened the bridge.\nShare this article'
    expect(countSnippets(output, ['opened the bridge', 'was closed'], ['Share this article', 'Cookies'])).toEqual({tp: 1, fp: 1, fn: 1})
  })

  it('micro-averages over all snippets of the set', () => {
    const s = scoreSnippets([
      {tp: 3, fp: 0, fn: 1},
      {tp: 1, fp: 2, fn: 0},
    ])
    expect(s.precision).toBeCloseTo(4 / 6)
    expect(s.recall).toBeCloseTo(4 / 5)
    expect(s.f1).toBeCloseTo((2 * (4 / 6) * (4 / 5)) / (4 / 6 + 4 / 5))
  })
})
