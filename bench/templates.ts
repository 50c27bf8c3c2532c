// `npm run bench:quality -- --templates`: site templates on the sets, streamed in file
// order and with the warm-up pre-pass, beside the same mode without them. Dragnet is
// also scored on its sites with at least five pages (grouped by the host of `url`),
// where a site memory has something to learn; elsewhere sites have one or two pages.
import {readPages, type Page} from './data.js'
import {metricOf, scoreOutput, summarize, textInput, type Mode, type PageResult} from './score.js'
import {clean, createSiteTemplates} from '../src/index.js'
import {analyze, learnPage} from '../src/clean.js'
import {resolveOptions} from '../src/options.js'
import {siteOf} from '../src/templates/index.js'

const MIN_SITE_PAGES = 5
const input = (page: Page, mode: Mode) => (mode === 'html' ? page.html : textInput(page))

export interface TemplateRow {
  set: string
  mode: Mode
  pages: number
  without: number
  streamed: number
  warmUp: number
  sites: number
  bytesPerSite: number
}

/** The three runs of one mode on one list of pages. */
export function templateRow(set: string, pages: readonly Page[], mode: Mode): TemplateRow {
  const metric = metricOf(pages)
  const f1 = (outputs: string[]) => summarize(outputs.map((o, i): PageResult => scoreOutput(pages[i], o, metric)), metric).f1
  const format = mode
  const without = pages.map((p) => clean(input(p, mode), {format}).text)
  const streaming = createSiteTemplates()
  const streamed = pages.map((p) => {
    const site = siteOf(p.url, null)
    return clean(input(p, mode), site ? {format, templates: streaming, site} : {format}).text
  })
  // Warm-up: every page of a site is read (analysed and learned, as cleanMany's
  // `templatesWarmup` does) before any is emitted.
  const warm = createSiteTemplates()
  const resolved = resolveOptions({format})
  for (const p of pages) {
    const site = siteOf(p.url, null)
    if (site) learnPage(warm, site, analyze(input(p, mode), resolved, {site, pages: 0, recentPages: 0, keys: new Map()}))
  }
  const warmed = pages.map((p) => {
    const site = siteOf(p.url, null)
    return clean(input(p, mode), site ? {format, templates: warm, site} : {format}).text
  })
  const stats = streaming.stats()
  return {set, mode, pages: pages.length, without: f1(without), streamed: f1(streamed), warmUp: f1(warmed), sites: stats.sites, bytesPerSite: stats.sites ? Math.round(stats.bytes / stats.sites) : 0}
}

/** Dragnet's pages from sites with at least five pages in the set, in file order. */
export function manyPageSites(pages: readonly Page[]): Page[] {
  const counts = new Map<string, number>()
  for (const p of pages) {
    const site = siteOf(p.url, null)
    if (site) counts.set(site, (counts.get(site) ?? 0) + 1)
  }
  return pages.filter((p) => (counts.get(siteOf(p.url, null) ?? '') ?? 0) >= MIN_SITE_PAGES)
}

export function templateRows(file: string, name: string): TemplateRow[] {
  const pages = readPages(file)
  const rows: TemplateRow[] = []
  for (const mode of ['text', 'html'] as const) {
    rows.push(templateRow(name, pages, mode))
    if (name === 'dragnet') rows.push(templateRow(`dragnet, sites with ≥ ${MIN_SITE_PAGES} pages`, manyPageSites(pages), mode))
  }
  return rows
}
