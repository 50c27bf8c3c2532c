/**
 * A fleet on one Redis: 4 worker processes (the built package) share the
 * index. They deduplicate the gold paragraphs of the bundled AEB set plus
 * syndicated copies, split between them in a shuffled order.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {createDeduplicator, normalizeText, type DedupResult} from '../../src/dedup/index.js'
import {startRedis, type RedisServer} from '../redis-server.js'
import {prng} from '../../bench/prng.js'

const root = join(import.meta.dirname, '..', '..')
const worker = join(import.meta.dirname, 'fleet-worker.mjs')


interface Doc {
  id: string
  blocks: string[]
}

/** Gold documents and two syndicated copies of each (paragraphs kept, retyped or with a word added), shuffled. */
function corpus(documents: number): Doc[] {
  const random = prng(9)
  const lines = gunzipSync(readFileSync(join(root, 'bench', 'data', 'scrapinghub-aeb.jsonl.gz'))).toString('utf8').split('\n')
  const docs: Doc[] = []
  const distinct = createDeduplicator()
  let n = 0
  for (const line of lines.slice(0, documents)) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {id: string; gold?: string}
    // Gold paragraphs that repeat or nearly repeat one another (within or across documents)
    // are left out: which of two similar paragraphs of one document a copy links to depends
    // on arrival order, by design. Each kept paragraph is a distinct story.
    const blocks = (record.gold ?? '').split('\n').map((p) => p.trim()).filter((p) => {
      if (normalizeText(p).split(' ').length < 20) return false
      return distinct.add({id: `gold-${n++}`, blocks: [p]}).duplicates === 0
    })
    if (!blocks.length) continue
    docs.push({id: record.id, blocks})
    for (const copy of [1, 2]) {
      docs.push({
        id: `${record.id}~${copy}`,
        blocks: blocks.map((p) => {
          const r = random()
          if (r < 0.5) return p
          if (r < 0.75) return p.replace(/"/g, '\u201c')
          return `${p} Reportedly.`
        }),
      })
    }
  }
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[docs[i], docs[j]] = [docs[j], docs[i]]
  }
  return docs
}

/** Groups of blocks joined by duplicate links, as sorted "id#block" lists (groups of two or more). */
function groups(results: DedupResult[]): {groups: string[][]; originalsPerGroup: number[]} {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let p = parent.get(x) ?? x
    if (p !== x) {
      p = find(p)
      parent.set(x, p)
    }
    return p
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  const original = new Set<string>()
  for (const r of results) {
    r.blocks.forEach((b, i) => {
      const me = `${r.id}#${i}`
      if (!b.duplicateOf) original.add(me)
      for (const ref of b.duplicateOf ?? []) union(me, `${ref.id}#${ref.block}`)
    })
  }
  const members = new Map<string, string[]>()
  for (const r of results) r.blocks.forEach((_, i) => {
    const me = `${r.id}#${i}`
    const root = find(me)
    members.set(root, [...(members.get(root) ?? []), me])
  })
  const list = [...members.values()].filter((g) => g.length > 1).map((g) => g.sort())
  list.sort((a, b) => (a[0] < b[0] ? -1 : 1))
  return {groups: list, originalsPerGroup: list.map((g) => g.filter((m) => original.has(m)).length)}
}

function runWorker(url: string, prefix: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, url, prefix, file], {stdio: ['ignore', 'pipe', 'pipe']})
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${err}`))))
  })
}

let server: RedisServer
const work = mkdtempSync(join(tmpdir(), 'dechrome-fleet-'))
beforeAll(async () => {
  server = await startRedis()
}, 30_000)
afterAll(async () => {
  await server?.stop()
  rmSync(work, {recursive: true, force: true})
})

test('4 workers on one Redis find the duplicate groups one in-memory run finds, each group with one original', async () => {
  const docs = corpus(60)
  const memory = createDeduplicator()
  const expected = groups(docs.map((d) => memory.add(d)))
  expect(expected.groups.length).toBeGreaterThan(200)
  const shares = [0, 1, 2, 3].map((w) => docs.filter((_, i) => i % 4 === w))
  const files = shares.map((share, w) => {
    const file = join(work, `share-${w}.json`)
    writeFileSync(file, JSON.stringify(share))
    return file
  })
  const outputs = await Promise.all(files.map((file) => runWorker(server.url, 'fleet', file)))
  const lines = outputs.flatMap((o) => o.trim().split('\n').map((l) => JSON.parse(l) as {id: string; result?: DedupResult; error?: unknown}))
  expect(lines).toHaveLength(docs.length)
  expect(lines.filter((l) => l.error)).toEqual([])
  const fleet = groups(lines.map((l) => l.result!))
  expect(fleet.originalsPerGroup.every((n) => n === 1)).toBe(true)
  expect(expected.originalsPerGroup.every((n) => n === 1)).toBe(true)
  expect(fleet.groups).toEqual(expected.groups)
}, 120_000)
