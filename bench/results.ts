// Which runs may write the tracked bench/results.json: only a full default run on
// the development data. A run on other files (`--data`), on part of the sets
// (`--only`), on given outputs (`--score`), with tuning (`--tune`) or on the bundled
// samples of a fresh clone would replace the committed figures with other ones.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {DataSource} from './data.js'

export const trackedResultsFile = join(dirname(fileURLToPath(import.meta.url)), 'results.json')

export interface RunShape {
  data?: readonly string[]
  only?: readonly string[]
  score?: readonly string[]
  tune?: string
}

export function writesTrackedResults(run: Readonly<RunShape>, source: DataSource): boolean {
  return source === 'dev' && !run.data?.length && !run.only?.length && !run.score?.length && !run.tune
}

/**
 * Merge `figures` into a results file, keeping the keys this run did not compute
 * (speed, dedup, …); with `deep`, that key's object is merged one level down too.
 */
export function writeResults(file: string, figures: Record<string, unknown>, deep?: string): void {
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  const merged = {...previous, ...figures}
  if (deep && isObject(previous[deep]) && isObject(figures[deep])) merged[deep] = {...previous[deep], ...figures[deep]}
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n')
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
