import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {expect, test} from 'vitest'
import {clean, cleanMany, createDeduplicator, OptionsError, type CleanManyResult} from '../../src/index.js'

const seedDir = join(import.meta.dirname, '..', 'seeds')
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({id: f, text: readFileSync(join(seedDir, f), 'utf8')}))
// Each seed twice under a second id: the copies are duplicates of the first pass.
const stream = [...seeds, ...seeds.map((s) => ({id: `copy-${s.id}`, text: s.text}))]

async function collect(results: AsyncIterable<CleanManyResult>): Promise<CleanManyResult[]> {
  const out: CleanManyResult[] = []
  for await (const r of results) out.push(r)
  return out
}

test('results equal clean() on each document, in input order, carrying the ids', async () => {
  const results = await collect(cleanMany(seeds, {concurrency: 2}))
  expect(results).toEqual(seeds.map(({id, text}) => ({id, ...clean(text)})))
})

test('dedup decides as a single-threaded run in input order, whatever the concurrency', async () => {
  const dedup = createDeduplicator()
  // Rendered after dedup, on the main thread: result.html drops the repeats too.
  const expected = stream.map(({id, text}) => ({id, ...clean(text, {dedup, id, duplicates: 'drop', output: 'html'})}))
  expect(expected.some((r) => 'blocks' in r && r.blocks.some((b) => b.category === 'duplicate'))).toBe(true)
  for (const concurrency of [1, 2, 3]) {
    const index = createDeduplicator()
    const results = await collect(cleanMany(stream, {concurrency, dedup: index, duplicates: 'drop', output: 'html'}))
    expect(results).toEqual(expected)
    expect(index.snapshot()).toEqual(dedup.snapshot())
  }
})

test('keep runs on the main thread and vetoes removals as in clean()', async () => {
  const seen: string[] = []
  const keep = (block: {category?: string; text: string}) => {
    seen.push(block.text)
    return block.category === 'related'
  }
  const results = await collect(cleanMany(seeds, {concurrency: 2, keep}))
  const expected = seeds.map(({id, text}) => ({id, ...clean(text, {keep: (b) => b.category === 'related'})}))
  expect(results).toEqual(expected)
  expect(seen.length).toBeGreaterThan(0)
})

test('a block the keep hook brings back keeps its markup through workers, as in clean()', async () => {
  const html = '<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Title here</h1><p>' + 'The council met on Tuesday to discuss the budget for next year. '.repeat(4) + '</p></article></body></html>'
  const keep = (block: {text: string}) => block.text.startsWith('Home')
  const [result] = await collect(cleanMany([{id: 'page', html}], {concurrency: 2, keep, output: 'markdown'}))
  expect(result).toEqual({id: 'page', ...clean(html, {format: 'html', keep, output: 'markdown'})})
  expect((result as {markdown: string}).markdown).toContain('[Home](/)')
})

test('HTML records are cleaned in HTML mode, strings get their position as id', async () => {
  const html = '<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Title here</h1><p>' + 'The council met on Tuesday to discuss the budget for next year. '.repeat(4) + '</p></article></body></html>'
  const results = await collect(cleanMany([{id: 'page', html}, 'A plain line of text that is a sentence of prose.'], {concurrency: 1}))
  expect(results).toEqual([
    {id: 'page', ...clean(html, {format: 'html'})},
    {id: 1, ...clean('A plain line of text that is a sentence of prose.')},
  ])
  expect((results[0] as {format: string}).format).toBe('html')
})

test('a bad record yields an error with a code and the stream goes on', async () => {
  const source = [
    {id: 'ok-1', text: 'A first short document with a sentence.'},
    {text: 'no id'},
    {id: 'wrong-type', text: 42},
    {id: '', text: 'empty id'},
    null,
    {id: 'big', text: 'x'.repeat(2000)},
    {id: 'ok-2', text: 'A last short document with a sentence.'},
  ]
  const results = await collect(cleanMany(source as never, {concurrency: 2, maxBytes: 1000}))
  expect(results.map((r) => [r.id, 'error' in r ? r.error.code : 'ok'])).toEqual([
    ['ok-1', 'ok'],
    [null, 'ERR_DECHROME_INPUT'],
    ['wrong-type', 'ERR_DECHROME_INPUT'],
    [null, 'ERR_DECHROME_INPUT'],
    [null, 'ERR_DECHROME_INPUT'],
    ['big', 'ERR_DECHROME_INPUT'],
    ['ok-2', 'ok'],
  ])
  // The same rule, and words, as the CLI's JSON Lines records.
  expect(results[1]).toEqual({id: null, error: {code: 'ERR_DECHROME_INPUT', message: expect.stringMatching(/^Expected the record to have an `id` .*got `undefined`$/)}})
  for (const r of results) if ('error' in r) expect(r.error.message.length).toBeGreaterThan(10)
})

test('a document over timeoutMs gets a timeout error; the others are cleaned', async () => {
  // 40 000 lines of prose take seconds; a short line well under a millisecond once the worker is warm.
  const slow = Array.from({length: 40_000}, (_, i) => `Paragraph ${i} says the council met on Tuesday to talk about the budget.`).join('\n')
  const results = await collect(cleanMany([{id: 'a', text: 'Short.'}, {id: 'slow', text: slow}, {id: 'b', text: 'Also short.'}], {concurrency: 1, timeoutMs: 400}))
  expect(results.map((r) => [r.id, 'error' in r ? r.error.code : 'ok'])).toEqual([
    ['a', 'ok'],
    ['slow', 'ERR_DECHROME_TIMEOUT'],
    ['b', 'ok'],
  ])
})

test('Node streams, web streams and async generators are sources', async () => {
  const expected = seeds.slice(0, 2).map(({id, text}) => ({id, ...clean(text)}))
  expect(await collect(cleanMany(Readable.from(seeds.slice(0, 2)), {concurrency: 1}))).toEqual(expected)
  expect(await collect(cleanMany(ReadableStream.from(seeds.slice(0, 2)) as AsyncIterable<never>, {concurrency: 1}))).toEqual(expected)
  async function* generate() {
    yield* seeds.slice(0, 2)
  }
  expect(await collect(cleanMany(generate(), {concurrency: 1}))).toEqual(expected)
})

test('unordered output yields every document once', async () => {
  const results = await collect(cleanMany(stream, {concurrency: 2, ordered: false}))
  expect(results.map((r) => r.id).sort()).toEqual(stream.map((s) => s.id).sort())
})

test('the pool reads ahead a bounded number of records', async () => {
  let pulled = 0
  function* endless() {
    for (;;) {
      pulled++
      yield {id: pulled, text: seeds[pulled % seeds.length].text}
    }
  }
  let taken = 0
  for await (const r of cleanMany(endless(), {concurrency: 2})) {
    expect('error' in r).toBe(false)
    if (++taken === 20) break
  }
  // 20 taken, at most 4 × concurrency ahead (plus the one being pulled).
  expect(pulled).toBeLessThanOrEqual(20 + 8 + 1)
})

test('an AbortSignal stops the run with its reason', async () => {
  const controller = new AbortController()
  let taken = 0
  const run = async () => {
    for await (const _ of cleanMany(stream, {concurrency: 2, signal: controller.signal})) {
      if (++taken === 2) controller.abort(new Error('stop here'))
    }
  }
  await expect(run()).rejects.toThrow('stop here')
  expect(taken).toBe(2)
})

test('options are validated when cleanMany is called', () => {
  expect(() => cleanMany(seeds, {concurrency: 0})).toThrow(OptionsError)
  expect(() => cleanMany(seeds, {concurrency: 1.5})).toThrow(/`concurrency`.*got `1.5` \(number\)/)
  expect(() => cleanMany(seeds, {timeoutMs: -1})).toThrow(/`timeoutMs`/)
  expect(() => cleanMany(seeds, {ordered: 'yes' as never})).toThrow(/`ordered`/)
  expect(() => cleanMany(seeds, {signal: {} as never})).toThrow(/`signal`/)
  expect(() => cleanMany(seeds, {favor: 'most' as never})).toThrow(/`favor`/)
  expect(() => cleanMany(seeds, {id: 'x'} as never)).toThrow(/`id` is per document/)
  expect(() => cleanMany(42 as never)).toThrow(/`source`/)
  // A misspelt batch option is named, and the message offers the batch's own options as well as clean()'s.
  expect(() => cleanMany(seeds, {concurency: 2} as never)).toThrow(OptionsError)
  expect(() => cleanMany(seeds, {concurency: 2} as never)).toThrow(/Unknown option `concurency`.*favor.*concurrency, signal, ordered, timeoutMs, templatesWarmup/)
  // An inherited name is no option either.
  expect(() => cleanMany(seeds, {toString: 1} as never)).toThrow(/Unknown option `toString`/)
})

test('a page at the element budget cleans inside a worker under its heap limit (WORKER_HEAP)', async () => {
  // 500 000 paragraphs: the parse stops at maxElements (100 000), the largest tree a default run builds.
  const [result] = await collect(cleanMany([{id: 'wide', html: '<p>a</p>'.repeat(500_000)}], {concurrency: 1, timeoutMs: 120_000}))
  expect('error' in result).toBe(false)
  expect(result).toMatchObject({id: 'wide', truncated: {reason: expect.stringMatching(/maxElements/)}})
}, 180_000)
