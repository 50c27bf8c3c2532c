// One loop over tests/render/fixtures/markdown--<construct>/: input.html (or
// input.txt for the text mode) and expected.md, the Markdown clean() must print.
// Expected files are rewritten only with UPDATE_FIXTURES=1, never silently.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {clean} from '../../src/index.js'
import {renderMarkdown} from '../../src/render/markdown.js'

const root = join(import.meta.dirname, 'fixtures')
const folders = readdirSync(root).filter((f) => f.startsWith('markdown--')).sort()
const update = process.env.UPDATE_FIXTURES === '1'

describe('Markdown output fixtures', () => {
  test('there is a fixture per construct', () => {
    for (const construct of ['table', 'list', 'quote', 'code', 'link', 'emphasis', 'heading', 'escape', 'text-mode']) {
      expect(folders).toContain(`markdown--${construct}`)
    }
  })

  for (const folder of folders) {
    test(folder, () => {
      const html = join(root, folder, 'input.html')
      const input = existsSync(html) ? readFileSync(html, 'utf8') : readFileSync(join(root, folder, 'input.txt'), 'utf8')
      const result = clean(input, {output: 'markdown'})
      expect(typeof result.markdown).toBe('string')
      const expectedFile = join(root, folder, 'expected.md')
      if (update) writeFileSync(expectedFile, result.markdown + '\n')
      expect(result.markdown).toBe(readFileSync(expectedFile, 'utf8').replace(/\n$/, ''))
    })
  }
})

describe('renderMarkdown', () => {
  const el = (tagName: string, children: any[], properties = {}) => ({type: 'element' as const, tagName, properties, children})
  const text = (value: string) => ({type: 'text' as const, value})

  test('a fence is longer than any backtick run in the code', () => {
    const md = renderMarkdown({type: 'root', children: [el('pre', [text('a ``` b')])]})
    expect(md).toBe('````\na ``` b\n````')
  })

  test('ragged table rows are padded to the widest row', () => {
    const row = (...cells: string[]) => el('tr', cells.map((c) => el('td', [text(c)])))
    const md = renderMarkdown({type: 'root', children: [el('table', [row('a', 'b', 'c'), row('1')])]})
    expect(md).toBe('| a | b | c |\n| --- | --- | --- |\n| 1 |  |  |')
  })

  test('emphasis hugs its text and empty inline elements vanish', () => {
    const md = renderMarkdown({type: 'root', children: [el('p', [text('a'), el('em', [text(' b ')]), text('c'), el('strong', []), el('a', [], {href: 'https://x.org/'})])]})
    expect(md).toBe('a *b* c')
  })

  test('a link destination with spaces or parentheses is bracketed', () => {
    const md = renderMarkdown({type: 'root', children: [el('p', [el('a', [text('x')], {href: 'https://x.org/a (b)'})])]})
    expect(md).toBe('[x](<https://x.org/a (b)>)')
  })

  test('nothing kept gives an empty string', () => {
    expect(renderMarkdown({type: 'root', children: []})).toBe('')
    expect(clean('<html><body></body></html>', {output: 'markdown'}).markdown).toBe('')
  })
})
