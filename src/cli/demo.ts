import {readdir, readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {clean} from '../clean.js'
import type {CliIO} from './io.js'

/** The five example articles shipped with the repository (tests/seeds). */
const SEEDS = new URL('../../tests/seeds/', import.meta.url)

/** Clean the example articles and show what was removed and why. */
export async function demoCommand(_args: string[], io: CliIO): Promise<number> {
  const dir = fileURLToPath(SEEDS)
  let files: string[]
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()
  } catch {
    io.stderr(`dechrome demo: the example articles are not here (${dir}); run it from a clone of the repository\n`)
    return 1
  }
  for (const file of files) {
    const result = clean(await readFile(new URL(file, SEEDS), 'utf8'))
    const removed = result.blocks.filter((b) => !b.kept)
    io.stdout(`\n== ${file}  (${result.language.code}; kept ${result.blocks.length - removed.length} of ${result.blocks.length} blocks)\n`)
    for (const b of removed) {
      const text = b.text.length > 70 ? b.text.slice(0, 69) + '…' : b.text
      io.stdout(`  - line ${String(b.line).padStart(3)}  ${(b.category ?? '').padEnd(11)} ${(b.rule ?? '').padEnd(28)} ${text}\n`)
    }
  }
  return 0
}
