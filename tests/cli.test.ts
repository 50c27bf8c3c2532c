import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {main} from '../src/cli.js'
import {clean, createDeduplicator} from '../src/index.js'
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

test('clean --output json is --json: the result with metadata, under the file it came from', async () => {
  const page = join(import.meta.dirname, 'render', 'fixtures', 'markdown--link', 'input.html')
  const html = readFileSync(page, 'utf8')
  const io = fakeIO()
  expect(await main(['clean', '--output', 'json', page], io)).toBe(0)
  const printed = JSON.parse(io.out)
  expect(Object.keys(printed)[0]).toBe('source')
  expect(printed).toEqual({source: page, ...JSON.parse(JSON.stringify(clean(html, {metadata: true})))})
  expect(printed.metadata).toBeDefined()
  const alias = fakeIO()
  expect(await main(['clean', '--json', page], alias)).toBe(0)
  expect(alias.out).toBe(io.out)
  const piped = fakeIO(html)
  expect(await main(['clean', '--json'], piped)).toBe(0)
  expect(JSON.parse(piped.out).source).toBe('-')
})

test('clean --output markdown|html prints what clean() renders; --format html forces the HTML mode', async () => {
  const page = join(import.meta.dirname, 'render', 'fixtures', 'markdown--link', 'input.html')
  const html = readFileSync(page, 'utf8')
  for (const output of ['markdown', 'html'] as const) {
    const io = fakeIO()
    expect(await main(['clean', '--output', output, page], io)).toBe(0)
    expect(io.out).toBe(`${clean(html, {output})[output]}\n`)
  }
  const text = 'The council voted on Tuesday to expand the bus network into three suburbs after two years of debate.'
  const forced = fakeIO(`${text}\n`)
  expect(await main(['clean', '--format', 'html', '--json'], forced)).toBe(0)
  expect(JSON.parse(forced.out).format).toBe('html')
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

test('--jsonl --output html adds "html" after the fields of the API, as clean() renders it', async () => {
  const html = readFileSync(join(import.meta.dirname, 'render', 'fixtures', 'markdown--link', 'input.html'), 'utf8')
  const io = fakeIO(JSON.stringify({id: 'p', html, mine: 1}))
  expect(await main(['clean', '--jsonl', '--workers', '1', '--output', 'html'], io)).toBe(0)
  const record = JSON.parse(io.out)
  expect(Object.keys(record)).toEqual(['id', 'mine', 'text', 'language', 'removed', 'html'])
  expect(record.html).toBe(clean(html, {output: 'html'}).html)
})

test('--jsonl shows progress on a terminal, and --no-progress hides it there', async () => {
  const record = JSON.stringify({id: 'a', text: 'The council voted to expand the bus network into three suburbs after two years of debate.'})
  const onTerminal = () => Object.assign(fakeIO(record), {stderrIsTerminal: () => true})
  let io = onTerminal()
  expect(await main(['clean', '--jsonl', '--workers', '1'], io)).toBe(0)
  expect(io.err).toMatch(/dechrome: 1 docs .*errors 0/)
  io = onTerminal()
  expect(await main(['clean', '--jsonl', '--workers', '1', '--no-progress'], io)).toBe(0)
  expect(io.err).toBe('')
  expect(io.out).toContain('"id":"a"')
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

test('demo shows each article cleaned, its removals grouped by category, and the shared paragraphs, on two screens', async () => {
  const io = fakeIO()
  expect(await main(['demo'], io)).toBe(0)
  const lines = io.out.split('\n')
  expect(lines.length).toBeLessThanOrEqual(100)
  expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100)
  // What the demo should say, from the library itself.
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()
  const dedup = createDeduplicator()
  let repeats = 0
  for (const file of files) {
    const result = clean(readFileSync(join(seeds, file), 'utf8'), {dedup, id: file})
    const section = io.out.slice(io.out.indexOf(`== ${file}`)).split('\n== ')[0]
    const kept = result.blocks.filter((b) => b.kept)
    expect(section).toContain(`kept ${kept.length} of ${result.blocks.length} blocks`)
    expect(section).toContain(kept[0].text.trim().slice(0, 30))
    const byCategory = new Map<string, number>()
    for (const b of result.blocks) if (!b.kept) byCategory.set(b.category!, (byCategory.get(b.category!) ?? 0) + 1)
    for (const [category, count] of byCategory) expect(section).toMatch(new RegExp(`\\n   ${category} +${count}  `))
    for (const b of result.blocks) if (!b.kept) expect(section).toContain(b.rule)
    repeats += result.blocks.filter((b) => b.duplicateOf).length
  }
  const shared = io.out.slice(io.out.indexOf('== Paragraphs shared'))
  expect(repeats).toBeGreaterThan(0)
  expect((shared.match(/ in \d{3}:\d+/g) ?? []).length + (shared.match(/, \d{3}:\d+/g) ?? []).length).toBe(repeats)
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
