// npm exec tsx bench/templates-speed.ts
//
// What a site memory costs, as a ratio that load on a shared machine cannot skew:
// each page is cleaned without and then with the memory in turn, in one process,
// twice over (the second pass with every page already learned), on scrapinghub-aeb
// and on Dragnet's sites with at least five pages.
import {defaultData, readPages} from './data.js'
import {textInput} from './score.js'
import {manyPageSites} from './templates.js'
import {clean, createSiteTemplates} from '../src/index.js'
import {siteOf} from '../src/templates/index.js'

for (const set of ['scrapinghub-aeb', 'dragnet']) {
  const file = defaultData().files.find((f) => f.includes(set))
  if (!file) continue
  const pages = set === 'dragnet' ? manyPageSites(readPages(file)) : readPages(file)
  for (const mode of ['html', 'text'] as const) {
    const templates = createSiteTemplates()
    let without = 0
    let withMemory = 0
    for (let pass = 0; pass < 2; pass++) {
      for (const page of pages) {
        const input = mode === 'html' ? page.html : textInput(page)
        const site = siteOf(page.url, null)
        const t0 = performance.now()
        clean(input, {format: mode})
        const t1 = performance.now()
        clean(input, site ? {format: mode, templates, site} : {format: mode})
        withMemory += performance.now() - t1
        without += t1 - t0
      }
    }
    console.log(`${set} (${pages.length} pages), ${mode}: speed with site templates ${((100 * without) / withMemory).toFixed(1)}% of without`)
  }
}
