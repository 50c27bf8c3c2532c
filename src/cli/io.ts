import {readFile} from 'node:fs/promises'

/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  readFile: (path: string) => Promise<string>
  /** Standard input, as lines (for JSON Lines) or whole. */
  stdinLines: () => AsyncIterable<string>
  stdinText: () => Promise<string>
}

export class UsageError extends Error {
  override name = 'UsageError'
}

export async function readStdinText(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function* readStdinLines(): AsyncIterable<string> {
  const {createInterface} = await import('node:readline')
  const rl = createInterface({input: process.stdin, crlfDelay: Infinity})
  for await (const line of rl) yield line
}

export const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (path) => readFile(path, 'utf8'),
  stdinLines: readStdinLines,
  stdinText: readStdinText,
}
