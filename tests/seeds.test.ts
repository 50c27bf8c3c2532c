// The five canonical seeds, cleaned exactly as tests/seeds/labels.json says:
// every chrome line removed, every other non-blank line kept.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {clean} from '../src/index.js'

const dir = join(import.meta.dirname, 'seeds')
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {chrome: Record<string, Record<string, string>>}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()

/** "92-141" → 92…141. */
function chromeLines(file: string): Set<number> {
  const lines = new Set<number>()
  for (const key of Object.keys(labels.chrome[file] ?? {})) {
    const [from, to = from] = key.split('-').map(Number)
    for (let n = from; n <= to; n++) lines.add(n)
  }
  return lines
}

test('there are five seeds and labels for them', () => {
  expect(files).toHaveLength(5)
  for (const file of Object.keys(labels.chrome)) expect(files).toContain(file)
})

test.each(files)('%s: chrome removed, content kept', (file) => {
  const input = readFileSync(join(dir, file), 'utf8')
  const chrome = chromeLines(file)
  const result = clean(input)
  const nonBlank = input.split(/\r\n|\r|\n/).flatMap((text, i) => (text.trim() ? [i + 1] : []))
  expect(result.blocks.map((b) => b.line)).toEqual(nonBlank)
  const wrong = result.blocks.filter((b) => b.kept === chrome.has(b.line)).map((b) => `${b.line}: ${b.kept ? 'kept' : `removed by ${b.rule}`}: ${b.text.slice(0, 60)}`)
  expect(wrong).toEqual([])
  for (const b of result.blocks.filter((b) => !b.kept)) {
    expect(b.category).toBeTruthy()
    expect(b.rule).toMatch(/^[a-z]+\/[a-z-]+/)
    expect(b.reason).toBeTruthy()
  }
})

test('cleaning is idempotent: the cleaned seeds are already clean', () => {
  for (const file of files) {
    const once = clean(readFileSync(join(dir, file), 'utf8'))
    const twice = clean(once.text)
    expect(twice.text, file).toBe(once.text)
    expect(twice.blocks.every((b) => b.kept), file).toBe(true)
  }
})
