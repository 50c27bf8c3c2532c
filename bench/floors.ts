// Quality floors on the bundled samples: per set, the F1 of each mode and the
// do-no-harm figure, set at the measured value less 0.005. `npm test` fails when a
// change scores below one (tests/quality-floor.test.ts). Floors only go up:
// `npm run bench:floors` raises a floor the code now clears by more than the
// margin and adds floors for new samples; it never lowers one.
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {bundledDir, listDataFiles} from './data.js'
import {dechrome, goldIn, meanPageF1, score, scoreSets} from './score.js'

export const floorsFile = join(dirname(fileURLToPath(import.meta.url)), 'floors.json')
export const MARGIN = 0.005

export interface SetFigures {
  pages: number
  html: number
  text: number
  /** Mean per-page F1 of the text mode on the gold itself; null where the set has no gold. */
  goldIn: number | null
}

export interface Floors {
  note: string
  sets: Record<string, Omit<SetFigures, 'pages'>>
}

/** Score both modes and the gold-in check on every bundled sample. */
export async function measureBundled(): Promise<Record<string, SetFigures>> {
  const html = dechrome('html')
  const text = dechrome('text')
  const sets = await scoreSets(listDataFiles(bundledDir), [html, text, goldIn])
  return Object.fromEntries(
    sets.map((s) => {
      const g = s.results.get(goldIn.name)
      return [s.name, {pages: s.pages, html: score(s, html.name)!.f1, text: score(s, text.name)!.f1, goldIn: g ? meanPageF1(g) : null}]
    }),
  )
}

export function readFloors(): Floors {
  return JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors
}

// Rounded to 1e-8 first so float noise (0.985 → 0.98499999…) does not cost a digit.
const floorOf = (x: number) => Math.floor(Math.round((x - MARGIN) * 1e8) / 1e4) / 1e4

/** New floors: the old ones, each raised to measured − margin where that is higher. */
export function raise(old: Floors['sets'], measured: Record<string, SetFigures>): Floors['sets'] {
  const out: Floors['sets'] = {...old}
  for (const [set, m] of Object.entries(measured)) {
    const prev = old[set]
    const up = (key: 'html' | 'text', value: number) => Math.max(prev?.[key] ?? 0, floorOf(value))
    out[set] = {
      html: up('html', m.html),
      text: up('text', m.text),
      goldIn: m.goldIn === null ? null : Math.max(prev?.goldIn ?? 0, floorOf(m.goldIn)),
    }
  }
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const measured = await measureBundled()
  for (const [set, m] of Object.entries(measured)) console.log(`${set.padEnd(18)} ${String(m.pages).padStart(4)} pages  html F1 ${m.html.toFixed(4)}  text F1 ${m.text.toFixed(4)}  gold-in ${m.goldIn?.toFixed(4) ?? '—'}`)
  let old: Floors['sets'] = {}
  try {
    old = readFloors().sets
  } catch {
    // first run: no floors yet
  }
  const floors: Floors = {
    note: 'F1 floors on the bundled samples (bench/data), per set: measured less 0.005; trafilatura-eval is snippet F1; goldIn is the text mode\'s mean per-page F1 on the gold itself. Raised by `npm run bench:floors`, never lowered; checked by tests/quality-floor.test.ts.',
    sets: raise(old, measured),
  }
  writeFileSync(floorsFile, JSON.stringify(floors, null, 2) + '\n')
  console.log('wrote bench/floors.json')
}
