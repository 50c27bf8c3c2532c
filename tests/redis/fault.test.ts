/**
 * Redis is killed in the middle of a run and restarted: every record is
 * accounted for, either deduplicated or reported as failed with a reason; the
 * client reconnects on its own and the run goes on.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {startRedis, type RedisServer} from '../redis-server.js'

const root = join(import.meta.dirname, '..', '..')
const worker = join(import.meta.dirname, 'fleet-worker.mjs')

let server: RedisServer
const work = mkdtempSync(join(tmpdir(), 'dechrome-fault-'))
beforeAll(async () => {
  server = await startRedis()
}, 30_000)
afterAll(async () => {
  await server?.stop()
  rmSync(work, {recursive: true, force: true})
})

test('kill and restart Redis mid-run: every record is a result or a StorageError, and results resume', async () => {
  const docs: {id: string; blocks: string[]}[] = []
  for (const line of gunzipSync(readFileSync(join(root, 'bench', 'data', 'scrapinghub-aeb.jsonl.gz'))).toString('utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {id: string; gold?: string}
    const blocks = (record.gold ?? '').split('\n').filter((p) => p.trim())
    for (const copy of [0, 1, 2, 3]) docs.push({id: `${record.id}~${copy}`, blocks})
  }
  const file = join(work, 'docs.json')
  writeFileSync(file, JSON.stringify(docs))
  const child = spawn(process.execPath, [worker, server.url, 'fault', file, '2'], {stdio: ['ignore', 'pipe', 'pipe']})
  const lines: {id: string; result?: unknown; error?: {code: string; message: string}}[] = []
  let pending = ''
  let killedAt = -1
  let restartedAt = -1
  const done = new Promise<number | null>((resolve) => child.on('close', resolve))
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    pending += s
    const parts = pending.split('\n')
    pending = parts.pop()!
    for (const part of parts) lines.push(JSON.parse(part))
    if (killedAt < 0 && lines.length >= 100) {
      killedAt = lines.length
      void server.kill().then(() => new Promise((r) => setTimeout(r, 300))).then(() => server.restart()).then(() => (restartedAt = lines.length))
    }
  })
  expect(await done).toBe(0)
  expect(killedAt).toBeGreaterThan(0)
  expect(restartedAt).toBeGreaterThan(0)
  // Every record once, and each a result or a typed, reasoned failure.
  expect(lines.map((l) => l.id).sort()).toEqual(docs.map((d) => d.id).sort())
  const failed = lines.filter((l) => l.error)
  expect(failed.length).toBeGreaterThan(0)
  for (const l of failed) {
    expect(l.error!.code).toBe('ERR_DECHROME_STORAGE')
    expect(l.error!.message.length).toBeGreaterThan(10)
  }
  for (const l of lines) expect(Boolean(l.result) !== Boolean(l.error)).toBe(true)
  // The client reconnected: records after the restart were deduplicated again.
  expect(lines.slice(restartedAt).filter((l) => l.result).length).toBeGreaterThan(50)
}, 120_000)
