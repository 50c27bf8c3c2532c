// npm exec tsx bench/why-page.ts -- PAGE_ID... : every block of a development page in HTML mode, with its decision and the elements above it.
import {blocksFromHtml} from '../src/blocks/from-html/index.js'
import {clean} from '../src/index.js'
import {defaultData, readPages} from './data.js'
import {shingles} from './metric.js'

const ids = process.argv.slice(2).filter((a) => a !== '--')
const set = ids[0].split(':')[0]
const file = defaultData().files.find((f) => f.includes(set))!
for (const page of readPages(file).filter((p) => ids.includes(p.id))) {
  const walked = blocksFromHtml(page.html, 100_000, false)
  const result = clean(page.html, {format: 'html'})
  const gold = page.gold ? shingles(page.gold) : null
  console.log(`\n===== ${page.id} ${page.url ?? ''} ${result.fallback ? 'FALLBACK ' + result.fallback.reason : ''}`)
  walked.blocks.forEach((b, i) => {
    const r = result.blocks[i]
    const path: string[] = []
    for (let e = b.owner; e !== -1; e = walked.elements[e].parent) {
      const el = walked.elements[e]
      const cls = el.node.properties.className
      const id = el.node.properties.id
      path.push(`${el.tag}${Array.isArray(cls) && cls.length ? '.' + cls.join('.') : ''}${id ? '#' + id : ''}${el.chrome ? '[' + el.chrome.rule + ']' : ''}${el.article ? '[A]' : ''}`)
    }
    let g = ''
    if (gold) {
      const own = shingles(b.text)
      let inG = 0, all = 0
      for (const [k, n] of own) { all += n; if (gold.has(k)) inG += n }
      g = all ? (inG / all >= 0.5 ? 'G' : '.') : ' '
    }
    console.log(`${g} ${r.kept ? 'KEEP' : 'drop'} ${(r.rule ?? '').padEnd(28)} ${JSON.stringify(b.text.slice(0, 90))}  <${path.slice(0, 7).join(' < ')}>`)
  })
}
