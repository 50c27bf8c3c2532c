// HTML mode: a block's words in its container are a key of their own. The same words
// in the same container on another story are the site's template one page sooner
// (unless they are prose), and prose there counts as in place however far it moved.
import {describe, expect, test} from 'vitest'
import {analyze, clean, learnPage} from '../../src/clean.js'
import {resolveOptions} from '../../src/options.js'
import {createDeduplicator, createSiteTemplates} from '../../src/index.js'
import {keyHtmlBlocks} from '../../src/templates/shape.js'
import {blocksFromHtml} from '../../src/blocks/from-html/index.js'

const words = ['orchard', 'bridge', 'library', 'market', 'school', 'railway', 'harbour', 'theatre']
const NOTE = 'Printed on recycled paper in the valley'
const EXCERPT = 'The county fair returns to the valley showground next month with a larger market, more rides and a new stage for local bands.'

/** A story of the site; `paragraphs` sets its length, `recent` how many other excerpts stand above and below the site's standing one. */
function page(n: number, paragraphs = 3, recent = 1): string {
  const w = words[n % words.length]
  const body = Array.from({length: paragraphs}, (_, i) => `<p>Paragraph ${i + 1} on the ${w} plan: the town council voted on Monday evening after a debate on the ${w} that lasted well into the night and drew a large crowd.</p>`)
  const others = Array.from({length: recent}, (_, i) => `<p class="summary">Excerpt ${i + 1} for the ${words[(n + i + 1) % words.length]}: a walk along the river with the rambling club, who meet on the first Sunday of each month.</p>`)
  return `<!doctype html><html><body><article class="story">
<h1>Town votes on the new ${w} plan</h1>
${body.join('\n')}
<div class="note">${NOTE}</div>
</article>
<div class="recent">${others.join('')}<p class="summary">${EXCERPT}</p>${others.map((o) => o.replace('Excerpt', 'Later excerpt')).join('')}</div>
</body></html>`
}

const site = 'courier.example'
const find = (r: ReturnType<typeof clean>, prefix: string) => r.blocks.find((b) => b.text.startsWith(prefix))!

describe('words in their container (HTML mode)', () => {
  test('a block that is not prose is the template from the second page when it stands in the same container', () => {
    expect(find(clean(page(2), {format: 'html'}), NOTE).kept).toBe(true)
    const templates = createSiteTemplates()
    const results = [1, 2, 3].map((n) => clean(page(n), {format: 'html', templates, site}))
    expect(results.map((r) => find(r, NOTE).kept)).toEqual([true, false, false])
    expect(find(results[1], NOTE)).toMatchObject({rule: 'site/template'})
    expect(find(results[1], NOTE).reason).toMatch(/seen on 1 of the last 1 pages of courier\.example/)
    // The story's own paragraphs stay.
    expect(results[1].text).toContain('Paragraph 3 on the library plan')
  })

  test('the same words in another container still need minPages earlier pages', () => {
    const templates = createSiteTemplates()
    clean(page(1), {format: 'html', templates, site})
    const moved = page(2).replace(`<div class="note">${NOTE}</div>`, `<section class="colophon"><span>${NOTE}</span></section>`)
    expect(find(clean(moved, {format: 'html', templates, site}), NOTE).rule).not.toBe('site/template')
  })

  test('prose in the same container is in place however far down the page it moved', () => {
    const templates = createSiteTemplates()
    // Each page is longer and lists more excerpts above and below it, so the standing excerpt is never at the same distance from either end.
    const results = [1, 2, 3, 4].map((n) => clean(page(n, n + 2, n * 2), {format: 'html', templates, site}))
    expect(results.map((r) => find(r, EXCERPT).kept)).toEqual([true, true, false, false])
    expect(find(results[3], EXCERPT)).toMatchObject({rule: 'site/template'})
    expect(results[3].text).toContain('Paragraph 6 on the school plan')
  })

  test('every HTML block keys its words in its container: the same words in two containers get two place keys, one text key', () => {
    const html = `<!doctype html><html><body><div class="a"><p>${NOTE}</p></div><div class="b"><p>${NOTE}</p></div></body></html>`
    const keyed = keyHtmlBlocks(blocksFromHtml(html, 10_000, false))
    expect(keyed).toHaveLength(2)
    expect(keyed[0].key).toBe(keyed[1].key)
    expect(keyed[0].place).not.toBe(-1)
    expect(keyed[0].place).not.toBe(keyed[1].place)
  })
})

describe('a page that is not a new story does not lose its own blocks to its own sighting', () => {
  test('two copies of one story on one site keep their blocks, and dedup reports the paragraphs', () => {
    const templates = createSiteTemplates()
    const dedup = createDeduplicator()
    const copies = ['copy-0', 'copy-1'].map((id) => clean(page(5), {format: 'html', templates, site, dedup, id}))
    for (const r of copies) {
      expect(r.blocks.filter((b) => b.rule === 'site/template')).toEqual([])
      expect(r.text).toContain('Paragraph 1 on the railway plan')
      expect(find(r, NOTE).kept).toBe(true)
    }
    expect(copies[1].blocks.some((b) => b.duplicateOf?.[0]?.id === 'copy-0')).toBe(true)
  })

  test('a page the warm-up learned keeps what is its own', () => {
    const templates = createSiteTemplates()
    const options = resolveOptions({format: 'html'})
    const empty = {site, pages: 0, recentPages: 0, keys: new Map()}
    learnPage(templates, site, analyze(page(1), options, empty))
    const first = clean(page(1), {format: 'html', templates, site})
    // Its headline, note and excerpt were seen once, on itself: not the template.
    expect(find(first, 'Town votes on the new bridge plan').kept).toBe(true)
    expect(first.blocks.filter((b) => b.rule === 'site/template').map((b) => b.text)).toEqual([])
  })
})

describe('the run guard and a page that keeps prose of its own', () => {
  // Two long standing paragraphs under three story lines: over half of the page's prose, by characters.
  const STANDING = [
    'The Valley Courier is an independent newspaper owned by its readers and published every week since 1921, with reporters in every town of the valley who cover the councils, the schools, the courts, the farms and the sport for the people who live there and for those who moved away.',
    'Letters to the editor are welcome and may be edited for length; we publish a selection of them in the Saturday edition every week, together with the readers\' photographs of the valley, the notices of the clubs and societies, and the results of the weekend\'s games in every league.',
  ]
  const textPage = (n: number) => [
    `Story on the ${words[n]} plan`,
    `The council voted on Monday to approve the ${words[n]} plan, after a long debate that drew a large crowd to the town hall on a wet evening.`,
    `Work on the ${words[n]} begins in spring, the council said, and is expected to take about two years if the weather allows it to go on.`,
    `Supporters of the ${words[n]} plan said it would bring visitors and jobs, while its critics worried about the cost and the noise.`,
    ...STANDING,
  ].join('\n')

  test('template prose over half of the page goes when the page keeps at least 200 characters of its own', () => {
    const templates = createSiteTemplates()
    const results = [1, 2, 3].map((n) => clean(textPage(n), {format: 'text', templates, site}))
    const standing = results[2].blocks.filter((b) => STANDING.includes(b.text))
    expect(standing.map((b) => b.kept)).toEqual([false, false])
    expect(standing[0].rule).toBe('site/template')
    expect(results[2].text).toContain('Work on the market begins in spring')
  })
})
