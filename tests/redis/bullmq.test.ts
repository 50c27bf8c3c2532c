/**
 * The recipe for distributing the work: BullMQ workers (on the same Redis)
 * whose processor is clean() with the shared index. See the README.
 */
import {join} from 'node:path'
import {Queue, QueueEvents, Worker, type Job} from 'bullmq'
import {createClient} from 'redis'
import {expect, test} from 'vitest'
import {clean} from '../../src/clean.js'
import {createDeduplicator} from '../../src/dedup/index.js'
import {redisStorage} from '../../src/redis/index.js'
import {useRedisServer} from '../redis-server.js'
import {seedArticles} from '../seed-articles.js'

const articles = seedArticles

const redis = useRedisServer()

test('BullMQ workers clean and deduplicate the articles of a queue with one shared index', async () => {
  const clients: {isOpen: boolean; close(): Promise<unknown>}[] = []
  const connect = async () => {
    const client = createClient({url: redis().url})
    client.on('error', () => {})
    clients.push(client)
    return client.connect()
  }
  // The recipe: each worker process owns a client for the index and one for BullMQ.
  const dedup = createDeduplicator({storage: redisStorage({client: await connect(), prefix: 'articles'})})
  const processor = async (job: Job<{id: string; text: string}>) => {
    const result = clean(job.data.text)
    const found = await dedup.addAsync({id: job.data.id, blocks: result.blocks})
    return {id: job.data.id, text: result.text, duplicates: found.blocks.filter((b) => b.duplicateOf).map((b) => ({text: b.text, duplicateOf: b.duplicateOf}))}
  }
  const queue = new Queue('clean', {connection: await connect()})
  const events = new QueueEvents('clean', {connection: await connect()})
  const workers = [new Worker('clean', processor, {connection: await connect(), concurrency: 4}), new Worker('clean', processor, {connection: await connect(), concurrency: 4})]
  await events.waitUntilReady()
  // Each article twice: the second delivery of an id returns the first answer.
  const jobs = await Promise.all([...articles, ...articles].map((a, i) => queue.add('article', a, {jobId: `${a.id}-${i}`})))
  const results = await Promise.all(jobs.map((job) => job.waitUntilFinished(events, 30_000)))
  const memory = createDeduplicator()
  let expected = 0
  let found = 0
  for (const a of articles) {
    expected += memory.add({id: a.id, blocks: clean(a.text).blocks}).duplicates
    const got = results.filter((r) => r.id === a.id)
    expect(got).toHaveLength(2)
    expect(got[1]).toEqual(got[0])
    found += got[0].duplicates.length
  }
  // Which copy is first depends on the order the workers took the jobs; how many repeat does not.
  expect(found).toBe(expected)
  expect(found).toBeGreaterThan(3)
  await Promise.all(workers.map((w) => w.close()))
  await events.close()
  await queue.close()
  await Promise.all(clients.map((c) => (c.isOpen ? c.close() : undefined)))
}, 60_000)
