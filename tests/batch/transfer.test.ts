// The packed form an analysis crosses the worker boundary in gives back exactly
// the analysis: every fixture, both modes, with markup, metadata, a site template
// and a truncated page.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {serialize} from 'node:v8'
import {expect, test} from 'vitest'
import {analyze} from '../../src/clean.js'
import {resolveOptions} from '../../src/options.js'
import {packAnalysis, unpackAnalysis} from '../../src/batch/transfer.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const inputs = readdirSync(fixtures).flatMap((name) =>
  readdirSync(join(fixtures, name))
    .filter((f) => f.startsWith('input.'))
    .map((f) => ({name, input: readFileSync(join(fixtures, name, f), 'utf8')})),
)

test('every fixture round-trips, plain and with markup and metadata', () => {
  expect(inputs.length).toBeGreaterThan(100)
  const variants = [resolveOptions({}), resolveOptions({output: 'markdown', metadata: true})]
  let removed = 0
  let positioned = 0
  for (const {input} of inputs) {
    for (const options of variants) {
      const analysis = analyze(input, options)
      const back = unpackAnalysis(structuredClone(packAnalysis(analysis)))
      expect(back).toEqual(analysis)
      // Blocks keep their keys in order: the CLI prints them as JSON.
      expect(JSON.stringify(back.blocks)).toBe(JSON.stringify(analysis.blocks))
      removed += analysis.blocks.filter((b) => !b.kept).length
      positioned += analysis.blocks.filter((b) => b.position).length
    }
  }
  expect(removed).toBeGreaterThan(0)
  expect(positioned).toBeGreaterThan(0)
})

test('a site template, a truncated page and a preformatted block round-trip', () => {
  const html = '<html><body><pre>  two  spaces\n  kept</pre>' + '<p>A paragraph of the article that says something about the council.</p>'.repeat(40) + '</body></html>'
  const truncated = analyze(html, resolveOptions({format: 'html', maxElements: 20}))
  expect(truncated.truncated).toBeDefined()
  expect(truncated.blocks.some((b) => b.preformatted)).toBe(true)
  expect(unpackAnalysis(packAnalysis(truncated))).toEqual(truncated)
  const site = {site: 'example.org', pages: 3, recentPages: 3, keys: new Map()}
  const withSite = analyze(html, resolveOptions({format: 'html'}), site)
  expect(withSite.templateBlocks?.length).toBeGreaterThan(0)
  expect(unpackAnalysis(structuredClone(packAnalysis(withSite)))).toEqual(withSite)
})

test('each distinct category, rule and reason crosses once', () => {
  const page = inputs.map((i) => i.input).find((text) => analyze(text, resolveOptions({})).blocks.filter((b) => !b.kept).length >= 5)!
  const analysis = analyze(page, resolveOptions({}))
  const packed = packAnalysis(analysis)
  const distinct = new Set(analysis.blocks.flatMap((b) => [b.category, b.rule, b.reason]).filter((s) => s !== undefined))
  expect(packed.strings).toHaveLength(distinct.size)
  expect(serialize(packed).length).toBeLessThan(serialize(analysis).length)
})
