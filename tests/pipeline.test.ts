// The one pipeline: both modes share rules, guard, veto, dedup and rendering.
import {describe, expect, test} from 'vitest'
import {analyze, clean as cleanInternal, finish} from '../src/clean.js'
import {clean, createDeduplicator} from '../src/index.js'
import {LANGUAGES} from '../src/lang/registry.js'
import {resolveOptions} from '../src/options.js'
import {PHRASE_RULES} from '../src/rules/catalogue.js'

const PROSE = [
  'The council voted on Tuesday to expand the harbour ferry service, adding three routes that connect the northern suburbs with the old town.',
  'Officials said the new boats, which run on batteries charged overnight, would cut the journey for commuters by almost half this winter.',
  'Residents who had campaigned for the routes for a decade welcomed the decision, although some warned that the timetable leaves shift workers out.',
]
const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`

describe('one pipeline for both modes', () => {
  test('shape rules run in the HTML mode too: a dateline and a player clock inside the article', () => {
    const html = page(`<article><h1>Ferry routes</h1><p>May 5, 2019</p><p>${PROSE[0]}</p><p>0:00</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`)
    const text = ['Ferry routes', 'May 5, 2019', PROSE[0], '0:00', PROSE[1], PROSE[2]].join('\n')
    for (const result of [clean(html, {format: 'html'}), clean(text, {format: 'text'})]) {
      expect(result.blocks.find((b) => b.text === '0:00'), result.format).toMatchObject({kept: false, rule: 'player/clock'})
      expect(result.blocks.find((b) => b.text === 'May 5, 2019'), result.format).toMatchObject({kept: false, rule: 'masthead/date'})
      for (const p of PROSE) expect(result.text).toContain(p)
    }
  })

  test('figures alone are a date only with a day and a month among them: phone numbers are no dateline and make no comment thread', () => {
    const directory = ['Harbour Counselling Centre', '110 Gough St. Suite 301', '(415) 861-5449', 'Ferry Workers Clinic', '220 Montgomery St. Suite 600', '(415) 217-8895', 'Northern Suburbs Health', '3850 17th Street', '(415) 934-7757']
    const result = clean([...PROSE, ...directory].join('\n'), {format: 'text'})
    for (const line of directory) expect(result.blocks.find((b) => b.text === line)?.rule ?? '', line).not.toMatch(/^(?:comments|masthead)\//)
    const dated = clean(['Ferry routes', '12.03.2024', ...PROSE].join('\n'), {format: 'text'})
    expect(dated.blocks.find((b) => b.text === '12.03.2024')).toMatchObject({kept: false, rule: 'masthead/date'})
  })

  test('a cookie notice opens the consent panel: the lines beside it that name cookies and the labels between them go with it', () => {
    const baking = 'The bakery near the ferry terminal sells oat cookies to commuters every morning, and its owner says the new routes have doubled her trade.'
    const panel = ['Privacy Overview', 'Necessary', 'Necessary cookies are essential for the website to function properly.', 'Analytics', 'Always Enabled', 'Analytical cookies help us understand how visitors use the website.']
    const lines = [PROSE[0], baking, PROSE[1], PROSE[2], 'We use cookies on our website to give you the most relevant experience.', ...panel, 'Save and accept']
    const result = clean(lines.join('\n'), {format: 'text'})
    for (const line of panel) expect(result.blocks.find((b) => b.text === line), line).toMatchObject({kept: false, rule: 'cookie/notice'})
    // A paragraph of the article that names cookies, away from the notice, is the article's.
    expect(result.blocks.find((b) => b.text === baking)).toMatchObject({kept: true})
  })

  test('a text-only rule reads the text mode alone: the disclaimer small print goes there, the HTML mode leaves it to its markup', () => {
    const notice = 'This post may contain affiliate links, and we may earn a commission at no extra cost to you when you buy through them.'
    const text = clean([...PROSE, notice].join('\n'), {format: 'text'})
    expect(text.blocks.find((b) => b.text === notice)).toMatchObject({kept: false, rule: 'footer/disclaimer'})
    const html = clean(page(`<article>${[...PROSE, notice].map((p) => `<p>${p}</p>`).join('')}</article>`), {format: 'html'})
    expect(html.blocks.find((b) => b.text === notice)?.rule).not.toBe('footer/disclaimer')
    expect(PHRASE_RULES.filter((r) => r.textOnly).map((r) => r.id)).toEqual(['footer/disclaimer'])
  })

  test('result.html is rendered after dedup and the keep veto', () => {
    const repeated = `${PROSE[1]} It is the largest change to the network since the bridge opened.`
    const first = page(`<article><p>${PROSE[0]}</p><p>${repeated}</p></article>`)
    const second = page(`<article><p>${PROSE[2]}</p><p>${repeated}</p><p>${PROSE[0].replace('Tuesday', 'Monday').replace('three', 'four')} The operator agreed.</p></article>`)
    const dedup = createDeduplicator()
    clean(first, {dedup, id: 'a', output: 'html'})
    const result = clean(second, {dedup, id: 'b', output: 'html', duplicates: 'drop'})
    const dropped = result.blocks.find((b) => b.text === repeated)
    expect(dropped).toMatchObject({kept: false, category: 'duplicate'})
    expect(result.text).not.toContain('largest change')
    expect(result.html).not.toContain('largest change')
    expect(result.html).toContain(PROSE[2])
    // A removal the caller vetoes is rendered too.
    const vetoed = clean(page(`<nav><a href="/">Home</a> <a href="/n">News</a></nav><article><p>${PROSE[0]}</p></article>`), {output: 'html', keep: (b) => b.text === 'Home News'})
    expect(vetoed.html).toContain('Home')
  })

  test('the guard covers sections: "Have your say" above twenty plain paragraphs does not take them', () => {
    const paragraph = (n: number) => `Paragraph ${n} of the report says the harbour ferry will run every twenty minutes, and that the council will review the timetable in the spring.`
    const lines = ['Ferry routes to expand', paragraph(1), paragraph(2), 'Have your say', ...Array.from({length: 20}, (_, i) => paragraph(i + 3))]
    const result = clean(lines.join('\n'), {format: 'text'})
    for (let n = 1; n <= 22; n++) expect(result.text, `paragraph ${n}`).toContain(`Paragraph ${n} of`)
    // The heading itself is still a comments prompt; only the section it would open is refused.
    expect(result.blocks.find((b) => b.text === 'Have your say')).toMatchObject({kept: false, category: 'comments'})
    // A real thread under the heading, with its author lines, is still removed.
    const thread = ['Ferry routes to expand', paragraph(1), paragraph(2), 'Have your say', 'busrider says:', paragraph(3), 'localdad says:', paragraph(4)]
    const withThread = clean(thread.join('\n'), {format: 'text'})
    expect(withThread.text).not.toContain('Paragraph 3 of')
  })

  test('five plain paragraphs keep the same text in both modes', () => {
    const paragraphs = ['Rain fell all day.', 'The river rose  by 2 m.', 'Schools closed early.', 'Roads were\tshut.', 'Stay at home.']
    const text = clean(paragraphs.join('\n'), {format: 'text'}).text
    const html = clean(page(paragraphs.map((p) => `<p>${p}</p>`).join('\n')), {format: 'html'}).text
    expect(html).toBe(text)
    expect(text).toBe('Rain fell all day.\n\nThe river rose by 2 m.\n\nSchools closed early.\n\nRoads were shut.\n\nStay at home.')
    const long = clean(PROSE.join('\n'), {format: 'text'}).text
    expect(clean(page(PROSE.map((p) => `<p>${p}</p>`).join('')), {format: 'html'}).text).toBe(long)
  })

  test('analyze() gives plain data a worker can post; finish() of a clone is clean()', () => {
    for (const [input, output] of [[PROSE.join('\n'), 'text'], [page(`<nav><a href="/">Home</a></nav><article><h2>Routes</h2><p>${PROSE[0]} <a href="https://e.org/">link</a></p><ul><li>${PROSE[1]}</li></ul></article>`), 'html']] as const) {
      const options = resolveOptions({output})
      const analysis = analyze(input, options)
      const copy = structuredClone(analysis)
      expect(copy).toEqual(analysis)
      expect(finish(copy, options)).toEqual(cleanInternal(input, {output}))
    }
  })
})

describe('language registry', () => {
  test('every registered language has stopwords, dates, relative-time patterns and phrase tables keyed by rule id', () => {
    const ids = new Set<string>(PHRASE_RULES.map((r) => r.id))
    for (const language of LANGUAGES) {
      expect(language.tag, language.name).toMatch(/^[a-z]{2}$/)
      expect(language.iso3, language.name).toMatch(/^[a-z]{3}$/)
      expect([...language.stopwords].length, language.tag).toBeGreaterThanOrEqual(20)
      expect(language.months.length, language.tag).toBeGreaterThanOrEqual(12)
      expect(language.weekdays.length, language.tag).toBeGreaterThanOrEqual(7)
      expect(language.relativeTime.length, language.tag).toBeGreaterThan(0)
      for (const source of language.relativeTime) expect(() => new RegExp(source, 'iu')).not.toThrow()
      for (const key of Object.keys(language.phrases)) expect(ids, `${language.tag}: ${key}`).toContain(key)
    }
    expect(new Set(LANGUAGES.map((l) => l.tag)).size).toBe(LANGUAGES.length)
  })

  test('a registered language is detected and its tables used', () => {
    const text = 'Der Stadtrat hat am Dienstag beschlossen, das Busnetz in drei nördliche Vororte auszuweiten, nachdem der Plan lange diskutiert worden war.\nLesen Sie auch: Streik abgesagt'
    const result = clean(text)
    expect(result.language).toEqual({code: 'deu', tag: 'de', source: 'franc'})
    expect(result.blocks[1]).toMatchObject({kept: false, rule: 'teaser/read-more'})
  })
})
