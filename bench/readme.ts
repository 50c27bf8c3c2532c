import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const readmeFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md')

/** Replace the text between <!-- bench:NAME --> and <!-- /bench:NAME --> in README.md. */
export function replaceInReadme(name: string, body: string): void {
  const readme = readFileSync(readmeFile, 'utf8')
  const open = `<!-- bench:${name} -->`
  const close = `<!-- /bench:${name} -->`
  const a = readme.indexOf(open)
  const b = readme.indexOf(close)
  if (a < 0 || b < a) throw new Error(`README.md has no ${open} … ${close} markers`)
  writeFileSync(readmeFile, readme.slice(0, a + open.length) + '\n' + body + '\n' + readme.slice(b))
}
