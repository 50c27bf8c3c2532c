// Every regex in src/ is linear in its input (the README's claim), kept true by two checks:
// - a static checker (tests/regex-check.ts) rejects the shapes that backtrack
//   super-linearly: deterministic, no timers;
// - each regex also runs on adversarial strings of modest size, so a shape the
//   checker misses and that blows up exponentially fails here by not finishing.
// The regexes are collected from the source with the TypeScript parser: literals,
// and `new RegExp(...)` calls evaluated with the file's literal constants in scope.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {runInNewContext} from 'node:vm'
import ts from 'typescript'
import {describe, expect, test} from 'vitest'
import {checkRegex} from './regex-check.js'
import {LANGUAGES} from '../src/lang/registry.js'

interface Found {
  where: string
  regex: RegExp
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

function literal(text: string): RegExp {
  const end = text.lastIndexOf('/')
  return new RegExp(text.slice(1, end), text.slice(end + 1))
}

function collect(): Found[] {
  const found: Found[] = []
  for (const file of sourceFiles('src')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
    const constants: Record<string, RegExp | readonly string[]> = {}
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const constructed: ts.NewExpression[] = []
    const walk = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const regex = literal(node.getText(source))
        found.push({where: where(node), regex})
        const parent = node.parent
        if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) constants[parent.name.text] = regex
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') constructed.push(node)
      // Word lists a pattern is built from (rules are data): arrays of string literals.
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isArrayLiteralExpression(node.initializer) && node.initializer.elements.every(ts.isStringLiteral)) {
        constants[node.name.text] = node.initializer.elements.map((e) => (e as ts.StringLiteral).text)
      }
      ts.forEachChild(node, walk)
    }
    walk(source)
    for (const node of constructed) {
      const args = (node.arguments ?? []).map((a) => a.getText(source)).join(', ')
      // Patterns built from the language registry (relative-time words) see the registry itself.
      const regex = runInNewContext(`new RegExp(${args})`, {...constants, LANGUAGES}) as RegExp
      found.push({where: where(node), regex})
    }
  }
  return found
}

const regexes = collect()

/** Long runs of each character class a pattern may loop on, each ending in something that breaks the run. */
function adversarial(n: number): string[] {
  const runs = [' ', '\t', '\n', '\u00a0', '\u2028', 'a', 'A', 'é', 'я', '漢', '1', '.', ',', '-', ':', ';', '!', '?', '/', '<', '"', "'", '’', '#', '©', '|', '*']
  const out: string[] = []
  for (const r of runs) {
    out.push(r.repeat(n), r.repeat(n) + '\u0000', 'x' + r.repeat(n) + 'x')
  }
  const pairs = ['a ', '1 ', ', ', '. ', 'a.', 'a1', '<a', '1:', 'ab\n', ' \n', '—a', '::', '\\w']
  for (const p of pairs) out.push(p.repeat(Math.floor(n / p.length)), p.repeat(Math.floor(n / p.length)) + '\u0000')
  return out
}

describe('every regex in src/ is linear', () => {
  test('the collector finds the regexes (literals and constructed)', () => {
    expect(regexes.length).toBeGreaterThan(40)
    expect(regexes.some((r) => r.where.includes('shape.ts') && r.regex.source.includes('назад'))).toBe(true)
  })

  test('no regex has a super-linear backtracking shape', () => {
    const findings = regexes.flatMap(({where, regex}) => checkRegex(regex).map((f) => `${where} ${regex}: ${f.rule}: ${f.detail}`))
    expect(findings).toEqual([])
  })

  test('each regex runs over adversarial strings', () => {
    const inputs = adversarial(5_000)
    for (const {regex} of regexes) {
      const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g')
      for (const input of inputs) {
        global.lastIndex = 0
        // Both ways a pattern is used: find every match, and replace.
        expect(input.replace(global, '').length).toBeLessThanOrEqual(input.length)
      }
    }
  })
})

describe('the checker', () => {
  test.each([
    [/^\n+|\s+$/g, 'scan'],
    [/\s+$/, 'scan'],
    [/(a+)+$/, 'nested'],
    [/(?:\w|\d)+$/, 'alternatives'],
    [/^\s*\s*x/, 'adjacent'],
    [/\w+\d+y/, 'adjacent'],
    [/(?:\s*,\s*)*x/, 'nested'],
    [/(?=\s+$)/, 'scan'],
  ])('flags %s (%s)', (regex, rule) => {
    expect(checkRegex(regex).map((f) => f.rule)).toContain(rule)
  })

  test.each([
    /[ \t\n\f\r]+/g,
    /^[ \t\n\f\r]*$/,
    /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu,
    /\b\d{1,3}\s+(?:day|week)s?\s+ago\b/i,
    /(?:^|;)\s*display\s*:\s*none/i,
    /[{};]\s{0,8}$/,
    / ?\u2028 ?/g,
  ])('passes %s', (regex) => {
    expect(checkRegex(regex)).toEqual([])
  })
})
