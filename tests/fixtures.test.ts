// One loop over tests/fixtures/<category>--<case>/, both modes: input.txt (text mode)
// or input.html (HTML mode) and expected.json, run through the public clean():
// - `removed`: each snippet is in a removed block, with that category and rule id;
// - `kept`: each snippet is in the kept text;
// - `absent`: each snippet is in no block at all (not visible).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {clean, CATEGORIES} from '../src/index.js'
import {RULES} from '../src/rules/catalogue.js'

interface Expected {
  note?: string
  removed: Array<{text: string; category: string; rule: string}>
  kept: string[]
  absent?: string[]
}

const root = join(import.meta.dirname, 'fixtures')
const folders = readdirSync(root).sort()
const inputOf = (folder: string) => (existsSync(join(root, folder, 'input.html')) ? 'input.html' : 'input.txt')

describe('fixtures', () => {
  test('every folder is <category>--<case> with one input and expected.json', () => {
    for (const folder of folders) {
      expect(CATEGORIES, folder).toContain(folder.split('--')[0])
      expect(existsSync(join(root, folder, 'input.txt')) !== existsSync(join(root, folder, 'input.html')), folder).toBe(true)
      expect(existsSync(join(root, folder, 'expected.json')), folder).toBe(true)
    }
  })

  test('each category has a false-positive case, in both modes together', () => {
    const categories = new Set(folders.map((f) => f.split('--')[0]))
    expect(categories.size).toBeGreaterThanOrEqual(14)
    for (const category of categories) {
      expect(folders.some((f) => f.startsWith(`${category}--false-positive`)), `${category} has a false-positive case`).toBe(true)
    }
    expect(folders.filter((f) => inputOf(f) === 'input.html').length).toBeGreaterThanOrEqual(20)
  })

  test('every catalogue rule names a fixture folder that exists', () => {
    for (const rule of RULES) expect(existsSync(join(root, rule.fixture)), `${rule.id}: ${rule.fixture}`).toBe(true)
  })

  test.each(folders)('%s', (folder) => {
    const file = inputOf(folder)
    const input = readFileSync(join(root, folder, file), 'utf8')
    const expected = JSON.parse(readFileSync(join(root, folder, 'expected.json'), 'utf8')) as Expected
    const result = clean(input, {format: file === 'input.html' ? 'html' : 'text'})
    for (const {text, category, rule} of expected.removed) {
      const block = result.blocks.find((b) => b.text.includes(text))
      expect(block, `a block holds: ${text}`).toBeDefined()
      expect({kept: block!.kept, category: block!.category, rule: block!.rule}, text).toEqual({kept: false, category, rule})
      expect(block!.reason, text).toBeTruthy()
    }
    for (const text of expected.kept) expect(result.text, `must keep: ${text}`).toContain(text)
    for (const text of expected.absent ?? []) expect(result.blocks.some((b) => b.text.includes(text)), `absent: ${text}`).toBe(false)
  })
})
