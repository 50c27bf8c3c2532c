// The quality gate: on every bundled sample, each mode's F1 and the do-no-harm
// figure stay at or above their floors in bench/floors.json (measured − 0.005,
// raised by `npm run bench:floors`, never lowered).
import {describe, expect, it} from 'vitest'
import {bundledDir, listDataFiles, setName} from '../bench/data.js'
import {measureBundled, raise, readFloors, type SetFigures} from '../bench/floors.js'

const floors = readFloors().sets
const measured: Promise<Record<string, SetFigures>> = measureBundled()

describe('quality floors on the bundled samples', () => {
  it('has floors for every bundled sample', () => {
    expect(Object.keys(floors).sort()).toEqual(listDataFiles(bundledDir).map(setName).sort())
  })

  for (const [set, floor] of Object.entries(floors)) {
    it(`${set}: HTML mode F1 ≥ ${floor.html}`, async () => {
      expect((await measured)[set].html).toBeGreaterThanOrEqual(floor.html)
    })
    it(`${set}: text mode F1 ≥ ${floor.text}`, async () => {
      expect((await measured)[set].text).toBeGreaterThanOrEqual(floor.text)
    })
    if (floor.goldIn !== null) {
      it(`${set}: text mode on the gold itself, mean per-page F1 ≥ ${floor.goldIn}`, async () => {
        expect((await measured)[set].goldIn).toBeGreaterThanOrEqual(floor.goldIn!)
      })
    }
  }

  it('raising floors never lowers one', () => {
    const old = {s: {html: 0.9, text: 0.8, goldIn: 0.95}}
    expect(raise(old, {s: {pages: 1, html: 0.5, text: 0.9, goldIn: 0.99}}).s).toEqual({html: 0.9, text: 0.895, goldIn: 0.985})
  })
})
