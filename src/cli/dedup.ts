/**
 * `dechrome dedup [--json] FILE...`: the files are documents, in the order
 * given, with the file name as id and one block per non-blank line.
 */
import {renameSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {basename} from 'node:path'
import {parseArgs} from 'node:util'
import {createDeduplicator, type DedupOptions, type Deduplicator} from '../dedup/index.js'
import type {CliIO} from './io.js'

/** The part of the CLI's IO this command uses. */
type CommandIO = Pick<CliIO, 'stdout' | 'stderr' | 'readFile'>

export const DEDUP_USAGE = `Usage: dechrome dedup [--json] FILE...

Find paragraphs that repeat across documents (syndicated copies). The files are
documents in the order given; the file name is the id; each non-blank line is
a block. The first file to contain a paragraph owns it; later copies are
reported as its duplicates.

Options:
  --json      print {"documents": [{"id", "blocks": [{"line", "text",
              "duplicateOf", "similarity", "kind"}]}]}
  -h, --help  show this help

Exit status: 0 on success, 1 when a file cannot be read, 2 on usage errors.
`

const round = (n: number) => Math.round(n * 1000) / 1000

export async function dedupCommand(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {json: {type: 'boolean', default: false}, help: {type: 'boolean', short: 'h', default: false}},
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    io.stderr(`dechrome dedup: ${(error as Error).message}\n\n${DEDUP_USAGE}`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout(DEDUP_USAGE)
    return 0
  }
  const files = parsed.positionals
  if (files.length === 0) {
    io.stderr(`dechrome dedup: no files given\n\n${DEDUP_USAGE}`)
    return 2
  }
  const ids = files.map((f) => basename(f))
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i)
  if (repeated !== undefined) {
    io.stderr(`dechrome dedup: two files are named ${JSON.stringify(repeated)}; the file name is the document id, so names must differ\n`)
    return 2
  }
  const dedup = createDeduplicator()
  const documents: unknown[] = []
  const lines: string[] = []
  let duplicates = 0
  for (let i = 0; i < files.length; i++) {
    let text: string
    try {
      text = await io.readFile(files[i])
    } catch (error) {
      io.stderr(`dechrome dedup: cannot read ${files[i]}: ${(error as Error).message}\n`)
      return 1
    }
    const result = dedup.add({id: ids[i], text})
    duplicates += result.duplicates
    documents.push({
      id: result.id,
      blocks: result.blocks.map((b) => ({
        line: b.line,
        text: b.text,
        duplicateOf: b.duplicateOf ? b.duplicateOf.map((d) => ({id: d.id, line: d.line})) : null,
        similarity: round(b.similarity),
        kind: b.kind,
      })),
    })
    for (const b of result.blocks) {
      if (!b.duplicateOf) continue
      const targets = b.duplicateOf.map((d) => `${d.id}:${d.line ?? `block ${d.block + 1}`}`).join(' + ')
      lines.push(`${result.id}:${b.line} duplicates ${targets} (${b.kind}, ${round(b.similarity).toFixed(3)})`)
    }
  }
  if (parsed.values.json) {
    io.stdout(JSON.stringify({documents}) + '\n')
  } else {
    for (const line of lines) io.stdout(line + '\n')
    io.stdout(`${duplicates} duplicate block${duplicates === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`)
  }
  return 0
}

/** Load an index saved by `saveDeduplicatorToFile`; a missing file gives a fresh index. A damaged one throws SnapshotError. */
export async function loadDeduplicatorFromFile(path: string, options?: Omit<DedupOptions, 'snapshot' | 'storage'>): Promise<Deduplicator> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return createDeduplicator(options)
    throw error
  }
  return createDeduplicator({...options, snapshot: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)})
}

/** Save an index to `path`, atomically (a temporary file renamed over it), so a crash never leaves half a snapshot. */
export async function saveDeduplicatorToFile(dedup: Deduplicator, path: string): Promise<void> {
  saveDeduplicatorToFileSync(dedup, path)
}

/** The same, synchronously: a signal handler or a checkpoint between records cannot await. */
export function saveDeduplicatorToFileSync(dedup: Deduplicator, path: string): void {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, dedup.snapshot())
  renameSync(temporary, path)
}
