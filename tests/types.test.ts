// The types pin what the runtime returns. `npm run typecheck` (tsc over tests/) is what
// checks these; the runtime assertions beside them show the same fields exist.
import {describe, expect, expectTypeOf, test} from 'vitest'
import {clean, createDeduplicator} from '../src/index.js'
import type {Block, CleanOptions, CleanResult, DechromeError, HtmlBlock, HtmlCleanResult, Language, Position} from '../src/index.js'
import rehypeDechrome, {type RehypeDechromeOptions} from '../src/rehype.js'

const page = '<html><body><article><h1>Ferries</h1><p>The ferry service between the two islands will resume on Monday after a month of repairs to the pier.</p><p>A second paragraph over the element budget.</p></article></body></html>'

describe('CleanResult', () => {
  test('html, truncated, id and block positions are typed and present', () => {
    const result = clean(page, {output: 'html', maxElements: 5, dedup: createDeduplicator()})
    expectTypeOf(result).toEqualTypeOf<CleanResult>()
    expectTypeOf(result.html).toEqualTypeOf<string | undefined>()
    expectTypeOf(result.truncated).toEqualTypeOf<{reason: string; offset?: number} | undefined>()
    expectTypeOf(result.id).toEqualTypeOf<string | undefined>()
    expectTypeOf(result.language).toEqualTypeOf<Language>()
    expectTypeOf(result.blocks[0].position).toEqualTypeOf<Position | undefined>()
    expectTypeOf<Position['start']>().toEqualTypeOf<{line: number; column: number; offset?: number}>()
    expect(typeof result.html).toBe('string')
    expect(result.truncated?.reason).toMatch(/maxElements/)
    expect(result.truncated?.offset).toBeGreaterThan(0)
    expect(result.id).toBe('doc-1')
    expect(result.blocks[0].position?.start.line).toBe(1)
  })

  test('HtmlCleanResult is exported and narrows format and blocks', () => {
    expectTypeOf<HtmlCleanResult>().toMatchTypeOf<CleanResult>()
    expectTypeOf<HtmlCleanResult['format']>().toEqualTypeOf<'html'>()
    expectTypeOf<HtmlCleanResult['blocks']>().toEqualTypeOf<HtmlBlock[]>()
    expectTypeOf<HtmlBlock>().toMatchTypeOf<Block>()
    expect(clean(page).format).toBe('html')
  })

  test('errors carry a code', () => {
    expectTypeOf<DechromeError['code']>().toEqualTypeOf<string>()
  })
})

describe('options', () => {
  test('the plugin takes exactly the options that apply to a tree', () => {
    expectTypeOf<keyof RehypeDechromeOptions>().toEqualTypeOf<'favor' | 'keep' | 'language' | 'maxElements'>()
    expectTypeOf(rehypeDechrome).parameter(0).toEqualTypeOf<Readonly<RehypeDechromeOptions> | null | undefined>()
  })

  test('clean() options name every option the runtime accepts', () => {
    expectTypeOf<keyof CleanOptions>().toEqualTypeOf<
      'format' | 'favor' | 'keep' | 'language' | 'maxBytes' | 'maxElements' | 'maxBlocks' | 'output' | 'dedup' | 'id' | 'duplicates'
    >()
  })
})
