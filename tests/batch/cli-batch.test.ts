// `dechrome clean --jsonl` at scale, through the built program: workers, bad
// input, determinism across worker counts, progress and Ctrl-C.
import {spawn} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {describe, expect, test} from 'vitest'
import {BIN, finished, linesOut, runBin, start} from '../bin.js'

const seedsDir = join(import.meta.dirname, '..', 'seeds')
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({id: f, text: readFileSync(join(seedsDir, f), 'utf8')}))
const pages = gunzipSync(readFileSync(join(import.meta.dirname, '..', '..', 'bench', 'data', 'scrapinghub-aeb.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .slice(0, 12)
  .map((l) => JSON.parse(l) as {id: string; html: string; url: string})
const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r) + '\n').join('')
const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l))
const prose = 'The council voted on Tuesday to expand the bus network into three northern suburbs after two years of debate.'
// Seconds of work: far over a 300 ms limit, while a short record takes a few milliseconds.
const slowText = Array.from({length: 40_000}, (_, i) => `Paragraph ${i} says the council met on Tuesday to talk about the budget.`).join('\n')

describe('bad input: one error record each, the run goes on, exit 1 with the count on stderr', () => {
  test('malformed JSON, missing text, wrong field types, a page over --timeout-ms, a truncated final line', async () => {
    const input = [
      JSON.stringify({id: 'ok-1', text: prose}),
      '{"id": "broken", "text": "no closing quote}',
      JSON.stringify({id: 'no-text', body: prose}),
      JSON.stringify({id: 'wrong-type', text: 42}),
      JSON.stringify({id: {nested: true}, text: prose}),
      JSON.stringify({id: 'slow', text: slowText}),
      JSON.stringify({id: 'ok-2', url: 'https://example.com/2', text: prose}),
      '{"id": "cut", "text": "The end of the stream arrives mid-rec',
    ].join('\n')
    const run = await runBin(['clean', '--jsonl', '--workers', '2', '--timeout-ms', '300'], input)
    const out = parse(run.stdout)
    expect(out.map((r) => [r.id, r.error?.code ?? 'ok'])).toEqual([
      ['ok-1', 'ok'],
      [null, 'ERR_DECHROME_RECORD'],
      ['no-text', 'ERR_DECHROME_RECORD'],
      ['wrong-type', 'ERR_DECHROME_RECORD'],
      [null, 'ERR_DECHROME_RECORD'],
      ['slow', 'ERR_DECHROME_TIMEOUT'],
      ['ok-2', 'ok'],
      [null, 'ERR_DECHROME_RECORD'],
    ])
    expect(out[6]).toMatchObject({url: 'https://example.com/2', text: prose})
    expect(out[5].error.message).toMatch(/300 ms/)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('dechrome: 6 of 8 records failed (see their "error" field)\n')
  })

  test('a 200 MB line is skipped unread with one error record, and the next record is cleaned', async () => {
    const child = start(['clean', '--jsonl', '--workers', '1'])
    const done = finished(child)
    const write = (s: string) => new Promise<void>((resolve) => (child.stdin.write(s) ? resolve() : child.stdin.once('drain', resolve)))
    await write('{"id": "huge", "text": "')
    const megabyte = 'x'.repeat(1 << 20)
    for (let i = 0; i < 200; i++) await write(megabyte)
    await write('"}\n' + JSON.stringify({id: 'after', text: prose}) + '\n')
    child.stdin.end()
    const run = await done
    const out = parse(run.stdout)
    expect(out).toHaveLength(2)
    expect(out[0]).toMatchObject({id: null, error: {code: 'ERR_DECHROME_RECORD_TOO_LARGE'}})
    expect(out[1]).toMatchObject({id: 'after', text: prose})
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('dechrome: 1 of 2 records failed (see their "error" field)\n')
  })

  test('--max-record-bytes is one budget for the line and its document: a record that fits is cleaned, a longer one skipped', async () => {
    // 17 MB of text: over the default 16 MiB, under the 18 MB given.
    const text = `${prose}\n`.repeat(Math.ceil(17e6 / (prose.length + 1)))
    const input = jsonl([{id: 'long', text}, {id: 'short', text: prose}])
    const raised = await runBin(['clean', '--jsonl', '--workers', '1', '--max-record-bytes', '18000000'], input)
    expect(parse(raised.stdout).map((r) => [r.id, r.error?.code ?? 'ok'])).toEqual([['long', 'ok'], ['short', 'ok']])
    expect(raised.code).toBe(0)
    const byDefault = await runBin(['clean', '--jsonl', '--workers', '1'], input)
    expect(parse(byDefault.stdout).map((r) => [r.id, r.error?.code ?? 'ok'])).toEqual([[null, 'ERR_DECHROME_RECORD_TOO_LARGE'], ['short', 'ok']])
  })
})

describe('determinism', () => {
  // Text and HTML records, syndicated copies under other ids (duplicates), a failing record.
  const records = [
    ...seeds,
    ...pages.map((p) => ({id: p.id, url: p.url, html: p.html})),
    ...seeds.map((s) => ({id: `copy-${s.id}`, text: s.text})),
    {id: 'bad', text: null},
    ...pages.slice(0, 3).map((p) => ({id: `copy-${p.id}`, html: p.html})),
  ]
  const input = jsonl(records)

  test.each([[[]], [['--dedup']], [['--dedup', '--duplicates', 'drop']]])('the same input gives byte-identical output through --workers 1 and 2 (%j)', async (flags) => {
    const one = await runBin(['clean', '--jsonl', '--workers', '1', ...flags], input)
    const two = await runBin(['clean', '--jsonl', '--workers', '2', ...flags], input)
    expect(one.code).toBe(1) // the bad record
    expect(parse(one.stdout).map((r) => r.id)).toEqual(records.map((r) => r.id))
    expect(two.stdout).toBe(one.stdout)
    if (flags.length) expect(parse(one.stdout).some((r) => r.duplicates?.length > 0)).toBe(true)
  })
})

describe('progress and interruption', () => {
  const input = jsonl(seeds)

  test('progress goes to stderr only when forced or on a terminal, with an ETA when stdin is a file', async () => {
    const quiet = await runBin(['clean', '--jsonl', '--workers', '1'], input)
    expect(quiet).toMatchObject({code: 0, stderr: ''})
    const piped = await runBin(['clean', '--jsonl', '--workers', '1', '--progress'], input)
    expect(piped.stdout).toBe(quiet.stdout)
    expect(piped.stderr).toMatch(/^dechrome: \d+ docs {2}[\d.]+ docs\/s {2}[\d.]+ MB\/s {2}removed [\d.]+% {2}errors 0\n/)
    expect(piped.stderr).toMatch(/dechrome: 5 docs .*\n$/)
    expect(piped.stderr).not.toMatch(/ETA/)

    const file = join(mkdtempSync(join(tmpdir(), 'dechrome-progress-')), 'in.jsonl')
    writeFileSync(file, input)
    const fd = openSync(file, 'r')
    const child = spawn(process.execPath, [BIN, 'clean', '--jsonl', '--workers', '1', '--progress'], {stdio: [fd, 'pipe', 'pipe']})
    closeSync(fd)
    const fromFile = await finished(child as never)
    expect(fromFile.stdout).toBe(quiet.stdout)
    expect(fromFile.stderr).toMatch(/ETA \d+s\n$/)
  })

  test('Ctrl-C exits 130 and what was written is whole JSON lines', async () => {
    const child = start(['clean', '--jsonl', '--workers', '2'])
    const done = finished(child)
    child.stdin.write(jsonl(Array.from({length: 40}, (_, i) => ({id: i, text: seeds[i % seeds.length].text}))))
    await linesOut(child, 3)
    child.kill('SIGINT')
    const run = await done
    expect(run.code).toBe(130)
    expect(run.stdout.endsWith('\n')).toBe(true)
    const out = parse(run.stdout)
    expect(out.length).toBeGreaterThanOrEqual(3)
    expect(out.map((r) => r.id)).toEqual(out.map((_, i) => i))
  })
})
