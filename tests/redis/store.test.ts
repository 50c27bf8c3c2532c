import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {createClient} from 'redis'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {createDeduplicator, type DedupResult} from '../../src/dedup/index.js'
import {StorageError} from '../../src/dedup/storage.js'
import {redisStorage} from '../../src/redis/index.js'
import {startRedis, type RedisServer} from '../redis-server.js'

const seeds = join(import.meta.dirname, '..', 'seeds')
const documents = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((file) => ({id: file, text: readFileSync(join(seeds, file), 'utf8')}))

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

test('dechrome/redis exports only the store and its error', async () => {
  expect(Object.keys(await import('../../src/redis/index.js')).sort()).toEqual(['StorageError', 'redisStorage'])
})
