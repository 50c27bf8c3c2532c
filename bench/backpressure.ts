// `npm run bench:backpressure`: does `dechrome clean --jsonl` hold back behind a slow
// reader? Feeds 6,000 text records of about 16 KB (the seed articles, repeated) to
// the built program, lets its output sit unread for 25 s, then reads the rest, and
// prints the program's peak RSS (VmHWM from /proc, Linux only). Goal: under 200 MB.
//
//   npm run build && npm run bench:backpressure [-- --stall 25] [-- --records 6000] [-- --bin dist/cli.js]
//
// `--stall 0` gives the figure without a slow reader; `--bin` measures another build.
import {spawn} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({
  options: {
    stall: {type: 'string', default: '25'},
    records: {type: 'string', default: '6000'},
    bytes: {type: 'string', default: '16384'},
    bin: {type: 'string', default: join(root, 'dist', 'cli.js')},
  },
})
const stallSeconds = Number(values.stall)
const count = Number(values.records)
const recordBytes = Number(values.bytes)

const seedsDir = join(root, 'tests', 'seeds')
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'))

/** Record i: seed texts, starting at seed i mod 5, repeated up to about `recordBytes`. */
function record(i: number): string {
  let text = ''
  for (let k = i; text.length < recordBytes; k++) text += seeds[k % seeds.length] + '\n'
  return JSON.stringify({id: `r-${i}`, text}) + '\n'
}

const child = spawn(process.execPath, [values.bin, 'clean', '--jsonl'], {stdio: ['pipe', 'pipe', 'inherit']})
const started = performance.now()

// Peak RSS of the program: the kernel's high-water mark, polled while it runs.
let peakKb = 0
const poll = setInterval(() => {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
    if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]))
  } catch {
    // exited between polls
  }
}, 100)

// The writer respects the program's stdin backpressure, as a well-behaved producer does.
async function feed(): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (!child.stdin.write(record(i))) await new Promise((resolve) => child.stdin.once('drain', resolve))
  }
  child.stdin.end()
}

let lines = 0
let firstLineAt = 0
child.stdout.on('data', (chunk: Buffer) => {
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
  if (!firstLineAt) firstLineAt = performance.now()
})
if (stallSeconds > 0) {
  child.stdout.pause()
  setTimeout(() => child.stdout.resume(), stallSeconds * 1000)
}

const [exit] = await Promise.all([new Promise<number | null>((resolve) => child.on('close', resolve)), feed()])
clearInterval(poll)
const seconds = (performance.now() - started) / 1000
console.log(
  `${count} records of ~${Math.round(recordBytes / 1024)} KB, reader stalled ${stallSeconds} s: ` +
    `peak RSS ${(peakKb / 1024).toFixed(0)} MB, ${lines} lines out, exit ${exit}, ${seconds.toFixed(1)} s (${values.bin.replace(root + '/', '')})`,
)
