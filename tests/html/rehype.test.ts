import {expect, test} from 'vitest'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import rehypeDechrome from '../../src/rehype.js'
import {OptionsError} from '../../src/errors.js'
import {createDeduplicator, createSiteTemplates} from '../../src/index.js'

const PROSE = [
  'The council voted on Tuesday to expand the harbour ferry service, adding three routes that connect the northern suburbs with the old town.',
  'Officials said the new boats, which run on batteries charged overnight, would cut the journey for commuters by almost half this winter.',
]
const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<div class="share-tools"><a href="/s">Share this</a></div></article>
<footer>© 2019 Gazette</footer></body></html>`

test('unified().use(rehypeParse).use(rehypeDechrome).use(rehypeStringify) removes chrome', async () => {
  const file = await unified().use(rehypeParse).use(rehypeDechrome, {favor: 'balanced'}).use(rehypeStringify).process(html)
  const out = String(file)
  for (const p of PROSE) expect(out).toContain(p)
  expect(out).not.toContain('Home')
  expect(out).not.toContain('Share this')
  expect(out).not.toContain('Gazette')
  expect(out).not.toContain('<nav>')
  expect(out).toContain('<article>')

  const report = file.data.dechrome!
  expect(report.format).toBe('html')
  expect(report.text).toBe(PROSE.join('\n\n'))
  expect(report.blocks.filter((b) => !b.kept)).toHaveLength(3)

  expect(file.messages).toHaveLength(3)
  for (const message of file.messages) {
    expect(message.source).toBe('dechrome')
    expect(message.ruleId).toMatch(/^[a-z]+\/[a-z-]+$/)
    expect(message.place).toMatchObject({start: {line: expect.any(Number), column: expect.any(Number)}})
    expect(message.fatal).toBeUndefined()
  }
  expect(report.blocks.filter((b) => !b.kept).map((b) => b.category)).toEqual(['navigation', 'social', 'footer'])
  expect(file.messages.map((m) => m.ruleId)).toEqual(report.blocks.filter((b) => !b.kept).map((b) => b.rule))
})

test('options are validated when the plugin is attached', () => {
  expect(() => unified().use(rehypeParse).use(rehypeDechrome, {favor: 'most' as never}).freeze()).toThrow(OptionsError)
})

test('the plugin takes favor, keep, language, maxElements and metadata; every other clean() option is an OptionsError', async () => {
  const attach = (options: object) => () => unified().use(rehypeParse).use(rehypeDechrome, options as never).freeze()
  for (const options of [{favor: 'recall'}, {keep: () => true}, {language: 'en'}, {maxElements: 50}, {metadata: true}]) expect(attach(options)).not.toThrow()
  const others = {format: 'html', maxBytes: 10, maxBlocks: 10, output: 'html', dedup: createDeduplicator(), id: 'a', duplicates: 'drop', templates: createSiteTemplates(), url: 'https://example.com/', site: 'example.com'}
  for (const [name, value] of Object.entries(others)) {
    expect(attach({[name]: value})).toThrow(OptionsError)
    expect(attach({[name]: value})).toThrow(new RegExp(`\`${name}\``))
  }
  // The veto works on a tree as in clean(): nothing is removed when it keeps everything.
  const kept = await unified().use(rehypeParse).use(rehypeDechrome, {keep: () => true}).use(rehypeStringify).process(html)
  expect(kept.data.dechrome!.blocks.every((b) => b.kept)).toBe(true)
  expect(kept.messages).toHaveLength(0)
})

test('the plugin removes chrome but does not sanitize: scripts, on* handlers and javascript: URLs stay', async () => {
  const page = `<html><body><article><p onclick="track()">${PROSE[0]} <a href="javascript:void(0)">more</a></p><script>track()</script><p>${PROSE[1]}</p></article></body></html>`
  const out = String(await unified().use(rehypeParse).use(rehypeDechrome).use(rehypeStringify).process(page))
  expect(out).toContain('<script>track()</script>')
  expect(out).toContain('onclick="track()"')
  expect(out).toContain('href="javascript:void(0)"')
})

test('the plugin analyses at most maxElements elements of the tree it gets, and says where it stopped', async () => {
  const many = `<html><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}${'<div><span>x</span></div>'.repeat(200)}</article></body></html>`
  const file = await unified().use(rehypeParse).use(rehypeDechrome, {maxElements: 20}).use(rehypeStringify).process(many)
  const report = file.data.dechrome!
  expect(report.truncated?.reason).toMatch(/maxElements \(20\)/)
  expect(many.slice(report.truncated!.offset!).startsWith('<')).toBe(true)
  expect(report.text).toContain(PROSE[0])
})
