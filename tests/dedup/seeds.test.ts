import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {createDeduplicator, type DedupResult} from '../../src/dedup/index.js'

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds')
interface Pair {
  kind: 'near-identical' | 're-paragraphed' | 'partial' | 'distinct'
  a: string[]
  b: string[]
}
const labels = JSON.parse(readFileSync(join(seeds, 'labels.json'), 'utf8')) as {duplicates: Pair[]}
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()

function run(): Map<string, DedupResult> {
  const dedup = createDeduplicator()
  return new Map(files.map((file) => [file, dedup.add({id: file, text: readFileSync(join(seeds, file), 'utf8')})]))
}

const parse = (ref: string) => {
  const [file, line] = ref.split(':')
  return {file, line: Number(line)}
}

/** The later side of a labelled pair (by file-name order, the order documents were added), and the earlier side. */
function sides(pair: Pair) {
  const a = pair.a.map(parse)
  const b = pair.b.map(parse)
  return a[0].file < b[0].file ? {earlier: a, later: b} : {earlier: b, later: a}
}

function blockAt(results: Map<string, DedupResult>, file: string, line: number) {
  const block = results.get(file)?.blocks.find((b) => b.line === line)
  if (!block) throw new Error(`no block at ${file}:${line}`)
  return block
}

test('seeds: every near-identical and re-paragraphed pair is found, pointing at the earlier document', () => {
  const results = run()
  const pairs = labels.duplicates.filter((p) => p.kind === 'near-identical' || p.kind === 're-paragraphed')
  expect(pairs.length).toBeGreaterThan(0)
  for (const pair of pairs) {
    const {earlier, later} = sides(pair)
    const pointedAt = new Set<string>()
    for (const ref of later) {
      const block = blockAt(results, ref.file, ref.line)
      expect(block.duplicateOf, `${ref.file}:${ref.line} (${pair.kind})`).not.toBeNull()
      expect(block.droppable).toBe(true)
      for (const target of block.duplicateOf!) {
        expect(target.id).toBe(earlier[0].file)
        pointedAt.add(`${target.id}:${target.line}`)
      }
    }
    for (const ref of earlier) expect(pointedAt, `${pair.kind} ${pair.a} / ${pair.b}`).toContain(`${ref.file}:${ref.line}`)
  }
})

test('seeds: no distinct pair (same facts, other words) is flagged', () => {
  const results = run()
  const pairs = labels.duplicates.filter((p) => p.kind === 'distinct')
  expect(pairs.length).toBeGreaterThan(0)
  for (const pair of pairs) {
    const {earlier, later} = sides(pair)
    const earlierLines = new Set(earlier.map((r) => `${r.file}:${r.line}`))
    for (const ref of later) {
      const refs = blockAt(results, ref.file, ref.line).duplicateOf ?? []
      expect(refs.filter((t) => earlierLines.has(`${t.id}:${t.line}`)), `${ref.file}:${ref.line}`).toEqual([])
    }
  }
})

test('seeds: the first document owns its paragraphs and no document matches itself', () => {
  const results = run()
  expect(results.get(files[0])!.duplicates).toBe(0)
  for (const [file, result] of results) {
    for (const block of result.blocks) for (const ref of block.duplicateOf ?? []) expect(ref.id < file).toBe(true)
  }
})
