// What `npm run bench:quality` prints. Each section names the extractors it needs
// scored (the core loop in score.ts runs them once per set) and renders a table
// from the per-page results. A new flag is a new section in this list's style.
import {readFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {readPages, type Page} from './data.js'
import {fixedSetting, gridSearch, largestGap, leaveOneCollectionOut, type LocoRow, type Tuner} from './loco.js'
import {dechrome, goldIn, groupBy, keepAll, meanPageF1, runOn, score, summarize, type Extractor, type Mode, type PageResult, type ScoredSet, type SetScore} from './score.js'
import type {CleanOptions} from '../src/index.js'
import {templateRows} from './templates.js'

export interface Section {
  /** Key of this section's figures in the results file. */
  readonly key: string
  readonly extractors: readonly Extractor[]
  render(sets: readonly ScoredSet[]): Promise<{markdown: string; json: unknown}>
}

/** A section behind a boolean flag of `npm run bench:quality`: add one here and the CLI knows it. */
export interface FlagSection {
  readonly flag: string
  readonly help: string
  make(): Section | Promise<Section>
}

export const FLAG_SECTIONS: readonly FlagSection[] = [
  {flag: 'by-language', help: 'per page language, both modes beside keep-all', make: () => byLanguage()},
  {flag: 'templates', help: 'site templates, streamed and with the warm-up pre-pass, beside the same mode without', make: () => siteTemplates()},
  {flag: 'peers', help: 'also run the JS peers (Readability, defuddle, article-extractor) on the html', make: () => livePeers()},
  {flag: 'metadata', help: 'title, byline and date beside Readability.js (bench/metadata.ts)', make: () => metadataSection()},
]

/** Title, byline and published date against the references, beside Readability.js on the same pages. */
function metadataSection(): Section {
  return {
    key: 'metadata',
    extractors: [],
    async render(sets) {
      const {compareMetadata, metadataTable, METADATA_SETS} = await import('./metadata.js')
      const rows = sets.filter((s) => METADATA_SETS.includes(s.name)).flatMap((s) => compareMetadata(s.file).rows)
      return {markdown: metadataTable(rows), json: rows}
    },
  }
}

const here = dirname(fileURLToPath(import.meta.url))

interface PeerFigure {
  f1: number
  by: string
}
interface Peers {
  source: string
  columns: Record<Mode, string[]>
  sets: Record<string, Record<string, number | PeerFigure | null>>
}
export const peers = JSON.parse(readFileSync(join(here, 'peers.json'), 'utf8')) as Peers

export const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(3))

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

function peerCell(value: number | PeerFigure | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return typeof value === 'number' ? f3(value) : `${f3(value.f1)} ${value.by}`
}

export const METRIC_NOTE = [
  'F1 is the Article Extraction Benchmark metric (4-token shingles of `\\w+` tokens, per-page counts normalized, P and R averaged over pages, F1 of the two means);',
  'trafilatura-eval has no full gold and uses trafilatura\'s snippet metric (`with` snippets found = TP, missing = FN, `without` snippets found = FP, micro-averaged over the set; no per-page median).',
].join(' ')

/** The share of pages with a reference `title` whose output contains it, per set and mode (measured in this run). */
function headlineKept(sets: readonly ScoredSet[], systems: Record<Mode, {name: string}>): string {
  const parts: string[] = []
  for (const set of sets) {
    const shares = (['text', 'html'] as const).map((mode) => {
      const withTitle = (set.results.get(systems[mode].name) ?? []).filter((r) => r.headline !== null)
      return withTitle.length ? {mode, kept: withTitle.filter((r) => r.headline).length, of: withTitle.length} : null
    })
    if (shares.every((x) => x)) parts.push(`${set.name} ${shares.map((x) => `${x!.mode} ${Math.round((100 * x!.kept) / x!.of)} %`).join(', ')} (of ${shares[0]!.of})`)
  }
  return parts.length ? `The reference \`title\` (whitespace and case folded) occurs in the output of these shares of the pages that have one, measured in this run: ${parts.join('; ')}.` : ''
}

export const HEADLINE_NOTE = [
  'Headline: the scores leave a kept headline in the output as is.',
  'The text mode keeps the title-like line just above the byline or date nearest the body; the HTML mode keeps a headline that lies inside the region it chooses, and drops one outside it (an `<h1>` above the box that holds the body, or inside a `<header>` or `.entry-title`).',
  'Keeping the nearest `<h1>` above the body on every page was measured and not adopted: the scrapinghub-aeb and wcxb-article golds have no headline (and no byline), so a kept headline counts as false-positive shingles there (measured on an earlier version, HTML mode: AEB 0.967 to 0.960, WCXB 0.948 to 0.946, readability-tests 0.954 to 0.952; Dragnet, whose gold keeps some headings, 0.900 to 0.903).',
  'readability-tests\' gold is Readability\'s output, and trafilatura-eval\'s snippets rarely touch the headline. With `metadata: true`, `metadata.title` gives the headline in both modes.',
].join(' ')

/**
 * The two mode tables: per set P, R, F1, median F1, the leave-one-collection-out
 * F1, and the peers' published figures. `tuners` chooses dechrome's options per mode;
 * the default is the untuned defaults, for which held-out equals all-in.
 */
export function modeTables(tuners: Partial<Record<Mode, Tuner<CleanOptions>>> = {}): Section {
  const modes: Mode[] = ['html', 'text']
  const systems = {html: dechrome('html'), text: dechrome('text')}
  return {
    key: 'modes',
    extractors: [systems.html, systems.text, keepAll],
    async render(sets) {
      const parts: string[] = []
      const json: Record<string, unknown> = {}
      for (const mode of modes) {
        const tuner = tuners[mode] ?? fixedSetting<CleanOptions>({})
        const loco = sets.length >= 2 ? await heldOut(mode, sets, tuner) : []
        const head = ['set', 'pages', 'P', 'R', 'F1', 'median F1', 'held-out F1', ...(mode === 'text' ? ['keep all (measured)'] : []), ...peers.columns[mode]]
        const rows: string[][] = []
        const figures: Record<string, unknown>[] = []
        for (const set of sets) {
          const s = score(set, systems[mode].name)!
          const loRow = loco.find((r) => r.collection === set.name)
          const keep = score(set, keepAll.name)
          const peer = peers.sets[set.name] ?? {}
          rows.push([
            set.metric === 'snippet' ? `${set.name} (snippet F1)` : set.name,
            String(s.pages),
            f3(s.precision),
            f3(s.recall),
            f3(s.f1),
            f3(s.medianF1),
            f3(loRow?.heldOut),
            ...(mode === 'text' ? [f3(keep?.f1)] : []),
            ...peers.columns[mode].map((c) => peerCell(peer[c])),
          ])
          figures.push({set: set.name, ...rounded(s), heldOutF1: loRow ? round(loRow.heldOut) : null, keepAllF1: keep ? round(keep.f1) : null, errors: set.errors.get(systems[mode].name) ?? 0})
        }
        const gap = largestGap(loco)
        const locoNote = !loco.length
          ? 'held-out F1 needs at least two sets.'
          : tuner.name === 'defaults, untuned'
            ? 'held-out F1: leave-one-collection-out; the bench tunes nothing (dechrome runs on its defaults), so held-out equals all-in by construction. The hand-set constants were checked by leave-one-out where the README says so.'
            : `held-out F1: leave-one-collection-out with ${tuner.name}; largest all-in − held-out gap ${f3(gap?.gap)} (${gap?.collection}).`
        parts.push(`### ${mode === 'html' ? 'HTML mode (input: the page\'s html)' : 'Text mode (input: text_lines joined by \\n)'}\n\n${table(head, rows)}\n\n${locoNote}`)
        json[mode] = {tuner: tuner.name, sets: figures, loco: loco.map((r) => ({...r, allIn: round(r.allIn), heldOut: round(r.heldOut)}))}
      }
      parts.push(`Peers' figures: ${peers.source}`, METRIC_NOTE, [HEADLINE_NOTE, headlineKept(sets, systems)].filter(Boolean).join(' '))
      return {markdown: parts.join('\n\n'), json}
    },
  }
}

/** Leave-one-collection-out for one mode; the defaults reuse the scores already computed. */
async function heldOut(mode: Mode, sets: readonly ScoredSet[], tuner: Tuner<CleanOptions>): Promise<LocoRow<CleanOptions>[]> {
  const byName = new Map(sets.map((s) => [s.name, s]))
  const evaluate = async (setting: CleanOptions, collection: string): Promise<number> => {
    const set = byName.get(collection)!
    if (!Object.keys(setting).length) return score(set, `dechrome (${mode})`)!.f1
    const pages: Page[] = readPages(set.file)
    const {results} = await runOn(pages, set.metric, dechrome(mode, setting))
    const f1 = summarize(results, set.metric).f1
    process.stderr.write(`${collection.padEnd(18)} dechrome (${mode}) ${JSON.stringify(setting)}: F1 ${f1.toFixed(4)}\n`)
    return f1
  }
  return leaveOneCollectionOut([...byName.keys()], tuner, evaluate)
}

/** `--tune favor`: choose `favor` per mode by leave-one-collection-out (the one knob the pipeline has today). */
export const favorGrid = (): Tuner<CleanOptions> => gridSearch<CleanOptions>([{}, {favor: 'precision'}, {favor: 'recall'}], 'a grid over `favor`')

/** Do no harm: the text mode on each set's gold, mean per-page F1 against that gold (goal ≥ 0.995). */
export function goldInTable(): Section {
  return {
    key: 'goldIn',
    extractors: [goldIn],
    async render(sets) {
      const rows: string[][] = []
      const json: Record<string, unknown>[] = []
      for (const set of sets) {
        const results = set.results.get(goldIn.name)
        if (!results) continue
        const mean = meanPageF1(results)
        const below = results.filter((r) => (r.shingle?.f1 ?? 0) < 0.995).length
        rows.push([set.name, String(results.length), f3(mean), String(below)])
        json.push({set: set.name, pages: results.length, meanPageF1: round(mean), pagesBelow0995: below})
      }
      const md = `### Do no harm: text mode on the gold itself (gold lines joined by \\n), scored against that gold\n\n${table(['set', 'pages', 'mean per-page F1 (goal ≥ 0.995)', 'pages below 0.995'], rows)}\n\ntrafilatura-eval has no gold and is left out.`
      return {markdown: md, json}
    },
  }
}

/** `--by-language`: per set and page `lang`, both modes beside keep-all (snippet F1 on trafilatura-eval). */
export function byLanguage(): Section {
  const html = dechrome('html')
  const text = dechrome('text')
  return {
    key: 'byLanguage',
    extractors: [html, text, keepAll],
    async render(sets) {
      const rows: string[][] = []
      const json: Record<string, unknown>[] = []
      for (const set of sets) {
        const langs = [...groupBy(set.results.get(html.name) ?? [], (r) => r.lang ?? 'unknown').keys()]
        const per = (name: string) => groupBy(set.results.get(name) ?? [], (r) => r.lang ?? 'unknown')
        const h = per(html.name)
        const t = per(text.name)
        const k = per(keepAll.name)
        langs.sort((a, b) => h.get(b)!.length - h.get(a)!.length || a.localeCompare(b))
        for (const lang of langs) {
          const f = (g: Map<string, PageResult[]>) => {
            const r = g.get(lang)
            return r ? summarize(r, set.metric).f1 : null
          }
          const figures = {html: f(h), text: f(t), keepAll: f(k)}
          rows.push([set.metric === 'snippet' ? `${set.name} (snippet F1)` : set.name, lang, String(h.get(lang)!.length), f3(figures.html), f3(figures.text), f3(figures.keepAll)])
          json.push({set: set.name, lang, pages: h.get(lang)!.length, ...roundAll(figures)})
        }
      }
      return {markdown: `### Per language (page \`lang\`)\n\n${table(['set', 'lang', 'pages', 'html F1', 'text F1', 'keep all F1'], rows)}`, json}
    },
  }
}

/** `--templates`: what a site memory adds on each set (it runs its own three passes per mode). */
export function siteTemplates(): Section {
  return {
    key: 'templates',
    extractors: [],
    async render(sets) {
      const rows = sets.flatMap((set) => templateRows(set.file, set.name))
      const d = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`
      const markdown = table(
        ['set', 'mode', 'pages', 'F1 without', 'streamed', 'Δ', 'warm-up', 'Δ', 'sites', 'memory per site'],
        rows.map((r) => [r.set, r.mode, String(r.pages), f3(r.without), f3(r.streamed), d(r.streamed - r.without), f3(r.warmUp), d(r.warmUp - r.without), String(r.sites), `${(r.bytesPerSite / 1024).toFixed(1)} KB`]),
      )
      return {markdown: `### Site templates\n\n${markdown}`, json: rows}
    },
  }
}

/** `--score FILE...`: any tool's `{id, text}` outputs, scored on the same sets beside dechrome. */
export function givenOutputs(files: readonly string[]): {section: Section; sets: Set<string>} {
  const wanted = new Set<string>()
  const tools = files.map((file) => {
    const outputs = new Map<string, string>()
    for (const line of readPages(file) as unknown as {id?: unknown; text?: unknown}[]) {
      if (typeof line.id !== 'string' || typeof line.text !== 'string') throw new Error(`${file}: every record needs a string \`id\` and \`text\`, got ${JSON.stringify(line).slice(0, 120)}`)
      outputs.set(line.id, line.text)
      wanted.add(line.id.slice(0, line.id.indexOf(':')))
    }
    const sets = new Set([...outputs.keys()].map((id) => id.slice(0, id.indexOf(':'))))
    const missing = new Map<string, number>()
    const extractor: Extractor = {
      name: basename(file),
      input: 'given',
      appliesTo: (set) => sets.has(set),
      run(page) {
        const out = outputs.get(page.id)
        if (out === undefined) missing.set(page.dataset, (missing.get(page.dataset) ?? 0) + 1)
        return out ?? ''
      },
    }
    return {extractor, missing}
  })
  const mine = [dechrome('html'), dechrome('text'), keepAll]
  const section: Section = {
    key: 'scored',
    extractors: [...mine, ...tools.map((t) => t.extractor)],
    async render(sets) {
      const rows: string[][] = []
      const json: Record<string, unknown>[] = []
      for (const set of sets) {
        for (const e of [...mine, ...tools.map((t) => t.extractor)]) {
          const s = score(set, e.name)
          if (!s) continue
          const missing = tools.find((t) => t.extractor === e)?.missing.get(set.name) ?? 0
          rows.push([set.metric === 'snippet' ? `${set.name} (snippet F1)` : set.name, e.name, String(s.pages), f3(s.precision), f3(s.recall), f3(s.f1), f3(s.medianF1), String(missing)])
          json.push({set: set.name, system: e.name, ...rounded(s), missing})
        }
      }
      const md = `### Given outputs beside dechrome\n\n${table(['set', 'system', 'pages', 'P', 'R', 'F1', 'median F1', 'pages without output (scored empty)'], rows)}`
      return {markdown: md, json}
    },
  }
  return {section, sets: wanted}
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4
function rounded(s: SetScore) {
  return {metric: s.metric, pages: s.pages, precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), medianF1: s.medianF1 === null ? null : round(s.medianF1)}
}
function roundAll(o: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? null : round(v)]))
}

/** `--peers`: the JS peers run live on each page's html (slow; loaded only when asked for). */
async function livePeers(): Promise<Section> {
  const {htmlSystems, dechromeHtml} = await import('./systems-html.js')
  const extractors: Extractor[] = htmlSystems
    .filter((s) => s !== dechromeHtml)
    .map((s) => ({name: s.name, input: 'html', run: (p) => quiet(() => s.extract(p.html, p.url))}))
  return {
    key: 'peersLive',
    extractors,
    async render(sets) {
      const rows = sets.flatMap((set) => extractors.map((e) => [set.name, e.name, score(set, e.name)!] as const))
      const md = `### JS peers run live on the html\n\n${table(['set', 'system', 'P', 'R', 'F1', 'median F1'], rows.map(([set, name, s]) => [set, name, f3(s.precision), f3(s.recall), f3(s.f1), f3(s.medianF1)]))}`
      return {markdown: md, json: rows.map(([set, system, s]) => ({set, system, ...rounded(s)}))}
    },
  }
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
