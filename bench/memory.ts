// Flat memory under cleanMany(): the scrapinghub-aeb pages repeat as one long
// stream (a generator, never an array) and the process RSS (main thread and
// workers, which share the process) is sampled as results come out. Prints the
// RSS after 10 k and after the last document, the growth between them and the
// peak.
//
//   npm run bench:memory [-- --docs 100000] [--workers 2] [--mode text|html] [--dedup]
//
// Text mode streams each page's text_lines; HTML mode the page itself (about
// 60 pages/s per core here, so 100 k pages take a while).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {parseArgs} from 'node:util'
import {cleanMany, createDeduplicator, type BatchInput} from '../src/index.js'
import {defaultDataFiles, readPages} from './data.js'

const {values} = parseArgs({
  options: {
    data: {type: 'string'},
    docs: {type: 'string', default: '100000'},
    workers: {type: 'string', default: '2'},
    mode: {type: 'string', default: 'text'},
    dedup: {type: 'boolean', default: false},
    inputs: {type: 'string'},
  },
})
const file = values.data ?? defaultDataFiles().find((f) => basename(f).startsWith('scrapinghub-aeb'))!
const total = Number(values.docs)
const workers = Number(values.workers)
const mode = values.mode === 'html' ? 'html' : 'text'

// Reading the corpus file costs ten times the inputs' size in transient memory
// the allocator keeps: prepare the inputs here and measure in a fresh process.
if (!values.inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'dechrome-memory-'))
  const inputsFile = join(dir, 'inputs.json')
  writeFileSync(inputsFile, JSON.stringify(readPages(file).map((p) => (mode === 'html' ? p.html : p.text_lines.join('\n')))))
  const args = [...process.execArgv, '--expose-gc', process.argv[1], ...process.argv.slice(2), '--inputs', inputsFile]
  const child = spawnSync(process.execPath, args, {stdio: 'inherit'})
  rmSync(dir, {recursive: true, force: true})
  process.exit(child.status ?? 1)
}
const inputs = JSON.parse(readFileSync(values.inputs, 'utf8')) as string[]

function* repeated(): Generator<BatchInput> {
  for (let i = 0; i < total; i++) {
    const input = inputs[i % inputs.length]
    yield mode === 'html' ? {id: i, html: input} : {id: i, text: input}
  }
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
// Let go of the parsed file before measuring (run with --expose-gc for a clean baseline).
;(globalThis as {gc?: () => void}).gc?.()
const before = process.memoryUsage.rss()
const checkpoint = Math.min(10_000, total)
let seen = 0
let errors = 0
let peak = 0
let atCheckpoint = 0
let atEnd = 0
const start = performance.now()
const dedup = values.dedup ? createDeduplicator() : null
for await (const result of cleanMany(repeated(), {concurrency: workers, format: mode, dedup})) {
  if ('error' in result) errors++
  seen++
  if (seen % 500 === 0 || seen === checkpoint || seen === total) {
    const rss = process.memoryUsage.rss()
    peak = Math.max(peak, rss)
    if (seen === checkpoint) atCheckpoint = rss
    if (seen === total) atEnd = rss
    if (seen % 10_000 === 0) console.log(`  ${seen} docs  RSS ${mb(rss)} MB  ${Math.round(seen / ((performance.now() - start) / 1000))} docs/s`)
  }
}
console.log(
  `${total} ${mode} documents (${inputs.length} pages of ${basename(file)}, repeated) through ${workers} worker${workers === 1 ? '' : 's'}${dedup ? ' with dedup' : ''}: ` +
    `RSS ${mb(atCheckpoint)} MB at ${checkpoint}, ${mb(atEnd)} MB at ${total} (growth ${mb(atEnd - atCheckpoint)} MB), peak ${mb(peak)} MB; ${errors} errors; ` +
    `${Math.round((performance.now() - start) / 1000)} s; ${mb(before)} MB before the run (the inputs held in memory)`,
)
