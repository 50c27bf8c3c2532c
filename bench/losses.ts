// npm exec tsx bench/losses.ts -- SET [--mode html|text] [--gold-in] [--pages N] [--rules N] [--json FILE]
//
// Error analysis for one development set: where the F1 goes. Per page, the missed
// gold (shingles of removed blocks that are in the gold, by the rule that removed
// them) and the kept chrome (shingles of kept blocks that are not in the gold, with
// the text of the block); totals per rule over the whole set. For sets with only
// snippets (trafilatura-eval), the missed `with` snippets and the found `without`
// snippets, each with the block that holds it. `--gold-in`: the text mode on the
// gold itself (the do-no-harm check), what it removes from clean text.
// A diagnostic: it changes nothing.
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {clean} from '../src/index.js'
import {defaultData, readPages, setName, type Page} from './data.js'
import {scoreCorpus, scorePage, scoreSnippets, shingles, type PageScore, type SnippetCounts} from './metric.js'
import {textInput} from './score.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    mode: {type: 'string', default: 'html'},
    pages: {type: 'string', default: '25'},
    rules: {type: 'string', default: '25'},
    json: {type: 'string'},
    'gold-in': {type: 'boolean', default: false},
  },
})
const wanted = positionals[0]
if (!wanted) throw new Error('name a set: npm exec tsx bench/losses.ts -- dragnet')
const file = defaultData().files.find((f) => setName(f).includes(wanted))
if (!file) throw new Error(`no set matches ${JSON.stringify(wanted)}`)
const goldIn = values['gold-in']
const mode = values.mode === 'text' || goldIn ? 'text' : 'html'
const pages = (readPages(file) as (Page & {gold_comments?: string | null})[]).filter((p) => !goldIn || typeof p.gold === 'string')

interface Loss {
  rule: string
  shingles: number
}
interface PageLoss {
  id: string
  url: string | null
  f1: number
  /** Normalized fp + fn: the page's weight in the set's loss. */
  loss: number
  missed: {rule: string; share: number; text: string}[]
  kept: {share: number; comment: boolean; text: string}[]
}

const missedByRule = new Map<string, number>()
const keptByRule = new Map<string, number>()
const report: PageLoss[] = []
const snippetMiss: {id: string; snippet: string; rule: string; block: string}[] = []
const snippetKept: {id: string; snippet: string; block: string}[] = []
let commentShingles = 0
let commentKept = 0
const scores: PageScore[] = []
const counts: SnippetCounts[] = []

for (const page of pages) {
  const result = clean(goldIn ? page.gold! : mode === 'html' ? page.html : textInput(page), {format: mode})
  if (page.gold == null) {
    const c = {tp: 0, fp: 0, fn: 0}
    counts.push(c)
    for (const s of page.with ?? []) {
      if (result.text.includes(s)) {
        c.tp++
        continue
      }
      c.fn++
      const b = result.blocks.find((b) => b.text.includes(s)) ?? result.blocks.find((b) => s.includes(b.text) && b.text.length > 20)
      const rule = b ? (b.kept ? '(kept, split across blocks)' : b.rule!) : '(not in any block)'
      snippetMiss.push({id: page.id, snippet: s.slice(0, 100), rule, block: b?.text.slice(0, 160) ?? ''})
      missedByRule.set(rule, (missedByRule.get(rule) ?? 0) + 1)
    }
    for (const s of page.without ?? []) {
      if (!result.text.includes(s)) continue
      c.fp++
      const b = result.blocks.find((b) => b.kept && b.text.includes(s))
      snippetKept.push({id: page.id, snippet: s.slice(0, 100), block: b?.text.slice(0, 160) ?? '(across blocks)'})
    }
    continue
  }
  const gold = shingles(page.gold)
  const comments = page.gold_comments ? shingles(page.gold_comments) : new Map<string, number>()
  const s = scorePage(result.text, page.gold)
  scores.push(s)
  const total = [...gold.values()].reduce((a, b) => a + b, 0)
  const out = shingles(result.text)
  const outTotal = [...out.values()].reduce((a, b) => a + b, 0)
  const pageLoss: PageLoss = {id: page.id, url: page.url, f1: s.f1, loss: s.fp + s.fn, missed: [], kept: []}
  for (const b of result.blocks) {
    const own = shingles(b.text)
    let inGold = 0
    let notInGold = 0
    let inComments = 0
    for (const [k, n] of own) {
      if (gold.has(k)) inGold += n
      else {
        notInGold += n
        if (comments.has(k)) inComments += n
      }
    }
    if (!b.kept && inGold > 0 && inGold >= notInGold) {
      missedByRule.set(b.rule!, (missedByRule.get(b.rule!) ?? 0) + inGold / Math.max(total, 1))
      pageLoss.missed.push({rule: b.rule!, share: inGold / Math.max(total, 1), text: b.text.slice(0, 140)})
    }
    if (b.kept && notInGold > 0 && notInGold > inGold) {
      const key = inComments > notInGold / 2 ? '(kept reader comments)' : '(kept chrome)'
      keptByRule.set(key, (keptByRule.get(key) ?? 0) + notInGold / Math.max(outTotal, 1))
      pageLoss.kept.push({share: notInGold / Math.max(outTotal, 1), comment: inComments > notInGold / 2, text: b.text.slice(0, 140)})
    }
    if (comments.size) {
      commentShingles += inComments
      if (b.kept) commentKept += inComments
    }
  }
  pageLoss.missed.sort((a, b) => b.share - a.share)
  pageLoss.kept.sort((a, b) => b.share - a.share)
  report.push(pageLoss)
}

const n = (x: number) => x.toFixed(3)
const lines: string[] = []
const summary = scores.length ? scoreCorpus(scores) : scoreSnippets(counts)
lines.push(`F1 ${summary.f1.toFixed(4)}  P ${summary.precision.toFixed(4)}  R ${summary.recall.toFixed(4)}${scores.length ? `  mean page F1 ${(scores.reduce((a, s) => a + s.f1, 0) / scores.length).toFixed(4)}` : ''}`)
if (report.length) {
  report.sort((a, b) => b.loss - a.loss)
  lines.push(`${pages.length} pages of ${setName(file)}, ${goldIn ? 'text mode on the gold' : mode + ' mode'}; mean loss (fp+fn) ${n(report.reduce((a, p) => a + p.loss, 0) / report.length)}`)
  lines.push(`reader-comment shingles kept: ${commentKept} of ${commentShingles}`)
  lines.push('\nmissed gold, summed page shares, by rule:')
  for (const [rule, v] of [...missedByRule].sort((a, b) => b[1] - a[1]).slice(0, Number(values.rules))) lines.push(`  ${n(v).padStart(8)}  ${rule}`)
  lines.push('\nkept non-gold, summed page shares:')
  for (const [rule, v] of [...keptByRule].sort((a, b) => b[1] - a[1])) lines.push(`  ${n(v).padStart(8)}  ${rule}`)
  lines.push('\nworst pages:')
  for (const p of report.slice(0, Number(values.pages))) {
    lines.push(`\n${p.id}  F1 ${n(p.f1)}  loss ${n(p.loss)}  ${p.url ?? ''}`)
    for (const m of p.missed.slice(0, 6)) lines.push(`  - missed ${n(m.share)} ${m.rule}: ${m.text}`)
    for (const k of p.kept.slice(0, 6)) lines.push(`  + kept   ${n(k.share)}${k.comment ? ' (comment)' : ''}: ${k.text}`)
  }
} else {
  lines.push(`${pages.length} pages of ${setName(file)}, ${mode} mode: ${snippetMiss.length} \`with\` snippets missed, ${snippetKept.length} \`without\` snippets kept`)
  lines.push('\nmissed `with` snippets, by the rule that removed the block holding them:')
  for (const [rule, v] of [...missedByRule].sort((a, b) => b[1] - a[1]).slice(0, Number(values.rules))) lines.push(`  ${String(v).padStart(5)}  ${rule}`)
  lines.push('\nmissed:')
  for (const m of snippetMiss) lines.push(`  ${m.id} [${m.rule}] ${m.snippet}  <<${m.block}>>`)
  lines.push('\nkept `without`:')
  for (const k of snippetKept) lines.push(`  ${k.id} ${k.snippet}  <<${k.block}>>`)
}
process.stdout.write(lines.join('\n') + '\n')
if (values.json) writeFileSync(values.json, JSON.stringify({report, snippetMiss, snippetKept}, null, 1))
