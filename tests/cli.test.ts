import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {main} from '../src/cli.js'
import type {CliIO} from '../src/cli/io.js'

function fakeIO(stdin = ''): CliIO & {out: string; err: string} {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: async (path: string) => readFileSync(path, 'utf8'),
    stdinText: async () => stdin,
    stdinChunks: async function* () {
      yield Buffer.from(stdin)
    },
  }
  return io
}

const seeds = join(import.meta.dirname, 'seeds')

test('clean FILE prints the cleaned text', async () => {
  const io = fakeIO()
  expect(await main(['clean', join(seeds, '001_75ea43fa358d5fb6.txt')], io)).toBe(0)
  expect(io.out).toContain('Iran crisis: British troops prepare')
  expect(io.out).not.toContain('READ MORE:')
})

test('clean --json prints the whole result', async () => {
  const io = fakeIO('Title of the story here\nThe council voted to expand the bus network into three suburbs after two years of debate.\nREAD MORE: Something else')
  expect(await main(['clean', '--json'], io)).toBe(0)
  const result = JSON.parse(io.out)
  expect(result.blocks).toHaveLength(3)
  expect(result.blocks[2]).toMatchObject({kept: false, category: 'teaser', rule: 'teaser/read-more'})
})

test('clean --jsonl keeps ids, reports removals, and survives bad records', async () => {
  const stdin = [
    JSON.stringify({id: 'a', text: 'The council voted to expand the bus network into three suburbs after two years of debate.\nREAD MORE: Something'}),
    'not json',
    JSON.stringify({id: 7, text: 42}),
    JSON.stringify({id: 'c', text: ''}),
  ].join('\n')
  const io = fakeIO(stdin)
  expect(await main(['clean', '--jsonl'], io)).toBe(1)
  expect(io.err).toBe('dechrome: 2 of 4 records failed (see their "error" field)\n')
  const lines = io.out.trim().split('\n').map((l) => JSON.parse(l))
  expect(lines).toHaveLength(4)
  expect(Object.keys(lines[0])).toEqual(['id', 'text', 'language', 'removed'])
  expect(lines[0].id).toBe('a')
  expect(lines[0].language).toEqual({code: 'eng', tag: 'en', source: 'franc'})
  expect(lines[0].removed).toEqual([{text: 'READ MORE: Something', line: 2, category: 'teaser', rule: 'teaser/read-more', reason: expect.any(String)}])
  expect(lines[1]).toEqual({id: null, error: {code: 'ERR_DECHROME_RECORD', message: expect.stringMatching(/JSON/)}})
  expect(lines[2]).toEqual({id: 7, error: {code: 'ERR_DECHROME_RECORD', message: expect.stringMatching(/"text" or "html"/)}})
  expect(lines[3]).toMatchObject({id: 'c', text: '', removed: []})
})

test('usage errors exit 2, missing files exit 1', async () => {
  let io = fakeIO()
  expect(await main(['clean', '--favor', 'max'], io)).toBe(2)
  expect(io.err).toMatch(/favor/)
  io = fakeIO()
  expect(await main(['clean', '--no-such-flag'], io)).toBe(2)
  io = fakeIO()
  expect(await main(['frobnicate'], io)).toBe(2)
  io = fakeIO()
  expect(await main([], io)).toBe(2)
  io = fakeIO()
  expect(await main(['clean', '/no/such/file.txt'], io)).toBe(1)
  expect(io.err).toMatch(/cannot read/)
})

test('--help and --version', async () => {
  let io = fakeIO()
  expect(await main(['--help'], io)).toBe(0)
  expect(io.out).toMatch(/Usage: dechrome/)
  io = fakeIO()
  expect(await main(['clean', '--help'], io)).toBe(0)
  expect(io.out).toMatch(/--jsonl/)
  io = fakeIO()
  expect(await main(['--version'], io)).toBe(0)
  expect(io.out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
})

test('demo cleans the seeds and shows each removal with its rule', async () => {
  const io = fakeIO()
  expect(await main(['demo'], io)).toBe(0)
  expect(io.out).toMatch(/004_a3e41f85a61fb89b\.txt/)
  expect(io.out).toMatch(/newsletter\s+newsletter\/heading\s+Newsletter/)
})

test('clean --format html and JSONL {"id","html"} records use the HTML mode with the same contract', async () => {
  const page = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council backs buses</h1><p>City council members voted on Tuesday to expand the bus network into three northern suburbs, after two years of debate.</p><p>The expansion will add 14 routes and roughly 120 new stops, the transport department said.</p></article><footer>© 2026 Northern Daily. All rights reserved.</footer></body></html>'
  let io = fakeIO(page)
  expect(await main(['clean', '--format', 'html'], io)).toBe(0)
  expect(io.out).toContain('City council members voted')
  expect(io.out).not.toContain('All rights reserved')
  io = fakeIO(JSON.stringify({id: 'p1', html: page}))
  expect(await main(['clean', '--jsonl'], io)).toBe(0)
  const record = JSON.parse(io.out)
  expect(Object.keys(record)).toEqual(['id', 'text', 'language', 'removed'])
  expect(record.text).toContain('The expansion will add 14 routes')
  expect(record.removed.map((r: {category: string}) => r.category)).toEqual(expect.arrayContaining(['footer']))
})
