import {readdir, readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {clean} from '../clean.js'
import {createDeduplicator} from '../dedup/index.js'
import type {CliIO} from './io.js'

/** The five example articles, shipped in the package (package.json `files`: tests/seeds/*.txt). */
const SEEDS = new URL('../../tests/seeds/', import.meta.url)

/** Clean the example articles, show what was removed and why, then the paragraphs they share. */
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
  const repeats: string[] = []
  for (const file of files) {
    const result = clean(await readFile(new URL(file, SEEDS), 'utf8'), {dedup, id: file})
    for (const b of result.blocks) {
      if (!b.duplicateOf) continue
      const of = b.duplicateOf.map((r) => `${r.id}:${r.line}`).join(' + ')
      repeats.push(`  ${file}:${b.line} repeats ${of} (similarity ${(b.similarity ?? 0).toFixed(2)})\n`)
    }
    const removed = result.blocks.filter((b) => !b.kept)
    io.stdout(`\n== ${file}  (${result.language.code}; kept ${result.blocks.length - removed.length} of ${result.blocks.length} blocks)\n`)
    for (const b of removed) {
      const text = b.text.length > 70 ? b.text.slice(0, 69) + '…' : b.text
      io.stdout(`  - line ${String(b.line).padStart(3)}  ${(b.category ?? '').padEnd(11)} ${(b.rule ?? '').padEnd(28)} ${text}\n`)
    }
  }
  io.stdout(`\n== Paragraphs repeated from an earlier article (syndicated copies)\n${repeats.join('')}`)
  return 0
}
