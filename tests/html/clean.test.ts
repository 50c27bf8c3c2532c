import {describe, expect, test} from 'vitest'
import {clean, type CleanOptions} from '../../src/index.js'
import {parseHtml} from '../../src/blocks/from-html/parse.js'
import {isSafeUrl} from '../../src/render/html.js'
import {InputError} from '../../src/errors.js'

const PROSE = [
  'The council voted on Tuesday to expand the harbour ferry service, adding three routes that connect the northern suburbs with the old town.',
  'Officials said the new boats, which run on batteries charged overnight, would cut the journey for commuters by almost half this winter.',
  'Residents who had campaigned for the routes for a decade welcomed the decision, although some warned that the timetable leaves shift workers out.',
]
const STORY = `<article><h1>Ferry routes</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`
const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`
const defaults: CleanOptions = {}
const cleanHtml = (html: string, options: CleanOptions) => clean(html, {...options, format: 'html'})

describe('cleanHtml result', () => {
  const html = page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>\n${STORY}\n<footer>© 2019 Gazette</footer>`)
  const result = cleanHtml(html, defaults)

  test('text is the kept blocks, a blank line between them', () => {
    expect(result.format).toBe('html')
    expect(result.text).toBe(result.blocks.filter((b) => b.kept).map((b) => b.text).join('\n\n'))
    for (const p of PROSE) expect(result.text).toContain(p)
    expect(result.text).not.toContain('Home')
    expect(result.text).not.toContain('Gazette')
  })

  test('every block is reported, removed ones with category, rule and reason, all with positions', () => {
    expect(result.blocks.map((b) => b.text)).toEqual(['Home News', 'Ferry routes', ...PROSE, '© 2019 Gazette'])
    for (const block of result.blocks) {
      expect(block.position).toBeDefined()
      expect(html.slice(block.position!.start.offset, block.position!.end.offset).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(block.text.slice(0, 10))
      if (!block.kept) {
        expect(block.category).toBeTruthy()
        expect(block.rule).toMatch(/^[a-z]+\/[a-z-]+$/)
        expect(block.reason).toBeTruthy()
      }
    }
    expect(result.blocks[0]).toMatchObject({kept: false, category: 'navigation', rule: 'navigation/tag-nav', line: 1})
  })

  test('language is detected once from the blocks', () => {
    expect(result.language).toMatchObject({code: 'eng', tag: 'en', source: 'franc'})
  })

  test('options.keep vetoes a removal', () => {
    const kept = cleanHtml(html, {keep: (b: {text: string}) => b.text.startsWith('©')})
    expect(kept.text).toContain('© 2019 Gazette')
    expect(kept.blocks.at(-1)).toMatchObject({kept: true})
    expect(kept.blocks.at(-1)!.category).toBeUndefined()
  })

  test('a chrome-classed inline element is a block of its own, except inside a paragraph', () => {
    const lede = 'A total of 6,000 surgical masks have been lost at a hospital in the city, police said on Tuesday, and an inquiry has begun.'
    const credit = '<p><span class="caption">The harbour at dawn.</span> <span class="credit">Jane Roe/Gazette</span></p>'
    const body = `<article><p><span class="dateline">KOBE –</span> ${lede}</p>${credit}${PROSE.map((p) => `<p>${p}</p>`).join('')}<span class="byline">By Jane Doe</span></article>`
    const r = cleanHtml(page(body), defaults)
    // In the paragraph the dateline is part of the lede's sentence.
    expect(r.blocks.find((b) => b.text.includes('surgical masks'))).toMatchObject({text: `KOBE – ${lede}`, kept: true})
    expect(r.text).toContain(`KOBE – ${lede}`)
    // A paragraph that is all marked inline text is what the first mark says.
    expect(r.blocks.find((b) => b.text.includes('The harbour at dawn.'))).toMatchObject({text: 'The harbour at dawn. Jane Roe/Gazette', kept: false, category: 'caption'})
    // Outside one, the byline span is still its own block, removed as masthead.
    expect(r.blocks.find((b) => b.text === 'By Jane Doe')).toMatchObject({kept: false, category: 'masthead'})
  })

  test('a page that keeps no word with scripts on is read as without them, <noscript> included', () => {
    // The article as a client-side template a script renders, and its copy for readers without scripts.
    const story = PROSE.map((p) => `<p>${p}</p>`).join('')
    const templated = page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><div itemprop="articleBody"><script type="text/template">${story}</script><noscript>${story}</noscript></div>`)
    const r = cleanHtml(templated, defaults)
    for (const p of PROSE) expect(r.text).toContain(p)
    expect(r.text).not.toContain('Home')
    expect(r.fallback?.reason).toMatch(/read as without scripts, <noscript> content included/)
    expect(r.blocks.filter((b) => b.kept).map((b) => b.text)).toEqual(PROSE)
    // A page whose article is visible never reads its <noscript>.
    const visible = cleanHtml(page(`${STORY}<noscript><p>Please enable JavaScript in your browser to see the comments on this story.</p></noscript>`), defaults)
    expect(visible.fallback).toBeUndefined()
    expect(visible.blocks.map((b) => b.text).join(' ')).not.toContain('enable JavaScript')
  })

  test('a chrome class on a box around the page\'s <main> is the layout\'s wrapper, not chrome', () => {
    // A sticky-footer layout wraps the whole page in a "footer" box.
    const wrapped = page(`<div class="flex-wrap-footer"><nav><a href="/">Home</a> <a href="/news">News</a></nav><main>${STORY}</main><div class="site-footer">© 2019 Gazette</div></div>`)
    const r = cleanHtml(wrapped, defaults)
    for (const p of PROSE) expect(r.text).toContain(p)
    expect(r.fallback).toBeUndefined()
    // The footer inside the wrapper is still one.
    expect(r.blocks.find((b) => b.text === '© 2019 Gazette')).toMatchObject({kept: false, category: 'footer'})
    // Without a <main> inside, the same box is a footer.
    const footer = cleanHtml(page(`${STORY}<div class="flex-wrap-footer"><p>${PROSE[0].replace('council', 'board')}</p></div>`), defaults)
    expect(footer.blocks.find((b) => b.text.includes('board voted'))).toMatchObject({kept: false, category: 'footer'})
  })

  test('a footer class on a box around the page\'s headline and most of its prose is the layout\'s wrapper', () => {
    // The theme wraps everything above the footer in an `above-footer` box; there is no <main> or <article>.
    const body = `<div class="story-body"><h1>Ferry routes</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`
    const r = cleanHtml(page(`<div class="above-footer"><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}</div><div class="site-footer">© 2019 Gazette</div>`), defaults)
    for (const p of PROSE) expect(r.text).toContain(p)
    expect(r.blocks.find((b) => b.text === '© 2019 Gazette')).toMatchObject({kept: false, category: 'footer'})
    // A footer box below the headline, even one with paragraphs, is still a footer.
    const below = cleanHtml(page(`${body}<div class="site-footer"><p>${PROSE[0].replace('council', 'board')}</p><p>${PROSE[1].replace('Officials', 'Editors')}</p></div>`), defaults)
    expect(below.blocks.find((b) => b.text.includes('board voted'))).toMatchObject({kept: false, category: 'footer'})
  })

  test('a page that appends the next stories as it scrolls keeps its own story, the first box, though a later one is longer', () => {
    const box = (title: string, paragraphs: readonly string[], headline = 'h1') =>
      `<div class="scrollblock"><${headline}>${title}</${headline}>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${teasers}</div>`
    // Each story ends with its rail of further headlines, as such pages print them.
    const teasers = `<div class="related">${Array.from({length: 25}, (_, i) => `<a href="/news/${i}">Harbour news: another headline about the waterfront, number ${i}</a>`).join('')}</div>`
    const story = (copies: number, name: string) => Array.from({length: copies}, () => PROSE).flat()
      .map((p, i) => p.replace('council', `${name} council ${i}`).replace('Officials', `Officials ${i}`).replace('Residents', `Residents ${i}`))
    const own = story(3, 'Ferry')
    const later = story(5, 'Bridge')
    const stream = (headline: string) => page(box('Ferry routes', own, headline) + box('Bridge works', later, headline) + box('Tram fares', story(3, 'Tram'), headline))
    const r = cleanHtml(stream('h1'), defaults)
    for (const p of own) expect(r.text).toContain(p)
    expect(r.text).not.toContain(later[0])
    // Boxes without a headline of their own are sections of one story: the longest still wins.
    const sections = cleanHtml(stream('h2'), defaults)
    expect(sections.text).toContain(later[0])
  })

  test('the main region is never one list item: a round-up keeps every item of its list', () => {
    const items = [
      ['The state attorney general is investigating the company amid layoffs.', 'The company confirmed that it had been contacted by the office last week and said it would cooperate fully with the inquiry.'],
      ['The chief executive is stepping down in May.', 'He will hand over to the president.'],
      ['The group wants the company to turn a profit by 2021.', 'Its founder told staff so.'],
      ['A new game is finally coming out after 12 years.', 'It is for headsets only.'],
    ]
    // The first item reads as prose; the others link more than they say.
    const list = items.map(([lead, rest]) => `<li><strong><a href="https://example.com/${lead.length}">${lead}</a></strong> ${rest}</li>`).join('')
    const r = cleanHtml(page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="post-content"><ol>${list}</ol></div><footer>© 2019 Gazette</footer>`), defaults)
    for (const [lead, rest] of items) expect(r.text).toContain(`${lead} ${rest}`)
    expect(r.text).not.toContain('Gazette')
  })

  test('the main region is never one paragraph when its box holds more prose than chrome', () => {
    const lede = `${PROSE[0]} ${PROSE[1]} ${PROSE[2]}`
    // A deals post: its lede, then the deals, each a linked product and its price.
    const deals = ['Portable 2TB USB 3.0 hard drive from a known maker', 'Dual-band wireless router with four detachable antennas', 'Speaker system with a subwoofer and a remote control']
      .map((name, i) => `<li><a href="https://shop.example/${i}">${name}</a> for $${120 + i * 30} with free shipping.</li>`).join('')
    const r = cleanHtml(page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="post-body"><p>${lede}</p><ul>${deals}</ul></div><footer>© 2019 Gazette</footer>`), defaults)
    expect(r.text).toContain(lede)
    expect(r.text).toContain('Dual-band wireless router with four detachable antennas for $150 with free shipping.')
    expect(r.blocks.filter((b) => b.text.includes('free shipping')).every((b) => b.kept)).toBe(true)
    expect(r.text).not.toContain('Gazette')
  })

  test('the over-pruning guard falls back to a recall pass and says so', () => {
    // Each paragraph sits in its own widget-classed box, too short to be protected as long prose:
    // every pass that trusts class tokens keeps nothing.
    const short = ['The council voted on Tuesday to expand the harbour ferry.', 'Officials said the new boats would cut the journey by half.',
      'Residents who had campaigned for the routes welcomed it.', 'The first boats will sail in March from the old town pier.']
    const odd = page(short.map((p) => `<div class="widget"><p>${p}</p></div>`).join(''))
    const r = cleanHtml(odd, defaults)
    expect(r.fallback?.reason).toMatch(/recall-oriented pass.*class\/id tokens/)
    expect(r.text).toContain(short[0])
  })
})

describe('HTML output', () => {
  test('cleaned article as HTML, without scripts, handlers or javascript: URLs', () => {
    const html = page(`<article><h2>Routes</h2><p onclick="steal()">${PROSE[0]} <a href="javascript:alert(1)">bad</a> <a href="https://example.org/x" onmouseover="x()">good</a><script>alert(1)</script></p>` +
      `<p>${PROSE[1]}<img src="x.jpg" onerror="alert(1)"> <a href=" jav&#x09;ascript:alert(2)">tab</a></p><ul><li>${PROSE[2]}</li></ul></article>`)
    const result = cleanHtml(html, {output: 'html'})
    const out = result.html!
    expect(out).toContain('<h2>Routes</h2>')
    expect(out).toContain('<a href="https://example.org/x">good</a>')
    expect(out).toContain('<ul><li>')
    expect(out).not.toMatch(/script|onclick|onerror|onmouseover|javascript/i)
    expect(cleanHtml(html, defaults).html).toBeUndefined()
  })

  test('URL check', () => {
    expect(isSafeUrl('https://a.b/c')).toBe(true)
    expect(isSafeUrl('/relative?x=1')).toBe(true)
    expect(isSafeUrl('mailto:a@b.c')).toBe(true)
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false)
    expect(isSafeUrl(' JAVASCRIPT:alert(1)')).toBe(false)
    expect(isSafeUrl('data:text/html,<script>')).toBe(false)
    expect(isSafeUrl('vbscript:x')).toBe(false)
  })
})

describe('bad input', () => {
  test('truncated and malformed HTML still gives the article', () => {
    const truncated = page(STORY).slice(0, page(STORY).indexOf(PROSE[2]) + 40)
    expect(cleanHtml(truncated, defaults).text).toContain(PROSE[1])
    const malformed = `<html><body><div><p>${PROSE[0]}<p>${PROSE[1]}</div></span><table><td>${PROSE[2]}</b></i></body></hmtl>`
    expect(cleanHtml(malformed, defaults).text).toContain(PROSE[1])
  })

  test('100 000-deep nesting does not overflow the stack', () => {
    const deep = page('<div>'.repeat(100_000) + `<p>${PROSE.join(' ')}</p>` + '</div>'.repeat(100_000))
    const result = cleanHtml(deep, {output: 'html', maxElements: 200_000})
    expect(result.text).toContain(PROSE[0])
    // Under the default budget the page stops inside the divs, without a crash.
    expect(cleanHtml(deep, defaults).truncated?.reason).toMatch(/maxElements/)
    const depth = (node: {children?: unknown[]}): number => {
      let max = 0
      const stack: Array<[{children?: unknown[]}, number]> = [[node, 0]]
      while (stack.length) {
        const [n, d] = stack.pop()!
        max = Math.max(max, d)
        for (const c of (n.children ?? []) as Array<{children?: unknown[]}>) stack.push([c, d + 1])
      }
      return max
    }
    expect(depth(parseHtml('<b>'.repeat(5000)).tree)).toBeLessThanOrEqual(520)
  })

  test('a large page is handled in linear time', () => {
    const big = page(STORY + `<div><p>${PROSE[1]}</p></div>`.repeat(40_000)) // ~6 MB
    const result = cleanHtml(big, defaults)
    expect(result.blocks.length).toBeGreaterThan(40_000)
  })

  test('maxBytes is honoured before parsing', () => {
    expect(() => clean(page(STORY), {format: 'html', maxBytes: 100})).toThrow(InputError)
    expect(() => clean(page(STORY), {format: 'html', maxBytes: 100})).toThrow(/maxBytes/)
  })

  test('maxElements stops the walk and says so', () => {
    const many = page(STORY + '<div><span>x</span></div>'.repeat(1000))
    const result = cleanHtml(many, {maxElements: 50})
    expect(result.truncated?.reason).toMatch(/maxElements/)
    expect(result.text).toContain(PROSE[0])
  })

  test('binary bytes are a typed error', () => {
    const binary = String.fromCharCode(...Array.from({length: 2000}, (_, i) => (i * 7919) % 256))
    expect(() => clean(binary, {format: 'html'})).toThrow(InputError)
  })

  test('a non-UTF-8 charset in <meta> is ignored for decoded input', () => {
    const latin = `<html><head><meta charset="windows-1252"></head><body>${STORY.replace('Ferry', 'Fähre')}</body></html>`
    const result = cleanHtml(latin, defaults)
    expect(result.text).toContain('Fähre')
    expect(result.text).toContain(PROSE[0])
  })

  test('empty body, empty string and frames-only pages give an empty result', () => {
    for (const html of ['', '<html><body></body></html>', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>']) {
      const result = cleanHtml(html, defaults)
      expect(result.text).toBe('')
      expect(result.blocks).toEqual([])
      expect(result.language.code).toBe('und')
    }
  })

  test('a no-break space reads as a space in the text, as runs of other spaces do', () => {
    const result = cleanHtml(page(`<article><p>${PROSE[0].replace('the harbour ferry', 'the&nbsp;harbour&nbsp;&nbsp;ferry')}</p><p>${PROSE[1]}</p></article>`), defaults)
    expect(result.text).toContain(PROSE[0])
    expect(result.text).not.toContain('\u00a0')
  })

  test('a ruby\'s reading (<rt>) and its brackets (<rp>) are not part of the text', () => {
    const ruby = PROSE[0].replace('harbour', 'harb<ruby>our<rp>(</rp><rt>ˈhɑːbə</rt><rp>)</rp></ruby>')
    const result = cleanHtml(page(`<article><p>${ruby}</p><p>${PROSE[1]}</p></article>`), defaults)
    expect(result.text).toContain(PROSE[0])
    expect(result.text).not.toContain('ˈhɑːbə')
  })

  test('a letter spelled with a combining mark is composed (NFC) in the text', () => {
    const decomposed = 'Die Brücke über den Fluss wurde am Dienstag für den Verkehr geöffnet, nachdem die Arbeiten zwei Jahre gedauert hatten.'.normalize('NFD')
    expect(decomposed).not.toBe(decomposed.normalize('NFC'))
    const result = cleanHtml(page(`<article><p>${decomposed}</p><p>${PROSE[1]}</p></article>`), defaults)
    expect(result.text).toContain(decomposed.normalize('NFC'))
    expect(result.text).not.toContain('u\u0308')
  })

  test('not a string is a typed error', () => {
    expect(() => clean(42 as unknown as string, {format: 'html'})).toThrow(InputError)
  })
})
