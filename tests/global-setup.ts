// The CLI and package tests run the built program, as a user does: build it once, fresh.
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'

export default function setup(): void {
  const root = join(import.meta.dirname, '..')
  execFileSync('npm', ['run', '--silent', 'build'], {cwd: root, stdio: 'inherit'})
}
