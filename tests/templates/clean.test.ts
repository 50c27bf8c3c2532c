import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {clean, cleanMany, createDeduplicator, createSiteTemplates, OptionsError} from '../../src/index.js'

const ABOUT = 'The Harbour Gazette is an independent weekly founded in 1887'
function story(n: number): string {
  return [
    `Council approves plan number ${n} for the harbour front`,
    `The council voted on Tuesday to approve plan number ${n}, which will rebuild ${n * 3} berths along the eastern quay over the next four years.`,
    `Supporters said plan ${n} would bring ${n * 40} jobs to the town, while opponents questioned whether the ${n * 2} million pound budget would hold.`,
    `The harbour master said work on the first ${n + 2} berths could begin in the spring if the weather allowed it.`,
    ABOUT,
  ].join('\n')
}

describe('clean() with site templates', () => {
  test('a line recurring on the site is removed as site/template from its third page on, with how often it was seen', () => {
    const templates = createSiteTemplates()
    const results = [1, 2, 3, 4].map((n) => clean(story(n), {format: 'text', templates, url: `https://www.harbour.example/news/${n}`}))
    const removedAbout = results.map((r) => r.blocks.find((b) => b.text === ABOUT)!)
    expect(removedAbout.map((b) => b.kept)).toEqual([true, true, false, false])
    expect(removedAbout[3]).toMatchObject({category: 'boilerplate', rule: 'site/template'})
    expect(removedAbout[3].reason).toMatch(/seen on 3 of the last 3 pages of harbour\.example/)
    // The stories themselves are kept: only the template went.
    expect(results[3].text).toContain('plan number 4')
    expect(results[3].blocks.filter((b) => !b.kept)).toHaveLength(1)
    expect(templates.stats().sites).toBe(1)
  })

  test('without `url` or `site` a site memory does nothing: pages are cleaned as without it, and nothing is learned', () => {
    const templates = createSiteTemplates()
    const results = [1, 2, 3, 4].map((n) => clean(story(n), {format: 'text', templates}))
    expect(results).toEqual([1, 2, 3, 4].map((n) => clean(story(n), {format: 'text'})))
    expect(templates.stats()).toEqual({sites: 0, blocks: 0, bytes: 0})
  })

  test('two copies of one story on one site keep their paragraphs, and dedup reports them', () => {
    const templates = createSiteTemplates()
    const dedup = createDeduplicator()
    for (const n of [1, 2]) clean(story(n), {format: 'text', templates, site: 'harbour.example'})
    const copies = [5, 5, 5].map((n, i) => clean(story(n), {format: 'text', templates, site: 'harbour.example', dedup, id: `copy-${i}`}))
    for (const r of copies) {
      expect(r.text).toContain('plan number 5, which will rebuild 15 berths')
      expect(r.blocks.filter((b) => b.rule === 'site/template').map((b) => b.text)).toEqual([ABOUT])
    }
    expect(copies[2].blocks.some((b) => b.duplicateOf?.[0]?.id === 'copy-0')).toBe(true)
  })

  test('cleanMany with workers learns in input order, as clean() does one by one', async () => {
    const records = [1, 2, 3, 4, 5].map((n) => ({id: `p${n}`, url: `https://harbour.example/${n}`, text: story(n)}))
    const one = createSiteTemplates()
    const expected = records.map((r) => clean(r.text, {templates: one, url: r.url}).blocks.map((b) => b.rule ?? null))
    const many = createSiteTemplates()
    const got: (string | null)[][] = []
    for await (const r of cleanMany(records, {templates: many, concurrency: 2})) {
      if ('error' in r) throw new Error(r.error.message)
      got.push(r.blocks.map((b) => b.rule ?? null))
    }
    expect(got).toEqual(expected)
    expect(got[4]).toContain('site/template')
  })

  test('the keep veto can keep a template block', () => {
    const templates = createSiteTemplates()
    for (const n of [1, 2]) clean(story(n), {format: 'text', templates, site: 's'})
    const r = clean(story(3), {format: 'text', templates, site: 's', keep: (b) => b.rule === 'site/template'})
    expect(r.blocks.find((b) => b.text === ABOUT)).toMatchObject({kept: true, reason: 'kept by options.keep (was site/template)'})
  })

  test('the seeds come out the same with a site memory', () => {
    const dir = join(import.meta.dirname, '..', 'seeds')
    const templates = createSiteTemplates()
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, file), 'utf8')
      const plain = clean(text, {format: 'text'})
      const withTemplates = clean(text, {format: 'text', templates, site: 'one-site.example'})
      expect(withTemplates.blocks.map((b) => [b.line, b.kept, b.rule])).toEqual(plain.blocks.map((b) => [b.line, b.kept, b.rule]))
    }
  })

  test('url and site need templates; a bad memory is named', () => {
    expect(() => clean('text', {url: 'https://a.example/'})).toThrow(OptionsError)
    expect(() => clean('text', {site: 'a'})).toThrow(/needs `templates`/)
    expect(() => clean('text', {templates: {} as never})).toThrow(/createSiteTemplates/)
  })
})

describe('cleanMany with a warm-up pre-pass', () => {
  const rules = async (records: {id: string; url: string; text: string}[], options: Parameters<typeof cleanMany>[1]) => {
    const got: (string | null)[][] = []
    for await (const r of cleanMany(records, options)) {
      if ('error' in r) throw new Error(r.error.message)
      got.push(r.blocks.map((b) => b.rule ?? null))
    }
    return got
  }
  const aboutRemoved = (got: (string | null)[][]) => got.map((rules) => rules.at(-1) === 'site/template')

  test('the first N records of each site are learned before any is cleaned, so the template goes from the first record on', async () => {
    // Two sites, interleaved: each warms up on its own records.
    const records = [1, 2, 3, 4, 5].flatMap((n) => ['a', 'b'].map((s) => ({id: `${s}${n}`, url: `https://${s}.example/${n}`, text: story(n)})))
    const streamed = await rules(records, {templates: createSiteTemplates(), concurrency: 1})
    expect(aboutRemoved(streamed)).toEqual([false, false, false, false, true, true, true, true, true, true])
    const warmed = await rules(records, {templates: createSiteTemplates(), templatesWarmup: 3, concurrency: 1})
    expect(aboutRemoved(warmed)).toEqual(records.map(() => true))
    // The stories themselves stay, and the result does not depend on the number of workers.
    expect(warmed.every((r) => r.filter(Boolean).length === 1)).toBe(true)
    expect(await rules(records, {templates: createSiteTemplates(), templatesWarmup: 3, concurrency: 2})).toEqual(warmed)
  })

  test('a site with fewer records than the warm-up is learned at the end of the input', async () => {
    const records = [1, 2, 3].map((n) => ({id: `p${n}`, url: `https://a.example/${n}`, text: story(n)}))
    expect(aboutRemoved(await rules(records, {templates: createSiteTemplates(), templatesWarmup: 10, concurrency: 1}))).toEqual([true, true, true])
  })

  test('a site\'s warm-up also ends 512 records after its first, without waiting for the input to end', async () => {
    let release = () => {}
    const blocked = new Promise<void>((resolve) => (release = resolve))
    async function* source() {
      yield {id: 'a1', url: 'https://a.example/1', text: story(1)}
      // Records of no site: they hold nothing back. The site's first record must come out before more input.
      for (let i = 0; i < 520; i++) yield `filler ${i}`
      await blocked
      yield {id: 'a2', url: 'https://a.example/2', text: story(2)}
    }
    const ids: (string | number | null)[] = []
    for await (const r of cleanMany(source(), {templates: createSiteTemplates(), templatesWarmup: 3, concurrency: 1})) {
      ids.push(r.id)
      if (r.id === 'a1') release()
    }
    expect(ids[0]).toBe('a1')
    expect(ids.at(-1)).toBe('a2')
    expect(ids).toHaveLength(522)
  }, 60_000)

  test('templatesWarmup needs templates and a whole number', () => {
    expect(() => cleanMany([], {templatesWarmup: 3})).toThrow(/needs `templates`/)
    expect(() => cleanMany([], {templates: createSiteTemplates(), templatesWarmup: 1.5})).toThrow(OptionsError)
  })
})
