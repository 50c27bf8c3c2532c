// The built `dechrome` program, spawned as a pipeline would run it: the bin, exit
// status, one-line errors, snapshots on every way out, and the JSONL record contract.
import {mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {createDeduplicator, createSiteTemplates} from '../src/index.js'
import {BIN, finished, linesOut, runBin, start} from './bin.js'

const seedsDir = join(import.meta.dirname, 'seeds')
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({id: f, text: readFileSync(join(seedsDir, f), 'utf8')}))
const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r) + '\n').join('')
const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l))
const temp = () => mkdtempSync(join(tmpdir(), 'dechrome-bin-'))
const version = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version
const prose = 'The council voted on Tuesday to expand the bus network into three northern suburbs after two years of debate.'

test('the bin runs through a symlink, as npm and npx install it', async () => {
  const link = join(temp(), 'dechrome')
  symlinkSync(BIN, link)
  const run = await runBin(['--version'], '', link)
  expect(run).toMatchObject({code: 0, stdout: `${version}\n`})
  const cleaned = await runBin(['clean'], `${prose}\nREAD MORE: Something else\n`, link)
  expect(cleaned).toMatchObject({code: 0, stdout: `${prose}\n`})
})

describe('exit status and errors', () => {
  test('a --jsonl run with failed records exits 1 and counts them on stderr', async () => {
    const run = await runBin(['clean', '--jsonl'], 'not json\n{"id": 1}\n')
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('dechrome: 2 of 2 records failed (see their "error" field)\n')
    expect(parse(run.stdout).map((r) => r.error.code)).toEqual(['ERR_DECHROME_RECORD', 'ERR_DECHROME_RECORD'])
  })

  test('a damaged snapshot is one line on stderr, not a stack trace', async () => {
    const file = join(temp(), 'index.bin')
    writeFileSync(file, 'this is not a snapshot')
    const run = await runBin(['clean', '--jsonl', '--dedup-snapshot', file], jsonl([{id: 'a', text: prose}]))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^dechrome: .*snapshot.*\n$/i)
  })

  test('an unreadable snapshot path is one line too', async () => {
    const run = await runBin(['clean', '--jsonl', '--dedup-snapshot', temp()], '')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^dechrome: EISDIR[^\n]*\n$/)
  })
})

describe('--dedup-snapshot is saved on every exit that processed records', () => {
  const records = seeds.slice(0, 3)

  test.each([
    ['SIGINT', 130, 'Ctrl-C'],
    ['SIGTERM', 143, 'SIGTERM'],
  ] as const)('on %s (%i, %s): the records so far are in the index', async (signal, code, _name) => {
    const file = join(temp(), 'index.bin')
    const child = start(['clean', '--jsonl', '--dedup-snapshot', file])
    const done = finished(child)
    child.stdin.write(jsonl(records))
    await linesOut(child, 3)
    child.kill(signal)
    expect((await done).code).toBe(code)
    const dedup = createDeduplicator({snapshot: new Uint8Array(readFileSync(file))})
    expect(records.map((r) => dedup.has(r.id))).toEqual([true, true, true])
  })

  test('--templates-snapshot is saved on the same occasions: Ctrl-C', async () => {
    const file = join(temp(), 'sites.bin')
    const child = start(['clean', '--jsonl', '--templates', '--templates-snapshot', file])
    const done = finished(child)
    child.stdin.write(jsonl(records.map((r, i) => ({...r, url: `https://www.example.com/${i}`}))))
    await linesOut(child, 3)
    child.kill('SIGINT')
    expect((await done).code).toBe(130)
    const templates = createSiteTemplates({snapshot: new Uint8Array(readFileSync(file))})
    expect(templates.stats().sites).toBe(1)
    expect(templates.stats().blocks).toBeGreaterThan(records.length)
  })

  test('when the reader goes away (EPIPE)', async () => {
    const file = join(temp(), 'index.bin')
    const child = start(['clean', '--jsonl', '--dedup-snapshot', file])
    const done = finished(child)
    child.stdin.write(jsonl(records.slice(0, 1)))
    await linesOut(child, 1)
    child.stdout.destroy()
    // Keep the input open: only the closed output can end the program now.
    child.stdin.write(jsonl(records.slice(1)))
    expect((await done).code).toBe(0)
    const dedup = createDeduplicator({snapshot: new Uint8Array(readFileSync(file))})
    expect(dedup.has(records[0].id)).toBe(true)
  })

  test('--snapshot-every N: a crash loses at most N records', async () => {
    const file = join(temp(), 'index.bin')
    const child = start(['clean', '--jsonl', '--dedup-snapshot', file, '--snapshot-every', '2'])
    const done = finished(child)
    child.stdin.write(jsonl(records))
    await linesOut(child, 3)
    child.kill('SIGKILL')
    expect((await done).signal).toBe('SIGKILL')
    const dedup = createDeduplicator({snapshot: new Uint8Array(readFileSync(file))})
    expect(records.map((r) => dedup.has(r.id))).toEqual([true, true, false])
  })

  test('rejects a bad --snapshot-every and one without a snapshot', async () => {
    expect((await runBin(['clean', '--jsonl', '--dedup-snapshot', 'x.bin', '--snapshot-every', '0'])).code).toBe(2)
    expect((await runBin(['clean', '--jsonl', '--dedup', '--snapshot-every', '5'])).code).toBe(2)
  })
})

describe('the JSONL record contract', () => {
  test('a record without an id is one error record, with and without --dedup, and the run goes on', async () => {
    const text = seeds[4].text
    for (const args of [['clean', '--jsonl'], ['clean', '--jsonl', '--dedup']]) {
      const run = await runBin(args, jsonl([{id: 'a', text}, {text, source: 'feed'}, {id: null, text}, {id: 'b', text}]))
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/2 of 4 records failed/)
      const out = parse(run.stdout)
      expect(out.map((r) => [r.id, r.error?.code ?? 'ok'])).toEqual([['a', 'ok'], [null, 'ERR_DECHROME_RECORD'], [null, 'ERR_DECHROME_RECORD'], ['b', 'ok']])
      expect(out[1]).toEqual({id: null, source: 'feed', error: {code: 'ERR_DECHROME_RECORD', message: expect.stringMatching(/to have an `id`/)}})
    }
  })

  test('ids are validated the same way with and without --dedup', async () => {
    const input = jsonl([{id: '', text: prose}, {id: 'x'.repeat(257), text: prose}, {id: 'x'.repeat(256), text: prose}])
    for (const args of [['clean', '--jsonl'], ['clean', '--jsonl', '--dedup']]) {
      const run = await runBin(args, input)
      const out = parse(run.stdout)
      expect(out.map((r) => r.error?.code ?? 'ok')).toEqual(['ERR_DECHROME_RECORD', 'ERR_DECHROME_RECORD', 'ok'])
      expect(out[1].error.message).toMatch(/1 to 256 characters/)
      expect(run.code).toBe(1)
    }
  })

  test('the caller\'s fields pass through; language is the API object; removals carry their line', async () => {
    const input = jsonl([{url: 'https://example.com/a', id: 'a', source: {site: 'x'}, text: `${prose}\nREAD MORE: Something`, language: 'ours'}])
    const run = await runBin(['clean', '--jsonl'], input)
    const [record] = parse(run.stdout)
    expect(Object.keys(record)).toEqual(['id', 'url', 'source', 'text', 'language', 'removed'])
    expect(record).toMatchObject({id: 'a', url: 'https://example.com/a', source: {site: 'x'}, language: {code: 'eng', tag: 'en', source: 'franc'}})
    expect(record.removed).toEqual([{text: 'READ MORE: Something', line: 2, category: 'teaser', rule: 'teaser/read-more', reason: expect.any(String)}])
  })

  test('failed records keep the caller\'s fields and give a code and a message', async () => {
    const run = await runBin(['clean', '--jsonl'], jsonl([{id: 'a', url: 'u', text: 5}]))
    expect(parse(run.stdout)).toEqual([{id: 'a', url: 'u', error: {code: 'ERR_DECHROME_RECORD', message: expect.stringMatching(/"text" or "html"/)}}])
  })

  test('U+2028 and U+2029 are escaped in the output', async () => {
    const run = await runBin(['clean', '--jsonl'], jsonl([{id: 'a\u2028b', text: `${prose} One\u2029two.`}]))
    expect(run.stdout).not.toMatch(/[\u2028\u2029]/)
    expect(run.stdout).toContain('a\\u2028b')
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(parse(run.stdout)[0].id).toBe('a\u2028b')
  })

  test('a line over --max-record-bytes gets an error record and the stream goes on', async () => {
    const long = JSON.stringify({id: 'long', text: 'x '.repeat(1000)})
    const run = await runBin(['clean', '--jsonl', '--max-record-bytes', '1000'], `${long}\n${jsonl([{id: 'next', text: prose}])}`)
    const out = parse(run.stdout)
    expect(out[0]).toEqual({id: null, error: {code: 'ERR_DECHROME_RECORD_TOO_LARGE', message: expect.stringMatching(/2\d\d\d bytes, over --max-record-bytes \(1000\)/)}})
    expect(out[1]).toMatchObject({id: 'next', text: prose})
    expect(run.code).toBe(1)
  })
})
