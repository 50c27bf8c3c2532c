/**
 * `dechrome clean --jsonl --dedup-redis URL`: the built CLI, as separate
 * processes sharing one index on a real redis-server.
 */
import {createServer} from 'node:net'
import {join} from 'node:path'
import {createClient} from 'redis'
import {expect, test} from 'vitest'
import {connectRedisIndex, MISSING_REDIS} from '../../src/cli/redis.js'
import {UnsupportedError} from '../../src/errors.js'
import {runBin} from '../bin.js'
import {useRedisServer} from '../redis-server.js'
import {seedArticles} from '../seed-articles.js'

const articles = seedArticles
const jsonl = (records: readonly object[]) => records.map((r) => JSON.stringify(r) + '\n').join('')
const copies = articles.map((a) => ({id: `copy-of-${a.id}`, text: a.text.replace(/"/g, '\u201c')}))

const redis = useRedisServer()

test('two CLI processes on one Redis give what one process with --dedup gives, and a rerun comes out the same', async () => {
  const flags = ['clean', '--jsonl', '--dedup-redis', redis().url, '--dedup-prefix', 'cli', '--dedup-paragraphs', '2000']
  const first = await runBin(flags, jsonl(articles))
  expect(first).toMatchObject({code: 0, stderr: ''})
  const second = await runBin(flags, jsonl(copies))
  expect(second).toMatchObject({code: 0, stderr: ''})
  const alone = await runBin(['clean', '--jsonl', '--dedup'], jsonl([...articles, ...copies]))
  expect(alone.code).toBe(0)
  expect(first.stdout + second.stdout).toBe(alone.stdout)
  const flagged = second.stdout.trim().split('\n').map((l) => JSON.parse(l) as {duplicates?: unknown[]})
  expect(flagged.reduce((n, r) => n + (r.duplicates?.length ?? 0), 0)).toBeGreaterThan(10)
  // A redelivered stream: the same answers, nothing stored twice.
  const again = await runBin(flags, jsonl(articles))
  expect(again).toMatchObject({code: 0, stdout: first.stdout})
  // An index built with other parameters or another layout is refused, not mixed in.
  const client = await createClient({url: redis().url}).connect()
  await client.set('{older}:params', JSON.stringify({layout: 3}))
  await client.close()
  const other = await runBin([...flags.slice(0, 5), 'older'], jsonl(articles.slice(0, 1)))
  expect(other.code).toBe(1)
  expect(other.stdout).toMatch(/ERR_DECHROME_STORAGE/)
}, 60_000)

test('--dedup-redis: usage errors exit 2, an unreachable Redis exits 1 with one line, records without an id fail alone', async () => {
  expect((await runBin(['clean', '--jsonl', '--dedup-prefix', 'x'], '')).code).toBe(2)
  expect((await runBin(['clean', '--jsonl', '--dedup-paragraphs', '10'], '')).code).toBe(2)
  expect((await runBin(['clean', '--jsonl', '--dedup-redis', redis().url, '--dedup-paragraphs', 'many'], '')).code).toBe(2)
  expect((await runBin(['clean', '--dedup-redis', redis().url], 'text\n')).code).toBe(2)
  expect((await runBin(['clean', '--jsonl', '--dedup-redis', 'localhost:6379'], '')).code).toBe(2)
  const badPrefix = await runBin(['clean', '--jsonl', '--dedup-redis', redis().url, '--dedup-prefix', 'a b'], '')
  expect(badPrefix.code).toBe(2)
  expect(badPrefix.stderr).toMatch(/prefix/)
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const {port} = s.address() as {port: number}
      s.close(() => resolve(port))
    })
  })
  const down = await runBin(['clean', '--jsonl', '--dedup-redis', `redis://127.0.0.1:${port}`], jsonl(articles.slice(0, 1)))
  expect(down.code).toBe(1)
  expect(down.stderr).toMatch(/^dechrome: Cannot connect to Redis at redis:\/\/127\.0\.0\.1:\d+: .+\n$/)
  const noId = await runBin(['clean', '--jsonl', '--dedup-redis', redis().url, '--dedup-prefix', 'noid'], jsonl([{text: articles[0].text}, articles[1]]))
  expect(noId.code).toBe(1)
  const [a, b] = noId.stdout.trim().split('\n').map((l) => JSON.parse(l) as {error?: {code: string; message: string}})
  // The JSONL rule for every index: a record without an id is a record error before any look-up.
  expect(a.error).toMatchObject({code: 'ERR_DECHROME_RECORD', message: expect.stringMatching(/to have an `id`/)})
  expect(b.error).toBeUndefined()
}, 60_000)

test('without the redis package, --dedup-redis is an UnsupportedError that says how to install it', async () => {
  const missing = Object.assign(new Error("Cannot find package 'redis'"), {code: 'ERR_MODULE_NOT_FOUND'})
  const attempt = connectRedisIndex(redis().url, {}, () => Promise.reject(missing))
  await expect(attempt).rejects.toThrow(UnsupportedError)
  await expect(attempt).rejects.toThrow(MISSING_REDIS)
  expect(MISSING_REDIS).toMatch(/npm install redis/)
})
