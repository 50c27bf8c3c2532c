// The README's tables of defaults, one test per table: a default that changes must
// change its table too.
import {availableParallelism} from 'node:os'
import {expect, test} from 'vitest'
import {clean, createDeduplicator, TEMPLATE_DEFAULTS} from '../src/index.js'
import {BATCH_DEFAULTS, resolveBatchOptions} from '../src/batch/cleanMany.js'
import {MAX_RECORD_BYTES} from '../src/cli/jsonl.js'
import {DEFAULTS} from '../src/options.js'

const ARTICLE = [
  'Council approves the new budget',
  'The city council met on Tuesday evening to discuss the new budget, which includes funding for parks, schools and road repairs across the district.',
  'Residents who attended the meeting said they were pleased with the plan, although several asked for more detail on how the money would be spent.',
].join('\n')

test('clean(): format auto, favor balanced, text output, no metadata, duplicates flagged', () => {
  expect(DEFAULTS).toMatchObject({format: 'auto', favor: 'balanced', output: 'text', metadata: false, duplicates: 'flag', keep: null, language: null})
  const plain = clean(ARTICLE)
  expect(plain).toEqual(clean(ARTICLE, {format: 'auto', favor: 'balanced', output: 'text', metadata: false}))
  expect(Object.keys(plain).sort()).toEqual(['blocks', 'format', 'language', 'text'])

  // `duplicates: 'flag'`: a repeat stays, marked with what it repeats.
  const dedup = createDeduplicator()
  clean(ARTICLE, {dedup, id: 'first'})
  const again = clean(ARTICLE, {dedup, id: 'second'})
  expect(again.blocks[1]).toMatchObject({kept: true, duplicateOf: [{id: 'first', block: 1}]})
  expect(again.text).toBe(plain.text)
})

test('createDeduplicator(): the parameters of its table', () => {
  expect(createDeduplicator().parameters).toEqual({
    shingle: 3,
    bands: 12,
    rows: 2,
    nearThreshold: 0.8,
    sentenceThreshold: 0.8,
    minWords: 15,
    bucketCap: 16,
    maxCandidates: 16,
    maxEditChars: 20_000,
    maxEditCells: 1_000_000_000,
    seed: 0x5eed,
    near: true,
  })
})

test('createSiteTemplates(): the parameters of its table', () => {
  expect(TEMPLATE_DEFAULTS).toEqual({minPages: 2, minShare: 0.2, repeatShare: 0.5, maxSites: 10_000, maxBytesPerSite: 65_536})
})

test('cleanMany(): one worker per core, in order, 10 s per document, no warm-up; the CLI reads records of up to 16 MiB', () => {
  expect(BATCH_DEFAULTS).toEqual({ordered: true, timeoutMs: 10_000})
  const settings = resolveBatchOptions(undefined)
  expect(settings).toMatchObject({concurrency: availableParallelism(), ordered: true, timeoutMs: 10_000, templatesWarmup: 0, signal: null})
  expect(MAX_RECORD_BYTES).toBe(16 * 1024 * 1024)
})
