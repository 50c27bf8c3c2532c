// npm run bench:quality [-- --data FILE...] [--only SET...] [--score OUTPUTS.jsonl...]
//                          [--by-language] [--peers] [--tune favor] [--readme] [--json FILE]
//
// Scores both modes of dechrome on every set of the development data (or the
// bundled samples on a fresh clone), with the data README's metric, beside the
// peers' published figures; prints the leave-one-collection-out column and the
// do-no-harm figures. Only a full default run on the development data writes the
// tracked bench/results.json (see results.ts); `--json FILE` writes any run anywhere.
import {parseArgs} from 'node:util'
import {expandLists} from './args.js'
import {defaultData, type DataSource} from './data.js'
import {replaceInReadme} from './readme.js'
import {byLanguage, favorGrid, givenOutputs, goldInTable, modeTables, type Section} from './report.js'
import {trackedResultsFile, writeResults, writesTrackedResults} from './results.js'
import {score, scoreSets, type Extractor} from './score.js'

const {values} = parseArgs({
  args: expandLists(process.argv.slice(2), ['data', 'only', 'score']),
  options: {
    data: {type: 'string', multiple: true},
    only: {type: 'string', multiple: true},
    score: {type: 'string', multiple: true},
    'by-language': {type: 'boolean', default: false},
    peers: {type: 'boolean', default: false},
    tune: {type: 'string'},
    readme: {type: 'boolean', default: false},
    json: {type: 'string'},
  },
})

if (values.tune !== undefined && values.tune !== 'favor') throw new Error(`--tune knows only \`favor\` (the one knob the pipeline exposes today), got ${JSON.stringify(values.tune)}`)
const source: DataSource | 'given' = values.data?.length ? 'given' : defaultData().source
const files = values.data?.length ? values.data : defaultData().files
const tracked = source !== 'given' && writesTrackedResults(values, source)
if (values.readme && !tracked) throw new Error('--readme needs a full default run on the development data (no --data, --only, --score or --tune)')

const sections: Section[] = [modeTables(values.tune ? {html: favorGrid(), text: favorGrid()} : {}), goldInTable()]
let scoredSets: Set<string> | null = null
if (values.score?.length) {
  const given = givenOutputs(values.score)
  sections.push(given.section)
  scoredSets = given.sets
}
if (values['by-language']) sections.push(byLanguage())
if (values.peers) {
  const {htmlSystems, dechromeHtml} = await import('./systems-html.js')
  const live: Extractor[] = htmlSystems.filter((s) => s !== dechromeHtml).map((s) => ({name: s.name, input: 'html' as const, run: (p) => quiet(() => s.extract(p.html, p.url))}))
  sections.push(livePeers(live))
}

/** Peers print their parse errors; keep the bench output readable. */
async function quiet(run: () => string | Promise<string>): Promise<string> {
  const {log, warn, error} = console
  console.log = console.warn = console.error = () => {}
  try {
    return await run()
  } finally {
    Object.assign(console, {log, warn, error})
  }
}

function livePeers(extractors: Extractor[]): Section {
  return {
    key: 'peersLive',
    extractors,
    async render(sets) {
      const rows = sets.flatMap((set) => extractors.map((e) => [set.name, e.name, score(set, e.name)!] as const))
      const {table, f3} = await import('./report.js')
      const md = `### JS peers run live on the html\n\n${table(['set', 'system', 'P', 'R', 'F1', 'median F1'], rows.map(([set, name, s]) => [set, name, f3(s.precision), f3(s.recall), f3(s.f1), f3(s.medianF1)]))}`
      return {markdown: md, json: rows.map(([set, system, s]) => ({set, system, ...s}))}
    },
  }
}

// Each extractor once, however many sections ask for it.
const extractors = [...new Map(sections.flatMap((s) => s.extractors).map((e) => [e.name, e])).values()]
const only = values.only?.map((o) => o.toLowerCase())
const wantSet = (name: string) => (!only || only.some((o) => name.toLowerCase().includes(o))) && (!scoredSets || scoredSets.has(name))

process.stderr.write(`bench:quality on ${source === 'dev' ? 'the development data' : source === 'bundled' ? 'the bundled samples (no development data found)' : 'the given files'}: ${files.length} file(s)\n`)
const sets = await scoreSets(files, extractors, {
  wantSet,
  onScored(set, name) {
    const s = score(set, name)!
    const errors = set.errors.get(name) ?? 0
    process.stderr.write(`${set.name.padEnd(18)} ${name.padEnd(30)} ${set.metric === 'snippet' ? 'snippet F1' : 'F1'} ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}${s.medianF1 === null ? '' : `  median ${s.medianF1.toFixed(4)}`}  (${s.pages} pages, ${set.seconds.get(name)!.toFixed(1)} s${errors ? `, ${errors} threw` : ''})\n`)
  },
})

const figures: Record<string, unknown> = {}
const markdown: Record<string, string> = {}
for (const section of sections) {
  const {markdown: md, json} = await section.render(sets)
  markdown[section.key] = md
  figures[section.key] = json
  process.stdout.write(`\n${md}\n`)
}

const record = {command: `npm run bench:quality${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`, node: process.version, source, files: files.length, ...figures}
if (tracked) {
  const {modes, goldIn, byLanguage: languages, peersLive} = record as Record<string, unknown>
  writeResults(trackedResultsFile, {
    quality: {command: 'npm run bench:quality', node: process.version, modes, goldIn},
    ...(languages ? {qualityByLanguage: languages} : {}),
    ...(peersLive ? {qualityPeersLive: peersLive} : {}),
  })
  process.stderr.write('wrote bench/results.json\n')
} else process.stderr.write('bench/results.json left as it is (only a full default run on the development data writes it)\n')
if (values.json) writeResults(values.json, {quality: record})
if (values.readme) {
  replaceInReadme('quality', `\`npm run bench:quality\`\n\n${markdown.modes}\n\n${markdown.goldIn}`)
  if (markdown.byLanguage) replaceInReadme('quality-languages', `\`npm run bench:quality -- --by-language\`\n\n${markdown.byLanguage}`)
}
