// npm run bench:quality [-- --data FILE...] [--only SET...] [--score OUTPUTS.jsonl...]
//                          [--by-language] [--peers] [--tune favor] [--readme] [--json FILE]
//
// Scores both modes of dechrome on every set of the development data (or the
// bundled samples on a fresh clone), with the data README's metric, beside the
// peers' published figures; prints the leave-one-collection-out column and the
// do-no-harm figures. Only a full default run on the development data writes the
// tracked bench/results.json (see results.ts); `--json FILE` writes any run anywhere.
// A new table behind a flag is an entry in FLAG_SECTIONS (report.ts).
import {parseArgs} from 'node:util'
import {expandLists} from './args.js'
import {defaultData, type DataSource} from './data.js'
import {replaceInReadme} from './readme.js'
import {FLAG_SECTIONS, favorGrid, givenOutputs, goldInTable, modeTables, type Section} from './report.js'
import {trackedResultsFile, writeResults, writesTrackedResults} from './results.js'
import {score, scoreSets} from './score.js'

const {values} = parseArgs({
  args: expandLists(process.argv.slice(2), ['data', 'only', 'score']),
  options: {
    data: {type: 'string', multiple: true},
    only: {type: 'string', multiple: true},
    score: {type: 'string', multiple: true},
    tune: {type: 'string'},
    readme: {type: 'boolean', default: false},
    json: {type: 'string'},
    ...Object.fromEntries(FLAG_SECTIONS.map((f) => [f.flag, {type: 'boolean' as const, default: false}])),
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
for (const f of FLAG_SECTIONS) if ((values as Record<string, unknown>)[f.flag]) sections.push(await f.make())

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

const command = `npm run bench:quality${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`
if (tracked) {
  // Sections behind flags keep their last figures until a run with that flag replaces them.
  writeResults(trackedResultsFile, {quality: {command, node: process.version, ...figures}}, 'quality')
  process.stderr.write('wrote bench/results.json\n')
} else process.stderr.write('bench/results.json left as it is (only a full default run on the development data writes it)\n')
if (values.json) writeResults(values.json, {quality: {command, node: process.version, source, ...figures}})
if (values.readme) {
  replaceInReadme('quality', `\`npm run bench:quality\`\n\n${markdown.modes}\n\n${markdown.goldIn}`)
  if (markdown.byLanguage) replaceInReadme('quality-languages', `\`npm run bench:quality -- --by-language\`\n\n${markdown.byLanguage}`)
}
