// npm run bench:metadata [-- --data FILE ...] [--limit N] [--misses FIELD]
// Title, byline and published date of dechrome's HTML mode against each page's
// reference, side by side with Readability.js run on the same pages.
// - title: every set whose pages carry a `title` (WCXB, trafilatura-eval, readability-tests);
// - byline and published: readability-tests, against Readability's expected metadata.
// A match is equality after whitespace and case folding; bylines also drop a
// leading "By"/"Par"/…; dates compare as the same day and, when both give one, the same instant.
import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {parseHTML} from 'linkedom'
import {Readability} from '@mozilla/readability'
import {clean} from '../src/index.js'
import {normalizeDate} from '../src/metadata/dates.js'
import {fold} from '../src/metadata/index.js'
import {readPages, type Page} from './data.js'

const here = dirname(fileURLToPath(import.meta.url))
const shared = resolve(here, '../../shared/data/dev')
const {values} = parseArgs({
  options: {
    data: {type: 'string', multiple: true},
    limit: {type: 'string'},
    misses: {type: 'string'},
  },
})
const files = values.data?.length
  ? values.data
  : ['wcxb-article.jsonl.gz', 'trafilatura-eval.jsonl.gz', 'readability-tests.jsonl.gz'].map((f) => join(shared, f)).filter((f) => existsSync(f))
const limit = values.limit ? Number(values.limit) : Infinity
type Expected = Record<string, {title?: string; byline?: string | null; publishedTime?: string | null}>
/** Readability's expected metadata sits next to the readability-tests pages. */
function expectedFor(file: string): Expected {
  const path = join(dirname(file), 'readability-tests.metadata.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as {pages: Expected}).pages : {}
}

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

const OPENER = /^(?:by|par|von|por|di|door|written by|posted by)\s+/i
const sameTitle = (a: string | undefined, b: string) => a !== undefined && fold(a) === fold(b)
const sameByline = (a: string | undefined, b: string) => a !== undefined && fold(a).replace(OPENER, '') === fold(b).replace(OPENER, '')
/** Lenient: the reference's first line only (Readability's bylines often run on into a dateline or a role on the next line). */
const firstLine = (s: string) => s.trim().split(/\s*\n\s*/)[0]
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

interface Tally {
  pages: number
  ours: number
  theirs: number
}
const rows: Array<{dataset: string; field: string} & Tally> = []
const misses: string[] = []

for (const file of files) {
  const pages = readPages(file).slice(0, limit)
  const dataset = pages[0]?.dataset ?? basename(file)
  const expected = dataset === 'readability-tests' ? expectedFor(file) : {}
  const tallies: Record<string, Tally> = {}
  const tally = (field: string, ours: boolean, theirs: boolean) => {
    const t = (tallies[field] ??= {pages: 0, ours: 0, theirs: 0})
    t.pages++
    if (ours) t.ours++
    if (theirs) t.theirs++
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
      if (values.misses === 'title' && !sameTitle(ours.title, title)) misses.push(`${page.id}\n  want ${JSON.stringify(title)}\n  got  ${JSON.stringify(ours.title)}\n  rdb  ${JSON.stringify(theirs.title)}`)
    }
    if (byline) {
      tally('byline', sameByline(ours.byline, byline), sameByline(theirs.byline, byline))
      tally('byline (first line)', sameBylineLenient(ours.byline, byline), sameBylineLenient(theirs.byline, byline))
      if (values.misses === 'byline' && !sameByline(ours.byline, byline)) misses.push(`${page.id}\n  want ${JSON.stringify(byline)}\n  got  ${JSON.stringify(ours.byline)}\n  rdb  ${JSON.stringify(theirs.byline)}`)
    }
    if (published) {
      tally('published', sameDate(ours.published, published), sameDate(theirs.published, published))
      if (values.misses === 'published' && !sameDate(ours.published, published)) misses.push(`${page.id}\n  want ${JSON.stringify(published)}\n  got  ${JSON.stringify(ours.published)}\n  rdb  ${JSON.stringify(theirs.published)}`)
    }
  }
  for (const [field, t] of Object.entries(tallies)) {
    rows.push({dataset, field, ...t})
    if (dataset === 'readability-tests') {
      // none extra: the set's references are Readability's own output
    }
  }
}

if (misses.length) process.stdout.write(misses.join('\n') + '\n\n')
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`
const table = [
  '| dataset | field | pages | dechrome | Readability.js |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.dataset} | ${r.field} | ${r.pages} | ${pct(r.ours, r.pages)} | ${pct(r.theirs, r.pages)} |`),
].join('\n')
process.stdout.write(table + '\n')
