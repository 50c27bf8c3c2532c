// One loop over tests/html/fixtures/<rule>--<case>/: input.html and
// expected.json with must-keep snippets (in the kept text), must-drop snippets
// (in a removed block, optionally of a given category) and must-be-absent
// snippets (not visible, so in no block at all).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {cleanHtml} from '../../src/html/index.js'
import {resolveOptions} from '../../src/options.js'
import type {Category} from '../../src/types.js'

interface Expected {
  mustKeep: string[]
  mustDrop: Array<{text: string; category?: Category}>
  mustBeAbsent?: string[]
}

const root = join(import.meta.dirname, 'fixtures')
const folders = readdirSync(root).sort()

describe('structural rule fixtures', () => {
  test('there is a fixture folder per rule, each with a false-positive case', () => {
    const rules = new Set(folders.map((f) => f.split('--')[0]))
    expect(rules.size).toBeGreaterThanOrEqual(12)
    expect(folders.filter((f) => f.endsWith('-kept')).length).toBeGreaterThanOrEqual(8)
  })

  for (const folder of folders) {
    test(folder, () => {
      const html = readFileSync(join(root, folder, 'input.html'), 'utf8')
      const expected = JSON.parse(readFileSync(join(root, folder, 'expected.json'), 'utf8')) as Expected
      const result = cleanHtml(html, resolveOptions({}))
      for (const snippet of expected.mustKeep) expect(result.text, `must keep: ${snippet}`).toContain(snippet)
      for (const {text, category} of expected.mustDrop) {
        expect(result.text, `must drop: ${text}`).not.toContain(text)
        const block = result.blocks.find((b) => b.text.includes(text))
        expect(block, `a block holds: ${text}`).toBeDefined()
        expect(block!.kept).toBe(false)
        expect(block!.rule).toBeTruthy()
        expect(block!.reason).toBeTruthy()
        if (category) expect(block!.category, `category of: ${text}`).toBe(category)
      }
      for (const text of expected.mustBeAbsent ?? []) {
        expect(result.blocks.some((b) => b.text.includes(text)), `absent: ${text}`).toBe(false)
      }
    })
  }
})
