// The package as a user installs it: `npm pack`, install the tarball into an empty
// project, then run the bin, import it both ways and type-check a consumer.
import {execFileSync, type ExecFileSyncOptions} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, dirname, join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'

const root = join(import.meta.dirname, '..')
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const app = join(mkdtempSync(join(tmpdir(), 'dechrome-pack-')), 'app')
const env = {...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NODE_NO_WARNINGS: '1'}
const run = (file: string, args: string[], options: ExecFileSyncOptions = {}) =>
  execFileSync(file, args, {cwd: app, env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...options}) as string
const bin = join(app, 'node_modules', '.bin', 'dechrome')

beforeAll(() => {
  mkdirSync(app, {recursive: true})
  // The global setup has built dist/; packing must not rebuild it under the other test files.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dirname(app)], {cwd: root})) as {filename: string}[]
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'app', private: true, type: 'module'}))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(dirname(app), packed.filename)])
}, 180_000)

describe('the installed bin', () => {
  test('--version', () => {
    expect(run(bin, ['--version'])).toBe(`${version}\n`)
  })

  test('clean FILE', () => {
    const file = join(app, 'article.txt')
    writeFileSync(file, 'The council voted on Tuesday to expand the bus network into three northern suburbs after two years of debate.\nREAD MORE: Something else\n')
    expect(run(bin, ['clean', file])).toBe('The council voted on Tuesday to expand the bus network into three northern suburbs after two years of debate.\n')
  })

  test('demo finds the example articles it ships with', () => {
    const out = run(bin, ['demo'])
    expect(out).toMatch(/004_a3e41f85a61fb89b\.txt/)
    expect(out).toMatch(/repeats 00\d_[0-9a-f]+\.txt:\d+/)
  })
})

describe('the installed module', () => {
  const check = `
    const ok = typeof clean === 'function' && typeof rehype === 'function' && new OptionsError('x') instanceof DechromeError
    console.log(ok ? clean('A line of text that stays.').text : 'broken')
  `

  test('imports as ESM', () => {
    const code = `import {clean, DechromeError, OptionsError} from 'dechrome'; import rehype from 'dechrome/rehype'; ${check}`
    expect(run(process.execPath, ['--input-type=module', '-e', code])).toBe('A line of text that stays.\n')
  })

  test('loads with require (Node 20.19+ require(esm))', () => {
    const code = `const {clean, DechromeError, OptionsError} = require('dechrome'); const rehype = require('dechrome/rehype').default; ${check}`
    expect(run(process.execPath, ['--input-type=commonjs', '-e', code])).toBe('A line of text that stays.\n')
  })

  test.each(['nodenext', 'bundler'])('a TypeScript consumer type-checks under moduleResolution %s', (resolution) => {
    const dir = join(app, resolution)
    mkdirSync(dir, {recursive: true})
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import {clean, createDeduplicator, DechromeError, type HtmlCleanResult, type Position} from 'dechrome'
import rehypeDechrome, {type RehypeDechromeOptions} from 'dechrome/rehype'

const result = clean('<p>hi</p>', {output: 'html', dedup: createDeduplicator()})
const html: string | undefined = result.html
const truncated: string | undefined = result.truncated?.reason
const position: Position | undefined = result.blocks[0]?.position
const line: number | undefined = position?.start.line
const id: string | undefined = result.id
const typed: HtmlCleanResult | null = result.format === 'html' ? (result as HtmlCleanResult) : null
const options: RehypeDechromeOptions = {favor: 'recall', maxElements: 10}
const plugin = rehypeDechrome(options)
try {
  clean('', {language: 'xx'})
} catch (error) {
  if (error instanceof DechromeError) console.log(error.code)
}
export {html, truncated, line, id, typed, plugin}
`,
    )
    const module = resolution === 'nodenext' ? 'nodenext' : 'preserve'
    // DOM for `URL` and `console`, which vfile's types and the consumer use; no @types/node needed.
    const config = {
      compilerOptions: {strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2023', 'DOM'], target: 'ES2022', module, moduleResolution: resolution},
      files: ['consumer.ts'],
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config))
    expect(run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')])).toBe('')
  })
})
