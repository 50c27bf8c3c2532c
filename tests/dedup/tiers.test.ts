import {describe as group, expect, test} from 'vitest'
import {InputError, OptionsError} from '../../src/errors.js'
import {createDeduplicator, DEDUP_DEFAULTS} from '../../src/dedup/index.js'
import {normalizeText, splitSentences} from '../../src/dedup/normalize.js'

// Made-up wire copy, long enough (≥ 15 words) for every tier.
const LEAD = 'The ministry said on Tuesday that 12 people were injured when the bridge collapsed during the morning rush hour in the northern city.'
const QUOTE = 'A spokesperson for the Foreign Office said: "The safety and security of our staff is of paramount importance and we keep our posture under review."'
const SECOND = 'Rescue teams worked through the night to search the river for survivors, while engineers inspected two other bridges built by the same company.'
const THIRD = 'Officials promised a full inquiry into the collapse and said the results would be published before the end of the year, according to local media.'

group('exact tier', () => {
  test('folds case, quotes, dashes and whitespace, but keeps digits', () => {
    expect(normalizeText('  “Hello”  —  it’s\tME ')).toBe('"hello" - it\'s me')
    expect(normalizeText('12 dead')).not.toBe(normalizeText('10 dead'))
    const dedup = createDeduplicator()
    dedup.add({id: 'a', text: LEAD})
    const r = dedup.add({id: 'b', blocks: [LEAD.replace(/ /g, '  ').toUpperCase(), `“${LEAD}”`]})
    expect(r.blocks[0]).toMatchObject({kind: 'exact', similarity: 1, droppable: true, duplicateOf: [{id: 'a', block: 0, line: 1}]})
    // Added quote marks are an edit, not a normalization.
    expect(r.blocks[1].kind).toBe('near')
  })

  test('a changed number is not exact', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', text: LEAD})
    const r = dedup.add({id: 'b', text: LEAD.replace('12 people', '10 people')})
    expect(r.blocks[0].kind).toBe('near')
    expect(r.blocks[0].similarity).toBeLessThan(1)
  })

  test('short blocks are flagged only when exact, and never droppable', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', text: 'Breaking news from the capital\nHe said the talks would continue.'})
    const r = dedup.add({id: 'b', text: 'breaking news from the capital\nHe said the talks would go on.'})
    expect(r.blocks[0]).toMatchObject({kind: 'exact', droppable: false, duplicateOf: [{id: 'a', line: 1}]})
    expect(r.blocks[1]).toMatchObject({kind: null, duplicateOf: null, droppable: false})
  })
})

group('near tier', () => {
  test('finds syndication edits: a title expanded, a typo fixed, curly quotes', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', text: QUOTE})
    const copy = QUOTE.replace('Foreign Office', 'Foreign and Commonwealth Office').replace('paramount', 'paramont').replace(/"/g, '”')
    const r = dedup.add({id: 'b', text: copy})
    expect(r.blocks[0].kind).toBe('near')
    expect(r.blocks[0].duplicateOf).toEqual([{id: 'a', block: 0, line: 1}])
    expect(r.blocks[0].similarity).toBeGreaterThanOrEqual(DEDUP_DEFAULTS.nearThreshold)
    expect(r.blocks[0].similarity).toBeLessThan(1)
    expect(r.blocks[0].droppable).toBe(true)
  })

  test('a paraphrase of the same facts is not a duplicate', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', text: LEAD})
    const r = dedup.add({id: 'b', text: 'Twelve people were hurt on Tuesday morning as a bridge in the northern city gave way during rush hour, ministry officials said.'})
    expect(r.blocks[0].duplicateOf).toBeNull()
  })

  test('a sentence appended still matches when the rest is the same', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', text: SECOND})
    const r = dedup.add({id: 'b', text: SECOND.replace(/\.$/, ', the agency said.')})
    expect(r.blocks[0]).toMatchObject({kind: 'near', duplicateOf: [{id: 'a', block: 0}]})
  })
})

group('containment tier', () => {
  test('two paragraphs merged into one on another site', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', blocks: [LEAD, SECOND, THIRD]})
    const r = dedup.add({id: 'b', blocks: [`${SECOND} ${THIRD.replace('full inquiry', 'full and independent inquiry')}`]})
    expect(r.blocks[0].kind).toBe('contained')
    expect(r.blocks[0].duplicateOf).toEqual([{id: 'a', block: 1}, {id: 'a', block: 2}])
    expect(r.blocks[0].similarity).toBeGreaterThan(0.9)
  })

  test('one paragraph split into two on another site', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'a', blocks: [LEAD, `${SECOND} ${THIRD}`]})
    const r = dedup.add({id: 'b', blocks: [SECOND, THIRD]})
    for (const block of r.blocks) {
      expect(block.duplicateOf).toEqual([{id: 'a', block: 1}])
      expect(block.kind).toBe('contained')
    }
  })

  test('sentences are split after end punctuation, keeping abbreviations attached', () => {
    expect(splitSentences('mr. smith went to washington today. he said hello to everyone there! then he left.')).toEqual([
      'mr. smith went to washington today.',
      'he said hello to everyone there! then he left.',
    ])
  })
})

group('order and identity', () => {
  test('the first document owns a paragraph; later copies point at it', () => {
    const dedup = createDeduplicator()
    dedup.add({id: 'first', text: `${SECOND}\n\n${THIRD}`})
    dedup.add({id: 'second', text: THIRD})
    const r = dedup.add({id: 'third', text: THIRD})
    expect(r.blocks[0].duplicateOf).toEqual([{id: 'first', block: 1, line: 3}])
  })

  test('a document never matches itself', () => {
    const dedup = createDeduplicator()
    const r = dedup.add({id: 'a', blocks: [LEAD, LEAD, LEAD.replace('12', '13')]})
    expect(r.duplicates).toBe(0)
    expect(r.blocks.every((b) => b.duplicateOf === null)).toBe(true)
  })

  test('adding the same id again stores nothing and never matches itself', () => {
    const dedup = createDeduplicator()
    const first = dedup.add({id: 'a', text: LEAD})
    const before = dedup.stats()
    expect(dedup.add({id: 'a', text: LEAD})).toEqual(first)
    expect(dedup.stats()).toMatchObject({documents: before.documents, paragraphs: before.paragraphs, bytes: before.bytes})
  })

  test('results are deterministic', () => {
    const docs = [
      {id: 'x', blocks: [LEAD, SECOND, THIRD]},
      {id: 'y', blocks: [`${LEAD} ${SECOND}`, THIRD.replace('year', 'month')]},
      {id: 'z', blocks: [QUOTE, SECOND.toUpperCase()]},
    ]
    const run = () => {
      const dedup = createDeduplicator()
      return {results: docs.map((d) => dedup.add(d)), snapshot: dedup.snapshot()}
    }
    const one = run()
    const two = run()
    expect(two.results).toEqual(one.results)
    expect(Buffer.from(two.snapshot).equals(Buffer.from(one.snapshot))).toBe(true)
  })

  test('documents without an id get one', () => {
    const dedup = createDeduplicator()
    const first = dedup.add({text: LEAD})
    const second = dedup.add({blocks: [LEAD]})
    expect(first.id).not.toBe(second.id)
    expect(second.blocks[0].duplicateOf).toEqual([{id: first.id, block: 0, line: 1}])
    expect(dedup.has(first.id)).toBe(true)
  })
})

group('clean() results', () => {
  test('blocks with kept: false are neither checked nor stored, and results stay aligned', () => {
    const dedup = createDeduplicator()
    const cleaned = {
      id: 'page-1',
      blocks: [
        {text: SECOND, kept: true, line: 2},
        {text: QUOTE, kept: false, line: 4, category: 'related'},
        {text: THIRD, kept: true, line: 6},
      ],
    }
    const r = dedup.add(cleaned)
    expect(r.blocks.map((b) => b.line)).toEqual([2, 4, 6])
    const later = dedup.add({id: 'page-2', blocks: [QUOTE, THIRD]})
    expect(later.blocks[0].duplicateOf).toBeNull()
    expect(later.blocks[1].duplicateOf).toEqual([{id: 'page-1', block: 2, line: 6}])
  })
})

group('validation', () => {
  test('bad documents throw InputError naming what was received', () => {
    const dedup = createDeduplicator()
    expect(() => dedup.add(null as never)).toThrow(InputError)
    expect(() => dedup.add(null as never)).toThrow(/got `null`/)
    expect(() => dedup.add({id: 5, text: 'x'} as never)).toThrow(/`id`.*`5` \(number\)/)
    expect(() => dedup.add({id: 'a', blocks: ['ok', 7]} as never)).toThrow(/blocks\[1\].*`7` \(number\)/)
    expect(() => dedup.add({id: 'a', blocks: 'text'} as never)).toThrow(/`blocks`.*\(string\)/)
    expect(() => dedup.add({id: 'a'} as never)).toThrow(/`text`.*`undefined`/)
    expect(() => dedup.add({id: 'a', blocks: [{text: 'x', line: 0}]} as never)).toThrow(/line.*`0` \(number\)/)
    expect(dedup.stats().documents).toBe(0)
  })

  test('bad options throw OptionsError naming the value', () => {
    expect(() => createDeduplicator({bands: 1.5})).toThrow(OptionsError)
    expect(() => createDeduplicator({bands: 1.5})).toThrow(/`bands`.*`1\.5` \(number\)/)
    expect(() => createDeduplicator({nearThreshold: 2})).toThrow(/nearThreshold.*`2` \(number\)/)
    expect(() => createDeduplicator({near: 'yes'} as never)).toThrow(/`near`.*"yes"/)
    expect(() => createDeduplicator({shingles: 3} as never)).toThrow(/Unknown dedup option `shingles`/)
    expect(() => createDeduplicator({snapshot: 'bytes'} as never)).toThrow(/`snapshot`.*\(string\)/)
    expect(() => createDeduplicator('fast' as never)).toThrow(/`options`.*"fast".*\(string\)/)
    expect(createDeduplicator({bands: 8, rows: 3}).parameters).toMatchObject({bands: 8, rows: 3, shingle: DEDUP_DEFAULTS.shingle})
  })

  test('an exact-only index skips the near and containment tiers', () => {
    const dedup = createDeduplicator({near: false})
    dedup.add({id: 'a', text: `${LEAD}\n${SECOND}`})
    const r = dedup.add({id: 'b', text: `${LEAD}\n${SECOND.replace('night', 'nite')}`})
    expect(r.blocks.map((b) => b.kind)).toEqual(['exact', null])
  })
})
