// Bad input never crashes the caller and never loses text: a correct result or a typed error.
import {randomBytes} from 'node:crypto'
import {describe, expect, test} from 'vitest'
import {clean, DechromeError, InputError, OptionsError} from '../src/index.js'
import type {CleanResult} from '../src/index.js'

/** Kept plus removed blocks rebuild every non-blank line of the input, in order. */
function expectAccounted(input: string, result: CleanResult): void {
  const lines = input.split(/\r\n|\r|\n/)
  const nonBlank = lines.flatMap((text, i) => (text.trim() ? [{text, line: i + 1}] : []))
  expect(result.blocks.length).toBe(nonBlank.length)
  result.blocks.forEach((b, i) => {
    expect(b.text).toBe(nonBlank[i].text)
    expect(b.line).toBe(nonBlank[i].line)
    if (!b.kept) expect(b.category && b.rule && b.reason).toBeTruthy()
  })
}

describe('input', () => {
  test.each([
    ['undefined', undefined],
    ['a number', 42],
    ['a Buffer', Buffer.from('text')],
    ['an object', {text: 'x'}],
    ['null', null],
  ])('%s is an InputError naming what it got', (_name, value) => {
    expect(() => clean(value as unknown as string)).toThrow(InputError)
    expect(() => clean(value as unknown as string)).toThrow(/Expected `input` to be a string, got/)
  })

  test('empty and whitespace-only input give an empty result', () => {
    for (const input of ['', '   ', '\n\n\t\n', '\r\n\r\n']) {
      const result = clean(input)
      expect(result.text).toBe('')
      expect(result.blocks).toEqual([])
      expect(result.language.code).toBe('und')
    }
  })

  test('binary junk is an InputError', () => {
    const junk = randomBytes(4096).toString('latin1')
    expect(() => clean(junk)).toThrow(InputError)
    expect(() => clean(junk)).toThrow(/looks binary/)
  })

  test('a few stray control characters in text are fine', () => {
    const input = 'A headline about the vote\u0007\nThe council voted on Tuesday to expand the bus network into the suburbs, after two years of debate.'
    expectAccounted(input, clean(input))
  })

  test('input over maxBytes is an InputError', () => {
    expect(() => clean('x'.repeat(2000), {maxBytes: 1000})).toThrow(/over `maxBytes`/)
  })

  test('a 50 MB single line is one block, kept whole (with maxBytes raised)', () => {
    const input = 'word '.repeat(10_000_000).trim()
    expect(() => clean(input)).toThrow(InputError)
    const result = clean(input, {maxBytes: 64 * 1024 * 1024})
    expect(result.blocks).toHaveLength(1)
    expect(result.text.length).toBe(input.length)
  })

  test('1 M short lines are all accounted for (with maxBlocks raised)', () => {
    const input = Array.from({length: 1_000_000}, (_, i) => (i % 5 === 0 ? 'Home' : `item ${i}`)).join('\n')
    const result = clean(input, {maxBlocks: 1_000_000})
    expect(result.truncated).toBeUndefined()
    expect(result.blocks).toHaveLength(1_000_000)
    expect(result.blocks[999_999].line).toBe(1_000_000)
  })

  test('lone surrogates pass through without a crash', () => {
    const input = 'Title \ud800 here\nThe council voted on Tuesday to expand the bus network \udc00 into three suburbs, after two years of debate.'
    const result = clean(input)
    expectAccounted(input, result)
    expect(JSON.parse(JSON.stringify(result.text))).toBe(result.text)
  })

  test('CRLF, CR and LF line ends all split lines', () => {
    const input = 'One line here.\r\nTwo lines here.\rThree lines here.\nFour.'
    expect(clean(input).blocks.map((b) => b.line)).toEqual([1, 2, 3, 4])
  })

  test('markup is detected as HTML and cleaned by the HTML mode', () => {
    const result = clean('<!doctype html><html><body><p>Hello there, this is a page about the council vote on buses.</p></body></html>')
    expect(result.format).toBe('html')
    expect(result.text).toBe('Hello there, this is a page about the council vote on buses.')
  })

  // Every regex runs in linear time: adversarial 100 KB strings finish (the test timeout is the hang guard).
  test.each([
    ['open parens', '('.repeat(100_000)],
    ['call-like', 'a('.repeat(50_000)],
    ['digits and spaces', '1 '.repeat(50_000)],
    ['dots', '.'.repeat(100_000)],
    ['quotes', "'".repeat(100_000)],
    ['clock-like', '1:'.repeat(50_000)],
    ['relative time', 'hace ' + ' '.repeat(100_000) + 'x'],
    ['braces', '{'.repeat(100_000) + 'x'],
    ['no-break spaces', 'a\u00a0'.repeat(50_000)],
    ['sentence marks', 'a. '.repeat(33_000)],
    ['apostrophes in words', "a'".repeat(50_000)],
    ['read more', 'read more: '.repeat(10_000)],
    ['many short lines of dates', 'May 5, 2019 at 4:47 pm\n'.repeat(5_000)],
    ['relative time, other languages', 'منذ ' + ' '.repeat(50_000) + 'před ' + ' '.repeat(50_000) + 'x'],
    ['unspaced relative time', '1'.repeat(50_000) + '前'.repeat(50_000)],
    ['one long Thai word', 'ก'.repeat(100_000)],
    ['Devanagari marks', 'क\u094d'.repeat(50_000)],
    ['Turkish and Arabic variants', 'İı\u0640\u064b'.repeat(25_000)],
  ])('adversarial 100 KB: %s', (_name, input) => {
    const result = clean(input)
    expectAccounted(input, result)
  })
})

describe('options', () => {
  test.each([
    [{favor: 1.5}, /Expected `favor` to be one of .*got `1.5` \(number\)/],
    [{format: 'pdf'}, /Expected `format`.*got `"pdf"` \(string\)/],
    [{keep: 'yes'}, /Expected `keep` to be a function, got `"yes"` \(string\)/],
    [{maxBytes: -1}, /Expected `maxBytes` to be a positive integer, got `-1` \(number\)/],
    [{maxBytes: 1.5}, /positive integer/],
    [{language: 7}, /Expected `language`/],
    [{dedup: {}}, /Expected `dedup`/],
    [{favour: 'recall'}, /Unknown option `favour`/],
    ['fast', /Expected `options` to be an object, got `"fast"` \(string\)/],
    [[1], /Expected `options` to be an object/],
  ])('%j is an OptionsError', (options, message) => {
    expect(() => clean('text', options as never)).toThrow(OptionsError)
    expect(() => clean('text', options as never)).toThrow(DechromeError)
    expect(() => clean('text', options as never)).toThrow(message)
  })

  test('null and undefined options mean the defaults', () => {
    expect(clean('A line.', null).text).toBe(clean('A line.').text)
    expect(clean('A line.', undefined).text).toBe('A line.')
  })
})
