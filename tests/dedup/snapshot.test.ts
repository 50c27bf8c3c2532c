import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {loadDeduplicatorFromFile, saveDeduplicatorToFile} from '../../src/cli/dedup.js'
import {DechromeError} from '../../src/errors.js'
import {createDeduplicator, SnapshotError} from '../../src/dedup/index.js'
import {crc32} from '../../src/dedup/snapshot.js'

const PARAGRAPHS = [
  'The ministry said on Tuesday that 12 people were injured when the bridge collapsed during the morning rush hour in the northern city.',
  'Rescue teams worked through the night to search the river for survivors, while engineers inspected two other bridges built by the same company.',
  'Officials promised a full inquiry into the collapse and said the results would be published before the end of the year, according to local media.',
  'Short line',
]

function built() {
  const dedup = createDeduplicator()
  dedup.add({id: 'one', blocks: PARAGRAPHS})
  dedup.add({id: 'two', blocks: [PARAGRAPHS[1].replace('night', 'nite'), 'Something else entirely, written for this page only.']})
  return dedup
}

const later = {id: 'three', blocks: [...PARAGRAPHS.map((p) => p.toUpperCase()), `${PARAGRAPHS[1]} ${PARAGRAPHS[2]}`, PARAGRAPHS[0].replace('12', '13')]}

test('a snapshot restores an index that answers exactly like the original', () => {
  const original = built()
  const bytes = original.snapshot()
  const restored = createDeduplicator({snapshot: bytes})
  expect(restored.stats()).toMatchObject({documents: 2, paragraphs: original.stats().paragraphs})
  expect(restored.parameters).toEqual(original.parameters)
  expect(restored.has('two')).toBe(true)
  const expected = original.add(later)
  expect(expected.duplicates).toBeGreaterThan(3)
  expect(restored.add(later)).toEqual(expected)
  expect(Buffer.from(restored.snapshot()).equals(Buffer.from(original.snapshot()))).toBe(true)
})

test('a snapshot keeps non-default parameters, and explicit matching ones are accepted', () => {
  const dedup = createDeduplicator({bands: 8, rows: 3, minWords: 10})
  dedup.add({id: 'a', blocks: PARAGRAPHS})
  const restored = createDeduplicator({snapshot: dedup.snapshot(), bands: 8})
  expect(restored.parameters).toMatchObject({bands: 8, rows: 3, minWords: 10})
})

test('mismatched parameters throw SnapshotError', () => {
  const bytes = built().snapshot()
  const attempt = () => createDeduplicator({snapshot: bytes, bands: 16})
  expect(attempt).toThrow(SnapshotError)
  expect(attempt).toThrow(/bands = 12.*bands = 16/)
  try {
    attempt()
  } catch (error) {
    expect(error).toBeInstanceOf(DechromeError)
    expect((error as SnapshotError).problem).toBe('parameters')
    expect((error as SnapshotError).code).toBe('ERR_DECHROME_SNAPSHOT')
  }
})

function problemOf(bytes: Uint8Array): string {
  try {
    createDeduplicator({snapshot: bytes})
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError)
    return (error as SnapshotError).problem
  }
  throw new Error('expected a SnapshotError')
}

test('corrupt snapshots throw SnapshotError', () => {
  const bytes = built().snapshot()
  const flipped = bytes.slice()
  flipped[Math.floor(bytes.length / 2)] ^= 0x40
  expect(problemOf(flipped)).toBe('corrupt')
  expect(problemOf(bytes.slice(0, bytes.length - 9))).toBe('corrupt')
  expect(problemOf(new Uint8Array(3))).toBe('corrupt')
  const magic = bytes.slice()
  magic[0] = 0x58
  expect(problemOf(magic)).toBe('corrupt')
  expect(problemOf(new TextEncoder().encode('{"not": "a snapshot"}'))).toBe('corrupt')
})

test('a snapshot from another format version throws SnapshotError', () => {
  const bytes = built().snapshot()
  const other = bytes.slice()
  new DataView(other.buffer).setUint32(8, 99, true)
  new DataView(other.buffer).setUint32(other.length - 4, crc32(other.subarray(0, other.length - 4)), true)
  expect(problemOf(other)).toBe('version')
})

test('a snapshot with a valid checksum but inconsistent sections is refused', () => {
  const bytes = built().snapshot()
  const forged = bytes.slice()
  const view = new DataView(forged.buffer)
  const paramLength = view.getUint32(12, true)
  view.setUint32(16 + paramLength, 1000, true) // claims 1000 documents
  view.setUint32(forged.length - 4, crc32(forged.subarray(0, forged.length - 4)), true)
  expect(problemOf(forged)).toBe('corrupt')
})

const dir = mkdtempSync(join(tmpdir(), 'dechrome-dedup-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

test('file helpers: a missing file gives a fresh index; save then load round-trips', async () => {
  const path = join(dir, 'index.bin')
  const fresh = await loadDeduplicatorFromFile(path)
  expect(fresh.stats().documents).toBe(0)
  fresh.add({id: 'a', blocks: PARAGRAPHS})
  await saveDeduplicatorToFile(fresh, path)
  const loaded = await loadDeduplicatorFromFile(path)
  expect(loaded.stats()).toMatchObject({documents: 1, paragraphs: fresh.stats().paragraphs})
  expect(loaded.add({id: 'b', blocks: [PARAGRAPHS[0]]}).blocks[0].kind).toBe('exact')
  await expect(loadDeduplicatorFromFile(path, {shingle: 4})).rejects.toThrow(SnapshotError)
})

test('a snapshot read back with fs.readFileSync (a Buffer view into a shared pool) loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dechrome-snapshot-'))
  const file = join(dir, 'index.bin')
  const original = built()
  writeFileSync(file, original.snapshot())
  const bytes = readFileSync(file)
  const restored = createDeduplicator({snapshot: bytes})
  expect(restored.add(later)).toEqual(built().add(later))
  // Any Uint8Array view, wherever it starts in its buffer, and small ones that Node pools.
  const raw = original.snapshot()
  const padded = new Uint8Array(raw.length + 7)
  padded.set(raw, 3)
  expect(createDeduplicator({snapshot: padded.subarray(3, 3 + raw.length)}).stats()).toMatchObject({documents: 2, paragraphs: original.stats().paragraphs})
  const pooled = Buffer.from(createDeduplicator().snapshot())
  expect(createDeduplicator({snapshot: pooled}).stats().documents).toBe(0)
  rmSync(dir, {recursive: true})
})
