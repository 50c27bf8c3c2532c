// The JSONL stream's parts, in process: line splitting under a cap, awaited writes, the record mapping.
import {describe, expect, test} from 'vitest'
import {cleanStream, readLines, type Line, type StreamOptions} from '../src/cli/jsonl.js'

async function collect(chunks: string[], max: number): Promise<Line[]> {
  async function* source() {
    for (const c of chunks) yield Buffer.from(c)
  }
  const out: Line[] = []
  for await (const line of readLines(source(), max)) out.push(decoded(line))
  return out
}

/** A line's bytes as text, to compare; each line's bytes are a buffer of their own (they move to a worker). */
function decoded(line: Line): Line {
  if (!('bytes' in line)) return line
  expect(line.bytes.byteOffset).toBe(0)
  expect(line.bytes.buffer.byteLength).toBe(line.bytes.byteLength)
  return {text: Buffer.from(line.bytes).toString('utf8')}
}

describe('readLines', () => {
  test('splits on \\n across chunk boundaries, drops a \\r before it, keeps a last line without one', async () => {
    const text = 'first\r\nsecond line\n\nthird ü'
    const whole = await collect([text], 100)
    expect(whole).toEqual([{text: 'first'}, {text: 'second line'}, {text: ''}, {text: 'third ü'}])
    // One byte at a time: the multi-byte ü is split across chunks too.
    const bytes = Buffer.from(text)
    async function* byByte() {
      for (const b of bytes) yield Buffer.from([b])
    }
    const lines: Line[] = []
    for await (const line of readLines(byByte(), 100)) lines.push(decoded(line))
    expect(lines).toEqual(whole)
  })

  test('a line over the cap is reported by its length, never held, and the next line is read', async () => {
    const lines = await collect(['short\n', 'x'.repeat(600), 'x'.repeat(600) + '\nafter\n'], 1000)
    expect(lines).toEqual([{text: 'short'}, {tooLong: 1200, limit: 1000}, {text: 'after'}])
  })

  test('a line of exactly the cap is kept', async () => {
    expect(await collect(['y'.repeat(10) + '\n'], 10)).toEqual([{text: 'y'.repeat(10)}])
  })
})

describe('cleanStream', () => {
  test('reads at most a bounded number of records ahead while a write is pending (backpressure)', async () => {
    let pulled = 0
    async function* lines(): AsyncGenerator<Line> {
      for (let i = 0; i < 40; i++) {
        pulled++
        yield {text: JSON.stringify({id: i, text: 'A line of text.'})}
      }
    }
    let release: () => void = () => {}
    const written: string[] = []
    const write = (line: string) => {
      written.push(line)
      return new Promise<void>((resolve) => (release = resolve))
    }
    const run = cleanStream(lines(), write, {clean: {}, dedup: null, workers: 1})
    while (written.length === 0) await new Promise((r) => setTimeout(r, 10))
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5))
    // One record written and blocked; with one worker at most 4 read ahead (plus the one being pulled).
    expect(written.length).toBe(1)
    expect(pulled).toBeLessThanOrEqual(1 + 4 + 1)
    const drain = setInterval(() => release(), 1)
    expect(await run).toEqual({records: 40, failed: 0})
    clearInterval(drain)
  })
})

/** One line through the stream, as the CLI runs it. */
async function cleanLine(line: Line, options: StreamOptions): Promise<unknown> {
  const out: string[] = []
  await cleanStream([line] as unknown as AsyncIterable<Line>, (l) => void out.push(l), {...options, workers: 1})
  return JSON.parse(out[0])
}

describe('one record through the stream', () => {
  const paragraph = '<p>City council members voted on Tuesday to expand the bus network into three northern suburbs.</p>'

  test('truncated is carried into the record', async () => {
    const html = `<html><body><article>${paragraph.repeat(20)}</article></body></html>`
    const record = await cleanLine({text: JSON.stringify({id: 'p', html})}, {clean: {maxElements: 8}, dedup: null})
    expect(record).toMatchObject({id: 'p', truncated: {reason: expect.stringMatching(/maxElements/)}})
  })

  test('fallback is carried into the record', async () => {
    // Every paragraph in a widget-classed box: the guard steps back to a recall pass.
    const html = `<html><body>${`<div class="widget">${paragraph}</div>`.repeat(4)}</body></html>`
    const record = await cleanLine({text: JSON.stringify({id: 'p', html})}, {clean: {}, dedup: null})
    expect(record).toMatchObject({id: 'p', fallback: {reason: expect.stringMatching(/recall-oriented/)}})
  })

  test('a record that is a JSON array or a bare value is a record error', async () => {
    for (const text of ['[1,2]', '"text"', 'null']) {
      expect(await cleanLine({text}, {clean: {}, dedup: null})).toEqual({id: null, error: {code: 'ERR_DECHROME_RECORD', message: 'Record is not a JSON object'}})
    }
  })

  test('a "__proto__" field passes through as data and changes no prototype', async () => {
    const record = await cleanLine({text: '{"id":"a","text":"A line.","__proto__":{"polluted":true}}'}, {clean: {}, dedup: null})
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
    expect(JSON.parse(JSON.stringify(record)).__proto__).toEqual({polluted: true})
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })

  test('an error that is not ours gives ERR_DECHROME_INTERNAL and is handed over with its stack', async () => {
    const bugs: unknown[] = []
    const keep = () => {
      throw new RangeError('a bug')
    }
    const record = await cleanLine({text: JSON.stringify({id: 'a', text: 'READ MORE: Something'})}, {clean: {keep}, dedup: null, onBug: (e) => bugs.push(e)})
    expect(record).toEqual({id: 'a', error: {code: 'ERR_DECHROME_INTERNAL', message: 'a bug'}})
    expect(bugs).toEqual([expect.any(RangeError)])
  })
})

describe('lines as bytes (what readLines gives the stream)', () => {
  test('blank lines, Unicode spaces included, are skipped; a BOM is not stripped; bad UTF-8 becomes U+FFFD', async () => {
    const bytes = (s: string | Buffer) => ({bytes: new Uint8Array(typeof s === 'string' ? Buffer.from(s) : s)})
    const lines: Line[] = [
      bytes('  \t '),
      bytes('\u00a0\u2003'),
      bytes(JSON.stringify({id: 'a', text: 'A first line of prose here.'})),
      bytes('\ufeff' + JSON.stringify({id: 'bom', text: 'x'})),
      bytes(Buffer.concat([Buffer.from('{"id":"bad","text":"caf'), Buffer.from([0xc3]), Buffer.from('"}')])),
    ]
    const out: string[] = []
    const counts = await cleanStream(lines as unknown as AsyncIterable<Line>, (l) => void out.push(l), {clean: {}, dedup: null, workers: 1})
    expect(counts).toEqual({records: 3, failed: 1})
    const records = out.map((l) => JSON.parse(l))
    expect(records[0]).toMatchObject({id: 'a', text: 'A first line of prose here.'})
    expect(records[1]).toEqual({id: null, error: {code: 'ERR_DECHROME_RECORD', message: expect.stringMatching(/not JSON/)}})
    expect(records[2]).toMatchObject({id: 'bad', text: 'caf\ufffd'})
  })
})
