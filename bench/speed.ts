// `npm run bench:speed`: time the HTML mode, the bare rehype-parse parse (the
// floor for any hast pipeline) and the JS peers in one process, one run, on the
// scrapinghub-aeb pages. Reports pages/s and MB/s on one thread, p50/p99 ms per
// page and the peak RSS seen while each system ran; writes bench/results-speed.json.
//
//   npm run bench:speed [-- --data <file.jsonl.gz>] [-- --runs <n>]
//   npm run bench:speed -- --hostile    (the hostile shapes instead: see bench/hostile.ts)
//   npm run bench:speed -- --scaling-only    (only the worker scaling of cleanMany: see bench/scaling.ts)
//   npm run bench:speed -- --templates    (only dechrome's rows, with and without a site memory)
//   npm run bench:speed -- --only dechrome   (only the systems whose name contains it; no scaling)
//
// The HTML mode is also timed with `metadata: true`, with `output: 'markdown'` and
// with both, each printed with its ratio to the plain HTML mode (the cost of asking).
//
// After the one-core table it measures worker scaling (cleanMany through one and
// two workers) on every core: the process widens its own CPU affinity first.
//
// For one-core figures run it under `taskset -c 0` (JS runs on one thread, but
// V8's GC helpers otherwise use the other cores).
import {writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {clean, createSiteTemplates, type CleanOptions, type SiteTemplates} from '../src/index.js'
import {siteOf} from '../src/templates/index.js'
import {analyze, finish} from '../src/clean.js'
import {resolveOptions} from '../src/options.js'
import {defaultDataFiles, readPages} from './data.js'
import {replaceInReadme} from './readme.js'
import {runHostile} from './hostile.js'
import {measureScalingOnAllCores, scalingReadme} from './scaling.js'
import {articleExtractor, dechromeHtml, defuddle, readability, type System} from './systems-html.js'

const {values} = parseArgs({options: {
  data: {type: 'string'}, runs: {type: 'string', default: '1'}, readme: {type: 'boolean', default: false},
  hostile: {type: 'boolean', default: false}, src: {type: 'string'}, 'limit-s': {type: 'string', default: '60'}, 'heap-mb': {type: 'string', default: '4096'},
  'scaling-only': {type: 'boolean', default: false}, templates: {type: 'boolean', default: false}, only: {type: 'string'},
}})
if (values.hostile) {
  runHostile({src: values.src, limitSeconds: Number(values['limit-s']), heapMb: Number(values['heap-mb']), readme: values.readme})
  process.exit(0)
}
const file = values.data ?? defaultDataFiles().find((f) => basename(f).startsWith('scrapinghub-aeb'))!
const runs = Math.max(1, Number(values.runs) || 1)
const pages = readPages(file)
if (values['scaling-only']) {
  const scaling = await measureScalingOnAllCores(pages)
  if (values.readme) replaceInReadme('scaling', scalingReadme(scaling, basename(file)))
  process.exit(0)
}
const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html, 'utf8'), 0)

// The text mode gets each page's text_lines (its own input); bytes are still the page's HTML bytes, so MB/s compare inputs of different size: read pages/s.
const textLines = new Map(pages.map((p) => [p.html, p.text_lines.join('\n')]))
const dechromeText: System = {name: 'dechrome (text mode, on text_lines)', extract: (html) => clean(textLines.get(html) ?? '', {format: 'text'}).text}

// With a site memory: each page names its site by its url, and is learned after it is cleaned.
const memories: SiteTemplates[] = []
function withTemplates(name: string, format: 'html' | 'text'): System {
  const templates = createSiteTemplates()
  memories.push(templates)
  return {
    name,
    extract: (html, url) => {
      const site = siteOf(url, null)
      const input = format === 'html' ? html : (textLines.get(html) ?? '')
      return clean(input, site ? {format, templates, site} : {format}).text
    },
  }
}
const dechromeHtmlTemplates = withTemplates('dechrome (html, site templates on)', 'html')
const dechromeTextTemplates = withTemplates('dechrome (text, site templates on)', 'text')

const processor = unified().use(rehypeParse)
const rehypeParseOnly: System = {name: 'rehype-parse (parse only)', extract: (html) => (processor.parse(html), '')}

// Quiet the peers' console chatter (defuddle logs) while timing.
const quiet = {log: console.log, warn: console.warn, error: console.error}
function mute(): void {
  console.log = console.warn = console.error = () => {}
}
function unmute(): void {
  Object.assign(console, quiet)
}

interface SpeedRow {
  name: string
  pagesPerSecond: number
  megabytesPerSecond: number
  p50Ms: number
  p99Ms: number
  peakRssMb: number
  errors: number
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

async function time(system: System): Promise<SpeedRow> {
  // Warm up on every page, untimed: on ten pages the first dechrome row still paid for
  // compiling the code the rows after it share (its Markdown row, doing more, came out faster).
  mute()
  for (const page of pages) {
    try {
      await system.extract(page.html, page.url)
    } catch {}
  }
  const perPage: number[] = []
  let errors = 0
  let peakRss = process.memoryUsage.rss()
  const start = performance.now()
  for (let r = 0; r < runs; r++) {
    for (const page of pages) {
      const t = performance.now()
      try {
        await system.extract(page.html, page.url)
      } catch {
        errors++
      }
      perPage.push(performance.now() - t)
      peakRss = Math.max(peakRss, process.memoryUsage.rss())
    }
  }
  const seconds = (performance.now() - start) / 1000
  unmute()
  perPage.sort((a, b) => a - b)
  return {
    name: system.name,
    pagesPerSecond: round((pages.length * runs) / seconds, 1),
    megabytesPerSecond: round((bytes * runs) / 1e6 / seconds, 2),
    p50Ms: round(percentile(perPage, 0.5), 2),
    p99Ms: round(percentile(perPage, 0.99), 2),
    peakRssMb: round(peakRss / 2 ** 20, 0),
    errors,
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

// The HTML mode asked for more: what metadata and Markdown cost on top of it.
const asked = (name: string, extra: Readonly<CleanOptions>): System => {
  const options = resolveOptions({format: 'html', ...extra})
  return {name: `dechrome (html) ${name}`, extract: (html) => finish(analyze(html, options), options).text}
}
const dechromeMetadata = asked('+ metadata', {metadata: true})
const dechromeMarkdown = asked('+ markdown', {output: 'markdown'})
const dechromeBoth = asked('+ metadata + markdown', {metadata: true, output: 'markdown'})

const rows: SpeedRow[] = []
const systems = values.templates
  ? [dechromeHtml, dechromeHtmlTemplates, dechromeText, dechromeTextTemplates]
  : [rehypeParseOnly, dechromeHtml, dechromeMetadata, dechromeMarkdown, dechromeBoth, dechromeHtmlTemplates, dechromeText, dechromeTextTemplates, readability, defuddle, articleExtractor]
for (const system of systems.filter((s) => values.only === undefined || s.name.includes(values.only))) {
  rows.push(await time(system))
  const row = rows[rows.length - 1]
  const plain = rows.find((r) => r.name === dechromeHtml.name)
  const ratio = plain && row !== plain && row.name.startsWith(dechromeHtml.name) ? `  ×${(plain.pagesPerSecond / row.pagesPerSecond).toFixed(3)} of ${dechromeHtml.name}` : ''
  console.log(`${row.name.padEnd(40)} ${String(row.pagesPerSecond).padStart(7)} pages/s ${String(row.megabytesPerSecond).padStart(6)} MB/s  p50 ${row.p50Ms} ms  p99 ${row.p99Ms} ms  peak RSS ${row.peakRssMb} MB${row.errors ? `  errors ${row.errors}` : ''}${ratio}`)
}
if (values.only !== undefined) process.exit(0)

// Templates on against off, in this process: the ratio is the figure (absolute speeds are noisy on a shared machine).
const speedOf = (name: string) => rows.find((r) => r.name === name)?.pagesPerSecond ?? 0
const templateCost = (['html', 'text'] as const).map((mode, i) => {
  const stats = memories[i].stats()
  const base = mode === 'html' ? dechromeHtml.name : dechromeText.name
  const on = mode === 'html' ? dechromeHtmlTemplates.name : dechromeTextTemplates.name
  return {mode, speedRatio: round(speedOf(on) / speedOf(base), 3), sites: stats.sites, bytesPerSite: stats.sites ? Math.round(stats.bytes / stats.sites) : 0}
})
for (const t of templateCost) console.log(`site templates, ${t.mode}: ${(t.speedRatio * 100).toFixed(1)}% of the speed without; ${t.sites} sites, ${t.bytesPerSite} B per site (estimated)`)
if (values.templates) process.exit(0)

const scaling = await measureScalingOnAllCores(pages)

const here = dirname(fileURLToPath(import.meta.url))
const report = {
  command: 'npm run bench:speed',
  data: basename(file),
  pages: pages.length,
  megabytes: round(bytes / 1e6, 2),
  runs,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  note: 'One process, one thread of JS, systems run in this order; peak RSS is the process high-water mark while each ran.',
  systems: rows,
  templateCost,
  scaling,
}
writeFileSync(join(here, 'results-speed.json'), JSON.stringify(report, null, 2) + '\n')
console.log(`wrote ${join('bench', 'results-speed.json')}`)

if (values.readme) {
  replaceInReadme('speed', [
    `${pages.length} pages of ${basename(file)} (${report.megabytes} MB of HTML), ${report.cpu}, Node ${process.version}, pinned to one core.`,
    '',
    '| system | pages/s | MB/s | p50 ms | p99 ms | peak RSS MB |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.pagesPerSecond} | ${r.megabytesPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.peakRssMb} |`),
    '',
    'MB/s counts each page\'s HTML bytes for every row, the text mode included (its input, the page\'s text_lines, is smaller): compare the text mode by pages/s.',
    '`clean(html)` runs parse5 directly into a lean tree (see "How the HTML mode decides"), which is why it can outpace the bare rehype-parse parse.',
  ].join('\n'))
  replaceInReadme('scaling', scalingReadme(scaling, basename(file)))
}
