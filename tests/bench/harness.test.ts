import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandLists} from '../../bench/args.js'
import {defaultData, devDataDir, type Page} from '../../bench/data.js'
import {givenOutputs} from '../../bench/report.js'
import {trackedResultsFile, writesTrackedResults} from '../../bench/results.js'
import {keepAll, scoreSets, score} from '../../bench/score.js'

const article = 'The council voted on Tuesday to rebuild the old harbour bridge, which has been closed since the storm in March.'
const second = 'Work will begin in the spring and should take two years, the mayor said after the meeting.'
function page(id: string, extra: Partial<Page> = {}): Page {
  return {
    id: `tiny:${id}`,
    dataset: 'tiny',
    url: null,
    lang: 'en',
    html: `<html><body><nav>Home News Sport</nav><article><p>${article}</p><p>${second}</p></article><footer>Contact us</footer></body></html>`,
    gold: `${article}\n${second}`,
    text_lines: ['Home News Sport', article, second, 'Contact us'],
    line_labels: [0, 1, 1, 0],
    ...extra,
  }
}

function tinySet(dir: string, name = 'tiny.jsonl'): string {
  const file = join(dir, name)
  writeFileSync(file, [page('a'), page('b')].map((p) => JSON.stringify(p)).join('\n') + '\n')
  return file
}

describe('bench data discovery', () => {
  it('takes DECHROME_DEV_DATA when set, and says so when it is not a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechrome-dev-'))
    tinySet(dir)
    expect(devDataDir({DECHROME_DEV_DATA: dir})).toBe(dir)
    expect(defaultData({DECHROME_DEV_DATA: dir})).toEqual({source: 'dev', files: [join(dir, 'tiny.jsonl')]})
    expect(() => devDataDir({DECHROME_DEV_DATA: join(dir, 'missing')})).toThrow(/not a folder/)
  })

  it('finds shared/data/dev next to the checkout, or next to the main checkout of a worktree', () => {
    const top = mkdtempSync(join(tmpdir(), 'dechrome-layout-'))
    const dev = join(top, 'shared', 'data', 'dev')
    mkdirSync(dev, {recursive: true})
    mkdirSync(join(top, 'main', '.git', 'worktrees', 'bench'), {recursive: true})
    mkdirSync(join(top, 'wt', 'bench'), {recursive: true})
    writeFileSync(join(top, 'wt', 'bench', '.git'), `gitdir: ${join(top, 'main', '.git', 'worktrees', 'bench')}\n`)
    expect(devDataDir({}, join(top, 'main'))).toBe(dev)
    expect(devDataDir({}, join(top, 'wt', 'bench'))).toBe(dev)
    mkdirSync(join(top, 'main', 'nested'))
    expect(devDataDir({}, join(top, 'main', 'nested'))).toBeNull() // a plain folder two levels down: not next to it
  })

  it('falls back to the bundled samples when the dev folder has no data files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dechrome-dev-'))
    const data = defaultData({DECHROME_DEV_DATA: empty})
    expect(data.source).toBe('bundled')
    expect(data.files.some((f) => f.endsWith('scrapinghub-aeb.jsonl.gz'))).toBe(true)
  })
})

describe('bench arguments', () => {
  it('lets the list flags take several values', () => {
    expect(expandLists(['--data', 'a.gz', 'b.gz', '--by-language', '--score', 'o.jsonl'], ['data', 'score'])).toEqual([
      '--data', 'a.gz', '--data', 'b.gz', '--by-language', '--score', 'o.jsonl',
    ])
  })
})

describe('tracked results (bench/results.json)', () => {
  it('are written only by a full default run on the development data', () => {
    expect(writesTrackedResults({}, 'dev')).toBe(true)
    expect(writesTrackedResults({}, 'bundled')).toBe(false)
    expect(writesTrackedResults({data: ['tiny.jsonl.gz']}, 'dev')).toBe(false)
    expect(writesTrackedResults({only: ['aeb']}, 'dev')).toBe(false)
    expect(writesTrackedResults({score: ['out.jsonl']}, 'dev')).toBe(false)
    expect(writesTrackedResults({tune: 'favor'}, 'dev')).toBe(false)
  })

  it('are left untouched by a --data run, which writes only where --json says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechrome-bench-'))
    const before = readFileSync(trackedResultsFile)
    const json = join(dir, 'run.json')
    const out = execFileSync(join('node_modules', '.bin', 'tsx'), ['bench/quality.ts', '--data', tinySet(dir), '--json', json], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    expect(out).toMatch(/\| tiny \| 2 \|/)
    expect(readFileSync(trackedResultsFile).equals(before)).toBe(true)
    const run = JSON.parse(readFileSync(json, 'utf8')) as {quality: {source: string; modes: {html: {sets: {set: string; f1: number}[]}}}}
    expect(run.quality.source).toBe('given')
    expect(run.quality.modes.html.sets[0].set).toBe('tiny')
  })
})

describe('--score: any tool\'s {id, text} outputs on the same sets', () => {
  it('scores given outputs with the set\'s metric and counts pages without one as empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechrome-score-'))
    mkdirSync(join(dir, 'out'))
    const outputs = join(dir, 'out', 'perfect.jsonl')
    writeFileSync(outputs, JSON.stringify({id: 'tiny:a', text: `${article}\n${second}`}) + '\n')
    const given = givenOutputs([outputs])
    expect([...given.sets]).toEqual(['tiny'])
    const tool = given.section.extractors.find((e) => e.input === 'given')!
    const [set] = await scoreSets([tinySet(dir)], [tool, keepAll])
    const s = score(set, 'perfect.jsonl')!
    expect(s.precision).toBe(1) // page b had no output: it lowers recall only
    expect(s.recall).toBeCloseTo(0.5)
    const {markdown} = await given.section.render([set])
    expect(markdown).toMatch(/\| tiny \| perfect\.jsonl \| 2 \| 1\.000 \| 0\.500 \| 0\.667 \| 0\.500 \| 1 \|/)
    expect(score(set, keepAll.name)!.recall).toBe(1)
  })

  it('rejects records without a string id and text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechrome-score-'))
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, JSON.stringify({id: 3, text: 'x'}) + '\n')
    expect(() => givenOutputs([bad])).toThrow(/string `id` and `text`/)
  })
})

describe('bundled data stays out of the npm package', () => {
  it('lists no bench/ path in package.json `files`', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {files: string[]}
    expect(pkg.files.length).toBeGreaterThan(0)
    for (const f of pkg.files) expect(f).not.toMatch(/^(\.\/)?bench(\/|$)/)
  })
})
