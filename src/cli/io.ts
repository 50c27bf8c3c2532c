import {readFile} from 'node:fs/promises'

/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  /** Write to standard output; a returned promise settles when the stream can take more (backpressure). */
  stdout: (s: string) => void | Promise<void>
  stderr: (s: string) => void
  readFile: (path: string) => Promise<string>
  /** Standard input as raw chunks (JSON Lines are split from these) or whole. */
  stdinChunks: () => AsyncIterable<Uint8Array>
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

/** Resolves once stdout has room again: awaiting it holds the producer back behind a slow reader. */
function writeStdout(s: string): void | Promise<void> {
  if (process.stdout.write(s)) return
  return new Promise((resolve) => process.stdout.once('drain', resolve))
}

export const processIO: CliIO = {
  stdout: writeStdout,
  stderr: (s) => process.stderr.write(s),
  readFile: (path) => readFile(path, 'utf8'),
  stdinChunks: () => process.stdin,
  stdinText: readStdinText,
}

const earlyExitHooks = new Set<() => void>()

/**
 * Run `hook` if the process has to stop early (Ctrl-C, SIGTERM, the reader of stdout
 * went away): the JSONL stream saves its dedup snapshot this way. Returns the undo.
 */
export function onEarlyExit(hook: () => void): () => void {
  earlyExitHooks.add(hook)
  return () => earlyExitHooks.delete(hook)
}

/** Run the early-exit hooks, then exit with `code`. Hooks run synchronously, between records. */
export function exitEarly(code: number): never {
  for (const hook of earlyExitHooks) {
    try {
      hook()
    } catch (error) {
      process.stderr.write(`dechrome: ${(error as Error).message}\n`)
    }
  }
  process.exit(code)
}
