/**
 * Dedup bench: recall and precision on real paragraphs with syndication edits,
 * then speed, memory and scaling on a synthetic stream.
 *
 *   npm run bench:dedup [-- --data FILE.jsonl.gz ...] [-- --quick]
 *   npm run bench:dedup -- --redis [--paragraphs N]   (needs redis-server)
 *
 * Data: every `*.jsonl.gz` in ../shared/data/dev (relative to the repo root)
 * when present, else bench/data; `--data` overrides. Writes bench/results-dedup.json.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {gunzipSync} from 'node:zlib'
import levenshtein from 'fast-levenshtein'
import {createDeduplicator, DEDUP_DEFAULTS, type Deduplicator, type DedupResult} from '../src/dedup/index.js'
import {countWords, normalizeText} from '../src/dedup/normalize.js'
import {prng} from './prng.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const {values: args} = parseArgs({
  options: {
    data: {type: 'string', multiple: true},
    quick: {type: 'boolean', default: false},
    redis: {type: 'boolean', default: false},
    paragraphs: {type: 'string', default: '100000'},
    worker: {type: 'string'},
  },
  allowPositionals: true,
})

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void


function dataFiles(): string[] {
  if (args.data?.length) return args.data.map((f) => resolve(f))
  for (const dir of [join(root, '..', 'shared', 'data', 'dev'), join(root, 'bench', 'data')]) {
    if (existsSync(dir)) {
      const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort()
      if (files.length) return files.map((f) => join(dir, f))
    }
  }
  throw new Error('No bench data found; pass --data FILE.jsonl.gz')
}

interface Doc {
  id: string
  paragraphs: string[]
}

function loadGold(files: string[]): Doc[] {
  const docs: Doc[] = []
  for (const file of files) {
    for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
      if (!line.trim()) continue
      const record = JSON.parse(line) as {id: string; gold?: string}
      const paragraphs = (record.gold ?? '').split('\n').map((p) => p.trim()).filter((p) => p.length > 0)
      if (paragraphs.length) docs.push({id: String(record.id), paragraphs})
    }
  }
  return docs
}

// ---------------------------------------------------------------------------
// Syndication edits

type Random = () => number
const pick = <T>(rand: Random, list: readonly T[]): T => list[Math.floor(rand() * list.length)]
const SENTENCE = /(?<=[.!?]["'”’)]*)\s+(?=\S)/

function sentencesOf(text: string): string[] {
  return text.split(SENTENCE)
}

const TITLES = ['Mr', 'Ms', 'Dr', 'President', 'the former', 'Prime Minister', 'Secretary']
const INSERTS = ['also', 'now', 'reportedly', 'still', 'however', 'already', 'then', 'further', 'recently', 'officially']

function quoteStyle(text: string, rand: Random): string {
  if (rand() < 0.5) {
    let open = true
    return text.replace(/'/g, '’').replace(/"/g, () => ((open = !open) ? '”' : '“'))
  }
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
}

function titleChange(text: string, rand: Random): string {
  const words = text.split(' ')
  const titled = words.findIndex((w) => /^(Mr|Mrs|Ms|Dr|President|General|Gen|Secretary)\.?$/.test(w))
  if (titled >= 0) {
    words[titled] = pick(rand, TITLES)
    return words.join(' ')
  }
  const names = words.map((w, i) => (i > 0 && /^[A-Z][a-z]+/.test(w) ? i : -1)).filter((i) => i >= 0)
  if (!names.length) return text
  const at = pick(rand, names)
  words.splice(at, 0, pick(rand, TITLES))
  return words.join(' ')
}

function typoFix(text: string, rand: Random): string {
  const words = text.split(' ')
  const long = words.map((w, i) => (/^\p{L}{4,}$/u.test(w) ? i : -1)).filter((i) => i >= 0)
  if (!long.length) return text
  const i = pick(rand, long)
  const w = words[i]
  const at = 1 + Math.floor(rand() * (w.length - 2))
  const kind = rand()
  if (kind < 0.34) words[i] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)
  else if (kind < 0.67) words[i] = w.slice(0, at) + w.slice(at + 1)
  else words[i] = w.slice(0, at) + w[at] + w.slice(at)
  return words.join(' ')
}

function wordInsert(text: string, rand: Random): string {
  const words = text.split(' ')
  words.splice(1 + Math.floor(rand() * Math.max(1, words.length - 1)), 0, pick(rand, INSERTS))
  return words.join(' ')
}

function sentenceAppend(text: string, rand: Random, donor: string): string {
  const sentence = pick(rand, sentencesOf(donor))
  return rand() < 0.5 ? `${text} ${sentence}` : text.replace(/[.!?]?$/, ', the spokesman said.')
}

function sentenceDrop(text: string, rand: Random): string {
  const sentences = sentencesOf(text)
  if (sentences.length < 2) return text
  sentences.splice(Math.floor(rand() * sentences.length), 1)
  return sentences.join(' ')
}

/** A syndicated copy of a document: each paragraph may get one or two edits; some are merged or split. */
function syndicate(doc: Doc, id: string, rand: Random, donors: Doc[]): Doc {
  const out: string[] = []
  for (let i = 0; i < doc.paragraphs.length; i++) {
    let p = doc.paragraphs[i]
    const r = rand()
    if (r < 0.06 && i + 1 < doc.paragraphs.length) {
      out.push(`${p} ${doc.paragraphs[++i]}`) // merged with the next paragraph
      continue
    }
    if (r < 0.12) {
      const sentences = sentencesOf(p)
      if (sentences.length > 1) {
        const cut = 1 + Math.floor(rand() * (sentences.length - 1))
        out.push(sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' '))
        continue
      }
    }
    const edits = r < 0.35 ? 0 : r < 0.85 ? 1 : 2
    for (let e = 0; e < edits; e++) {
      const kind = Math.floor(rand() * 6)
      if (kind === 0) p = quoteStyle(p, rand)
      else if (kind === 1) p = titleChange(p, rand)
      else if (kind === 2) p = typoFix(p, rand)
      else if (kind === 3) p = wordInsert(p, rand)
      else if (kind === 4) p = sentenceAppend(p, rand, pick(rand, pick(rand, donors).paragraphs))
      else p = sentenceDrop(p, rand)
    }
    out.push(p)
  }
  return {id, paragraphs: out}
}

// ---------------------------------------------------------------------------
// Exhaustive truth

function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  return longer === 0 ? 1 : 1 - levenshtein.get(a, b) / longer
}

const BINS = 64
const BIGRAM_BINS = 512
function binOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97
  if (c >= 48 && c <= 57) return 26 + c - 48
  if (c === 32) return 36
  if (c < 128) return 37 + (c % 11)
  return 48 + (c % 16)
}

interface Paragraph {
  doc: number
  block: number
  text: string
  words: number
}

/**
 * Every pair (earlier, later) of paragraphs from different documents with edit
 * similarity ≥ `threshold`. Feasible exhaustively because two bounds prune
 * before Levenshtein: sorted by length, only pairs with length ratio ≥ threshold
 * are visited (Levenshtein ≥ the length difference), and of those only pairs
 * whose character histograms differ by at most the allowed edits (each edit
 * changes one surplus and one deficit count by at most one), then whose
 * character-bigram histograms differ by at most twice that.
 */
function exhaustivePairs(paragraphs: Paragraph[], threshold: number): {pairs: Array<[number, number, number]>; visited: number; computed: number} {
  const bigrams = paragraphs.map((p) => {
    const h = new Int16Array(BIGRAM_BINS)
    for (let k = 1; k < p.text.length; k++) h[(Math.imul(p.text.charCodeAt(k - 1), 31) + p.text.charCodeAt(k)) & (BIGRAM_BINS - 1)]++
    return h
  })
  const order = paragraphs.map((_, i) => i).sort((a, b) => paragraphs[a].text.length - paragraphs[b].text.length)
  const histograms = new Int32Array(paragraphs.length * BINS)
  paragraphs.forEach((p, i) => {
    for (let k = 0; k < p.text.length; k++) histograms[i * BINS + binOf(p.text.charCodeAt(k))]++
  })
  const pairs: Array<[number, number, number]> = []
  let visited = 0
  let computed = 0
  for (let x = 0; x < order.length; x++) {
    const a = order[x]
    const la = paragraphs[a].text.length
    const ha = a * BINS
    for (let y = x + 1; y < order.length; y++) {
      const b = order[y]
      const lb = paragraphs[b].text.length
      if (la < threshold * lb) break
      if (paragraphs[a].doc === paragraphs[b].doc) continue
      visited++
      const allowed = (1 - threshold) * lb
      const hb = b * BINS
      let surplus = 0
      let deficit = 0
      for (let k = 0; k < BINS; k++) {
        const d = histograms[ha + k] - histograms[hb + k]
        if (d > 0) surplus += d
        else deficit -= d
      }
      if (surplus > allowed || deficit > allowed) continue
      // Each edit removes at most two bigrams and adds at most two.
      const ba = bigrams[a]
      const bb = bigrams[b]
      surplus = 0
      deficit = 0
      for (let k = 0; k < BIGRAM_BINS; k++) {
        const d = ba[k] - bb[k]
        if (d > 0) surplus += d
        else deficit -= d
      }
      if (surplus > 2 * allowed + 1 || deficit > 2 * allowed + 1) continue
      computed++
      const sim = editSimilarity(paragraphs[a].text, paragraphs[b].text)
      if (sim >= threshold) pairs.push(paragraphs[a].doc < paragraphs[b].doc || (paragraphs[a].doc === paragraphs[b].doc && a < b) ? [a, b, sim] : [b, a, sim])
    }
  }
  return {pairs, visited, computed}
}

// ---------------------------------------------------------------------------
// Recall run

function recallBench(gold: Doc[]) {
  const rand = prng(20240101)
  const copies: Doc[] = []
  gold.forEach((doc, i) => {
    copies.push(syndicate(doc, `${doc.id}#copy1`, rand, gold))
    if (i % 3 === 0) copies.push(syndicate(doc, `${doc.id}#copy2`, rand, gold))
  })
  const docs = [...gold, ...copies]
  const paragraphs: Paragraph[] = []
  const firstOf: number[] = []
  docs.forEach((doc, d) => {
    firstOf.push(paragraphs.length)
    doc.paragraphs.forEach((text, block) => {
      const normalized = normalizeText(text)
      if (normalized) paragraphs.push({doc: d, block, text: normalized, words: countWords(normalized)})
    })
  })
  const indexOf = new Map<string, number>()
  paragraphs.forEach((p, i) => indexOf.set(`${p.doc}:${p.block}`, i))

  const dedup = createDeduplicator()
  const started = performance.now()
  const results: DedupResult[] = docs.map((doc) => dedup.add({id: doc.id, blocks: doc.paragraphs}))
  const indexSeconds = (performance.now() - started) / 1000
  const docNumber = new Map(docs.map((d, i) => [d.id, i]))

  // Union-find over flagged links: a truth pair counts as found when the later
  // paragraph is flagged and both sit in one cluster (it points at the earlier
  // paragraph, or both point at the same original).
  const parent = paragraphs.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]]
    return i
  }
  // The index stores the first copy of a text repeated inside one document and
  // does not flag the others (a document never matches itself): they are one paragraph.
  const firstInDoc = new Map<string, number>()
  paragraphs.forEach((p, i) => {
    const key = `${p.doc}\u0000${p.text}`
    const first = firstInDoc.get(key)
    if (first === undefined) firstInDoc.set(key, i)
    else parent[find(i)] = find(first)
  })
  const flagged = new Uint8Array(paragraphs.length)
  const targetsOf = new Map<number, number[]>()
  const lowByKind: Record<string, number> = {exact: 0, near: 0, contained: 0}
  const flaggedByKind: Record<string, number> = {exact: 0, near: 0, contained: 0}
  let containedWholeBelow = 0
  let minFlagged = 1
  results.forEach((result, d) => {
    result.blocks.forEach((block, b) => {
      if (!block.duplicateOf || !block.kind) return
      const y = indexOf.get(`${d}:${b}`)
      if (y === undefined) return
      flagged[y] = 1
      flaggedByKind[block.kind]++
      const targets = block.duplicateOf.map((ref) => indexOf.get(`${docNumber.get(ref.id)}:${ref.block}`)!)
      targetsOf.set(y, targets)
      for (const t of targets) parent[find(y)] = find(t)
      // Precision: recompute the similarity of the flagged pair independently.
      const joined = targets.map((t) => paragraphs[t].text).join(' ')
      const whole = editSimilarity(paragraphs[y].text, joined)
      if (block.kind === 'contained') {
        // A split copy is one part of its source: judge it against the sentences it matched (the reported similarity).
        if (whole < 0.7) containedWholeBelow++
        if (block.similarity < 0.7) lowByKind.contained++
        minFlagged = Math.min(minFlagged, block.similarity)
      } else {
        if (whole < 0.7) lowByKind[block.kind]++
        minFlagged = Math.min(minFlagged, whole)
      }
    })
  })

  console.log(`  indexed in ${indexSeconds.toFixed(1)} s; computing the exhaustive truth...`)
  const truthStarted = performance.now()
  const threshold = 0.85
  const {pairs, visited, computed} = exhaustivePairs(paragraphs, threshold)
  const truthSeconds = (performance.now() - truthStarted) / 1000
  const minWords = DEDUP_DEFAULTS.minWords
  let truth = 0
  let found = 0
  const missedFlagged = [0, 0]
  let nearTruth = 0
  let nearFound = 0
  let shortNear = 0
  let shortNearFound = 0
  const missed: Array<{sim: number; a: string; b: string}> = []
  for (const [a, b, sim] of pairs) {
    const exact = paragraphs[a].text === paragraphs[b].text
    // Found: the later paragraph is flagged, and points into the earlier one's
    // cluster or at another copy of it (an original with similarity >= 0.85 to it).
    const isFound =
      flagged[b] === 1 &&
      (find(a) === find(b) || targetsOf.get(b)!.some((t) => paragraphs[t].text === paragraphs[a].text || editSimilarity(paragraphs[t].text, paragraphs[a].text) >= threshold))
    if (exact || paragraphs[b].words >= minWords) {
      truth++
      if (!exact) nearTruth++
      if (isFound) {
        found++
        if (!exact) nearFound++
      }
      else {
        missedFlagged[flagged[b]]++
        if (process.env.DEDUP_BENCH_MISSES) console.log('MISS', sim.toFixed(3), paragraphs[a].doc, paragraphs[b].doc, flagged[b], JSON.stringify(paragraphs[a].text.slice(0, 150)), JSON.stringify(paragraphs[b].text.slice(0, 150)))
        if (missed.length < 3) missed.push({sim, a: paragraphs[a].text.slice(0, 120), b: paragraphs[b].text.slice(0, 120)})
      }
    } else {
      shortNear++
      if (isFound) shortNearFound++
    }
  }
  return {
    documents: docs.length,
    goldDocuments: gold.length,
    paragraphs: paragraphs.length,
    indexSeconds,
    truthSeconds,
    pairsVisited: visited,
    levenshteinComputed: computed,
    truthPairs: truth,
    found,
    recall: truth ? found / truth : 1,
    nearTruthPairs: nearTruth,
    nearFound,
    nearRecall: nearTruth ? nearFound / nearTruth : 1,
    missedUnflagged: missedFlagged[0],
    missedFlaggedElsewhere: missedFlagged[1],
    shortNearPairs: shortNear,
    shortNearFlagged: shortNearFound,
    flaggedByKind,
    flaggedBelow07: lowByKind,
    containedWholeParagraphBelow07: containedWholeBelow,
    minFlaggedSimilarity: minFlagged,
    missedExamples: missed,
  }
}

// ---------------------------------------------------------------------------
// Speed: a synthetic stream from the corpus vocabulary

function syntheticStream(gold: Doc[], paragraphs: number, seed: number): Doc[] {
  const vocabulary: string[] = []
  for (const doc of gold) for (const p of doc.paragraphs) for (const w of p.split(/\s+/)) if (/^[\p{L}\p{N}'’-]+$/u.test(w)) vocabulary.push(w)
  const rand = prng(seed)
  const docs: Doc[] = []
  let made = 0
  const paragraph = (): string => {
    const sentences: string[] = []
    const count = 1 + Math.floor(rand() * 3)
    for (let s = 0; s < count; s++) {
      const length = 8 + Math.floor(rand() * 14)
      const words: string[] = []
      for (let w = 0; w < length; w++) words.push(vocabulary[Math.floor(rand() * vocabulary.length)])
      words[0] = words[0][0].toUpperCase() + words[0].slice(1)
      sentences.push(words.join(' ') + '.')
    }
    return sentences.join(' ')
  }
  while (made < paragraphs) {
    const n = Math.min(paragraphs - made, 10)
    let doc: Doc
    if (docs.length > 10 && rand() < 0.1) {
      // A syndicated copy of a recent document: most paragraphs edited a little.
      const source = docs[docs.length - 1 - Math.floor(rand() * Math.min(docs.length, 1000))]
      const edited = source.paragraphs.slice(0, n).map((p) => (rand() < 0.3 ? p : rand() < 0.5 ? typoFix(p, rand) : wordInsert(p, rand)))
      doc = {id: `s${docs.length}`, paragraphs: edited}
    } else {
      doc = {id: `s${docs.length}`, paragraphs: Array.from({length: n}, paragraph)}
    }
    docs.push(doc)
    made += doc.paragraphs.length
  }
  return docs
}

function run(docs: Doc[], near: boolean): {seconds: number; paragraphs: number; duplicates: number; dedup: Deduplicator; arrayBufferBytes: number} {
  gc()
  const before = process.memoryUsage().arrayBuffers
  const dedup = createDeduplicator({near})
  let paragraphs = 0
  let duplicates = 0
  const started = performance.now()
  for (const doc of docs) {
    const r = dedup.add({id: doc.id, blocks: doc.paragraphs})
    paragraphs += doc.paragraphs.length
    duplicates += r.duplicates
  }
  const seconds = (performance.now() - started) / 1000
  gc()
  const arrayBufferBytes = process.memoryUsage().arrayBuffers - before
  return {seconds, paragraphs, duplicates, dedup, arrayBufferBytes}
}

function speedBench(gold: Doc[], total: number) {
  const docs = syntheticStream(gold, total, 7)
  const small: Doc[] = []
  let count = 0
  for (const doc of docs) {
    if (count >= total / 10) break
    small.push(doc)
    count += doc.paragraphs.length
  }
  const out: Record<string, unknown> = {}
  const near100k = run(small, true)
  const near1m = run(docs, true)
  const stats = near1m.dedup.stats()
  const exact1m = run(docs, false)
  out.nearSmall = {paragraphs: near100k.paragraphs, seconds: near100k.seconds, perSecond: near100k.paragraphs / near100k.seconds}
  out.nearLarge = {paragraphs: near1m.paragraphs, seconds: near1m.seconds, perSecond: near1m.paragraphs / near1m.seconds, duplicates: near1m.duplicates}
  out.exactLarge = {paragraphs: exact1m.paragraphs, seconds: exact1m.seconds, perSecond: exact1m.paragraphs / exact1m.seconds, duplicates: exact1m.duplicates}
  out.scaling = near1m.seconds / near100k.seconds / (near1m.paragraphs / near100k.paragraphs)
  out.memory = {
    paragraphsAdded: near1m.paragraphs,
    paragraphsStored: stats.paragraphs,
    indexBytes: stats.bytes - stats.textBytes,
    textBytes: stats.textBytes,
    indexBytesPerParagraph: (stats.bytes - stats.textBytes) / near1m.paragraphs,
    textBytesPerParagraph: stats.textBytes / near1m.paragraphs,
    totalBytesPerParagraph: stats.bytes / near1m.paragraphs,
    measuredArrayBufferBytesPerParagraph: near1m.arrayBufferBytes / near1m.paragraphs,
  }
  return out
}

// ---------------------------------------------------------------------------
// Redis: the same stream through dechrome/redis, by 1 and then 2 worker processes

/** A worker: its share (every W-th document) of the stream, 32 documents in flight; prints its figures. */
async function redisWorker(spec: string): Promise<void> {
  const [url, prefix, w, workers, paragraphs] = spec.split(',')
  const {createClient} = await import('redis')
  const {redisStorage} = await import('../src/redis/index.js')
  const client = createClient({url})
  client.on('error', () => {})
  await client.connect()
  const dedup = createDeduplicator({storage: redisStorage({client, prefix})})
  const docs = syntheticStream(gold, Number(paragraphs), 7).filter((_, i) => i % Number(workers) === Number(w))
  let next = 0
  let count = 0
  let duplicates = 0
  // Ready, then wait for the bench's go (one line on stdin): the timed window holds
  // the dedup work only, not the process start, tsx's compile or building the stream.
  console.log(JSON.stringify({ready: true}))
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()))
  process.stdin.pause()
  const startedAt = performance.timeOrigin + performance.now()
  const started = performance.now()
  const cpu = process.cpuUsage()
  await Promise.all(Array.from({length: 32}, async () => {
    while (next < docs.length) {
      const doc = docs[next++]
      const r = await dedup.addAsync({id: doc.id, blocks: doc.paragraphs})
      count += doc.paragraphs.length
      duplicates += r.duplicates
    }
  }))
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  const endedAt = performance.timeOrigin + performance.now()
  console.log(JSON.stringify({paragraphs: count, seconds, perSecond: count / seconds, duplicates, cpuSeconds, startedAt, endedAt}))
  await client.close()
}

async function redisBench(): Promise<void> {
  const {spawn} = await import('node:child_process')
  const {createClient} = await import('redis')
  const {startRedis} = await import('../tests/redis-server.js')
  const paragraphs = Number(args.paragraphs)
  // Redis on core 1; worker w on core w % 2 (this machine has two).
  const server = await startRedis({cpus: '1'})
  const client = createClient({url: server.url})
  await client.connect()
  const info = async () => Number(/used_memory:(\d+)/.exec(await client.sendCommand<string>(['INFO', 'memory']))![1])
  const serverCpu = async () => {
    const text = await client.sendCommand<string>(['INFO', 'cpu'])
    return Number(/used_cpu_user:([\d.]+)/.exec(text)![1]) + Number(/used_cpu_sys:([\d.]+)/.exec(text)![1])
  }
  /** INFO commandstats: calls and server time (µs) per command, commands run inside scripts included. */
  const commandStats = async () => {
    const stats = new Map<string, {calls: number; usec: number}>()
    for (const [, name, calls, usec] of (await client.sendCommand<string>(['INFO', 'commandstats'])).matchAll(/cmdstat_([^:]+):calls=(\d+),usec=(\d+)/g)) stats.set(name, {calls: Number(calls), usec: Number(usec)})
    return stats
  }
  // Commands of the bench itself (and EVALSHA, the scripts' total), not called by the scripts.
  const OWN = new Set(['info', 'evalsha', 'script|load', 'hello', 'client|setinfo', 'scan', 'memory|usage', 'object|encoding', 'flushall'])
  const runWorkers = async (workers: number, prefix: string) => {
    const cpuBefore = await serverCpu()
    const statsBefore = await commandStats()
    // Every worker starts, connects and builds its share of the stream, then all are told to go at once.
    const children = Array.from({length: workers}, (_, w) => spawn('taskset', ['-c', String(w % 2), process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), '--worker', [server.url, prefix, w, workers, paragraphs].join(','), ...(args.data ?? []).flatMap((d) => ['--data', d])], {stdio: ['pipe', 'pipe', 'inherit']}))
    let ready = 0
    const outputs = await Promise.all(children.map((child, w) => new Promise<string>((resolve, reject) => {
      let out = ''
      let said = false
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        out += s
        if (!said && out.includes('"ready":true')) {
          said = true
          if (++ready === workers) for (const c of children) c.stdin.end('go\n')
        }
      })
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker ${w} exited ${code}`))))
    })))
    const each = outputs.map((o) => JSON.parse(o.trim().split('\n').pop()!) as {paragraphs: number; seconds: number; perSecond: number; duplicates: number; cpuSeconds: number; startedAt: number; endedAt: number})
    // From the first worker's start to the last one's end: the fleet's dedup time.
    const seconds = (Math.max(...each.map((e) => e.endedAt)) - Math.min(...each.map((e) => e.startedAt))) / 1000
    const redisCpuSeconds = (await serverCpu()) - cpuBefore
    const documents = syntheticStream(gold, paragraphs, 7).length
    const statsAfter = await commandStats()
    const delta = (name: string) => ({calls: (statsAfter.get(name)?.calls ?? 0) - (statsBefore.get(name)?.calls ?? 0), usec: (statsAfter.get(name)?.usec ?? 0) - (statsBefore.get(name)?.usec ?? 0)})
    const roundTripsPerDocument = delta('evalsha').calls / documents
    // Where redis-server's time goes: the scripts' total, and the commands they call
    // (GET inside a script counts with the bench's own few, a rounding error).
    const inside = [...statsAfter.keys()].filter((name) => !OWN.has(name)).map((name) => ({name, ...delta(name)})).filter((c) => c.calls > 0)
    const serverTime = {
      scriptMicrosPerParagraph: delta('evalsha').usec / paragraphs,
      commandMicrosPerParagraph: inside.reduce((n, c) => n + c.usec, 0) / paragraphs,
      commandsPerParagraph: Object.fromEntries(inside.sort((a, b) => b.calls - a.calls).map((c) => [c.name, c.calls / paragraphs])),
    }
    const workerCpuSeconds = each.reduce((n, e) => n + e.cpuSeconds, 0)
    return {
      workers, seconds, perSecond: paragraphs / seconds, perWorker: each.map((e) => e.perSecond), duplicates: each.reduce((n, e) => n + e.duplicates, 0),
      // CPU time per paragraph: what the machine's load does not change.
      workerCpuMicrosPerParagraph: (workerCpuSeconds / paragraphs) * 1e6,
      redisCpuMicrosPerParagraph: (redisCpuSeconds / paragraphs) * 1e6,
      // Scripts (EVALSHA) per document: the round trips to Redis.
      roundTripsPerDocument,
      serverTime,
    }
  }
  const before = await info()
  const one = await runWorkers(1, 'bench1')
  const used = (await info()) - before
  const stored = Number(await client.sendCommand<string>(['GET', '{bench1}:seq']))
  // Every key of the index, by kind: MEMORY USAGE (SAMPLES 0: exact) and encoding.
  const kinds: Record<string, {keys: number; bytes: number; listpack: number}> = {}
  let cursor = '0'
  do {
    const [next, keys] = await client.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', '{bench1}:*', 'COUNT', '1000'])
    cursor = next
    for (const key of keys) {
      const kind = key.split(':')[1]
      const entry = (kinds[kind] ??= {keys: 0, bytes: 0, listpack: 0})
      entry.keys++
      entry.bytes += Number(await client.sendCommand(['MEMORY', 'USAGE', key, 'SAMPLES', '0']))
      if ((await client.sendCommand<string>(['OBJECT', 'ENCODING', key])) === 'listpack') entry.listpack++
    }
  } while (cursor !== '0')
  const usage = Object.fromEntries(Object.entries(kinds).map(([kind, e]) => [kind, {...e, bytesPerParagraphStored: e.bytes / stored}]))
  const usageTotal = Object.values(kinds).reduce((n, e) => n + e.bytes, 0)
  await client.sendCommand(['FLUSHALL'])
  const two = await runWorkers(2, 'bench2')
  await client.close()
  await server.stop()
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    paragraphs,
    oneWorker: one,
    twoWorkers: two,
    scaling: two.perSecond / one.perSecond,
    memory: {
      paragraphsStored: stored,
      usedMemoryBytes: used,
      bytesPerParagraphAdded: used / paragraphs,
      bytesPerParagraphStored: used / stored,
      memoryUsageBytesPerParagraphStored: usageTotal / stored,
      byKind: usage,
    },
  }
  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', {maximumFractionDigits: d, minimumFractionDigits: d})
  console.log(`\nRedis (loopback redis-server, one core; workers on the cores): ${fmt(paragraphs)} paragraphs, near tier on`)
  console.log(`  1 worker:  ${fmt(one.perSecond)} paragraphs/s (goal >= 10 000), ${fmt(one.duplicates)} duplicates`)
  console.log(`  2 workers: ${fmt(two.perSecond)} paragraphs/s in all (${two.perWorker.map((n) => fmt(n)).join(' + ')} per worker), ${fmt(two.duplicates)} duplicates`)
  console.log(`  scaling 2 / 1: ${fmt(result.scaling, 2)}x (goal >= 1.8)`)
  console.log(`  round trips per document (scripts): ${fmt(one.roundTripsPerDocument, 2)} with 1 worker, ${fmt(two.roundTripsPerDocument, 2)} with 2`)
  console.log(`  CPU per paragraph (1 worker): worker ${fmt(one.workerCpuMicrosPerParagraph)} µs, redis-server ${fmt(one.redisCpuMicrosPerParagraph)} µs; on idle cores: ${fmt(1e6 / one.workerCpuMicrosPerParagraph)} paragraphs/s per worker, ${fmt(1e6 / one.redisCpuMicrosPerParagraph)} for one Redis core`)
  const {serverTime} = one
  const calls = Object.entries(serverTime.commandsPerParagraph).filter(([, n]) => n >= 0.5).map(([name, n]) => `${fmt(n, 1)} ${name.toUpperCase()}`).join(', ')
  console.log(`  redis-server time per paragraph (1 worker, INFO commandstats): scripts ${fmt(serverTime.scriptMicrosPerParagraph)} µs, of which ${fmt(serverTime.commandMicrosPerParagraph)} µs in the commands they call (${calls} per paragraph); the rest is the scripts' own Lua and call overhead`)
  console.log(`  memory: ${fmt(used / stored)} B per stored paragraph (INFO used_memory; goal <= 250), ${fmt(used / paragraphs)} B per paragraph added`)
  console.log(`  MEMORY USAGE summed over the keys: ${fmt(usageTotal / stored)} B per stored paragraph; by kind (B per stored paragraph, keys, listpack-encoded):`)
  for (const [kind, e] of Object.entries(usage).sort()) console.log(`    ${kind.padEnd(7)} ${fmt(e.bytesPerParagraphStored, 1).padStart(7)} B  ${fmt(e.keys).padStart(7)} keys  ${fmt(e.listpack).padStart(7)} listpack`)
  writeFileSync(join(root, 'bench', 'results-dedup-redis.json'), JSON.stringify(result, null, 2) + '\n')
  console.log('wrote bench/results-dedup-redis.json')
}

const files = dataFiles()
const gold = loadGold(files)
console.log(`data: ${files.map((f) => f.replace(root + '/', '')).join(', ')} (${gold.length} documents)`)
if (args.worker) {
  await redisWorker(args.worker)
  process.exit(0)
}
if (args.redis) {
  await redisBench()
  process.exit(0)
}
const recall = recallBench(gold)
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', {maximumFractionDigits: d, minimumFractionDigits: d})
console.log(`\nRecall corpus: ${fmt(recall.paragraphs)} paragraphs in ${fmt(recall.documents)} documents (${recall.goldDocuments} gold + syndicated copies)`)
console.log(`  truth: pairs with edit similarity >= 0.85, later block >= ${DEDUP_DEFAULTS.minWords} words or exact; exhaustive over ${fmt(recall.pairsVisited)} length-compatible pairs, ${fmt(recall.levenshteinComputed)} Levenshtein after the histogram bound, ${fmt(recall.truthSeconds, 1)} s`)
const total = process.hrtime.bigint()
const speed = args.quick ? speedBench(gold, 100_000) : speedBench(gold, 1_000_000)
const m = speed.memory as Record<string, number>
const row = (name: string, value: string, goal: string) => console.log(`  ${name.padEnd(44)} ${value.padStart(14)}   ${goal}`)
console.log('\n  metric                                                value   goal')
row('recall on truth pairs', `${fmt(recall.recall * 100, 2)} %`, `>= 99 %  (${fmt(recall.found)} / ${fmt(recall.truthPairs)})`)
row('  of which not exact: recall', `${fmt(recall.nearRecall * 100, 2)} %`, `info (${fmt(recall.nearFound)} / ${fmt(recall.nearTruthPairs)})`)
row('missed: not flagged / flagged to another copy', `${recall.missedUnflagged} / ${recall.missedFlaggedElsewhere}`, 'info')
row('flagged pairs below 0.7 (exact/near/contained)', `${recall.flaggedBelow07.exact}/${recall.flaggedBelow07.near}/${recall.flaggedBelow07.contained}`, '0')
row('lowest flagged similarity', fmt(recall.minFlaggedSimilarity, 3), '>= 0.7')
row('short (< 15 words) near pairs flagged', `${fmt(recall.shortNearFlagged)} / ${fmt(recall.shortNearPairs)}`, 'info: short blocks only flagged when exact')
row('contained: whole-paragraph sim < 0.7', fmt(recall.containedWholeParagraphBelow07), 'info: split copies, judged by matched sentences')
const s = speed as Record<string, Record<string, number>>
row('exact tier, paragraphs/s', fmt(s.exactLarge.perSecond), '>= 100 000')
row('near tier (all tiers), paragraphs/s', fmt(s.nearLarge.perSecond), '>= 20 000')
row(`time for ${fmt(s.nearSmall.paragraphs)} paragraphs`, `${fmt(s.nearSmall.seconds, 2)} s`, '')
row(`time for ${fmt(s.nearLarge.paragraphs)} paragraphs`, `${fmt(s.nearLarge.seconds, 2)} s`, 'linear')
row('time per paragraph, large / small', fmt(speed.scaling as number, 2), '~1.0 = linear')
row('index bytes/paragraph (no text)', fmt(m.indexBytesPerParagraph, 1), '<= 200')
row('text bytes/paragraph (normalized UTF-8)', fmt(m.textBytesPerParagraph, 1), 'info')
row('total bytes/paragraph (index + text)', fmt(m.totalBytesPerParagraph, 1), 'info')
row('measured ArrayBuffer bytes/paragraph', fmt(m.measuredArrayBufferBytesPerParagraph, 1), 'info (process.memoryUsage)')
console.log(`\n  speed stream: synthetic paragraphs (1-3 sentences of 8-21 words) drawn from the corpus vocabulary, 10 per document,`)
console.log(`  10 % of documents are edited copies of a recent one; ${fmt(s.nearLarge.duplicates)} duplicates flagged. One core, timing add() only.`)
if (recall.missedExamples.length) console.log('\n  missed examples:', recall.missedExamples)
const results = {
  date: new Date().toISOString(),
  node: process.version,
  parameters: DEDUP_DEFAULTS,
  data: files.map((f) => basename(f)),
  recall,
  speed,
  speedSeconds: Number(process.hrtime.bigint() - total) / 1e9,
}
writeFileSync(join(root, 'bench', 'results-dedup.json'), JSON.stringify(results, null, 2) + '\n')
console.log('\nwrote bench/results-dedup.json')
