// npm run bench:output [-- --data FILE] [--runs N]
// 1. Markdown fidelity: the HTML mode's Markdown, read back to plain text
//    (mdast-util-from-markdown, then each block's text), scored with the AEB
//    metric next to the mode's own text output. The two should agree within 0.002 F1.
// 2. Cost: per page, in one process and interleaved (the same page, the same
//    moment), in CPU time, clean(html) alone, with metadata, with Markdown, and with both,
//    each the fastest of --runs, as ratios of the plain call. Asking for nothing runs none of that code
//    (the option checks), so the plain call is the "not asked" figure.
import {basename} from 'node:path'
import {parseArgs} from 'node:util'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Nodes} from 'mdast'
import {clean} from '../src/index.js'
import {defaultDataFiles, readPages} from './data.js'
import {scoreCorpus, scorePage} from './metric.js'

const {values} = parseArgs({options: {data: {type: 'string'}, runs: {type: 'string', default: '5'}}})
const file = values.data ?? defaultDataFiles().find((f) => basename(f).startsWith('scrapinghub-aeb'))!
const runs = Math.max(1, Number(values.runs) || 1)
const pages = readPages(file)

/** Plain text of Markdown: one block per top-level node (lists one per item), hard breaks as newlines. */
export function markdownToText(markdown: string): string {
  const tree = fromMarkdown(markdown)
  const blocks: string[] = []
  for (const node of tree.children) {
    if (node.type === 'list') for (const item of node.children) blocks.push(textOf(item))
    else blocks.push(textOf(node))
  }
  return blocks.join('\n\n')
}

function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n'
  if ('value' in node && typeof node.value === 'string') return node.value
  if (!('children' in node)) return ''
  const parts = (node.children as Nodes[]).map(textOf)
  // Block children (a list item's paragraphs) are separate lines; inline ones run on.
  return node.type === 'listItem' || node.type === 'blockquote' || node.type === 'root' ? parts.join('\n') : parts.join('')
}

const textScores = []
const markdownScores = []
for (const page of pages) {
  if (page.gold === null) continue // snippet-only pages: no gold text to score against
  const result = clean(page.html, {format: 'html', output: 'markdown'})
  textScores.push(scorePage(result.text, page.gold))
  markdownScores.push(scorePage(markdownToText(result.markdown ?? ''), page.gold))
}
const text = scoreCorpus(textScores)
const markdown = scoreCorpus(markdownScores)
const f = (x: number) => x.toFixed(4)
process.stdout.write(`${pages[0]?.dataset} (${textScores.length} pages with gold text), HTML mode\n`)
process.stdout.write(`  text output      F1 ${f(text.f1)}  P ${f(text.precision)}  R ${f(text.recall)}\n`)
process.stdout.write(`  markdown → text  F1 ${f(markdown.f1)}  P ${f(markdown.precision)}  R ${f(markdown.recall)}\n`)
process.stdout.write(`  delta F1 ${(markdown.f1 - text.f1).toFixed(4)}\n\n`)

const variants = [
  {name: 'plain', options: {format: 'html'}},
  {name: '+ metadata', options: {format: 'html', metadata: true}},
  {name: '+ markdown', options: {format: 'html', output: 'markdown'}},
  {name: '+ metadata + markdown', options: {format: 'html', metadata: true, output: 'markdown'}},
] as const
// Per page and variant, the fastest of the runs, in CPU time of this process: on a
// shared machine the minimum CPU time is the figure least disturbed by other
// processes (wall time counts the moments they hold the core) and by GC pauses.
const cpuMs = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
const best = variants.map(() => pages.map(() => Infinity))
for (const page of pages.slice(0, 10)) for (const v of variants) clean(page.html, v.options) // warm-up
for (let r = 0; r < runs; r++) {
  pages.forEach((page, p) => {
    // Rotate the order so no variant always runs first (cold caches) or last.
    for (let k = 0; k < variants.length; k++) {
      const i = (k + r + p) % variants.length
      const t = cpuMs()
      clean(page.html, variants[i].options)
      best[i][p] = Math.min(best[i][p], cpuMs() - t)
    }
  })
}
const totals = best.map((times) => times.reduce((a, b) => a + b, 0))
process.stdout.write(`CPU time per page, fastest of ${runs} interleaved runs (ratio to plain clean(html))\n`)
variants.forEach((v, i) => {
  process.stdout.write(`  ${v.name.padEnd(24)} ${(totals[i] / pages.length).toFixed(2)} ms  ×${(totals[i] / totals[0]).toFixed(3)}\n`)
})
