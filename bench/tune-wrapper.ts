// npm exec tsx bench/tune-wrapper.ts
//
// Chooses region/container.ts WRAPPER.minParagraphs (how many paragraphs a class-marked box
// that holds most of the page's prose needs to count as the story's wrapper rather than
// chrome) by leave-one-collection-out over the development sets: the HTML mode runs on
// every set once per setting; for each held-out set, the setting with the best summed F1
// on the other sets is applied to it. Prints the F1 per set and setting, then the folds.
// Changes nothing.
import {clean} from '../src/index.js'
import {WRAPPER} from '../src/region/container.js'
import {defaultData, readPages, setName} from './data.js'
import {metricOf, scoreOutput, summarize} from './score.js'

// 0 is the rule without the exemption: every mark holding most of the prose is a wrapper.
const GRID = [0, 2, 3, 4, 5, 8]
const chosen = WRAPPER.minParagraphs
const f1 = new Map<number, Map<string, number>>(GRID.map((g) => [g, new Map()]))
for (const file of defaultData().files) {
  const pages = readPages(file)
  const metric = metricOf(pages)
  for (const g of GRID) {
    WRAPPER.minParagraphs = g
    const results = pages.map((p) => scoreOutput(p, clean(p.html, {format: 'html'}).text, metric))
    f1.get(g)!.set(setName(file), summarize(results, metric).f1)
  }
  process.stderr.write(`${setName(file)}: scored\n`)
}
WRAPPER.minParagraphs = chosen

const sets = [...f1.get(GRID[0])!.keys()]
const show = (g: number) => (g === 0 ? 'off' : String(g))
console.log(`F1 (HTML mode) per setting (in use: ${show(chosen)}):`)
console.log(`  ${'set'.padEnd(18)} ${GRID.map((g) => show(g).padStart(7)).join('')}`)
for (const s of sets) console.log(`  ${s.padEnd(18)} ${GRID.map((g) => f1.get(g)!.get(s)!.toFixed(4).padStart(7)).join('')}`)
const best = (on: readonly string[]) => GRID.reduce((a, b) => (on.reduce((t, s) => t + f1.get(b)!.get(s)! - f1.get(a)!.get(s)!, 0) > 0 ? b : a))
const all = best(sets)
console.log(`all sets pick ${show(all)}; leave one collection out:`)
for (const held of sets) {
  const g = best(sets.filter((s) => s !== held))
  console.log(`  ${held.padEnd(18)} others pick ${show(g).padEnd(4)} held-out F1 ${f1.get(g)!.get(held)!.toFixed(4)}  all-in ${f1.get(all)!.get(held)!.toFixed(4)}`)
}
