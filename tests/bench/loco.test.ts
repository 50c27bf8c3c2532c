import {describe, expect, it} from 'vitest'
import {fixedSetting, gridSearch, largestGap, leaveOneCollectionOut, type Evaluate, type Tuner} from '../../bench/loco.js'

// Six collections; three prefer the setting 0, three prefer 1.
const best: Record<string, number> = {A: 0, B: 0, C: 0, D: 1, E: 1, F: 1}
const collections = Object.keys(best)
const evaluate: Evaluate<number> = (setting, c) => 1 - Math.abs(setting - best[c])

describe('leave-one-collection-out', () => {
  it('gives held-out = all-in for an untuned system', async () => {
    const rows = await leaveOneCollectionOut(collections, fixedSetting(0), evaluate)
    expect(rows.map((r) => r.collection)).toEqual(collections)
    for (const r of rows) expect(r.heldOut).toBe(r.allIn)
    expect(largestGap(rows)!.gap).toBe(0)
  })

  it('chooses each held-out setting without the held-out collection, so a fit to it shows as a gap', async () => {
    const rows = await leaveOneCollectionOut(collections, gridSearch([0, 1]), evaluate)
    // All in: a tie, the first candidate (0) wins; it fits A, B, C.
    for (const r of rows) expect(r.allInSetting).toBe(0)
    // Leaving A out, the majority of the rest prefers 1: A's own preference was what chose 0.
    const a = rows.find((r) => r.collection === 'A')!
    expect(a.heldOutSetting).toBe(1)
    expect(a.allIn).toBe(1)
    expect(a.heldOut).toBe(0)
    const d = rows.find((r) => r.collection === 'D')!
    expect(d.heldOutSetting).toBe(0)
    expect(largestGap(rows)).toEqual({collection: 'A', gap: 1})
  })

  it('refuses a tuner that looks at the held-out collection', async () => {
    const peeking: Tuner<number> = {
      name: 'peeking',
      async choose(_train, ev) {
        for (const c of collections) await ev(0, c)
        return 0
      },
    }
    await expect(leaveOneCollectionOut(collections, peeking, evaluate)).rejects.toThrow(/not a training collection/)
  })

  it('evaluates each setting once per collection', async () => {
    let calls = 0
    await leaveOneCollectionOut(collections, gridSearch([0, 0.5, 1]), (s, c) => {
      calls++
      return evaluate(s, c)
    })
    expect(calls).toBe(3 * collections.length)
  })
})
