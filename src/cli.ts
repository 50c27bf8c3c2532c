#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {cleanCommand} from './cli/clean.js'
import {dedupCommand} from './cli/dedup.js'
import {demoCommand} from './cli/demo.js'
import {processIO, UsageError, type CliIO} from './cli/io.js'

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
    io.stderr(`dechrome ${command}: ${(error as Error).stack ?? error}\n`)
    return 1
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, '/'))) {
  // A closed pipe (`dechrome demo | head`) ends the output, not the program with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  main(process.argv.slice(2), processIO).then((code) => {
    process.exitCode = code
  })
}
