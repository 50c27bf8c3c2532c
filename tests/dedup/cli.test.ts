import {expect, test} from 'vitest'
import {dedupCommand} from '../../src/cli/dedup.js'

const FILES: Record<string, string> = {
  'first.txt': 'Bridge collapse\n\nThe ministry said on Tuesday that 12 people were injured when the bridge collapsed during the morning rush hour in the northern city.\n',
  'dir/second.txt': 'Other headline\nThe ministry said on Tuesday that 12 people were injured when the bridge collapsed during the morning rush-hour in the northern city, officials said.\nBridge collapse\n',
}

function io() {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readFile: async (path: string) => {
        if (!(path in FILES)) throw new Error(`ENOENT: no such file, open '${path}'`)
        return FILES[path]
      },
    },
  }
}

test('--json prints every block of every document, with duplicateOf null for originals', async () => {
  const t = io()
  expect(await dedupCommand(['--json', 'first.txt', 'dir/second.txt'], t.io)).toBe(0)
  const json = JSON.parse(t.out.join(''))
  expect(json.documents.map((d: {id: string}) => d.id)).toEqual(['first.txt', 'second.txt'])
  expect(json.documents[0].blocks).toEqual([
    {line: 1, text: 'Bridge collapse', duplicateOf: null, similarity: 0, kind: null},
    {line: 3, text: expect.stringContaining('The ministry'), duplicateOf: null, similarity: 0, kind: null},
  ])
  const [other, near, title] = json.documents[1].blocks
  expect(other.duplicateOf).toBeNull()
  expect(near).toMatchObject({line: 2, duplicateOf: [{id: 'first.txt', line: 3}], kind: 'near'})
  expect(near.similarity).toBeGreaterThan(0.8)
  expect(near.similarity).toBeLessThan(1)
  expect(title).toEqual({line: 3, text: 'Bridge collapse', duplicateOf: [{id: 'first.txt', line: 1}], similarity: 1, kind: 'exact'})
  expect(t.err).toEqual([])
})

test('the summary prints one line per duplicate block', async () => {
  const t = io()
  expect(await dedupCommand(['first.txt', 'dir/second.txt'], t.io)).toBe(0)
  const lines = t.out.join('').trim().split('\n')
  expect(lines[0]).toMatch(/^second\.txt:2 duplicates first\.txt:3 \(near, 0\.\d{3}\)$/)
  expect(lines[1]).toBe('second.txt:3 duplicates first.txt:1 (exact, 1.000)')
  expect(lines[2]).toBe('2 duplicate blocks in 2 files')
})

test('usage errors exit 2, unreadable files exit 1, --help exits 0', async () => {
  let t = io()
  expect(await dedupCommand([], t.io)).toBe(2)
  expect(t.err.join('')).toMatch(/no files given/)
  t = io()
  expect(await dedupCommand(['--jsn', 'first.txt'], t.io)).toBe(2)
  expect(t.err.join('')).toMatch(/--jsn/)
  t = io()
  expect(await dedupCommand(['first.txt', 'first.txt'], t.io)).toBe(2)
  t = io()
  expect(await dedupCommand(['first.txt', 'missing.txt'], t.io)).toBe(1)
  expect(t.err.join('')).toMatch(/cannot read missing\.txt/)
  t = io()
  expect(await dedupCommand(['--help'], t.io)).toBe(0)
  expect(t.out.join('')).toMatch(/Usage: dechrome dedup/)
})
