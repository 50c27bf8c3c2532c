import {expect, test} from 'vitest'
import {Progress} from '../../src/cli/progress.js'

function fake(totalBytes: number | null, terminal: boolean) {
  let clock = 0
  const out: string[] = []
  const progress = new Progress({write: (s) => out.push(s), terminal, totalBytes, now: () => clock, everyMs: 1000})
  return {progress, out, tick: (ms: number) => (clock += ms)}
}

test('the line shows docs/s, MB/s, the share removed, errors and the ETA from the input size', () => {
  const {progress, tick} = fake(4_000_000, false)
  tick(2000)
  progress.record(1_000_000, 800, 200, false)
  progress.record(1_000_000, 200, 0, true)
  // 2 docs and 2 MB in 2 s; 2 MB left at 1 MB/s.
  expect(progress.line()).toBe('dechrome: 2 docs  1.0 docs/s  1.00 MB/s  removed 20.0%  errors 1  ETA 2s')
})

test('no ETA when the input size is unknown (a pipe)', () => {
  const {progress, tick} = fake(null, false)
  tick(1000)
  progress.record(100, 10, 5, false)
  expect(progress.line()).not.toMatch(/ETA/)
})

test('updates are throttled: appended lines off a terminal, one redrawn line on it', () => {
  const plain = fake(null, false)
  for (let i = 0; i < 10; i++) {
    plain.progress.record(10, 10, 0, false)
    plain.tick(300)
  }
  plain.progress.done()
  // Records at t = 0, 300, …, 2700: drawn at 0, 1200, 2400, then done().
  expect(plain.out).toHaveLength(4)
  expect(plain.out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true)
  expect(plain.out[3]).toMatch(/^dechrome: 10 docs /)

  const tty = fake(null, true)
  tty.progress.record(10, 10, 0, false)
  tty.progress.done()
  expect(tty.out[0].startsWith('\r')).toBe(true)
  expect(tty.out.at(-1)).toBe('\n')
})
