// npm run bench:quality [-- --data FILE ...] [--readme] [--only NAME] [--by-language]
// Scores the text mode on each page's text_lines, the "keep everything" baseline,
// and every HTML system registered in systems-html.ts, with the AEB metric.
// Writes bench/results.json (quality part) and, with --readme, the README table.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {clean} from '../src/index.js'
import {byLanguage} from './by-language.js'
import {defaultDataFiles, readPages, type Page} from './data.js'
import {scoreCorpus, scorePage, type CorpusScore, type PageScore} from './metric.js'
import {replaceInReadme} from './readme.js'
import {htmlSystems} from './systems-html.js'

interface Row extends CorpusScore {
  dataset: string
  system: string
  input: 'text_lines' | 'html'
  seconds: number
}

const here = dirname(fileURLToPath(import.meta.url))
const {values} = parseArgs({
  options: {
    data: {type: 'string', multiple: true},
    readme: {type: 'boolean', default: false},
    only: {type: 'string', multiple: true},
    'by-language': {type: 'boolean', default: false},
  },
})
if (values['by-language']) {
  // The per-language table (bench/by-language.ts) instead of the peer comparison.
  byLanguage(values.data)
  process.exit(0)
}
const files = values.data?.length ? values.data : defaultDataFiles()
const wanted = (name: string) => !values.only?.length || values.only.some((o) => name.toLowerCase().includes(o.toLowerCase()))

const textSystems: {name: string; run: (page: Page) => string}[] = [
  {name: 'keep everything (baseline)', run: (p) => p.text_lines.join('\n')},
  {name: 'dechrome text mode', run: (p) => clean(p.text_lines.join('\n'), {format: 'text'}).text},
  {name: 'dechrome text mode, favor precision', run: (p) => clean(p.text_lines.join('\n'), {format: 'text', favor: 'precision'}).text},
  {name: 'dechrome text mode, favor recall', run: (p) => clean(p.text_lines.join('\n'), {format: 'text', favor: 'recall'}).text},
]

const rows: Row[] = []
for (const file of files) {
  const pages = readPages(file)
  const dataset = pages[0]?.dataset ?? basename(file)
  for (const system of textSystems) {
    if (!wanted(system.name)) continue
    const start = performance.now()
    const scores: PageScore[] = pages.map((p) => scorePage(system.run(p), p.gold))
    addRows(dataset, pages, system.name, 'text_lines', (performance.now() - start) / 1000, scores)
  }
  for (const system of htmlSystems) {
    if (!wanted(system.name)) continue
    const start = performance.now()
    const scores: PageScore[] = []
    for (const p of pages) {
      let out = ''
      const {log, warn, error} = console
      console.log = console.warn = console.error = () => {} // peers log their parse errors
      try {
        out = await system.extract(p.html, p.url)
      } catch {
        out = '' // a peer that throws on a page extracted nothing from it
      } finally {
        Object.assign(console, {log, warn, error})
      }
      scores.push(scorePage(out, p.gold))
    }
    addRows(dataset, pages, system.name, 'html', (performance.now() - start) / 1000, scores)
  }
}

/**
 * One row per system and dataset; for readability-tests also the real pages alone
 * (those with a URL; the others are synthetic fixtures). That set's gold is
 * Readability's own output, so Readability scores 1.000 on it by construction.
 */
function addRows(dataset: string, pages: readonly Page[], system: string, input: Row['input'], seconds: number, scores: PageScore[]): void {
  rows.push({dataset, system, input, seconds, ...scoreCorpus(scores)})
  report(rows.at(-1)!)
  if (dataset === 'readability-tests') {
    const real = scores.filter((_, i) => pages[i].url)
    rows.push({dataset: `${dataset} (real pages)`, system, input, seconds, ...scoreCorpus(real)})
    report(rows.at(-1)!)
  }
}

function report(r: Row): void {
  const f = (x: number) => x.toFixed(3)
  process.stdout.write(`${r.dataset.padEnd(18)} ${r.input.padEnd(10)} ${r.system.padEnd(40)} F1 ${f(r.f1)}  P ${f(r.precision)}  R ${f(r.recall)}  median F1 ${f(r.medianF1)}  (${r.pages} pages, ${r.seconds.toFixed(1)} s)\n`)
}

const resultsFile = join(here, 'results.json')
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {}
writeFileSync(resultsFile, JSON.stringify({...previous, quality: {command: 'npm run bench:quality', node: process.version, rows}}, null, 2) + '\n')

const table = [
  '| dataset | input | system | F1 | precision | recall | median F1 |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.dataset} | ${r.input} | ${r.system} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.medianF1.toFixed(3)} |`),
].join('\n')
process.stdout.write('\n' + table + '\n')
if (values.readme) replaceInReadme('quality', table)
