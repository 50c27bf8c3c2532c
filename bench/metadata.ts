// npm run bench:metadata [-- --data FILE ...] [--limit N] [--misses title|byline|published]
// (also a section of `npm run bench:quality -- --metadata`)
// Title, byline and published date of dechrome's HTML mode against each page's
// reference, side by side with Readability.js run on the same pages.
// - title: every set whose pages carry a `title` (WCXB, trafilatura-eval, readability-tests);
// - byline and published: readability-tests, against Readability's expected metadata.
// A match is equality after whitespace and case folding; bylines also drop a
// leading "By"/"Par"/…; dates compare as the same day and, when both give one, the same instant.
import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {parseHTML} from 'linkedom'
import {Readability} from '@mozilla/readability'
import {clean} from '../src/index.js'
import {normalizeDate} from '../src/metadata/dates.js'
import {fold} from '../src/metadata/index.js'
import {expandLists} from './args.js'
import {defaultData, readPages, setName, type Page} from './data.js'

interface Found {
  title?: string
  byline?: string
  published?: string
}

function dechrome(page: Page): Found {
  const {metadata} = clean(page.html, {format: 'html', metadata: true})
  return {title: metadata?.title, byline: metadata?.byline, published: metadata?.published}
}

function readability(page: Page): Found {
  const {log, warn, error} = console
  console.log = console.warn = console.error = () => {}
  try {
    const {document} = parseHTML(page.html)
    const article = new Readability(document as never).parse()
    return {title: article?.title ?? undefined, byline: article?.byline ?? undefined, published: article?.publishedTime ?? undefined}
  } catch {
    return {}
  } finally {
    Object.assign(console, {log, warn, error})
  }
}

const OPENER = /^(?:by|par|von|por|di|door|written by|posted by) /i
const sameTitle = (a: string | undefined, b: string) => a !== undefined && fold(a) === fold(b)
const sameByline = (a: string | undefined, b: string) => a !== undefined && fold(a).replace(OPENER, '') === fold(b).replace(OPENER, '')
/** Lenient: the reference's first line only (Readability's bylines often run on into a dateline or a role on the next line). */
const firstLine = (s: string) => s.trim().split('\n')[0].trim()
const sameBylineLenient = (a: string | undefined, b: string) => a !== undefined && sameByline(firstLine(a), firstLine(b))
function sameDate(a: string | undefined, b: string): boolean {
  const x = normalizeDate(a)
  const y = normalizeDate(b)
  if (!x || !y) return false
  // Both with a clock and an offset: the same instant; else the same calendar day.
  const zoned = (d: string) => /(?:Z|[+-]\d{2}:\d{2})$/.test(d)
  if (zoned(x) && zoned(y)) return Date.parse(x) === Date.parse(y)
  return x.slice(0, 10) === y.slice(0, 10)
}

type Expected = Record<string, {title?: string; byline?: string | null; publishedTime?: string | null}>
/** Readability's expected metadata sits next to the readability-tests pages. */
export function expectedFor(file: string): Expected {
  const path = join(dirname(file), 'readability-tests.metadata.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as {pages: Expected}).pages : {}
}

export interface MetadataRow {
  dataset: string
  field: string
  pages: number
  ours: number
  theirs: number
}

/** Compare title, byline and date on one data file; `misses` collects the pages dechrome got wrong for that field. */
export function compareMetadata(file: string, options: {limit?: number; misses?: string} = {}): {rows: MetadataRow[]; misses: string[]} {
  const pages = readPages(file).slice(0, options.limit ?? Infinity)
  const dataset = pages[0]?.dataset ?? basename(file)
  const expected = dataset === 'readability-tests' ? expectedFor(file) : {}
  const tallies: Record<string, MetadataRow> = {}
  const misses: string[] = []
  const tally = (field: string, ours: boolean, theirs: boolean) => {
    const t = (tallies[field] ??= {dataset, field, pages: 0, ours: 0, theirs: 0})
    t.pages++
    if (ours) t.ours++
    if (theirs) t.theirs++
  }
  const miss = (field: string, page: Page, want: string, got: Found, rdb: Found) => {
    if (options.misses !== field) return
    const key = field as keyof Found
    misses.push(`${page.id}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got[key])}\n  rdb  ${JSON.stringify(rdb[key])}`)
  }
  for (const page of pages) {
    const want = expected[page.id]
    const title = page.title ?? want?.title
    const byline = want?.byline
    const published = want?.publishedTime
    if (!title && !byline && !published) continue
    const ours = dechrome(page)
    const theirs = readability(page)
    if (title) {
      tally('title', sameTitle(ours.title, title), sameTitle(theirs.title, title))
      if (!sameTitle(ours.title, title)) miss('title', page, title, ours, theirs)
    }
    if (byline) {
      tally('byline', sameByline(ours.byline, byline), sameByline(theirs.byline, byline))
      tally('byline (first line)', sameBylineLenient(ours.byline, byline), sameBylineLenient(theirs.byline, byline))
      if (!sameByline(ours.byline, byline)) miss('byline', page, byline, ours, theirs)
    }
    if (published) {
      tally('published', sameDate(ours.published, published), sameDate(theirs.published, published))
      if (!sameDate(ours.published, published)) miss('published', page, published, ours, theirs)
    }
  }
  return {rows: Object.values(tallies), misses}
}

/** The sets whose pages carry a reference title or Readability's expected metadata. */
export const METADATA_SETS = ['wcxb-article', 'trafilatura-eval', 'readability-tests']

export function metadataTable(rows: readonly MetadataRow[]): string {
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`
  return [
    '| dataset | field | pages | dechrome | Readability.js |',
    '|---|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.dataset} | ${r.field} | ${r.pages} | ${pct(r.ours, r.pages)} | ${pct(r.theirs, r.pages)} |`),
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {values} = parseArgs({
    args: expandLists(process.argv.slice(2), ['data']),
    options: {data: {type: 'string', multiple: true}, limit: {type: 'string'}, misses: {type: 'string'}},
  })
  const files = values.data?.length ? values.data : defaultData().files.filter((f) => METADATA_SETS.includes(setName(f)))
  const rows: MetadataRow[] = []
  const misses: string[] = []
  for (const file of files) {
    const found = compareMetadata(file, {limit: values.limit ? Number(values.limit) : undefined, misses: values.misses})
    rows.push(...found.rows)
    misses.push(...found.misses)
  }
  if (misses.length) process.stdout.write(misses.join('\n') + '\n\n')
  process.stdout.write(metadataTable(rows) + '\n')
}
