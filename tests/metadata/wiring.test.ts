// Metadata and Markdown through every entry point: clean() with dedup, the CLI, the rehype plugin.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {expect, test} from 'vitest'
import {clean, createDeduplicator, OptionsError} from '../../src/index.js'
import {main} from '../../src/cli.js'
import type {CliIO} from '../../src/cli/io.js'
import rehypeDechrome from '../../src/rehype.js'

const page = readFileSync(join(import.meta.dirname, '../render/fixtures/markdown--link/input.html'), 'utf8')
  .replace('<head>', '<head><meta property="og:site_name" content="The Daily Example"><meta name="author" content="Jane Doe"><link rel="canonical" href="https://example.org/budget">')

function fakeIO(stdin = ''): CliIO & {out: string; err: string} {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: async () => page,
    stdinText: async () => stdin,
    stdinChunks: async function* () {
      yield Buffer.from(stdin)
    },
  }
  return io
}

test('Markdown is rendered after dedup: a dropped repeat is not in it', () => {
  const dedup = createDeduplicator()
  clean(page, {dedup, id: 'first'})
  const second = clean(page, {dedup, id: 'second', duplicates: 'drop', output: 'markdown'})
  expect(second.blocks.some((b) => b.category === 'duplicate')).toBe(true)
  expect(second.markdown).not.toContain('The city council met on Tuesday')
  const html = clean(page, {dedup, id: 'third', duplicates: 'drop', output: 'html'})
  expect(html.html).not.toContain('The city council met on Tuesday')
})

test('the metadata option is validated', () => {
  expect(() => clean(page, {metadata: 'yes' as never})).toThrow(OptionsError)
  expect(() => clean(page, {output: 'pdf' as never})).toThrow(/'text', 'html', 'markdown'/)
})

test('CLI --output markdown|html|json prints that rendering', async () => {
  for (const [output, expected] of [['markdown', '# Council approves the new budget'], ['html', '<h1>Council approves the new budget</h1>'], ['text', 'Council approves the new budget\n\n']] as const) {
    const io = fakeIO()
    expect(await main(['clean', '--output', output, 'page.html'], io)).toBe(0)
    expect(io.out.startsWith(expected)).toBe(true)
  }
  const io = fakeIO()
  expect(await main(['clean', '--output', 'json', 'page.html'], io)).toBe(0)
  expect(JSON.parse(io.out).metadata).toMatchObject({title: 'Council approves the new budget', byline: 'Jane Doe', url: 'https://example.org/budget'})
})

test('CLI --jsonl records gain metadata and markdown when asked, and only then', async () => {
  const stdin = JSON.stringify({id: 7, html: page, url: 'kept as given'}) + '\n'
  const asked = fakeIO(stdin)
  expect(await main(['clean', '--jsonl', '--metadata', '--output', 'markdown'], asked)).toBe(0)
  const record = JSON.parse(asked.out)
  expect(record).toMatchObject({id: 7, url: 'kept as given', metadata: {siteName: 'The Daily Example', byline: 'Jane Doe'}})
  expect(record.markdown).toMatch(/^# Council approves the new budget\n\n/)
  const plain = fakeIO(stdin)
  expect(await main(['clean', '--jsonl'], plain)).toBe(0)
  expect(Object.keys(JSON.parse(plain.out))).not.toEqual(expect.arrayContaining(['metadata']))
  expect(JSON.parse(plain.out).markdown).toBeUndefined()
})

test('CLI usage errors for a bad --output', async () => {
  const bad = fakeIO()
  expect(await main(['clean', '--output', 'pdf', 'page.html'], bad)).toBe(2)
  const clash = fakeIO()
  expect(await main(['clean', '--jsonl', '--output', 'json'], clash)).toBe(2)
})

test('the rehype plugin puts metadata on file.data, read before pruning', async () => {
  const file = await unified().use(rehypeParse).use(rehypeDechrome, {metadata: true}).use(rehypeStringify).process(page)
  expect(file.data.dechrome?.metadata).toMatchObject({title: 'Council approves the new budget', siteName: 'The Daily Example', url: 'https://example.org/budget', lang: 'en'})
  expect(file.data.dechrome?.metadataSources?.url).toBe('<link rel=canonical>')
  const without = await unified().use(rehypeParse).use(rehypeDechrome).use(rehypeStringify).process(page)
  expect(without.data.dechrome?.metadata).toBeUndefined()
})

test('the README example: metadata of the link fixture', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../render/fixtures/markdown--link/input.html'), 'utf8')
  const {metadata, metadataSources} = clean(fixture, {metadata: true})
  expect(metadata).toEqual({title: 'Council approves the new budget', lang: 'en'})
  expect(metadataSources).toEqual({title: '<title>+heading', lang: '<html lang>'})
})
