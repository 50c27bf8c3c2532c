import {readdir, readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {clean} from '../clean.js'
import {createDeduplicator} from '../dedup/index.js'
import type {Block, CleanResult} from '../types.js'
import type {CliIO} from './io.js'

/** The five example articles, shipped in the package (package.json `files`: tests/seeds/*.txt). */
const SEEDS = new URL('../../tests/seeds/', import.meta.url)

/** Width the demo keeps to, and how much of each article and list it shows. */
const WIDTH = 100
const ARTICLE_PARAGRAPHS = 3
const EXAMPLES_PER_GROUP = 2

/**
 * Clean the example articles: for each, the start of the cleaned article, then
 * what was removed and why, grouped by category with the text shortened; at the
 * end, the paragraphs the syndicated copies share. Fits a screen or two.
 */
export async function demoCommand(_args: string[], io: CliIO): Promise<number> {
  const dir = fileURLToPath(SEEDS)
  let files: string[]
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()
  } catch {
    io.stderr(`dechrome demo: the example articles are not here (${dir}); the package is incomplete\n`)
    return 1
  }
  const dedup = createDeduplicator()
  const results: {file: string; result: CleanResult}[] = []
  for (const file of files) {
    const result = clean(await readFile(new URL(file, SEEDS), 'utf8'), {dedup, id: file})
    results.push({file, result})
    io.stdout(article(file, result))
  }
  io.stdout(shared(results))
  return 0
}

function article(file: string, result: CleanResult): string {
  const kept = result.blocks.filter((b) => b.kept)
  const removed = result.blocks.filter((b) => !b.kept)
  const words = result.text.split(/\s+/).filter(Boolean).length
  const lines = [`\n== ${file}  ${result.language.code}, kept ${kept.length} of ${result.blocks.length} blocks (${words} words)`]
  for (const b of kept.slice(0, ARTICLE_PARAGRAPHS)) lines.push(`   ${shorten(b.text.trim(), WIDTH - 3)}`)
  if (kept.length > ARTICLE_PARAGRAPHS) lines.push(`   … ${kept.length - ARTICLE_PARAGRAPHS} more paragraphs`)
  if (removed.length) lines.push(`  removed:`)
  for (const [category, blocks] of groupBy(removed, (b) => b.category ?? 'boilerplate')) {
    const examples = blocks.slice(0, EXAMPLES_PER_GROUP).map((b) => `“${shorten(b.text.trim(), 32)}”`)
    if (blocks.length > EXAMPLES_PER_GROUP) examples.push(`+${blocks.length - EXAMPLES_PER_GROUP} more`)
    lines.push(`   ${category.padEnd(11)} ${String(blocks.length).padStart(2)}  ${examples.join('  ')}`)
    for (const [rule, fired] of groupBy(blocks, (b) => b.rule ?? '')) {
      const head = `${' '.repeat(18)}${rule}${fired.length > 1 ? ` ×${fired.length}` : ''}: `
      lines.push(head + shorten(fired[0].reason ?? '', WIDTH - head.length))
    }
  }
  return lines.join('\n') + '\n'
}

/** Each paragraph an earlier article owns, with the later copies that repeat it. */
function shared(results: {file: string; result: CleanResult}[]): string {
  const copies = new Map<string, {text: string; where: string[]}>()
  for (const {file, result} of results) {
    for (const b of result.blocks) {
      if (!b.duplicateOf) continue
      const owner = b.duplicateOf.map((r) => `${short(r.id)}:${r.line}`).join(' + ')
      const entry = copies.get(owner) ?? {text: ownerText(results, b), where: []}
      entry.where.push(`${short(file)}:${b.line}${(b.similarity ?? 1) < 1 ? ` (${(b.similarity ?? 0).toFixed(2)})` : ''}`)
      copies.set(owner, entry)
    }
  }
  const lines = [`\n== Paragraphs shared across the copies (${copies.size}; file:line, similarity when not exact)`]
  for (const [owner, {text, where}] of copies) lines.push(`   ${owner.padEnd(15)} “${shorten(text, 50)}”  in ${where.join(', ')}`)
  return lines.join('\n') + '\n'
}

/** The text of the first paragraph a duplicate points at. */
function ownerText(results: {file: string; result: CleanResult}[], block: Block): string {
  const ref = block.duplicateOf![0]
  const owner = results.find((r) => r.file === ref.id)?.result.blocks.find((b) => b.line === ref.line)
  return (owner ?? block).text.trim()
}

/** `000_20d51e4e92eec2df.txt` → `000`: the seeds' numbers are enough to tell them apart. */
function short(file: string): string {
  const cut = file.indexOf('_')
  return cut === -1 ? file : file.slice(0, cut)
}

function shorten(text: string, max: number): string {
  const limit = Math.max(max, 12)
  return text.length > limit ? text.slice(0, limit - 1).trimEnd() + '…' : text
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return groups
}
