import {expect, test} from 'vitest'
import {createDeduplicator} from '../../src/dedup/index.js'

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ')

/** Deterministic filler paragraph number n: 20 words, different for every n. */
function paragraph(n: number): string {
  const words: string[] = []
  let x = n + 1
  for (let i = 0; i < 20; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    words.push(WORDS[(x >>> 16) % WORDS.length] + ((x >>> 8) % 97))
  }
  return words.join(' ') + '.'
}

test('empty documents and blank lines', () => {
  const dedup = createDeduplicator()
  expect(dedup.add({id: 'empty', text: ''}).blocks).toEqual([])
  expect(dedup.add({id: 'blank', text: '\n  \n\t\r\n'}).blocks).toEqual([])
  expect(dedup.add({id: 'none', blocks: []}).blocks).toEqual([])
  const r = dedup.add({id: 'spaces', blocks: ['   ', '\u200b']})
  expect(r.blocks.map((b) => b.duplicateOf)).toEqual([null, null])
  expect(dedup.stats()).toMatchObject({documents: 4, paragraphs: 0})
})

test('one-word paragraphs are only flagged when exact and never droppable', () => {
  const dedup = createDeduplicator()
  dedup.add({id: 'a', text: 'Advertisement\nShare\n}'})
  const r = dedup.add({id: 'b', text: 'ADVERTISEMENT\nShared\n}'})
  expect(r.blocks.map((b) => b.kind)).toEqual(['exact', null, 'exact'])
  expect(r.blocks.every((b) => !b.droppable)).toBe(true)
})

test('100 000 identical paragraphs: stored once, later copies are exact', () => {
  const dedup = createDeduplicator()
  const same = Array.from({length: 100_000}, () => paragraph(1))
  const own = dedup.add({id: 'flood', blocks: same})
  expect(own.duplicates).toBe(0) // a document never matches itself
  const copy = dedup.add({id: 'copy', blocks: same})
  expect(copy.duplicates).toBe(100_000)
  expect(copy.blocks[99_999].duplicateOf).toEqual([{id: 'flood', block: 0}])
  expect(dedup.stats().paragraphs).toBe(1)
})

test('a flood of near-identical paragraphs stays bounded by the bucket cap', () => {
  const dedup = createDeduplicator()
  const base = paragraph(7)
  const variants = Array.from({length: 20_000}, (_, i) => `${base} Item ${i}.`)
  dedup.add({id: 'variants', blocks: variants})
  const r = dedup.add({id: 'later', blocks: variants.slice(0, 50).map((v) => v.replace('Item', 'Entry'))})
  expect(r.duplicates).toBe(50)
  expect(r.blocks.every((b) => b.kind === 'near' && b.duplicateOf![0].id === 'variants')).toBe(true)
})

test('a 10 MB document of ordinary lines, and a 10 MB single line', () => {
  const dedup = createDeduplicator()
  const lines: string[] = []
  let size = 0
  for (let n = 0; size < 10_000_000; n++) {
    const p = paragraph(n) + ' ' + paragraph(n + 1_000_000) + ' ' + paragraph(n + 2_000_000)
    lines.push(p)
    size += p.length + 1
  }
  const big = lines.join('\n')
  expect(big.length).toBeGreaterThanOrEqual(10_000_000)
  const r = dedup.add({id: 'big', text: big})
  expect(r.blocks.length).toBe(lines.length)
  const copy = dedup.add({id: 'copy', text: lines.slice(0, 100).join('\n')})
  expect(copy.duplicates).toBe(100)

  const oneLine = 'x'.repeat(5_000_000) + ' ' + 'y'.repeat(5_000_000)
  expect(dedup.add({id: 'line', text: oneLine}).duplicates).toBe(0)
  const again = dedup.add({id: 'line-again', text: oneLine})
  expect(again.blocks[0]).toMatchObject({kind: 'exact', duplicateOf: [{id: 'line', block: 0, line: 1}]})
})
