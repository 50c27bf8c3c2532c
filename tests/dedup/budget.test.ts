/**
 * Hostile shapes for the near tier, at the sizes a probe used, with default
 * options: the work (edit-distance cells) is bounded per block and per document.
 */
import {expect, test} from 'vitest'
import {createDeduplicator, DEDUP_DEFAULTS} from '../../src/dedup/index.js'
import {prng} from '../../bench/prng.js'


const budget = DEDUP_DEFAULTS.maxEditCells

test('16 candidates of 20 000 characters that collide in every band cost at most a block budget', () => {
  // Five words in random order: every 3-word shingle occurs in every paragraph (all bands collide),
  // lengths and letter histograms match, yet the edit similarity is far below 0.8.
  const random = prng(1)
  const words = ['alpha', 'bravo', 'delta', 'gamma', 'sigma']
  const paragraph = () => {
    const out: string[] = []
    let length = 0
    while (length < 20_000) {
      const w = words[Math.floor(random() * words.length)]
      out.push(w)
      length += w.length + 1
    }
    return out.join(' ').slice(0, 20_000)
  }
  const dedup = createDeduplicator()
  // One earlier document: its paragraphs are never compared with each other.
  dedup.add({id: 'earlier', blocks: Array.from({length: 16}, paragraph)})
  const before = dedup.stats().editCells
  const result = dedup.add({id: 'hostile', blocks: [paragraph()]})
  const cells = dedup.stats().editCells - before
  expect(result.duplicates).toBe(0)
  expect(cells).toBeGreaterThan(0)
  expect(cells).toBeLessThanOrEqual(budget / 4)
  // Sixteen full matrices would be 6.4 G cells.
  expect(16 * 20_000 * 20_000).toBeGreaterThan(25 * cells)
})

test('paragraphs that are permutations of the same sentences are rejected by the sentence-order test, not by edit distance', () => {
  const random = prng(2)
  const sentences = Array.from({length: 48}, (_, i) => {
    const words: string[] = []
    for (let w = 0; w < 80; w++) words.push(`w${Math.floor(random() * 400)}`)
    return `Sentence ${i} says ${words.join(' ')}.`
  })
  const permutation = () => {
    const order = sentences.slice()
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    return order.join(' ')
  }
  // 50 paragraphs of about 19 000 characters: a 945 KB document, twice.
  const first = Array.from({length: 50}, permutation)
  const second = Array.from({length: 50}, permutation)
  expect(first.join('\n').length).toBeGreaterThan(900_000)
  const dedup = createDeduplicator()
  dedup.add({id: 'first', blocks: first})
  const before = dedup.stats().editCells
  const result = dedup.add({id: 'second', blocks: second})
  const cells = dedup.stats().editCells - before
  // Each is a re-paragraphed copy: every sentence is in an earlier paragraph.
  expect(result.blocks.every((b) => b.kind === 'contained')).toBe(true)
  expect(result.budgetCut).toBe(0)
  // No candidate reaches the banded edit distance (800 of them would be 115 G cells);
  // what is left is measuring each contained match once, on near-identical text.
  expect(cells).toBeLessThan(50 * 20_000 * 200)
})

test('the document budget holds across blocks, and what it cuts short is counted', () => {
  const random = prng(4)
  const words = ['alpha', 'bravo', 'delta', 'gamma', 'sigma']
  const paragraph = (length: number) => {
    const out: string[] = []
    for (let n = 0; n < length; n += 6) out.push(words[Math.floor(random() * words.length)])
    return out.join(' ')
  }
  const maxEditCells = 40_000_000
  const dedup = createDeduplicator({maxEditCells})
  dedup.add({id: 'earlier', blocks: Array.from({length: 16}, () => paragraph(5000))})
  const before = dedup.stats().editCells
  const result = dedup.add({id: 'hostile', blocks: Array.from({length: 10}, () => paragraph(5000))})
  const cells = dedup.stats().editCells - before
  expect(cells).toBeLessThanOrEqual(maxEditCells)
  expect(result.budgetCut).toBeGreaterThan(0)
  expect(result.blocks).toHaveLength(10)
})

test('the sentence-order test does not take repeated sentences for reordered ones', () => {
  const a = 'Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed.'
  const x = 'At vero eos et accusam et justo duo dolores et ea rebum, stet clita kasd gubergren, no sea takimata sanctus est, lorem ipsum dolor sit amet; at vero eos et accusam et justo duo dolores et ea rebum again.'
  const y = 'Duis autem vel eum iriure dolor in hendrerit in vulputate velit esse molestie consequat, vel illum dolore eu feugiat nulla facilisis at vero eros et accumsan et iusto odio dignissim qui blandit praesent.'
  const dedup = createDeduplicator()
  dedup.add({id: 'first', blocks: [[a, x, a, y, a].join(' ')]})
  // The first sentence dropped: an edit of one short sentence, with nothing moved. Matching
  // each repeated sentence to its first unused copy would count both later copies of \`a\` as moved.
  const result = dedup.add({id: 'copy', blocks: [[x, a, y, a].join(' ')]})
  expect(result.blocks[0].kind).toBe('near')
  expect(result.blocks[0].similarity).toBeGreaterThan(0.85)
})
