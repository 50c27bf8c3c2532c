// Hostile input is bounded by work budgets, checked by counting work (elements
// created, blocks held), never by timers. The shapes are the ones an adversarial
// probe found; `npm run bench:speed -- --hostile` times them in child processes.
import {spawnSync} from 'node:child_process'
import type {Root, RootContent} from 'hast'
import {describe, expect, test} from 'vitest'
import {clean, InputError} from '../src/index.js'
import {parseHtml, MAX_DEPTH} from '../src/blocks/from-html/parse.js'
import {DEFAULTS} from '../src/options.js'
import {hostileShapes} from '../bench/hostile-shapes.js'

const shapes = new Map(hostileShapes().map((s) => [s.name, s]))
const shape = (name: string): string => shapes.get(name)!.input()

/** Elements in a hast tree, counted with an explicit stack. */
function countElements(tree: Root): number {
  let n = 0
  const stack: RootContent[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    n++
    for (const child of node.children) stack.push(child)
  }
  return n
}

describe('HTML element budget counts elements as the parser creates them', () => {
  test('formatting-element amplification (K start tags, K² elements) stops at the budget', () => {
    const html = shape('formatting amplification, 68 KB')
    const startTags = html.match(/<[a-z]/g)!.length
    const {tree, stopped} = parseHtml(html, 50_000)
    expect(startTags).toBeLessThan(50_000) // the old start-tag count could not see it
    expect(stopped?.elements).toBe(50_000)
    expect(countElements(tree)).toBeLessThanOrEqual(50_000)
  })

  test('with default options the amplified page is truncated and says where', () => {
    const html = shape('formatting amplification, 22 KB')
    const result = clean(html)
    expect(result.truncated?.reason).toMatch(/maxElements \(100000\)/)
    expect(result.truncated?.offset).toBeGreaterThan(0)
    expect(result.truncated!.offset!).toBeLessThan(html.length)
    expect(result.blocks.length).toBeGreaterThan(0)
  })

  test('under the budget nothing is cut and the count matches the tree', () => {
    const {tree, stopped} = parseHtml('<p>a<b>b</b></p><p>c</p>', 100)
    expect(stopped).toBeUndefined()
    expect(countElements(tree)).toBe(6) // html, head, body, p, b, p
  })

  test('500 k paragraphs: the parse holds at most maxElements elements', () => {
    const html = shape('500 k paragraphs, 4 MB')
    const {tree, stopped} = parseHtml(html, DEFAULTS.maxElements)
    expect(stopped?.elements).toBe(DEFAULTS.maxElements)
    expect(countElements(tree)).toBeLessThanOrEqual(DEFAULTS.maxElements)
  })
})

describe('text mode block budget', () => {
  test('more non-blank lines than maxBlocks: blocks held stop at the budget, accounted up to the cut', () => {
    const input = Array.from({length: 1000}, (_, i) => `line ${i + 1}`).join('\n\n')
    const result = clean(input, {maxBlocks: 100})
    expect(result.blocks).toHaveLength(100)
    expect(result.truncated?.reason).toMatch(/line 201: more than options.maxBlocks \(100\)/)
    const before = input.slice(0, result.truncated!.offset)
    const lines = before.split('\n').filter((l) => l.trim())
    expect(result.blocks.map((b) => b.text)).toEqual(lines)
    expect(input.slice(result.truncated!.offset).startsWith('line 101')).toBe(true)
  })

  test('the "ab\\n" shape: default maxBlocks holds, maxBytes rejects the 63 MB version', () => {
    expect(() => clean(shape('"ab\\n" × 21 M, 63 MB'))).toThrow(InputError)
    const result = clean('ab\n'.repeat(1_000_000), {format: 'text'})
    expect(result.blocks).toHaveLength(DEFAULTS.maxBlocks)
    expect(result.truncated?.offset).toBe(3 * DEFAULTS.maxBlocks)
  })

  test('exactly maxBlocks lines is not truncated', () => {
    const result = clean('a\nb\nc', {maxBlocks: 3})
    expect(result.blocks).toHaveLength(3)
    expect(result.truncated).toBeUndefined()
  })
})

describe('defaults', () => {
  test('fit real pages with room: 16 MiB, 100 000 elements, 100 000 blocks', () => {
    expect(DEFAULTS.maxBytes).toBe(16 * 1024 * 1024)
    expect(DEFAULTS.maxElements).toBe(100_000)
    expect(DEFAULTS.maxBlocks).toBe(100_000)
  })

  test('a 53 MB page is a typed error before any parsing', () => {
    expect(() => clean(shape('990 k paragraphs, 53 MB'))).toThrow(/over `maxBytes`/)
  })
})

describe('depth cap keeps block boundaries', () => {
  const deep = (n: number): string => '<div>'.repeat(n) + '<p>alpha</p><p>beta</p><ul><li>gamma</li><li>delta</li></ul>' + '</div>'.repeat(n)

  test.each([10, MAX_DEPTH + 10, 5000])('%i nested divs: four blocks, no fused words', (n) => {
    const result = clean(deep(n), {format: 'html', favor: 'recall'})
    expect(result.blocks.map((b) => b.text)).toEqual(['alpha', 'beta', 'gamma', 'delta'])
  })

  test('text around a block past the cap stays in order', () => {
    const html = '<div>'.repeat(MAX_DEPTH + 5) + '<div>one <span>two</span><p>three</p>four</div>' + '</div>'.repeat(MAX_DEPTH + 5)
    expect(clean(html, {format: 'html', favor: 'recall'}).blocks.map((b) => b.text)).toEqual(['one two', 'three', 'four'])
  })

  test('scripts past the cap stay out of the text', () => {
    const html = '<div>'.repeat(MAX_DEPTH + 5) + '<p>kept words here</p><script>var leaked = 1</script>' + '</div>'.repeat(MAX_DEPTH + 5)
    expect(clean(html, {format: 'html', favor: 'recall'}).blocks.map((b) => b.text)).toEqual(['kept words here'])
  })
})

describe('preformatted text', () => {
  test('an inner whitespace run is kept; leading newlines and trailing space go', () => {
    const result = clean('<pre>\n\nx' + ' '.repeat(50_000) + 'y \n </pre>', {format: 'html', favor: 'recall'})
    expect(result.blocks.map((b) => b.text)).toEqual(['x' + ' '.repeat(50_000) + 'y'])
  })
})

describe('one hostile record never stops a JSONL stream', () => {
  test('the amplification page is cleaned (truncated) and the next record is read', () => {
    const prose = 'The council voted on Tuesday to expand the harbour ferry service, adding three routes that connect the northern suburbs.'
    const stdin = [
      JSON.stringify({id: 'hostile', html: shape('formatting amplification, 68 KB')}),
      JSON.stringify({id: 'next', text: prose}),
    ].join('\n') + '\n'
    // The real CLI in a child process: a crash there would be exit 134 and no records.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'clean', '--jsonl'], {input: stdin, encoding: 'utf8', maxBuffer: 64 << 20})
    expect(run.status).toBe(0)
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as {id: string; text?: string; error?: unknown})
    expect(records.map((r) => r.id)).toEqual(['hostile', 'next'])
    expect(records[0].error).toBeUndefined()
    expect(records[1].text).toBe(prose)
  })
})
