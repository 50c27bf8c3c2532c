// npm run bench:quality -- --by-language [--data FILE ...]
// Quality per page language: trafilatura-eval's snippet F1 (its pages have `with` and
// `without` snippets, no full gold) and, for sets with a gold, the AEB metric. Rows:
// keeping every text line, the text mode, the HTML mode. Languages with fewer than
// MIN_PAGES pages are pooled as "other".
import {existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {clean} from '../src/index.js'
import {readPages, type Page} from './data.js'
import {scoreCorpus, scorePage, type PageScore} from './metric.js'

interface SnippetPage extends Page {
  with?: string[]
  without?: string[]
}

const MIN_PAGES = 5
const shared = resolve(import.meta.dirname, '../../shared/data/dev')

const systems: {name: string; run: (page: Page) => string}[] = [
  {name: 'keep every line', run: (p) => p.text_lines.join('\n')},
  {name: 'text mode', run: (p) => clean(p.text_lines.join('\n'), {format: 'text'}).text},
  {name: 'HTML mode', run: (p) => clean(p.html, {format: 'html'}).text},
]

/** trafilatura's snippet metric, micro-averaged over the snippets of the pages. */
function snippetF1(outputs: readonly string[], pages: readonly SnippetPage[]): {f1: number; precision: number; recall: number} {
  let tp = 0
  let fp = 0
  let fn = 0
  pages.forEach((p, i) => {
    for (const s of p.with ?? []) (outputs[i].includes(s) ? tp++ : fn++)
    for (const s of p.without ?? []) if (outputs[i].includes(s)) fp++
  })
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  return {f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall}
}

export function byLanguage(files?: readonly string[]): void {
  const chosen = files?.length ? files : ['trafilatura-eval.jsonl.gz', 'scrapinghub-aeb.jsonl.gz'].map((f) => join(shared, f)).filter((f) => existsSync(f))
  const lines: string[] = ['| dataset | language | pages | metric | ' + systems.map((s) => s.name).join(' | ') + ' |', '|---|---|---|---|' + systems.map(() => '---|').join('')]
  for (const file of chosen) {
    const pages = readPages(file) as SnippetPage[]
    const snippets = pages.every((p) => p.gold == null)
    const groups = new Map<string, SnippetPage[]>()
    const counts = new Map<string, number>()
    for (const p of pages) counts.set(p.lang ?? 'unknown', (counts.get(p.lang ?? 'unknown') ?? 0) + 1)
    for (const p of pages) {
      const lang = p.lang && (counts.get(p.lang) ?? 0) >= MIN_PAGES ? p.lang : 'other'
      groups.set(lang, [...(groups.get(lang) ?? []), p])
    }
    const outputs = systems.map((s) => pages.map((p) => s.run(p)))
    const index = new Map(pages.map((p, i) => [p, i]))
    const dataset = pages[0]?.dataset ?? file
    for (const [lang, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      const cells = systems.map((_, s) => {
        const out = group.map((p) => outputs[s][index.get(p)!])
        if (snippets) return snippetF1(out, group).f1.toFixed(3)
        const scores: PageScore[] = group.map((p, i) => scorePage(out[i], p.gold))
        return scoreCorpus(scores).f1.toFixed(3)
      })
      lines.push(`| ${dataset} | ${lang} | ${group.length} | ${snippets ? 'snippet F1' : 'F1'} | ${cells.join(' | ')} |`)
    }
  }
  process.stdout.write(lines.join('\n') + '\n')
}
