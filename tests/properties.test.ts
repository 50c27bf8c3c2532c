// The invariants of tests/properties/invariants.ts, a few hundred cases each, with a
// fixed seed so a failure reproduces; `npm run fuzz` runs many more with fresh seeds.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {checkHtmlConservation, checkNoExecutable, hostilePage, htmlPage, properties} from './properties/invariants.js'

const RUNS = 200
const SEED = 20_241_201

describe('properties', () => {
  for (const [name, property] of Object.entries(properties())) {
    test(name, () => {
      fc.assert(property, {numRuns: RUNS, seed: SEED})
    })
  }
})

describe('the invariants catch what they are for', () => {
  test('script URLs, handlers and active elements are caught', () => {
    for (const bad of ['<a href=" java\tscript:x">a</a>', '<img src="data:text/html,x">', '<p onclick="x()">a</p>', '<script></script>', '<p style="x">a</p>']) {
      expect(() => checkNoExecutable(bad)).toThrow()
    }
    expect(() => checkNoExecutable('<p><a href="https://example.org/">a</a> <img src="/x.jpg" alt=""></p>')).not.toThrow()
  })

  test('a lost or fused word is caught', () => {
    const page = {html: '', words: ['alpha', 'beta']}
    const result = (texts: string[]) => ({text: '', format: 'html' as const, language: {code: 'und', source: 'none' as const}, blocks: texts.map((text) => ({text, kept: true, line: 1}))})
    expect(() => checkHtmlConservation(page, result(['alpha']))).toThrow()
    expect(() => checkHtmlConservation(page, result(['alphabeta']))).toThrow()
    expect(() => checkHtmlConservation(page, result(['alpha', 'beta']))).not.toThrow()
  })

  test('the generators make pages with words and vectors', () => {
    const pages = fc.sample(htmlPage, {numRuns: 50, seed: SEED})
    expect(pages.filter((p) => p.words.length > 5).length).toBeGreaterThan(10)
    expect(fc.sample(hostilePage, {numRuns: 50, seed: SEED}).filter((h) => /javascript:|onerror|<script/.test(h)).length).toBeGreaterThan(10)
  })
})
