// One hostile shape in a fresh process (spawned by bench/hostile.ts): build the
// input, clean it with default options (or the shape's own), print {seconds, cpuSeconds, peakRssMb, outcome} as JSON.
//
//   node --import tsx bench/hostile-child.ts <shape index> [<module exporting clean>]
import {pathToFileURL} from 'node:url'
import {resolve} from 'node:path'
import {hostileShapes} from './hostile-shapes.js'

const index = Number(process.argv[2])
const entry = process.argv[3] ? pathToFileURL(resolve(process.argv[3])).href : '../src/index.js'
const {clean} = (await import(entry)) as typeof import('../src/index.js')
const shape = hostileShapes()[index]
const input = shape.input()
const start = performance.now()
const cpuStart = process.cpuUsage()
let outcome: string
try {
  const result = clean(input, shape.options)
  outcome = result.truncated ? `truncated, ${result.blocks.length} blocks` : `${result.blocks.length} blocks`
} catch (error) {
  const e = error as {name?: string; code?: string}
  outcome = `${e.name ?? 'Error'}${e.code ? ` (${e.code})` : ''}`
}
const seconds = (performance.now() - start) / 1000
const cpu = process.cpuUsage(cpuStart)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
console.log(JSON.stringify({seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024, outcome}))
