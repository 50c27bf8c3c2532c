#!/usr/bin/env node
import {readFileSync, realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {cleanCommand} from './cli/clean.js'
import {dedupCommand} from './cli/dedup.js'
import {demoCommand} from './cli/demo.js'
import {exitEarly, processIO, UsageError, type CliIO} from './cli/io.js'
import {DechromeError} from './errors.js'

const HELP = `Usage: dechrome <command> [options]

Commands:
  clean [FILE...]   remove site chrome (see dechrome clean --help)
  dedup FILE...     find paragraphs repeated across documents (see dechrome dedup --help)
  demo              clean the example articles and show what was removed and why

Options:
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 success, 1 failure, 2 usage error.
`

type Command = (args: string[], io: CliIO) => Promise<number>
const COMMANDS: Record<string, Command> = {clean: cleanCommand, dedup: dedupCommand, demo: demoCommand}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    io.stdout(pkg.version + '\n')
    return 0
  }
  const run = COMMANDS[command]
  if (!run) {
    io.stderr(`dechrome: unknown command ${JSON.stringify(command)}\n\n${HELP}`)
    return 2
  }
  try {
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`dechrome ${command}: ${(error as Error).message}\n`)
      return 2
    }
    // Expected failures (a damaged snapshot, an unreadable file) are one line; a bug keeps its stack.
    if (isExpected(error)) io.stderr(`dechrome: ${(error as Error).message}\n`)
    else io.stderr(`dechrome ${command}: ${(error as Error).stack ?? error}\n`)
    return 1
  }
}

/** Our own typed errors and the file system's (`ENOENT`, `EACCES`, … carry a `syscall`). */
function isExpected(error: unknown): boolean {
  return error instanceof DechromeError || (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string')
}

/** Whether this module is the program: through npm's bin symlink `argv[1]` is the link, so compare real paths. */
function isMain(): boolean {
  if (!process.argv[1]) return false
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMain()) {
  // A closed pipe (`dechrome demo | head`) ends the output, not the program with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exitEarly(0)
    throw error
  })
  process.on('SIGINT', () => exitEarly(130))
  process.on('SIGTERM', () => exitEarly(143))
  main(process.argv.slice(2), processIO).then((code) => {
    process.exitCode = code
  })
}
