// One loop over tests/fixtures/<category>--<case>/: input.txt and expected.json, whose
// `removed` maps each line that must go to its category; every other line must stay.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {clean} from '../src/index.js'
import {PHRASE_RULES} from '../src/rules/index.js'

const root = join(import.meta.dirname, 'fixtures')
const folders = readdirSync(root).filter((f) => existsSync(join(root, f, 'input.txt'))).sort()

describe('fixtures', () => {
  test('there is a fixture folder per category, each with a false-positive case', () => {
    const categories = new Set(folders.map((f) => f.split('--')[0]))
    expect(categories.size).toBeGreaterThanOrEqual(14)
    for (const category of categories) {
      expect(folders.some((f) => f.startsWith(`${category}--false-positive`)), `${category} has a false-positive case`).toBe(true)
    }
  })

  test('every phrase rule names a fixture folder that exists', () => {
    for (const rule of PHRASE_RULES) expect(folders, rule.id).toContain(rule.fixture)
  })

  test.each(folders)('%s', (folder) => {
    const input = readFileSync(join(root, folder, 'input.txt'), 'utf8')
    const expected = JSON.parse(readFileSync(join(root, folder, 'expected.json'), 'utf8')) as {removed: Record<string, string>}
    const result = clean(input, {format: 'text'})
    const got: Record<string, string> = {}
    for (const block of result.blocks) if (!block.kept) got[String(block.line)] = block.category ?? '?'
    expect(got).toEqual(expected.removed)
  })
})
