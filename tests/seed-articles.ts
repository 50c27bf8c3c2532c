// The five seed articles (tests/seeds/*.txt) as documents, in file order.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

export const SEEDS = join(import.meta.dirname, 'seeds')

export const seedArticles: readonly {id: string; text: string}[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({id: file, text: readFileSync(join(SEEDS, file), 'utf8')}))
