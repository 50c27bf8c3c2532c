// The README: --dedup-snapshot and --templates-snapshot files are saved atomically,
// a temporary file renamed over the old one, and a missing file is a fresh start.
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {readSnapshotFile, writeSnapshotFileSync} from '../src/cli/snapshot-file.js'

test('a snapshot replaces the old file by a rename, leaving no temporary file behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dechrome-snapshot-'))
  const path = join(dir, 'index.bin')
  expect(await readSnapshotFile(path)).toBeNull()
  writeFileSync(path, 'old')
  const before = statSync(path).ino
  writeSnapshotFileSync(path, new Uint8Array([1, 2, 3]))
  // A new file took the old one's name: a reader of the old one never sees half of the new one.
  expect(statSync(path).ino).not.toBe(before)
  expect([...readFileSync(path)]).toEqual([1, 2, 3])
  expect(readdirSync(dir)).toEqual(['index.bin'])
  expect([...(await readSnapshotFile(path))!]).toEqual([1, 2, 3])
})
