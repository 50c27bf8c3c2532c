// Run the built `dechrome` program as a child process, the way a user or a pipeline does.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {join} from 'node:path'

/** The built program; DECHROME_BIN points the tests at another build (e.g. an older one, to see a test fail). */
export const BIN = process.env.DECHROME_BIN ?? join(import.meta.dirname, '..', 'dist', 'cli.js')

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Run `node <bin> ...args` with `stdin` and wait for it to exit. */
export function runBin(args: string[], stdin = '', bin = BIN): Promise<Run> {
  const child = start(args, bin)
  child.stdin.end(stdin)
  return finished(child)
}

export function start(args: string[], bin = BIN): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bin, ...args], {stdio: 'pipe'})
}

export function finished(child: ChildProcessWithoutNullStreams): Promise<Run> {
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}))
  })
}

/** Resolve once the child has written `n` lines to stdout (and return them). */
export function linesOut(child: ChildProcessWithoutNullStreams, n: number): Promise<string[]> {
  let out = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const lines = out.split('\n')
      if (lines.length > n) {
        child.stdout.off('data', onData)
        resolve(lines.slice(0, n))
      }
    }
    child.stdout.on('data', onData)
    child.on('close', () => reject(new Error(`the program exited after ${out.split('\n').length - 1} lines, before ${n}`)))
  })
}
