import {existsSync, readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** One benchmark page, as ../shared/data/README.md describes the records. */
export interface Page {
  id: string
  dataset: string
  url: string | null
  lang: string | null
  html: string
  gold: string
  text_lines: string[]
  line_labels: number[]
  title?: string
}

const here = dirname(fileURLToPath(import.meta.url))
const shared = resolve(here, '../../shared/data/dev')

/** Default data: the shared dev sets when present, else the bundled AEB copy. */
export function defaultDataFiles(): string[] {
  const files = ['scrapinghub-aeb.jsonl.gz', 'readability-tests.jsonl.gz'].map((f) => join(shared, f))
  const present = files.filter((f) => existsSync(f))
  return present.length ? present : [join(here, 'data/scrapinghub-aeb.jsonl.gz')]
}

export function readPages(file: string): Page[] {
  const raw = readFileSync(file)
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Page)
}
