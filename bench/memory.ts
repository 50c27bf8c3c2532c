// Flat memory at scale: the scrapinghub-aeb pages repeat as one long JSON Lines
// stream into the real CLI (`dechrome clean --jsonl`, the built package: build
// first, as for bench:backpressure), and the CLI process's RSS
// (main thread and workers, which share the process) is read from
// /proc/<pid>/status as its output lines come back. Prints the RSS after 10 k
// records and after the last one, the growth between them and the peak (VmHWM,
// the kernel's high-water mark, so no spike between samples is missed).
//
//   npm run build && npm run bench:memory [-- --docs 100000] [--workers 2] [--mode text|html] [--dedup]
//
// Text mode streams each page's text_lines; HTML mode the page itself. This
// process writes the stream (with backpressure) and is not measured: the
// inputs it holds are not the CLI's.
import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {defaultDataFiles, readPages} from './data.js'

const {values} = parseArgs({
  options: {
    data: {type: 'string'},
    docs: {type: 'string', default: '100000'},
    workers: {type: 'string', default: '2'},
    mode: {type: 'string', default: 'text'},
    dedup: {type: 'boolean', default: false},
  },
})
const file = values.data ?? defaultDataFiles().find((f) => basename(f).startsWith('scrapinghub-aeb'))!
const total = Number(values.docs)
const workers = Number(values.workers)
const mode = values.mode === 'html' ? 'html' : 'text'
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js')
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first')

// Each page once, as the line the stream repeats (its id is set per record).
const pages = readPages(file).map((p) => JSON.stringify(mode === 'html' ? {html: p.html} : {text: p.text_lines.join('\n')}).slice(1))
const args = [cli, 'clean', '--jsonl', '--format', mode, '--workers', String(workers), '--no-progress', ...(values.dedup ? ['--dedup'] : [])]
const child = spawn(process.execPath, args, {stdio: ['pipe', 'pipe', 'inherit']})

/** VmRSS and VmHWM of the CLI process, in bytes (null once it has exited). */
function memory(): {rss: number; peak: number} | null {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').slice(-400).split(') ')[1].split(' ')
    // utime and stime, in clock ticks (100 a second on Linux).
    cpu = (Number(stat[11]) + Number(stat[12])) / 100
    return {rss: kb('VmRSS'), peak: kb('VmHWM')}
  } catch {
    return null
  }
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
const checkpoint = Math.min(10_000, total)
let seen = 0
let errors = 0
let peak = 0
let atCheckpoint = 0
let atEnd = 0
let partial = ''
let cpu = 0
const start = performance.now()
const sample = () => {
  const m = memory()
  if (!m) return
  peak = Math.max(peak, m.peak)
  if (seen === checkpoint && !atCheckpoint) atCheckpoint = m.rss
  if (seen === total) atEnd = m.rss
}
child.stdout.setEncoding('utf8')
child.stdout.on('data', (chunk: string) => {
  const lines = (partial + chunk).split('\n')
  partial = lines.pop()!
  for (const line of lines) {
    if (line.includes('"error":{"code"')) errors++
    seen++
    if (seen % 500 === 0 || seen === checkpoint || seen === total) sample()
    if (seen % 10_000 === 0) console.log(`  ${seen} docs  RSS ${mb(memory()?.rss ?? 0)} MB  ${Math.round(seen / ((performance.now() - start) / 1000))} docs/s`)
  }
})
const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))

for (let i = 0; i < total; i++) {
  if (!child.stdin.write(`{"id":${i},${pages[i % pages.length]}\n`)) await new Promise((resolve) => child.stdin.once('drain', resolve))
}
child.stdin.end()
const code = await exited
if (code !== 0 && !errors) throw new Error(`the CLI exited with code ${code}`)
console.log(
  `${total} ${mode} records (${pages.length} pages of ${basename(file)}, repeated) through \`dechrome clean --jsonl --workers ${workers}${values.dedup ? ' --dedup' : ''}\`: ` +
    `RSS ${mb(atCheckpoint)} MB at ${checkpoint}, ${mb(atEnd)} MB at ${total} (growth ${mb(atEnd - atCheckpoint)} MB), peak ${mb(peak)} MB; ${errors} errors; ` +
    `${Math.round(cpu)} s of CPU (all threads), ` +
    `${Math.round((performance.now() - start) / 1000)} s`,
)
