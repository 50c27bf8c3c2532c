/**
 * Pipelines deliver at least once: a document added again under its id must
 * come out as it did the first time, not as an error and not as a duplicate of
 * itself, also after a snapshot round trip and after later documents.
 */
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, expect, test} from 'vitest'
import {createDeduplicator} from '../../src/dedup/index.js'
import {runBin} from '../bin.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const seeds = join(root, 'tests', 'seeds')
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()
const documents = files.map((file) => ({id: file, text: readFileSync(join(seeds, file), 'utf8')}))

test('every seed added again returns exactly its first result, and stores nothing', () => {
  const dedup = createDeduplicator()
  const first = documents.map((d) => dedup.add(d))
  expect(first.reduce((n, r) => n + r.duplicates, 0)).toBeGreaterThan(3)
  const stats = dedup.stats()
  const restored = createDeduplicator({snapshot: dedup.snapshot()})
  // Redelivered in another order, to the live index and to one loaded from a snapshot.
  for (const i of documents.map((_, i) => i).reverse()) {
    expect(dedup.add(documents[i])).toEqual(first[i])
    expect(restored.add(documents[i])).toEqual(first[i])
  }
  expect(dedup.stats()).toMatchObject({documents: stats.documents, paragraphs: stats.paragraphs, bytes: stats.bytes})
  expect(Buffer.from(restored.snapshot()).equals(Buffer.from(dedup.snapshot()))).toBe(true)
})

test('a later, closer copy does not change what a redelivered document points at', () => {
  const base = Array.from({length: 40}, (_, i) => `w${i}`)
  const a = base.join(' ')
  // b: one word of a replaced by 30 letters (near a); c: b with another word
  // replaced by 17 letters (near b, and too far from a).
  const bWords = base.slice()
  bWords[2] = 'abcdefghijklmnopqrstuvwxyzabcd'
  const b = bWords.join(' ')
  const cWords = bWords.slice()
  cWords[30] = 'qrstuvwxyzqrstuvw'
  const c = cWords.join(' ')
  const dedup = createDeduplicator()
  dedup.add({id: 'a', blocks: [a]})
  const first = dedup.add({id: 'b', blocks: [b]})
  expect(first.blocks[0].duplicateOf).toEqual([{id: 'a', block: 0}])
  // c is not near a, so it is stored, and it is closer to b than a is.
  expect(dedup.add({id: 'c', blocks: [c]}).duplicates).toBe(0)
  const fresh = createDeduplicator()
  fresh.add({id: 'c', blocks: [c]})
  fresh.add({id: 'a', blocks: [a]})
  expect(fresh.add({id: 'b', blocks: [b]}).blocks[0].similarity).toBeGreaterThan(first.blocks[0].similarity)
  expect(dedup.add({id: 'b', blocks: [b]})).toEqual(first)
})

const work = mkdtempSync(join(tmpdir(), 'dechrome-redelivery-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

test('clean --jsonl --dedup --dedup-snapshot run twice over the same input gives identical output', async () => {
  const input = documents.map((d) => JSON.stringify(d)).join('\n') + '\n'
  const snapshot = join(work, 'index.bin')
  // The built bin (the global setup runs `npm run build`), as a pipeline runs it.
  const run = async () => {
    const r = await runBin(['clean', '--jsonl', '--dedup', '--dedup-snapshot', snapshot], input)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return r.stdout
  }
  const first = await run()
  const records = first.trim().split('\n').map((l) => JSON.parse(l))
  expect(records).toHaveLength(documents.length)
  expect(records.every((r) => !('error' in r))).toBe(true)
  expect(records.some((r) => r.duplicates.length > 0)).toBe(true)
  const size = readFileSync(snapshot).length
  expect(await run()).toBe(first)
  // Nothing was stored twice.
  expect(readFileSync(snapshot).length).toBe(size)
}, 60_000)
