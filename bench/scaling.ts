// Worker scaling of cleanMany() on the scrapinghub-aeb pages: the same stream
// through one worker and through two, HTML mode and text mode (each page's
// text_lines) reported separately, rounds alternating so that load from other
// processes hits both alike. Throughput is counted in steady state: from the
// moment the first `warmup` results are out (workers started, JIT warm) to the
// last result.
//
//   tsx bench/scaling.ts [-- --data <file.jsonl.gz>] [--rounds 2] [--workers 1,2]
//
// `npm run bench:speed` runs it after the one-core table, on every core.
import {spawnSync} from 'node:child_process'
import {availableParallelism, cpus, loadavg} from 'node:os'
import {cleanMany, type BatchInput} from '../src/index.js'
import type {Page} from './data.js'

export interface ScalingRow {
  mode: 'html' | 'text'
  workers: number
  /** Cores the whole process (main thread, workers, V8's GC threads) could run on. */
  cores: number
  /** Steady-state documents per second, the median over rounds. */
  docsPerSecond: number
  megabytesPerSecond: number
  rounds: number[]
  /** CPU time of the whole process (all threads) per document, in ms: the work, whatever the load. */
  cpuMsPerDoc: number
  /** Share of the time the main thread (veto, dedup, JSON, messages) was busy. */
  mainThreadBusy: number
}

export interface ScalingReport {
  cores: number
  cpu: string
  loadBefore: number
  rows: ScalingRow[]
  /** Throughput of each worker count over one worker's, per mode (both on every core: the measure). */
  speedup: Record<string, Record<string, number>>
  /** Throughput of each row over one worker's with the whole process on one core: what the second core adds. */
  perCore: Record<string, Record<string, number>>
}

/** One configuration: workers, and whether the process is pinned to one core while it runs. */
interface Setup {
  workers: number
  oneCore: boolean
}
const label = (s: Setup) => `${s.workers}${s.oneCore ? '@1' : ''}`

/** Pin the whole process (every thread) to core 0, or let it use every core again. */
function pin(oneCore: boolean): boolean {
  const cores = oneCore ? '0' : `0-${cpus().length - 1}`
  return spawnSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], {stdio: 'ignore'}).status === 0
}

interface Workload {
  mode: 'html' | 'text'
  docs: BatchInput[]
  bytes: number
}

export function workloads(pages: readonly Page[], passes: {html: number; text: number}): Workload[] {
  const html = pages.map((p) => ({id: p.id, html: p.html}))
  const text = pages.map((p) => ({id: p.id, text: p.text_lines.join('\n')}))
  const repeat = (docs: BatchInput[], n: number) => Array.from({length: n}, (_, r) => docs.map((d) => ({...(d as object), id: `${r}:${(d as {id: string}).id}`}) as BatchInput)).flat()
  const size = (docs: BatchInput[]) => docs.reduce((sum, d) => sum + Buffer.byteLength((d as {html?: string; text?: string}).html ?? (d as {text: string}).text, 'utf8'), 0)
  const h = repeat(html, passes.html)
  const t = repeat(text, passes.text)
  return [
    {mode: 'html', docs: h, bytes: size(h)},
    {mode: 'text', docs: t, bytes: size(t)},
  ]
}

/** Steady-state throughput of one run: documents and bytes after the first `warmup` results. */
interface Measured {
  docsPerSecond: number
  megabytesPerSecond: number
  cpuMsPerDoc: number
  mainThreadBusy: number
}

async function run(work: Workload, workers: number): Promise<Measured> {
  // Past startup and the first JIT tiers of every worker.
  const warmup = 10 * workers
  const perDoc = work.bytes / work.docs.length
  let seen = 0
  let errors = 0
  let start = 0
  let cpu = process.cpuUsage()
  let loop = performance.eventLoopUtilization()
  for await (const result of cleanMany(work.docs, {concurrency: workers, format: work.mode})) {
    if ('error' in result) errors++
    if (++seen === warmup) {
      start = performance.now()
      cpu = process.cpuUsage()
      loop = performance.eventLoopUtilization()
    }
  }
  const used = process.cpuUsage(cpu)
  const busy = performance.eventLoopUtilization(loop).utilization
  if (errors) throw new Error(`${errors} documents failed in the ${work.mode} run with ${workers} workers`)
  const seconds = (performance.now() - start) / 1000
  const docs = seen - warmup
  return {docsPerSecond: docs / seconds, megabytesPerSecond: (docs * perDoc) / 1e6 / seconds, cpuMsPerDoc: (used.user + used.system) / 1000 / docs, mainThreadBusy: busy}
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length / 2
  return Number.isInteger(mid) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[Math.floor(mid)]
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

export async function measureScaling(
  pages: readonly Page[],
  {rounds = 2, workers = [1, 2], oneCore = false, passes = {html: 3, text: 6}, log = console.log}: {rounds?: number; workers?: number[]; oneCore?: boolean; passes?: {html: number; text: number}; log?: (s: string) => void} = {},
): Promise<ScalingReport> {
  const report: ScalingReport = {cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', loadBefore: round(loadavg()[0], 2), rows: [], speedup: {}, perCore: {}}
  // With `oneCore`, one worker also runs with the whole process on one core: the fair base for "what does the second core add".
  const setups: Setup[] = [...(oneCore ? [{workers: workers[0], oneCore: true}] : []), ...workers.map((w) => ({workers: w, oneCore: false}))]
  for (const work of workloads(pages, passes)) {
    const results = new Map(setups.map((s) => [label(s), [] as Measured[]]))
    for (let r = 0; r < rounds; r++) {
      for (const setup of setups) {
        if (setup.oneCore && !pin(true)) throw new Error('taskset could not pin the process to one core')
        const measured = await run(work, setup.workers)
        if (setup.oneCore) pin(false)
        results.get(label(setup))!.push(measured)
        const w = setup.workers
        log(`  ${work.mode} round ${r + 1}, ${w} worker${w === 1 ? '' : 's'}${setup.oneCore ? ' on one core' : ''}: ${round(measured.docsPerSecond)} docs/s, ${round(measured.megabytesPerSecond, 2)} MB/s, ${round(measured.cpuMsPerDoc, 2)} CPU ms/doc, main thread ${round(100 * measured.mainThreadBusy)}% busy`)
      }
    }
    const base = median(results.get(label({workers: workers[0], oneCore: false}))!.map((m) => m.docsPerSecond))
    const oneCoreBase = oneCore ? median(results.get(label({workers: workers[0], oneCore: true}))!.map((m) => m.docsPerSecond)) : NaN
    report.speedup[work.mode] = {}
    report.perCore[work.mode] = {}
    for (const setup of setups) {
      const measured = results.get(label(setup))!
      const docsPerSecond = median(measured.map((m) => m.docsPerSecond))
      report.perCore[work.mode][label(setup)] = round(docsPerSecond / oneCoreBase, 2)
      if (setup.oneCore) {
        report.rows.push({
          mode: work.mode,
          workers: setup.workers,
          cores: 1,
          docsPerSecond: round(docsPerSecond),
          megabytesPerSecond: round(median(measured.map((m) => m.megabytesPerSecond)), 2),
          rounds: measured.map((m) => round(m.docsPerSecond)),
          cpuMsPerDoc: round(median(measured.map((m) => m.cpuMsPerDoc)), 2),
          mainThreadBusy: round(median(measured.map((m) => m.mainThreadBusy)), 3),
        })
        continue
      }
      const w = setup.workers
      report.rows.push({
        mode: work.mode,
        workers: w,
        cores: report.cores,
        docsPerSecond: round(docsPerSecond),
        megabytesPerSecond: round(median(measured.map((m) => m.megabytesPerSecond)), 2),
        rounds: measured.map((m) => round(m.docsPerSecond)),
        cpuMsPerDoc: round(median(measured.map((m) => m.cpuMsPerDoc)), 2),
        mainThreadBusy: round(median(measured.map((m) => m.mainThreadBusy)), 3),
      })
      report.speedup[work.mode][w] = round(docsPerSecond / base, 2)
    }
  }
  return report
}

/**
 * `bench:speed` runs under `taskset -c 0` for its one-core table: widen this
 * process's affinity (all its threads) to every core before starting workers.
 */
export async function measureScalingOnAllCores(pages: readonly Page[], log = console.log): Promise<ScalingReport> {
  const all = `0-${cpus().length - 1}`
  const widened = spawnSync('taskset', ['-a', '-p', '-c', all, String(process.pid)], {stdio: 'ignore'})
  if (widened.status !== 0) log('taskset could not widen the CPU affinity; scaling is measured on the cores this process has')
  log(`worker scaling of cleanMany on ${availableParallelism()} cores (load average ${round(loadavg()[0], 2)}):`)
  // Four rounds: on a 2-core VM a single round's throughput swings by a fifth, and the median of two is one of them.
  const report = await measureScaling(pages, {log, oneCore: true, rounds: 4})
  for (const line of scalingTable(report)) log(line)
  return report
}

export function scalingReadme(report: ScalingReport, data: string): string {
  return [
    `cleanMany() through one and two worker threads on ${data}, ${report.cores} cores (${report.cpu}), load average ${report.loadBefore} when it started; steady-state throughput, the median of ${report.rows[0]?.rounds.length ?? 0} alternating rounds.`,
    'CPU ms/doc is the process\'s CPU time (every thread) per document: the work done, which load from other processes does not change much; docs/s is what the machine gave.',
    '"cores" is what the whole process (main thread, workers, V8\'s GC threads) could run on: the one-core row is the base for what the second core adds; "× one worker" compares with one worker on every core, where the main thread and the GC threads already use the second core.',
    '',
    ...scalingTable(report),
  ].join('\n')
}

export function scalingTable(report: ScalingReport): string[] {
  return [
    '| mode | workers | cores | docs/s | MB/s | × one worker | × one worker on one core | rounds (docs/s) | CPU ms/doc | main thread busy |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...report.rows.map((r) => {
      const key = `${r.workers}${r.cores === 1 ? '@1' : ''}`
      const overOne = r.cores === 1 ? '' : report.speedup[r.mode][r.workers]
      const perCore = report.perCore[r.mode]?.[key]
      return `| ${r.mode} | ${r.workers} | ${r.cores} | ${r.docsPerSecond} | ${r.megabytesPerSecond} | ${overOne} | ${Number.isFinite(perCore) ? perCore : ''} | ${r.rounds.join(', ')} | ${r.cpuMsPerDoc} | ${round(100 * r.mainThreadBusy)}% |`
    }),
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {parseArgs} = await import('node:util')
  const {basename} = await import('node:path')
  const {defaultDataFiles, readPages} = await import('./data.js')
  const {values} = parseArgs({options: {data: {type: 'string'}, rounds: {type: 'string', default: '2'}, workers: {type: 'string', default: '1,2'}}})
  const file = values.data ?? defaultDataFiles().find((f) => basename(f).startsWith('scrapinghub-aeb'))!
  const report = await measureScaling(readPages(file), {rounds: Number(values.rounds), workers: values.workers.split(',').map(Number)})
  console.log(`${basename(file)}, ${report.cores} cores (${report.cpu}), load average ${report.loadBefore} before the run`)
  console.log(scalingTable(report).join('\n'))
}
