import {describe, expect, test} from 'vitest'
import {DechromeError, OptionsError} from '../../src/errors.js'
import {SnapshotError} from '../../src/dedup/snapshot.js'
import {createSiteTemplates, siteOf} from '../../src/templates/index.js'
import {templateCategory} from '../../src/templates/category.js'

// Pages of one site: the same two chrome lines around a different story each time.
const FOOTER = 'Sign up for the Harbour Gazette morning briefing'
const CREDIT = '© Harbour Gazette Media Ltd'
function page(n: number, extra: string[] = []): string[] {
  return [
    `Story ${n}: the council met on day ${n} to discuss item number ${n * 7} of the budget`,
    `Paragraph one of story ${n} reports what happened at meeting ${n}, with figures ${n * 3} and ${n * 11}, in a long sentence that goes on to name the streets involved.`,
    `Paragraph two of story ${n} quotes resident number ${n}, who said the change ${n % 2 ? 'helped' : 'hurt'} the neighbourhood a great deal, and that more meetings would follow.`,
    ...extra,
    FOOTER,
    CREDIT,
  ]
}

describe('site templates', () => {
  test('a line seen on minPages earlier pages of a site is template chrome; the stories are not', () => {
    const t = createSiteTemplates()
    expect(t.match('gazette.example', page(1)).every((h) => h === undefined)).toBe(true)
    t.observe('gazette.example', page(1))
    expect(t.match('gazette.example', page(2)).every((h) => h === undefined)).toBe(true)
    t.observe('gazette.example', page(2))
    const hits = t.match('gazette.example', page(3))
    const flagged = page(3).filter((_, i) => hits[i])
    expect(flagged).toEqual([FOOTER, CREDIT])
    expect(hits.at(-1)).toEqual({seen: 2, recentSeen: 2, recentPages: 2, pages: 2})
  })

  test('what one site taught says nothing about another', () => {
    const t = createSiteTemplates()
    t.learn([1, 2, 3].map((n) => ({site: 'a.example', blocks: page(n)})))
    expect(t.match('b.example', page(4)).every((h) => h === undefined)).toBe(true)
    expect(t.match('a.example', page(4)).filter(Boolean)).toHaveLength(2)
  })

  test('a line that stops recurring fades out of the template', () => {
    const t = createSiteTemplates({minShare: 0.2})
    t.observe('s.example', page(1, ['Breaking: harbour closed']))
    t.observe('s.example', page(2, ['Breaking: harbour closed']))
    expect(t.match('s.example', ['Breaking: harbour closed'])[0]).toBeDefined()
    for (let n = 3; n < 40; n++) t.observe('s.example', page(n))
    expect(t.match('s.example', ['Breaking: harbour closed'])[0]).toBeUndefined()
    expect(t.match('s.example', [FOOTER])[0]).toBeDefined()
  })

  test('two copies of one story on one site are not a template', () => {
    const t = createSiteTemplates()
    t.observe('s.example', page(1))
    t.observe('s.example', page(2))
    const story = page(3)
    expect(t.observe('s.example', story)).toBe(true)
    expect(t.observe('s.example', story)).toBe(false) // the same story at a second address
    expect(t.observe('s.example', story)).toBe(false)
    const hits = t.match('s.example', story)
    expect(story.filter((_, i) => hits[i])).toEqual([FOOTER, CREDIT])
  })

  test('prose counts as template only where it stood before', () => {
    const disclaimer = 'The views expressed in this column are the author’s own and do not reflect those of the publisher, its staff or its partners.'
    const t = createSiteTemplates()
    for (let n = 1; n <= 3; n++) t.observe('s.example', page(n, [disclaimer]))
    const same = page(4, [disclaimer]).map((text) => ({text, prose: text === disclaimer}))
    expect(t.match('s.example', same)[same.findIndex((b) => b.prose)]).toBeDefined()
    const moved = [{text: disclaimer, prose: true}, ...page(4).map((text) => ({text, prose: false}))]
    expect(t.match('s.example', moved)[0]).toBeUndefined()
  })

  test('memory is bounded per site and over sites', () => {
    const t = createSiteTemplates({maxBytesPerSite: 48 * 100, maxSites: 3})
    for (let n = 1; n <= 200; n++) t.observe('big.example', page(n))
    expect(t.stats().blocks).toBeLessThanOrEqual(100)
    // The template survives forgetting: it is the most seen.
    expect(t.match('big.example', [FOOTER])[0]).toBeDefined()
    for (const site of ['b.example', 'c.example', 'd.example']) t.observe(site, page(1))
    const stats = t.stats()
    expect(stats.sites).toBe(3)
    expect(t.match('big.example', [FOOTER])[0]).toBeUndefined() // least recently used, forgotten
    expect(stats.bytes).toBeGreaterThan(0)
  })

  test('a snapshot restores the same answers; a damaged one is a typed error', () => {
    const t = createSiteTemplates()
    for (let n = 1; n <= 5; n++) t.observe('s.example', page(n))
    const bytes = t.snapshot()
    const copy = Buffer.concat([Buffer.alloc(3), Buffer.from(bytes)]).subarray(3) // a view at an offset, as readFileSync gives
    const restored = createSiteTemplates({snapshot: copy})
    expect(restored.match('s.example', page(9))).toEqual(t.match('s.example', page(9)))
    expect(restored.stats()).toEqual(t.stats())
    const damaged = bytes.slice()
    damaged[damaged.length - 10] ^= 0xff
    expect(() => createSiteTemplates({snapshot: damaged})).toThrow(SnapshotError)
    expect(() => createSiteTemplates({snapshot: 'nope' as never})).toThrow(DechromeError)
  })

  test('bad options and arguments are typed errors that name what they got', () => {
    expect(() => createSiteTemplates({minPages: 0})).toThrow(OptionsError)
    expect(() => createSiteTemplates({minShare: 2})).toThrow(/minShare.*`2` \(number\)/)
    expect(() => createSiteTemplates({nope: 1} as never)).toThrow(/Unknown option `nope`/)
    expect(() => createSiteTemplates({storage: {} as never})).toThrow(OptionsError)
    const t = createSiteTemplates()
    expect(() => t.observe('', [])).toThrow(OptionsError)
    expect(() => t.match('s.example', 'text' as never)).toThrow(OptionsError)
    expect(() => t.learn(null as never)).toThrow(OptionsError)
  })

  test('the site is the host without www, or the site given', () => {
    expect(siteOf('https://www.Example.com/news/1', null)).toBe('example.com')
    expect(siteOf('https://news.example.com/a', null)).toBe('news.example.com')
    expect(siteOf('not a url', null)).toBeNull()
    expect(siteOf(null, 'Example')).toBe('example')
    expect(siteOf(undefined, undefined)).toBeNull()
  })

  test('a template block takes the category its words suggest', () => {
    expect(templateCategory('Get our weekly newsletter in your inbox every Friday', ['en'])).toBe('newsletter')
    expect(templateCategory('Our Harbour Insider Facebook group is the place to be', ['en'])).toBe('social')
    expect(templateCategory('Harbour Gazette, 12 Quay Street', ['en'])).toBe('boilerplate')
  })
})
