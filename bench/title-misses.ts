// npm exec tsx bench/title-misses.ts -- SET [SET ...]   (wcxb-article, trafilatura-eval, readability-tests)
// Diagnostic: each page whose metadata title misses the reference, with the candidates
// (<title>, JSON-LD headline, og:title, twitter:title, the first headings and their pieces)
// and a family tag (quotes/dashes only, cut too much, kept too much, which source the
// reference equals). The last lines count, over every page whose og:title (else JSON-LD,
// else <title>) has a separator, whether the reference keeps that title whole or cuts a segment.
import {fromHtml} from 'hast-util-from-html'
import {readPages, defaultData, setName} from './data.js'
import {expectedFor} from './metadata.js'
import {collectSignals} from '../src/metadata/meta-tags.js'
import {readJsonLd} from '../src/metadata/json-ld.js'
import {resolveMetadata, fold} from '../src/metadata/index.js'
const sets = process.argv.slice(2)
for (const file of defaultData().files) {
  const set = setName(file)
  if (!sets.includes(set)) continue
  const exp = set === 'readability-tests' ? expectedFor(file) : {}
  let n = 0, k = 0; const stats: Record<string, number> = {keep: 0, cut: 0, neither: 0}
  for (const page of readPages(file)) {
    const want = page.title ?? exp[page.id]?.title
    if (!want) continue
    n++
    const tree = fromHtml(page.html)
    const s = collectSignals(tree as never)
    const ld = readJsonLd(s.jsonLd)
    const {metadata, sources} = resolveMetadata(s, ld, {})
    {
      const og = s.meta.get('og:title')?.[0] ?? ld?.headline ?? s.title
      const sep = / [–—•·»\\/-] | ::? | ?\| ?/
      if (og && sep.test(og)) {
        const keep = fold(og) === fold(want)
        const cut = !keep && (fold(og).startsWith(fold(want)) || fold(og).endsWith(fold(want)))
        stats[keep ? 'keep' : cut ? 'cut' : 'neither']++
      }
    }
    if (metadata.title !== undefined && fold(metadata.title) === fold(want)) { k++; continue }
    const folded = (x?: string) => x === undefined ? '' : fold(x)
    /** Quotes straight and dashes plain: a miss that differs only there is a spelling family. */
    const plain = (x: string) => x.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[–—]/g, '-')
    const w = folded(want), g = folded(metadata.title)
    const tags: string[] = []
    if (plain(w) === plain(g)) tags.push('quotes/dashes')
    else {
      if (g && w.includes(g)) tags.push('cut-too-much')
      if (g && g.includes(w)) tags.push('kept-too-much')
      const srcs: Record<string, string | undefined> = {ld: ld?.headline, og: s.meta.get('og:title')?.[0], tw: s.meta.get('twitter:title')?.[0], title: s.title}
      for (const [k, v] of Object.entries(srcs)) if (v && plain(folded(v)) === plain(w)) tags.push('ref=' + k)
      if (s.headings.some((h) => plain(folded(h.text)) === plain(w))) tags.push('ref=heading')
    }
    console.log(`TAGS ${set} ${tags.join(' ') || 'other'}`)
    console.log(`## ${set} ${page.id}`)
    console.log(`  want ${JSON.stringify(want)}`)
    console.log(`  got  ${JSON.stringify(metadata.title)} [${sources.title}]`)
    console.log(`  site ${JSON.stringify(metadata.siteName)}  url ${s.canonical ?? s.meta.get('og:url')?.[0] ?? page.url}`)
    console.log(`  <title> ${JSON.stringify(s.title)}`)
    if (ld?.headline) console.log(`  ld   ${JSON.stringify(ld.headline)}`)
    for (const key of ['og:title', 'twitter:title']) if (s.meta.get(key)) console.log(`  ${key} ${JSON.stringify(s.meta.get(key)![0])}`)
    for (const h of s.headings.slice(0, 6)) console.log(`  h${h.level}${h.marked ? '*' : ''} ${JSON.stringify(h.text)}${h.parts ? ' parts=' + JSON.stringify(h.parts) : ''}`)
  }
  console.log(JSON.stringify(stats)); console.log(`# ${set}: ${k}/${n} = ${(100 * k / n).toFixed(1)}%`)
}
