import {expect, test} from 'vitest'
import {DechromeError, OptionsError} from '../../src/errors.js'
import {createDeduplicator, StorageError} from '../../src/dedup/index.js'
import {MemoryStorage} from '../../src/dedup/storage.js'
import * as api from '../../src/index.js'

const LEAD = 'The ministry said on Tuesday that 12 people were injured when the bridge collapsed during the morning rush hour in the northern city.'

/** A store that forwards to a MemoryStorage but answers every call with a Promise. */
function promised(): object {
  const inner = new MemoryStorage({bands: 12, bucketCap: 16})
  return new Proxy(inner, {
    get(target, name) {
      const value = Reflect.get(target, name)
      return typeof value === 'function' ? (...args: unknown[]) => Promise.resolve(value.apply(target, args)) : value
    },
  })
}

test('a storage whose methods return Promises is rejected with a typed error, not accepted to find nothing', () => {
  let error: unknown
  try {
    createDeduplicator({storage: promised() as never})
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(StorageError)
  expect(error).toBeInstanceOf(DechromeError)
  expect((error as StorageError).code).toBe('ERR_DECHROME_STORAGE')
  expect((error as Error).message).toMatch(/Promise/)
})

test('a storage with async methods, or missing methods, is rejected naming them', () => {
  const inner = new MemoryStorage({bands: 12, bucketCap: 16})
  const asyncStore = Object.create(inner, {findExact: {value: async () => -1}})
  expect(() => createDeduplicator({storage: asyncStore})).toThrow(/asynchronously \(findExact\)/)
  expect(() => createDeduplicator({storage: {addParagraph() {}} as never})).toThrow(StorageError)
  expect(() => createDeduplicator({storage: {addParagraph() {}} as never})).toThrow(/lacks documentCount/)
})

test('a working synchronous storage is used as given', () => {
  const storage = new MemoryStorage({bands: 12, bucketCap: 16})
  const dedup = createDeduplicator({storage})
  dedup.add({id: 'a', text: LEAD})
  expect(dedup.add({id: 'b', text: LEAD}).duplicates).toBe(1)
  expect(storage.documentCount()).toBe(2)
})

test('MemoryStorage is internal: not exported, and its constructor checks what it is given', () => {
  expect('MemoryStorage' in api).toBe(false)
  expect(() => new MemoryStorage(undefined as never)).toThrow(OptionsError)
  expect(() => new MemoryStorage({bands: 0, bucketCap: 16})).toThrow(/`bands` to be a positive integer, got `0`/)
})
