// npm exec tsx bench/tune-clean-page.ts [-- --weight W]
//
// Chooses the four limits of region/span.ts CLEAN_PAGE (when the text mode takes a page
// for the article already and skips the region step) by leave-one-collection-out over
// the development sets that have a gold text. Every page is scored twice, as scraped and
// with its gold as input (the do-no-harm check), each with the region step and without
// it; its chrome signs are read as the pipeline reads them. A setting gains what the
// gold-in mean page F1 gains and pays `weight` times what the scraped pages lose, once
// with the phrase tables and once as if the page's language had none (chrome lines 0):
// the product meets languages the tables do not cover. Prints, per held-out set, the
// setting the other sets chose and what it does on the held-out one. Changes nothing.
import {parseArgs} from 'node:util'
import {clean} from '../src/index.js'
import {measure} from '../src/features.js'
import {detectLanguage, ruleLanguages} from '../src/lang/detect.js'
import {stopwordsFor} from '../src/lang/registry.js'
import {matchRules} from '../src/rules/match.js'
import {markPage, type LineState} from '../src/rules/sections.js'
import {CLEAN_PAGE, chromeSigns} from '../src/region/span.js'
import {classifyProse} from '../src/text/prose-signals.js'
import {splitLines} from '../src/text/normalize.js'
import {defaultData, readPages} from './data.js'
import {scorePage} from './metric.js'
import {textInput} from './score.js'

const {values} = parseArgs({options: {weight: {type: 'string', default: '3'}}})
const weight = Number(values.weight)

/** Candidate lengths from which a menu run between the prose counts (3: every run does). */
const INNER_RUNS = [3, 5, 8, 12, 20, Infinity]
/** Candidate fewest menu-run lines in all that make a menu (3: any run does). */
const MENU_LINES = [3, 4, 5, 6, 8]

interface Scored {
  set: string
  input: 'scraped' | 'gold'
  chromeLines: number
  /** The page's menu share for each of INNER_RUNS and, within it, each of MENU_LINES. */
  menuShares: number[][]
  /** Page F1 with the region step, and with the whole page as the body. */
  cut: number
  whole: number
}

/** The lines as decideLines() sees them before the sections: features, prose, each line's own rule hit. */
function linesOf(input: string): LineState[] {
  const texts = splitLines(input).lines.map((l) => l.text)
  const language = detectLanguage(texts, null)
  const stopwords = stopwordsFor(language.tag ?? language.code)
  const features = texts.map((t) => measure(t, stopwords))
  const prose = classifyProse(texts, features)
  const langs = ruleLanguages(language)
  const lines: LineState[] = texts.map((text, i) => ({text, f: features[i], prose: prose[i], hit: matchRules(text, langs, features[i])}))
  markPage(lines)
  return lines
}

const chosen = {...CLEAN_PAGE}
const f1With = (input: string, gold: string, limits: typeof CLEAN_PAGE) => {
  Object.assign(CLEAN_PAGE, limits)
  return scorePage(clean(input, {format: 'text'}).text, gold).f1
}
const NEVER = {chromeLines: -1, menuShare: -1, innerMenuRun: 3, menuLines: 3}
const ALWAYS = {chromeLines: Infinity, menuShare: Infinity, innerMenuRun: 3, menuLines: 3}

const pages: Scored[] = []
for (const file of defaultData().files) {
  const all = readPages(file)
  if (!all.every((p) => typeof p.gold === 'string')) continue
  for (const page of all) {
    for (const input of ['scraped', 'gold'] as const) {
      const text = input === 'scraped' ? textInput(page) : page.gold!
      const lines = linesOf(text)
      const menuShares = INNER_RUNS.map((run) => MENU_LINES.map((least) => chromeSigns(lines, run, least).menuShare))
      pages.push({set: page.dataset, input, chromeLines: chromeSigns(lines).chromeLines, menuShares, cut: f1With(text, page.gold!, NEVER), whole: f1With(text, page.gold!, ALWAYS)})
    }
  }
  process.stderr.write(`${file}: scored\n`)
}
Object.assign(CLEAN_PAGE, chosen)

type Limits = typeof CLEAN_PAGE
const sets = [...new Set(pages.map((p) => p.set))]
const grid: Limits[] = []
for (const chromeLines of [0, 1, 2, 3, 4, 6, 10]) for (const menuShare of [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1]) for (const innerMenuRun of INNER_RUNS) for (const menuLines of MENU_LINES) grid.push({chromeLines, menuShare, innerMenuRun, menuLines})

/** Mean page-F1 change on one set: scraped, gold-in, and scraped as if no phrase table matched. */
function effect(set: string, l: Limits): {scraped: number; goldIn: number; noTables: number} {
  const sum = {scraped: 0, goldIn: 0, noTables: 0}
  let scraped = 0
  let gold = 0
  for (const p of pages) {
    if (p.set !== set) continue
    const gain = p.whole - p.cut
    const menuOk = p.menuShares[INNER_RUNS.indexOf(l.innerMenuRun)][MENU_LINES.indexOf(l.menuLines)] <= l.menuShare
    if (p.input === 'gold') {
      gold++
      if (menuOk && p.chromeLines <= l.chromeLines) sum.goldIn += gain
    } else {
      scraped++
      if (menuOk && p.chromeLines <= l.chromeLines) sum.scraped += gain
      if (menuOk) sum.noTables += gain
    }
  }
  return {scraped: sum.scraped / scraped, goldIn: sum.goldIn / gold, noTables: sum.noTables / scraped}
}
const objective = (on: readonly string[], l: Limits) =>
  on.reduce((s, set) => {
    const e = effect(set, l)
    return s + e.goldIn + weight * (Math.min(e.scraped, 0) + Math.min(e.noTables, 0))
  }, 0)
const best = (on: readonly string[]) => grid.reduce((a, b) => (objective(on, b) > objective(on, a) ? b : a))
const show = (l: Limits) => `chromeLines ≤ ${l.chromeLines}, menuShare ≤ ${l.menuShare}, innerMenuRun ${l.innerMenuRun}, menuLines ${l.menuLines}`
const fmt = (e: ReturnType<typeof effect>) => `scraped ${e.scraped >= 0 ? '+' : ''}${e.scraped.toFixed(4)}  gold-in ${e.goldIn >= 0 ? '+' : ''}${e.goldIn.toFixed(4)}  no tables ${e.noTables >= 0 ? '+' : ''}${e.noTables.toFixed(4)}`

const allIn = best(sets)
console.log(`all sets: ${show(allIn)} (in use: ${show(chosen)}); mean page F1 change against the region step everywhere:`)
for (const set of sets) console.log(`  ${set.padEnd(18)} ${fmt(effect(set, allIn))}`)
console.log(`in use, ${show(chosen)}:`)
for (const set of sets) console.log(`  ${set.padEnd(18)} ${fmt(effect(set, chosen))}`)
console.log('leave one collection out:')
for (const held of sets) {
  const l = best(sets.filter((s) => s !== held))
  console.log(`  ${held.padEnd(18)} others chose ${show(l)}; on ${held}: ${fmt(effect(held, l))}`)
}
