// Site templates inside the pipeline: the template's hits join the rules stage, so
// the region and the guard see them, and analyze() stays pure (the view is data).
import {describe, expect, test} from 'vitest'
import {analyze, clean} from '../../src/clean.js'
import {resolveOptions} from '../../src/options.js'
import {createSiteTemplates} from '../../src/index.js'

const ABOUT = 'The Valley Courier is an independent newspaper owned by its readers and published every week since 1921, with reporters in every town of the valley who cover the councils, the schools, the courts, the farms and the sport for the people who live there.'
const MASTHEAD = 'Valley Courier weekly edition'
const words = ['orchard', 'bridge', 'library', 'market', 'school', 'railway', 'harbour', 'theatre']

/** A story of the site: its body, two changing lines below it, and the site's standing paragraph at the end. */
function textPage(n: number): string {
  const w = words[n % words.length]
  return [
    MASTHEAD,
    `Town votes on the new ${w} plan`,
    `The town council voted on Monday evening to go ahead with the ${w} plan, after a debate that lasted well into the night and drew a large crowd.`,
    `Supporters of the ${w} plan said it would bring visitors and jobs to the valley, while its critics worried about the cost and the noise it would bring.`,
    `Work on the ${w} is due to begin in the spring, and the council expects it to take about two years if the weather allows it.`,
    `Seen near the ${w} this week`,
    `Readers' snaps from the ${w}`,
    ABOUT,
  ].join('\n')
}

describe('templates inside the pipeline (text mode)', () => {
  test('a template block no longer anchors the body span: the lines it held in are removed as outside the region', () => {
    const templates = createSiteTemplates()
    for (const n of [1, 2, 3]) clean(textPage(n), {format: 'text', templates, site: 'courier.example'})
    const page = textPage(4)
    const plain = clean(page, {format: 'text'})
    const withTemplates = clean(page, {format: 'text', templates, site: 'courier.example'})
    const find = (r: typeof plain, prefix: string) => r.blocks.find((b) => b.text.startsWith(prefix))!
    // Without the site's memory the standing paragraph is prose, and the span reaches down to it.
    expect(find(plain, 'Seen near').kept).toBe(true)
    expect(find(plain, 'The Valley Courier').kept).toBe(true)
    // With it, the paragraph is the site's template, so the span ends with the story.
    expect(find(withTemplates, 'The Valley Courier')).toMatchObject({kept: false, rule: 'site/template'})
    expect(find(withTemplates, 'Seen near')).toMatchObject({kept: false, rule: 'boilerplate/outside-region'})
    expect(find(withTemplates, "Readers' snaps")).toMatchObject({kept: false, rule: 'boilerplate/outside-region'})
    expect(withTemplates.text).toContain('Work on the school is due to begin')
  })

  test('the template never empties a page: a page that is all template is decided as without it, and says so', () => {
    const templates = createSiteTemplates()
    for (const n of [1, 2, 3]) clean(textPage(n), {format: 'text', templates, site: 'courier.example'})
    // The standing paragraph alone is all the page's prose: the run guard keeps it.
    expect(clean(ABOUT, {format: 'text', templates, site: 'courier.example'}).text).toBe(ABOUT)
    // A page of nothing but the site's masthead keeps what it kept without the memory.
    const plain = clean(MASTHEAD, {format: 'text'})
    const r = clean(MASTHEAD, {format: 'text', templates, site: 'courier.example'})
    expect(plain.text).toBe(MASTHEAD)
    expect(r.text).toBe(MASTHEAD)
    expect(r.fallback?.reason).toMatch(/template would have left nothing/)
  })

  test('analyze() reads the template as plain data: its result clones, and the memory is not touched', () => {
    const templates = createSiteTemplates()
    for (const n of [1, 2, 3]) clean(textPage(n), {format: 'text', templates, site: 'courier.example'})
    const before = templates.stats()
    const view = templates.view('courier.example')
    expect(structuredClone(view)).toEqual(view)
    const analysis = analyze(textPage(4), resolveOptions({format: 'text'}), view)
    expect(structuredClone(analysis)).toEqual(analysis)
    expect(analysis.blocks.find((b) => b.text === ABOUT)?.rule).toBe('site/template')
    expect(analysis.templateBlocks).toHaveLength(analysis.blocks.length)
    expect(templates.stats()).toEqual(before)
  })
})

/** A page of the site: a story, and inside the article a pick of the day whose text changes on every page. */
function htmlPage(n: number): string {
  const w = words[n % words.length]
  return `<!doctype html><html><body><article class="story">
<h1>Town votes on the new ${w} plan</h1>
<div class="body">
<p>The town council voted on Monday evening to go ahead with the ${w} plan, after a debate that lasted well into the night and drew a large crowd.</p>
<h2>What the ${w} plan costs</h2>
<p>Supporters of the ${w} plan said it would bring visitors and jobs to the valley, while its critics worried about the cost and the noise it would bring.</p>
<p>Work on the ${w} is due to begin in the spring, and the council expects it to take about two years if the weather allows it.</p>
</div>
<div class="pick-box"><div class="pick-label">Our pick: the ${words[(n + 3) % words.length]} walk</div></div>
</article></body></html>`
}

describe('templates inside the pipeline (HTML mode)', () => {
  test('a label that changes text in a fixed container is known by its container; the story\'s own subheading is not', () => {
    const templates = createSiteTemplates()
    const results = [1, 2, 3, 4].map((n) => clean(htmlPage(n), {format: 'html', templates, site: 'courier.example'}))
    const pick = results.map((r) => r.blocks.find((b) => b.text.startsWith('Our pick'))!)
    expect(clean(htmlPage(4), {format: 'html'}).blocks.find((b) => b.text.startsWith('Our pick'))!.kept).toBe(true)
    expect(pick.map((b) => b.kept)).toEqual([true, true, false, false])
    expect(pick[3]).toMatchObject({rule: 'site/template'})
    for (const r of results) expect(r.blocks.find((b) => b.text.startsWith('What the'))!.kept).toBe(true)
  })
})

describe('a headline the site lists elsewhere', () => {
  test('is its page\'s headline, not the template: headings count only where they stood before', () => {
    const headline = 'Valley school wins the county cup'
    // Three pages list the story under "Recent posts" at their foot; then the story itself.
    const page = (body: string, recent: string[]) => `<!doctype html><html><body><article><h1>${body}</h1>
<p>${body}: the council met on Monday evening and voted after a long debate that drew a large crowd from the valley towns.</p>
<p>Supporters said the plan would bring visitors and jobs, while critics worried about the cost and the noise it would bring.</p></article>
<aside><h3>Recent posts</h3>${recent.map((r) => `<h4>${r}</h4>`).join('')}</aside></body></html>`
    const templates = createSiteTemplates()
    for (const n of [1, 2, 3]) clean(page(`Story number ${words[n]}`, [headline, `Other story ${words[n + 1]}`]), {format: 'html', templates, site: 'courier.example'})
    const story = clean(page(headline, ['Another story']), {format: 'html', templates, site: 'courier.example'})
    expect(story.blocks[0]).toMatchObject({text: headline, kept: true})
    expect(story.blocks.find((b) => b.text === 'Recent posts')?.kept).toBe(false)
  })
})
