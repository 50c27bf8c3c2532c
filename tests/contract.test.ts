// What the README promises a caller: one error base with stable codes, options that are
// honoured or rejected (never silently ignored), and the id the dedup index used.
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {describe, expect, test} from 'vitest'
import {clean, createDeduplicator, DechromeError, InputError, OptionsError, SnapshotError, StorageError, UnsupportedError} from '../src/index.js'
import {StorageError as RedisStorageError} from '../src/redis/index.js'
import rehypeDechrome from '../src/rehype.js'

const prose = 'The council voted on Tuesday to expand the bus network into three northern suburbs after two years of debate.'

describe('errors', () => {
  test('every error class is a DechromeError with a stable code', () => {
    const errors: [DechromeError, string][] = [
      [new InputError('x'), 'ERR_DECHROME_INPUT'],
      [new OptionsError('x'), 'ERR_DECHROME_OPTIONS'],
      [new UnsupportedError('x'), 'ERR_DECHROME_UNSUPPORTED'],
      [new SnapshotError('corrupt', 'x'), 'ERR_DECHROME_SNAPSHOT'],
      [new StorageError('x'), 'ERR_DECHROME_STORAGE'],
    ]
    for (const [error, code] of errors) {
      expect(error).toBeInstanceOf(DechromeError)
      expect(error).toBeInstanceOf(Error)
      expect(error.code).toBe(code)
    }
    // The README: OptionsError is no longer a TypeError; and dechrome/redis throws the same StorageError.
    expect(new OptionsError('x')).not.toBeInstanceOf(TypeError)
    expect(RedisStorageError).toBe(StorageError)
  })

  test('what clean() throws is caught with one check', () => {
    const thrown = [() => clean(42 as never), () => clean('x', {favor: 'most' as never}), () => createDeduplicator({snapshot: new Uint8Array(8)})]
    for (const run of thrown) {
      expect(run).toThrow(DechromeError)
      try {
        run()
      } catch (error) {
        expect((error as DechromeError).code).toMatch(/^ERR_DECHROME_[A-Z_]+$/)
      }
    }
  })
})

describe('options are honoured or rejected', () => {
  test('an unknown language code is an OptionsError; known ones in either form work', () => {
    expect(() => clean(prose, {language: 'xx'})).toThrow(OptionsError)
    expect(() => clean(prose, {language: 'xx'})).toThrow(/`language`.*got `"xx"`/)
    expect(clean(prose, {language: 'DE'}).language).toEqual({code: 'deu', tag: 'de', source: 'option'})
    // Polish is registered (phrase tables and function words): forcing it in either form gives both codes.
    expect(clean(prose, {language: 'pol'}).language).toEqual({code: 'pol', tag: 'pl', source: 'option'})
    expect(clean(prose, {language: 'pl'}).language).toEqual({code: 'pol', tag: 'pl', source: 'option'})
  })

  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('language %j is rejected, not looked up', (language) => {
    expect(() => clean(prose, {language})).toThrow(OptionsError)
  })

  test('id and duplicates need dedup', () => {
    expect(() => clean(prose, {duplicates: 'drop'})).toThrow(/`duplicates` needs `dedup`/)
    expect(() => clean(prose, {id: 'a'})).toThrow(/`id` needs `dedup`/)
    expect(() => clean(prose, {id: '', dedup: createDeduplicator()})).toThrow(/1 to 256 characters/)
    expect(() => clean(prose, {id: 'x'.repeat(257), dedup: createDeduplicator()})).toThrow(OptionsError)
  })

  test('the dedup index takes the same ids as clean()', () => {
    const dedup = createDeduplicator()
    expect(() => dedup.add({id: 'x'.repeat(257), text: prose})).toThrow(/1 to 256 characters/)
    expect(dedup.add({id: 'x'.repeat(256), text: prose}).id).toBe('x'.repeat(256))
  })

  test("output: 'html' on text input gives the kept blocks as escaped paragraphs", () => {
    const result = clean(`${prose}\nFish & <chips> are "served" daily at the new market hall in town.\nREAD MORE: Something else`, {format: 'text', output: 'html'})
    expect(result.html).toBe(`<p>${prose}</p>\n<p>Fish &amp; &lt;chips&gt; are &quot;served&quot; daily at the new market hall in town.</p>`)
    expect(clean(prose, {format: 'text'}).html).toBeUndefined()
  })

  test.each([['output', 'html'], ['dedup', createDeduplicator()], ['format', 'html'], ['id', 'a'], ['duplicates', 'drop'], ['maxBytes', 10]])(
    'the rehype plugin rejects `%s`, which it would ignore',
    (key, value) => {
      const options = {[key as string]: value}
      expect(() => unified().use(rehypeParse).use(rehypeDechrome, options as never).freeze()).toThrow(OptionsError)
      expect(() => unified().use(rehypeParse).use(rehypeDechrome, options as never).freeze()).toThrow(/does not take/)
    },
  )

  test('the rehype plugin takes the options that apply to a tree', () => {
    const options = {favor: 'recall', keep: () => false, language: 'en', maxElements: 100} as const
    expect(() => unified().use(rehypeParse).use(rehypeDechrome, options).freeze()).not.toThrow()
  })
})

test('with a dedup index, result.id is the id the index used', () => {
  const dedup = createDeduplicator()
  expect(clean(prose, {dedup}).id).toBe('doc-1')
  expect(clean(prose + ' Again.', {dedup, id: 'mine'}).id).toBe('mine')
  expect(clean(prose).id).toBeUndefined()
})
