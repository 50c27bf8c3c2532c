import {expect, test} from 'vitest'
import {resolveOptions} from '../src/options.js'
test('options validate', () => {
  expect(() => resolveOptions({favor: 1.5})).toThrow(/favor.*1\.5.*number/)
})
