import {runHolds} from '../guard.js'
import {endsSentence} from '../text/normalize.js'
import type {Block} from '../types.js'
import {templateCategory} from './category.js'
import type {SiteTemplates, TemplateBlock} from './index.js'

/** A block this long that ends like a sentence reads as article prose: it must also recur in the same place. */
const PROSE_CHARS = 80

/**
 * The site-template stage: remove the kept blocks the site's earlier pages show
 * as its template, then learn this page (all its blocks, kept or not). Prose
 * goes only with the guard's consent: template hits may not take most of the
 * page's kept prose on their own.
 */
export function applyTemplates(blocks: Block[], templates: SiteTemplates, site: string, langs: readonly string[]): void {
  const seen: TemplateBlock[] = blocks.map((b) => ({text: b.text, prose: b.text.length >= PROSE_CHARS && endsSentence(b.text.trim())}))
  const hits = templates.match(site, seen)
  let keptProse = 0
  let takenProse = 0
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i].kept || !seen[i].prose) continue
    keptProse += blocks[i].text.length
    if (hits[i]) takenProse += blocks[i].text.length
  }
  // The run guard: template hits may not take most of the page's kept prose on their own evidence.
  const proseMayGo = runHolds(takenProse, keptProse, false)
  for (let i = 0; i < blocks.length; i++) {
    const hit = hits[i]
    const block = blocks[i]
    if (!hit || !block.kept || (seen[i].prose && !proseMayGo)) continue
    blocks[i] = {
      ...block,
      kept: false,
      category: templateCategory(block.text, langs),
      rule: 'site/template',
      reason: `seen on ${hit.recentSeen} of the last ${hit.recentPages} pages of ${site} (${hit.seen} in all): the site's template`,
    }
  }
  templates.observe(site, seen)
}
