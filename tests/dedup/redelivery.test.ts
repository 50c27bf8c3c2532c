/**
 * Pipelines deliver at least once: a document added again under its id must
 * come out as it did the first time, not as an error and not as a duplicate of
 * itself, also after a snapshot round trip and after later documents.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {createDeduplicator} from '../../src/dedup/index.js'

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

const build = join(root, 'node_modules', '.cache', 'dechrome-redelivery-test')
const work = mkdtempSync(join(tmpdir(), 'dechrome-redelivery-'))

beforeAll(() => {
  // The real bin, compiled as `npm run build` does, into a private folder so
  // that tests running at the same time never see a half-written dist/.
  rmSync(build, {recursive: true, force: true})
  mkdirSync(build, {recursive: true})
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', join(build, 'dist')], {stdio: 'pipe'})
}, 120_000)

afterAll(() => {
  rmSync(build, {recursive: true, force: true})
  rmSync(work, {recursive: true, force: true})
})

test('clean --jsonl --dedup --dedup-snapshot run twice over the same input gives identical output', () => {
  const input = documents.map((d) => JSON.stringify(d)).join('\n') + '\n'
  const snapshot = join(work, 'index.bin')
  const run = () => {
    const r = spawnSync(process.execPath, [join(build, 'dist', 'cli.js'), 'clean', '--jsonl', '--dedup', '--dedup-snapshot', snapshot], {input, encoding: 'utf8'})
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    return r.stdout
  }
  const first = run()
  const records = first.trim().split('\n').map((l) => JSON.parse(l))
  expect(records).toHaveLength(documents.length)
  expect(records.every((r) => !('error' in r))).toBe(true)
  expect(records.some((r) => r.duplicates.length > 0)).toBe(true)
  const size = readFileSync(snapshot).length
  expect(run()).toBe(first)
  // Nothing was stored twice.
  expect(readFileSync(snapshot).length).toBe(size)
  writeFileSync(join(work, 'done'), '')
}, 60_000)
