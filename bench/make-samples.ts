// npm run bench:samples: write the bundled samples (bench/data/<set>.sample.jsonl.br)
// from the development data, so a fresh clone has something to bench and the
// quality floors have something to check. Only sets whose licence allows a copy
// (Apache-2.0, CC-BY-4.0) are sampled; Dragnet and CleanEval never are. The
// sample is every k-th page in file order, so re-running gives the same files.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {brotliCompressSync, constants, gunzipSync} from 'node:zlib'
import {bundledDir, devDataDir} from './data.js'

/** Pages per sample: enough to notice a regression, small enough to keep the repository a few MB. */
export const SAMPLES: Readonly<Record<string, number>> = {
  'wcxb-article': 100, // CC-BY-4.0
  'readability-tests': 50, // Apache-2.0
  'trafilatura-eval': 60, // Apache-2.0
}

/** Fields the bench reads; the rest (provenance of the labels, duplicates) stays in the dev data. */
const KEEP = ['id', 'dataset', 'url', 'lang', 'title', 'html', 'gold', 'text_lines', 'line_labels', 'with', 'without']

export function everyKth<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items]
  const step = items.length / n
  return Array.from({length: n}, (_, i) => items[Math.floor(i * step)])
}

const dev = devDataDir()
if (!dev) throw new Error('no development data found (set DECHROME_DEV_DATA)')
for (const [set, n] of Object.entries(SAMPLES)) {
  const lines = gunzipSync(readFileSync(join(dev, `${set}.jsonl.gz`)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
  const picked = everyKth(lines, n).map((l) => {
    const page = JSON.parse(l) as Record<string, unknown>
    return JSON.stringify(Object.fromEntries(KEEP.filter((k) => k in page).map((k) => [k, page[k]])))
  })
  const raw = Buffer.from(picked.join('\n') + '\n')
  const packed = brotliCompressSync(raw, {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length},
  })
  const out = join(bundledDir, `${set}.sample.jsonl.br`)
  writeFileSync(out, packed)
  console.log(`${set}: ${picked.length} of ${lines.length} pages, ${(packed.length / 1e6).toFixed(2)} MB → ${out}`)
}
