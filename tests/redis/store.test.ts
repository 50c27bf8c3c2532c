import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {createClient} from 'redis'
import {afterAll, afterEach, beforeAll, expect, test, vi} from 'vitest'
import {cleanMany} from '../../src/batch/cleanMany.js'
import {createDeduplicator, type DedupResult} from '../../src/dedup/index.js'
import {StorageError} from '../../src/dedup/storage.js'
import {OptionsError, UnsupportedError} from '../../src/errors.js'
import {clean} from '../../src/clean.js'
import {redisStorage} from '../../src/redis/index.js'
import {startRedis, type RedisServer} from '../redis-server.js'
import {seedArticles} from '../seed-articles.js'

const documents = seedArticles

let server: RedisServer
let client: ReturnType<typeof createClient>
beforeAll(async () => {
  server = await startRedis()
  client = createClient({url: server.url})
  client.on('error', () => {})
  await client.connect()
}, 30_000)
afterAll(async () => {
  await client?.close()
  await server?.stop()
})

test('one process on Redis gives exactly the in-memory results on the seeds', async () => {
  const memory = createDeduplicator()
  const expected = documents.map((d) => memory.add(d))
  const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'seeds'})})
  const got: DedupResult[] = []
  for (const d of documents) got.push(await dedup.addAsync(d))
  expect(got).toEqual(expected)
  expect(got.reduce((n, r) => n + r.duplicates, 0)).toBeGreaterThan(3)
})

test('a block with more candidates than maxCandidates resolves them all first (every candidate is checked for its document)', async () => {
  // Rounds of the bundled gold paragraphs, each line retagged: many paragraphs with many LSH candidates.
  const lines = gunzipSync(readFileSync(join(import.meta.dirname, '..', '..', 'bench', 'data', 'scrapinghub-aeb.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean).slice(0, 40)
  const docs: {id: string; blocks: string[]}[] = []
  for (const round of [0, 1, 2]) {
    for (const line of lines) {
      const record = JSON.parse(line) as {id: string; gold?: string}
      docs.push({id: `${record.id}~${round}`, blocks: (record.gold ?? '').split('\n').filter((p) => p.trim()).map((p) => `${p} (${round}, ${docs.length})`)})
    }
  }
  const options = {maxCandidates: 1}
  const memory = createDeduplicator(options)
  const expected = docs.map((d) => memory.add(d))
  const dedup = createDeduplicator({...options, storage: redisStorage({client, prefix: 'candidates'})})
  const got: DedupResult[] = []
  for (const d of docs) got.push(await dedup.addAsync(d))
  expect(got).toEqual(expected)
  expect(got.reduce((n, r) => n + r.duplicates, 0)).toBeGreaterThan(100)
}, 60_000)

test('a redelivered document comes out as it did the first time, from any worker', async () => {
  const storage = redisStorage({client, prefix: 'redelivery'})
  const one = createDeduplicator({storage})
  const first: DedupResult[] = []
  for (const d of documents) first.push(await one.addAsync(d))
  const other = createDeduplicator({storage: redisStorage({client, prefix: 'redelivery'})})
  const again = await Promise.all(documents.map((d) => other.addAsync(d)))
  expect(again).toEqual(first)
  const keys = Number(await client.sendCommand(['DBSIZE']))
  await other.addAsync(documents[0])
  expect(Number(await client.sendCommand(['DBSIZE']))).toBe(keys)
})

test('documents in flight at once never give one paragraph two owners', async () => {
  const text = documents[0].text
  const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'race'})})
  const results = await Promise.all(Array.from({length: 8}, (_, i) => dedup.addAsync({id: `copy-${i}`, text})))
  const originals = results.filter((r) => r.duplicates === 0)
  expect(originals).toHaveLength(1)
  for (const r of results) if (r !== originals[0]) expect(r.blocks.filter((b) => b.duplicateOf).every((b) => b.duplicateOf![0].id === originals[0].id)).toBe(true)
})

test('the sync add, a missing id, other parameters and a closed client are typed errors', async () => {
  const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'errors'})})
  expect(() => dedup.add({id: 'a', text: 'x'})).toThrow(/addAsync/)
  await expect(dedup.addAsync({text: 'no id'})).rejects.toThrow(/needs an `id`/)
  await dedup.addAsync({id: 'a', text: 'first words'})
  const other = createDeduplicator({storage: redisStorage({client, prefix: 'errors'}), nearThreshold: 0.9})
  await expect(other.addAsync({id: 'b', text: 'x'})).rejects.toThrow(StorageError)
  const late = createClient({url: server.url})
  late.on('error', () => {})
  const offline = createDeduplicator({storage: redisStorage({client: late, prefix: 'errors'})})
  await expect(offline.addAsync({id: 'c', text: 'x'})).rejects.toThrow(/not connected/)
  // Once the client is connected, the same index works: a failure at start is not remembered.
  await late.connect()
  expect((await offline.addAsync({id: 'c', text: 'first words'})).blocks[0].kind).toBe('exact')
  await late.close()
  expect(() => redisStorage({client: {} as never})).toThrow(/node-redis client/)
  expect(() => redisStorage({client, prefix: 'a b'})).toThrow(/prefix/)
})

test('unknown redisStorage options are errors that name them', () => {
  expect(() => redisStorage({client, ttl: 60} as never)).toThrow(OptionsError)
  expect(() => redisStorage({client, ttl: 60} as never)).toThrow(/Unknown option `ttl`.*ttlSeconds/)
})

test('the documented defaults: prefix dechrome, a 7-day TTL', async () => {
  const dedup = createDeduplicator({storage: redisStorage({client})})
  await dedup.addAsync(documents[0])
  const params = JSON.parse(String(await client.sendCommand(['GET', '{dechrome}:params'])))
  expect(params).toMatchObject({ttlSeconds: 604_800, layout: 4})
  // A committed document expires two TTLs after its write.
  const ttl = Number(await client.sendCommand(['TTL', `{dechrome}:d:${documents[0].id}`]))
  expect(ttl).toBeGreaterThan(604_800)
  expect(ttl).toBeLessThanOrEqual(2 * 604_800)
})

afterEach(() => void vi.useRealTimers())

test('a call Redis does not answer fails with StorageError after timeoutMs, 5 000 by default', async () => {
  vi.useFakeTimers()
  const silent = {isReady: true, sendCommand: () => new Promise<never>(() => {})}
  for (const [options, limit] of [[{}, 5000], [{timeoutMs: 50}, 50]] as const) {
    const dedup = createDeduplicator({storage: redisStorage({client: silent, ...options})})
    let outcome: unknown = 'pending'
    dedup.addAsync(documents[0]).then(
      () => (outcome = 'answered'),
      (error: unknown) => (outcome = error),
    )
    await vi.advanceTimersByTimeAsync(limit - 1)
    expect(outcome).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome).toBeInstanceOf(StorageError)
    expect((outcome as StorageError).message).toMatch(new RegExp(`within ${limit} ms`))
  }
})

test('on a shared store the synchronous calls are UnsupportedErrors: add, has, stats, snapshot and clean({dedup})', () => {
  const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'sync'})})
  const calls = [() => dedup.add({id: 'a', text: 'x'}), () => dedup.has('a'), () => dedup.stats(), () => dedup.snapshot(), () => clean(documents[0].text, {dedup})]
  for (const call of calls) {
    expect(call).toThrow(UnsupportedError)
    expect(call).toThrow(expect.objectContaining({code: 'ERR_DECHROME_UNSUPPORTED'}))
  }
})

test('cleanMany with an index on Redis drops the repeats the in-memory index drops, in input order', async () => {
  const stream = [...documents, ...documents.map((d) => ({id: `copy-${d.id}`, text: d.text}))]
  const run = async (dedup: ReturnType<typeof createDeduplicator>) => {
    const out = []
    for await (const r of cleanMany(stream, {concurrency: 2, dedup, duplicates: 'drop'})) out.push(r)
    return out
  }
  const memory = await run(createDeduplicator())
  const redis = await run(createDeduplicator({storage: redisStorage({client, prefix: 'many'})}))
  expect(redis).toEqual(memory)
  expect(redis.filter((r) => 'blocks' in r && r.blocks.some((b) => b.category === 'duplicate')).length).toBeGreaterThanOrEqual(documents.length)
}, 60_000)

test('dechrome/redis exports only the store and its error', async () => {
  expect(Object.keys(await import('../../src/redis/index.js')).sort()).toEqual(['StorageError', 'redisStorage'])
})

test('the index is one hash per tier and generation plus record strings, every key with a TTL, not a key per paragraph or band', async () => {
  const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'layout'})})
  for (const d of documents) await dedup.addAsync(d)
  const stored = Number(await client.sendCommand(['GET', '{layout}:seq']))
  expect(stored).toBeGreaterThan(50)
  const keys = (await client.sendCommand<string[]>(['KEYS', '{layout}:*'])).sort()
  const kinds = new Set(keys.map((k) => k.split(':')[1]))
  expect([...kinds].sort()).toEqual(['b', 'd', 'n', 'params', 'r', 'seq', 'x'])
  // One generation written: one band hash holding every stored paragraph's 12 band values (bucketed), one exact hash.
  const bandKeys = keys.filter((k) => k.startsWith('{layout}:b:'))
  expect(bandKeys).toHaveLength(1)
  expect(Number(await client.sendCommand(['HLEN', bandKeys[0]]))).toBeGreaterThan(stored * 6)
  expect(keys.filter((k) => k.startsWith('{layout}:x:'))).toHaveLength(1)
  expect(keys.length).toBeLessThan(stored)
  for (const key of keys) {
    const kind = key.split(':')[1]
    if (kind !== 'params' && kind !== 'seq') expect(Number(await client.sendCommand(['TTL', key]))).toBeGreaterThan(0)
  }
  // \`paragraphs\` sized layout 3; it is accepted and changes nothing.
  const sized = createDeduplicator({storage: redisStorage({client, prefix: 'layout', paragraphs: 5000})})
  expect((await sized.addAsync({id: 'late', text: documents[0].text})).duplicates).toBeGreaterThan(0)
})

/** Waits until the Redis clock enters a new period of `seconds`. */
async function nextPeriod(seconds: number): Promise<void> {
  const now = async () => Number((await client.sendCommand<string[]>(['TIME']))[0])
  const start = Math.floor((await now()) / seconds)
  while (Math.floor((await now()) / seconds) === start) await new Promise((r) => setTimeout(r, 50))
}

test('a paragraph is found for at least ttlSeconds and forgotten after two, and old generations are freed', async () => {
  const [doc] = documents
  const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'ttl', ttlSeconds: 2})})
  const bandKeys = async () => (await client.sendCommand<string[]>(['KEYS', '{ttl}:b:*'])).sort()
  await nextPeriod(2)
  const first = await dedup.addAsync({id: 'first', text: doc.text})
  expect(first.duplicates).toBe(0)
  const [written] = await bandKeys()
  const fields = Number(await client.sendCommand(['HLEN', written]))
  expect(fields).toBeGreaterThan(12)
  // Expires when its generation is two old: within two TTLs.
  const expiresIn = Number(await client.sendCommand(['PTTL', written]))
  expect(expiresIn).toBeGreaterThan(2000)
  expect(expiresIn).toBeLessThanOrEqual(4000)
  // The next generation still reads this one.
  await nextPeriod(2)
  const copy = await dedup.addAsync({id: 'copy', text: doc.text})
  expect(copy.duplicates).toBe(first.blocks.filter((b) => b.text.trim()).length)
  // Two generations on, the paragraphs are stale: the same text is an original again.
  await nextPeriod(2)
  await nextPeriod(2)
  const again = await dedup.addAsync({id: 'again', text: doc.text})
  expect(again.duplicates).toBe(0)
  // Only the generation just written is left, with as many fields as the first write.
  const left = await bandKeys()
  expect(left).toHaveLength(1)
  expect(left[0]).not.toBe(written)
  expect(Number(await client.sendCommand(['HLEN', left[0]]))).toBe(fields)
}, 30_000)
