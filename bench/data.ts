// Where the bench's pages come from, and how they are read. The development sets
// (six collections, gzip'd JSON Lines) live outside the repository, next to the
// checkout; a fresh clone falls back to the samples bundled in bench/data/.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {brotliDecompressSync, gunzipSync} from 'node:zlib'
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** One benchmark page, as the development data's README describes the records. */
export interface Page {
  id: string
  dataset: string
  url: string | null
  lang: string | null
  html: string
  /** The article text, paragraphs separated by `\n`; null where a set has only snippets. */
  gold: string | null
  text_lines: string[]
  line_labels: number[] | null
  title?: string | null
  /** Snippets that must appear in the output (trafilatura-eval, WCXB). */
  with?: string[] | null
  /** Snippets that must not appear in the output. */
  without?: string[] | null
}

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
export const bundledDir = join(here, 'data')

/** The order the sets are reported in (the order of the data README); others follow by name. */
export const SET_ORDER = ['scrapinghub-aeb', 'readability-tests', 'wcxb-article', 'dragnet', 'cleaneval', 'trafilatura-eval']

/**
 * The development data folder: `$DECHROME_DEV_DATA` when set, else `shared/data/dev`
 * next to this checkout or, for a git worktree, next to its main checkout.
 * Null when none is present.
 */
export function devDataDir(env: NodeJS.ProcessEnv = process.env, root = repoRoot): string | null {
  const fromEnv = env.DECHROME_DEV_DATA
  if (fromEnv) {
    if (!existsSync(fromEnv) || !statSync(fromEnv).isDirectory()) throw new Error(`DECHROME_DEV_DATA is ${JSON.stringify(fromEnv)}, which is not a folder`)
    return resolve(fromEnv)
  }
  const checkouts = [root]
  const main = mainCheckout(root)
  if (main) checkouts.push(main)
  for (const checkout of checkouts) {
    const dir = resolve(checkout, '../shared/data/dev')
    if (existsSync(dir)) return dir
  }
  return null
}

/** A worktree's `.git` is a file naming `<main>/.git/worktrees/<name>`; return `<main>`. */
function mainCheckout(root: string): string | null {
  const dotGit = join(root, '.git')
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return null
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))
  if (!match) return null
  const gitdir = resolve(root, match[1])
  const worktrees = dirname(gitdir)
  return basename(worktrees) === 'worktrees' ? dirname(dirname(worktrees)) : null
}

export type DataSource = 'dev' | 'bundled'

const DATA_FILE = /\.jsonl(\.gz|\.br)?$/

/** The files a default run scores: every set in the dev folder when present, else the bundled samples. */
export function defaultData(env: NodeJS.ProcessEnv = process.env): {source: DataSource; files: string[]} {
  const dev = devDataDir(env)
  if (dev) {
    const files = listDataFiles(dev)
    if (files.length) return {source: 'dev', files}
  }
  return {source: 'bundled', files: listDataFiles(bundledDir)}
}

/** Default data files (kept for the speed bench, which picks one of them). */
export function defaultDataFiles(): string[] {
  return defaultData().files
}

export function listDataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => DATA_FILE.test(f))
    .sort((a, b) => setRank(setName(a)) - setRank(setName(b)) || a.localeCompare(b))
    .map((f) => join(dir, f))
}

/** `wcxb-article.sample.jsonl.br` → `wcxb-article`. */
export function setName(file: string): string {
  return basename(file).replace(DATA_FILE, '').replace(/\.sample$/, '')
}

export function setRank(name: string): number {
  const i = SET_ORDER.indexOf(name)
  return i < 0 ? SET_ORDER.length : i
}

/** Read a `.jsonl`, `.jsonl.gz` or `.jsonl.br` file of pages. */
export function readPages(file: string): Page[] {
  const raw = readFileSync(file)
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : file.endsWith('.br') ? brotliDecompressSync(raw) : raw
  return bytes
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Page)
}
