// The built bin with --templates: records name their site by `url` or `site`.
import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {runBin} from '../bin.js'

const ABOUT = 'The Harbour Gazette is an independent weekly founded in 1887'
const story = (n: number) =>
  [
    `The council voted on day ${n} to approve plan number ${n}, which will rebuild ${n * 3} berths along the eastern quay over four years.`,
    `Supporters said plan ${n} would bring ${n * 40} jobs to the town, while opponents questioned whether its budget would hold.`,
    ABOUT,
  ].join('\n')
const records = (from: number, to: number) =>
  Array.from({length: to - from + 1}, (_, i) => JSON.stringify({id: `p${from + i}`, url: `https://www.harbour.example/${from + i}`, text: story(from + i)}) + '\n').join('')
const templateRemovals = (stdout: string) =>
  stdout.trim().split('\n').map((l) => JSON.parse(l).removed.filter((r: {rule: string}) => r.rule === 'site/template').length)

test('clean --jsonl --templates removes a site\'s recurring line from its third record on, and the memory survives a snapshot', async () => {
  const first = await runBin(['clean', '--jsonl', '--templates'], records(1, 4))
  expect(first.code).toBe(0)
  expect(templateRemovals(first.stdout)).toEqual([0, 0, 1, 1])
  // Without a url or site, a record is cleaned as without templates.
  const anonymous = await runBin(['clean', '--jsonl', '--templates'], records(1, 3).replaceAll(/"url":"[^"]+",/g, ''))
  expect(templateRemovals(anonymous.stdout)).toEqual([0, 0, 0])

  const file = join(mkdtempSync(join(tmpdir(), 'dechrome-templates-')), 'sites.bin')
  await runBin(['clean', '--jsonl', '--templates-snapshot', file], records(1, 2))
  expect(existsSync(file)).toBe(true)
  const resumed = await runBin(['clean', '--jsonl', '--templates-snapshot', file], records(3, 3))
  expect(templateRemovals(resumed.stdout)).toEqual([1])
})

test('--templates outside --jsonl is a usage error', async () => {
  const run = await runBin(['clean', '--templates'], 'text\n')
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(/--templates works across the records of a --jsonl stream/)
})

test('clean --jsonl --templates-warmup N learns the first N records of a site before it cleans them', async () => {
  const run = await runBin(['clean', '--jsonl', '--templates-warmup', '3'], records(1, 4))
  expect(run.code).toBe(0)
  expect(templateRemovals(run.stdout)).toEqual([1, 1, 1, 1])
  expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2', 'p3', 'p4'])
  const bad = await runBin(['clean', '--jsonl', '--templates-warmup', 'x'], records(1, 1))
  expect(bad.code).toBe(2)
})
