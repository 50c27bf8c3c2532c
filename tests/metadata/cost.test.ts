// "Nothing when not asked for", counted as work rather than timed: without
// `metadata` no metadata extractor runs and the parser keeps no <head>; without
// `output: 'markdown'` (or 'html') no block markup is copied and no Markdown is rendered.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, expect, test, vi} from 'vitest'

vi.mock('../../src/metadata/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/metadata/index.js')>()
  return {...actual, metadataFromTree: vi.fn(actual.metadataFromTree), metadataFromLines: vi.fn(actual.metadataFromLines)}
})
vi.mock('../../src/render/markdown.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/markdown.js')>()
  return {...actual, renderMarkdown: vi.fn(actual.renderMarkdown)}
})
vi.mock('../../src/render/html.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/html.js')>()
  return {...actual, blockMarkup: vi.fn(actual.blockMarkup)}
})
vi.mock('../../src/blocks/from-html/parse.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/blocks/from-html/parse.js')>()
  return {...actual, parseHtml: vi.fn(actual.parseHtml)}
})

const {clean} = await import('../../src/index.js')
const metadata = await import('../../src/metadata/index.js')
const markdown = await import('../../src/render/markdown.js')
const html = await import('../../src/render/html.js')
const parse = await import('../../src/blocks/from-html/parse.js')

const page = readFileSync(join(import.meta.dirname, '../render/fixtures/markdown--link/input.html'), 'utf8')
const text = 'Council approves the new budget\nBy Jane Doe\n' + 'The city council met on Tuesday evening to discuss the new budget for parks and schools.\n'.repeat(3)

beforeEach(() => vi.clearAllMocks())

test('HTML mode, nothing asked: no metadata walk, no <head> kept, no markup copied, no Markdown', () => {
  const result = clean(page, {format: 'html'})
  expect(result.text).toContain('Council approves the new budget')
  expect(metadata.metadataFromTree).not.toHaveBeenCalled()
  expect(html.blockMarkup).not.toHaveBeenCalled()
  expect(markdown.renderMarkdown).not.toHaveBeenCalled()
  expect(parse.parseHtml).toHaveBeenCalledTimes(1)
  expect(vi.mocked(parse.parseHtml).mock.calls[0][2]).toBe(false)
})

test('HTML mode, metadata and Markdown asked: one metadata walk, one render, the head kept', () => {
  const result = clean(page, {format: 'html', metadata: true, output: 'markdown'})
  expect(result.metadata?.title).toBe('Council approves the new budget')
  expect(metadata.metadataFromTree).toHaveBeenCalledTimes(1)
  expect(markdown.renderMarkdown).toHaveBeenCalledTimes(1)
  expect(vi.mocked(parse.parseHtml).mock.calls[0][2]).toBe(true)
  // Markup is copied once per kept block (the nav and footer are removed), not once per renderer.
  const kept = result.blocks.filter((b) => b.kept).length
  expect(kept).toBeLessThan(result.blocks.length)
  expect(vi.mocked(html.blockMarkup).mock.calls.length).toBe(kept)
})

test('with a keep hook, removed blocks get their markup too: a block it brings back prints with its links', () => {
  const keep = (block: {text: string}) => block.text.startsWith('Home')
  const result = clean(page, {format: 'html', output: 'markdown', keep})
  expect(vi.mocked(html.blockMarkup).mock.calls.length).toBe(result.blocks.length)
  const home = result.blocks.find((b) => b.text.startsWith('Home'))
  expect(home?.kept).toBe(true)
  expect(result.markdown).toContain('[Home](/)')
})

test('text mode, nothing asked: no metadata, no Markdown', () => {
  clean(text, {format: 'text'})
  expect(metadata.metadataFromLines).not.toHaveBeenCalled()
  expect(markdown.renderMarkdown).not.toHaveBeenCalled()
  clean(text, {format: 'text', metadata: true, output: 'markdown'})
  expect(metadata.metadataFromLines).toHaveBeenCalledTimes(1)
  expect(markdown.renderMarkdown).toHaveBeenCalledTimes(1)
})
