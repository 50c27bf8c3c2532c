// `npm run bench:speed -- --hostile`: every hostile shape (bench/hostile-shapes.ts)
// with default options, each in its own child process so one shape's heap cannot
// skew the next; prints the time clean() took and the child's peak RSS
// (process.resourceUsage().maxRSS, input building included) and CPU time. A child that runs
// past the time limit is killed; one that runs out of heap is reported as such.
//
//   npm run bench:speed -- --hostile [--src <module exporting clean>] [--limit-s 60] [--heap-mb 4096] [--readme]
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {hostileShapes} from './hostile-shapes.js'
import {replaceInReadme} from './readme.js'

interface HostileRow {
  shape: string
  megabytes: number
  result: string
  seconds: number | null
  cpuSeconds: number | null
  peakRssMb: number | null
}

export function runHostile(options: {src?: string; limitSeconds: number; heapMb: number; readme: boolean}): HostileRow[] {
  const child = join(dirname(fileURLToPath(import.meta.url)), 'hostile-child.ts')
  const rows: HostileRow[] = []
  hostileShapes().forEach((shape, i) => {
    const args = [`--max-old-space-size=${options.heapMb}`, '--import', 'tsx', child, String(i), ...(options.src ? [options.src] : [])]
    const started = performance.now()
    const run = spawnSync(process.execPath, args, {encoding: 'utf8', timeout: options.limitSeconds * 1000, maxBuffer: 1 << 20})
    const wall = (performance.now() - started) / 1000
    const megabytes = Math.round((Buffer.byteLength(shape.input()) / 1e6) * 100) / 100
    let row: HostileRow
    const line = run.stdout?.trim().split('\n').at(-1)
    if (run.status === 0 && line?.startsWith('{')) {
      const out = JSON.parse(line) as {seconds: number; cpuSeconds: number; peakRssMb: number; outcome: string}
      row = {shape: shape.name, megabytes, result: out.outcome, seconds: round(out.seconds), cpuSeconds: round(out.cpuSeconds), peakRssMb: Math.round(out.peakRssMb)}
    } else if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      row = {shape: shape.name, megabytes, result: `killed after ${options.limitSeconds} s`, seconds: null, cpuSeconds: null, peakRssMb: null}
    } else {
      const oom = /heap out of memory/i.test(run.stderr ?? '')
      row = {shape: shape.name, megabytes, result: oom ? `heap out of memory (${options.heapMb} MB heap) after ${round(wall)} s` : `crashed: exit ${run.status ?? run.signal}: ${(run.stderr ?? '').trim().split('\n').at(-1)?.slice(0, 120) ?? ''}`, seconds: null, cpuSeconds: null, peakRssMb: null}
    }
    rows.push(row)
    console.log(`${row.shape.padEnd(36)} ${String(row.megabytes).padStart(6)} MB  ${(row.seconds === null ? '-' : `${row.seconds} s`).padStart(8)}  ${(row.cpuSeconds === null ? '-' : `cpu ${row.cpuSeconds} s`).padStart(12)}  ${(row.peakRssMb === null ? '-' : `${row.peakRssMb} MB`).padStart(8)}  ${row.result}`)
  })
  if (options.readme) {
    replaceInReadme('hostile', [
      `Each shape with default options (unless the shape names one) in its own process, Node ${process.version} (\`npm run bench:speed -- --hostile --readme\`):`,
      '',
      '| shape | input MB | result | seconds | CPU seconds | peak RSS MB |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.shape.replace(/</g, '&lt;')} | ${r.megabytes} | ${r.result} | ${r.seconds ?? '-'} | ${r.cpuSeconds ?? '-'} | ${r.peakRssMb ?? '-'} |`),
      '',
      'Seconds are wall time on a shared machine; CPU seconds (user + system of the child while `clean()` ran) are steadier under load.',
    ].join('\n'))
  }
  return rows
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
