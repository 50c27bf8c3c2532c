import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import * as dechrome from '../src/index.js'
import {CATEGORIES, clean} from '../src/index.js'
import {compileTables} from '../src/rules/match.js'
import {PHRASE_RULES, RULES} from '../src/rules/catalogue.js'

const seed = readFileSync(join(import.meta.dirname, 'seeds', '004_a3e41f85a61fb89b.txt'), 'utf8')

test('the public surface is pinned', () => {
  expect(Object.keys(dechrome).sort()).toEqual(
    [
      'CATEGORIES', 'DEDUP_DEFAULTS', 'DechromeError', 'InputError', 'OptionsError', 'SnapshotError', 'StorageError',
      'UnsupportedError', 'clean', 'createDeduplicator',
    ].sort(),
  )
})

test('dechrome/rehype exports only the plugin', async () => {
  const rehype = await import('../src/rehype.js')
  expect(Object.keys(rehype)).toEqual(['default'])
  expect(typeof rehype.default).toBe('function')
})

test('the result has the documented shape', () => {
  const result = clean(seed)
  expect(result.format).toBe('text')
  expect(result.language).toEqual({code: 'eng', tag: 'en', source: 'franc'})
  for (const b of result.blocks) {
    expect(typeof b.text).toBe('string')
    expect(typeof b.kept).toBe('boolean')
    expect(b.line).toBeGreaterThan(0)
    if (!b.kept) expect(CATEGORIES).toContain(b.category)
  }
  expect(result.text).toBe(result.blocks.filter((b) => b.kept).map((b) => b.text.replace(/[ \t]+/g, ' ').trim()).join('\n\n'))
})

test('keep() vetoes removals and sees the block with its reason', () => {
  const seen: string[] = []
  const result = clean(seed, {
    keep: (block) => {
      seen.push(block.rule ?? '')
      return block.category === 'newsletter'
    },
  })
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.every((rule) => rule.includes('/'))).toBe(true)
  const newsletter = result.blocks.find((b) => b.text === 'Newsletter')
  expect(newsletter).toMatchObject({kept: true})
  expect(newsletter?.category).toBeUndefined()
})

test('the precision/recall knob moves in the right direction', () => {
  const words = (favor: 'precision' | 'balanced' | 'recall') => clean(seed, {favor}).text.split(/\s+/).length
  expect(words('recall')).toBeGreaterThanOrEqual(words('balanced'))
  expect(words('precision')).toBeLessThanOrEqual(words('balanced'))
})

test('the language option picks the phrase tables', () => {
  const text = 'Der Stadtrat hat am Dienstag beschlossen, das Busnetz in drei nördliche Vororte auszuweiten, nachdem der Plan lange diskutiert worden war.\nLesen Sie auch: Streik abgesagt'
  expect(clean(text).language.tag).toBe('de')
  expect(clean(text).blocks[1]).toMatchObject({kept: false, category: 'teaser'})
  expect(clean(text, {language: 'en'}).blocks[1].kept).toBe(true)
})

test('cleaning is a pure function of input and options', () => {
  const a = clean(seed)
  clean('Lesen Sie auch: something else entirely\nAnother text.', {language: 'de'})
  expect(clean(seed)).toEqual(a)
})

test('a rule table with an empty phrase list, or without English, is refused', () => {
  expect(() => compileTables([{lang: 'en', rule: PHRASE_RULES[0], phrases: []}])).toThrow(/empty phrase list/)
  expect(() => compileTables([{lang: 'de', rule: PHRASE_RULES[0], phrases: ['lesen sie auch']}])).toThrow(/no English phrases/)
})

test('every rule id is declared once, is category/name, and its category is in the union', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  for (const rule of RULES) {
    expect(rule.id.startsWith(`${rule.category}/`), rule.id).toBe(true)
    expect(CATEGORIES).toContain(rule.category)
  }
})
