// clean(input, {dedup}) marks the blocks that repeat an earlier document, and drops them on request.
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {main} from '../src/cli.js'
import type {CliIO} from '../src/cli/io.js'
import {clean, createDeduplicator} from '../src/index.js'

const dir = join(import.meta.dirname, 'seeds')
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({id: f, text: readFileSync(join(dir, f), 'utf8')}))

test('flag mode marks repeats and keeps them', () => {
  const dedup = createDeduplicator()
  const results = seeds.map((s) => clean(s.text, {dedup, id: s.id}))
  const flagged = results.flatMap((r, d) => r.blocks.filter((b) => b.duplicateOf).map((b) => ({doc: seeds[d].id, b})))
  expect(flagged.length).toBeGreaterThanOrEqual(5)
  for (const {doc, b} of flagged) {
    expect(b.kept).toBe(true)
    expect(b.similarity).toBeGreaterThanOrEqual(0.8)
    for (const ref of b.duplicateOf!) expect(ref.id < doc).toBe(true)
  }
  expect(results[0].blocks.every((b) => b.duplicateOf === null || !b.kept)).toBe(true)
})

test('drop mode removes long repeats and reports them as duplicate removals', () => {
  const dedup = createDeduplicator()
  const results = seeds.map((s) => clean(s.text, {dedup, id: s.id, duplicates: 'drop'}))
  const dropped = results.flatMap((r) => r.blocks.filter((b) => b.category === 'duplicate'))
  expect(dropped.length).toBeGreaterThanOrEqual(5)
  for (const b of dropped) {
    expect(b.kept).toBe(false)
    expect(b.rule).toMatch(/^duplicate\/(exact|near|contained)$/)
    expect(b.reason).toMatch(/^repeats 00\d_\w+\.txt line \d+/)
  }
  const third = results[3]
  for (const b of third.blocks.filter((b) => b.category === 'duplicate')) expect(third.text).not.toContain(b.text.trim())
})

test('chrome never owns a paragraph, and the same id again gets its first answer', () => {
  const dedup = createDeduplicator()
  const first = clean(seeds[4].text, {dedup, id: 'a'})
  const again = clean(seeds[4].text, {dedup, id: 'b'})
  const chrome = again.blocks.filter((b) => !b.kept)
  expect(chrome.length).toBeGreaterThan(40)
  expect(chrome.every((b) => b.duplicateOf === undefined)).toBe(true)
  expect(again.blocks.filter((b) => b.kept && b.duplicateOf).length).toBeGreaterThan(20)
  expect(clean(seeds[4].text, {dedup, id: 'a'})).toEqual(first)
  expect(clean(seeds[4].text, {dedup, id: 'b'})).toEqual(again)
})

test('clean --jsonl --dedup --dedup-snapshot carries the index across runs', async () => {
  const snapshot = join(mkdtempSync(join(tmpdir(), 'dechrome-')), 'index.bin')
  const run = async (records: {id: string; text: string}[], status = 0) => {
    const io = {out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s),
      readFile: async () => '', stdinText: async () => '', stdinChunks: async function* () {
        yield Buffer.from(records.map((r) => JSON.stringify(r)).join('\n'))
      }} satisfies CliIO & {out: string; err: string}
    expect(await main(['clean', '--jsonl', '--dedup', '--duplicates', 'drop', '--dedup-snapshot', snapshot], io)).toBe(status)
    return io.out.trim().split('\n').map((l) => JSON.parse(l))
  }
  const first = await run(seeds.slice(0, 3))
  expect(first.every((r) => Array.isArray(r.duplicates))).toBe(true)
  const second = await run(seeds.slice(3))
  expect(second[0].id).toBe(seeds[3].id)
  expect(second[0].removed.some((r: {category: string}) => r.category === 'duplicate')).toBe(true)
  expect(second[0].duplicates.length).toBeGreaterThanOrEqual(3)
  // The README's record shape: each repeat is {text, line, duplicateOf, similarity}, and a dropped one is in "removed".
  for (const d of second[0].duplicates) {
    expect(Object.keys(d).sort()).toEqual(['duplicateOf', 'line', 'similarity', 'text'])
    expect(d.duplicateOf[0]).toMatchObject({id: expect.any(String), line: expect.any(Number)})
    expect(second[0].removed).toContainEqual(expect.objectContaining({text: d.text, line: d.line, category: 'duplicate'}))
  }
  // Delivered again (at least once): the same records as the first time, not errors.
  expect(await run(seeds.slice(0, 3))).toEqual(first)
})
