// The bench's core: run extractors over the pages of each set and score their
// output with the set's metric. Everything the reports print is computed from the
// per-page results this module keeps, so a new report (a flag, a table) adds an
// extractor and a renderer; it never touches this loop.
import {clean, type CleanOptions} from '../src/index.js'
import {fold} from '../src/metadata/index.js'
import {readPages, setName, type Page} from './data.js'
import {countSnippets, scoreCorpus, scorePage, scoreSnippets, type PageScore, type SnippetCounts} from './metric.js'

export type Mode = 'html' | 'text'

/**
 * Which metric a set is scored with: the AEB shingle metric where every page has a
 * gold text, else trafilatura's snippet metric (trafilatura-eval has only snippets).
 */
export type Metric = 'shingle' | 'snippet'

export interface Extractor {
  /** Row name in the tables; results are keyed by it. */
  readonly name: string
  /** What it reads: the page's HTML, its text_lines joined by `\n`, its gold text, or outputs given in a file. */
  readonly input: 'html' | 'text_lines' | 'gold' | 'given'
  run(page: Page): string | Promise<string>
  /** Whether it runs on this set at all (default: every set). */
  appliesTo?(set: string, metric: Metric): boolean
}

/** One page's score: shingle counts or snippet counts, by the set's metric. */
export interface PageResult {
  id: string
  lang: string | null
  shingle: PageScore | null
  snippet: SnippetCounts | null
  /** Whether the page's reference `title` occurs in the output (whitespace and case folded); null without one. */
  headline: boolean | null
}

export interface SetScore {
  metric: Metric
  pages: number
  precision: number
  recall: number
  f1: number
  /** Median per-page F1; null for the snippet metric, which has no per-page F1. */
  medianF1: number | null
}

export interface ScoredSet {
  name: string
  file: string
  metric: Metric
  pages: number
  /** Per extractor name: one result per page, in page order. */
  results: Map<string, PageResult[]>
  /** Per extractor name: pages on which it threw (scored as empty output). */
  errors: Map<string, number>
  seconds: Map<string, number>
}

export function metricOf(pages: readonly Page[]): Metric {
  return pages.every((p) => typeof p.gold === 'string') ? 'shingle' : 'snippet'
}

export function scoreOutput(page: Page, output: string, metric: Metric): PageResult {
  return {
    id: page.id,
    lang: page.lang ?? null,
    shingle: metric === 'shingle' ? scorePage(output, page.gold ?? '') : null,
    snippet: metric === 'snippet' ? countSnippets(output, page.with ?? [], page.without ?? []) : null,
    headline: page.title ? fold(output).includes(fold(page.title)) : null,
  }
}

export function summarize(results: readonly PageResult[], metric: Metric): SetScore {
  if (metric === 'snippet') return {metric, ...scoreSnippets(results.map((r) => r.snippet!)), medianF1: null}
  return {metric, ...scoreCorpus(results.map((r) => r.shingle!))}
}

/** Mean per-page F1 (the do-no-harm figure), shingle sets only. */
export function meanPageF1(results: readonly PageResult[]): number {
  return results.length ? results.reduce((s, r) => s + (r.shingle?.f1 ?? 0), 0) / results.length : 0
}

export function groupBy<K>(results: readonly PageResult[], key: (r: PageResult) => K): Map<K, PageResult[]> {
  const groups = new Map<K, PageResult[]>()
  for (const r of results) {
    const k = key(r)
    const g = groups.get(k)
    if (g) g.push(r)
    else groups.set(k, [r])
  }
  return groups
}

export interface ScoreOptions {
  /** Keep a set only when this says so (e.g. `--only`). */
  wantSet?: (name: string) => boolean
  /** Called after each set and extractor, for progress lines. */
  onScored?: (set: ScoredSet, extractor: string) => void
}

/** The loop: per file, read its pages once, run every extractor that applies, keep the per-page scores. */
export async function scoreSets(files: readonly string[], extractors: readonly Extractor[], options: ScoreOptions = {}): Promise<ScoredSet[]> {
  const sets: ScoredSet[] = []
  for (const file of files) {
    // The file name names the set; skip before paying for decompression, check the records' name after.
    if (options.wantSet && !options.wantSet(setName(file))) continue
    const pages = readPages(file)
    const name = pages[0]?.dataset ?? setName(file)
    if (options.wantSet && !options.wantSet(name)) continue
    const metric = metricOf(pages)
    const set: ScoredSet = {name, file, metric, pages: pages.length, results: new Map(), errors: new Map(), seconds: new Map()}
    for (const extractor of extractors) {
      if (extractor.appliesTo && !extractor.appliesTo(name, metric)) continue
      const start = performance.now()
      const {results, errors} = await runOn(pages, metric, extractor)
      set.seconds.set(extractor.name, (performance.now() - start) / 1000)
      set.results.set(extractor.name, results)
      set.errors.set(extractor.name, errors)
      options.onScored?.(set, extractor.name)
    }
    sets.push(set)
  }
  return sets
}

/** Score one extractor on a list of pages; a page it throws on counts as empty output. */
export async function runOn(pages: readonly Page[], metric: Metric, extractor: Extractor): Promise<{results: PageResult[]; errors: number}> {
  const results: PageResult[] = []
  let errors = 0
  for (const page of pages) {
    let output = ''
    try {
      output = await extractor.run(page)
    } catch {
      errors++
    }
    results.push(scoreOutput(page, output, metric))
  }
  return {results, errors}
}

export function score(set: ScoredSet, extractor: string): SetScore | null {
  const results = set.results.get(extractor)
  return results ? summarize(results, set.metric) : null
}

// The extractors every run scores.

export const textInput = (page: Page): string => page.text_lines.join('\n')

/** dechrome in one mode, with options a tuner may set (the default setting is `{}`). */
export function dechrome(mode: Mode, options: Readonly<CleanOptions> = {}, name = `dechrome (${mode})`): Extractor {
  return mode === 'html'
    ? {name, input: 'html', run: (p) => clean(p.html, {...options, format: 'html'}).text}
    : {name, input: 'text_lines', run: (p) => clean(textInput(p), {...options, format: 'text'}).text}
}

/** Every visible line kept: what the text mode must never score below. */
export const keepAll: Extractor = {name: 'keep all text lines', input: 'text_lines', run: textInput}

/** Do no harm: the text mode cleaning the gold itself, scored against that gold. */
export const goldIn: Extractor = {
  name: 'dechrome (text) on the gold',
  input: 'gold',
  run: (p) => clean(p.gold ?? '', {format: 'text'}).text,
  appliesTo: (_set, metric) => metric === 'shingle',
}
