// `npm run fuzz`: the long version of tests/properties.test.ts. Runs every invariant
// (conservation, kept text equals `text`, determinism, typed errors only, nothing
// executable in `output: 'html'`) for many cases with a fresh seed, and prints
// what it found: per property the cases run and the time, and for a failure the
// shrunk counterexample with the seed and path that replay it.
//
//   npm run fuzz [-- --runs <cases per property>] [-- --seed <n>] [-- --only <name part>]
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {properties} from '../tests/properties/invariants.js'

const {values} = parseArgs({options: {runs: {type: 'string', default: '10000'}, seed: {type: 'string'}, only: {type: 'string'}}})
const runs = Math.max(1, Number(values.runs) || 10_000)
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed)

console.log(`fuzz: ${runs} cases per property, seed ${seed}`)
let failed = 0
for (const [name, property] of Object.entries(properties())) {
  if (values.only && !name.includes(values.only)) continue
  const start = performance.now()
  const details = fc.check(property, {numRuns: runs, seed})
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  if (!details.failed) {
    console.log(`ok    ${name}: ${details.numRuns} cases, ${seconds} s`)
    continue
  }
  failed++
  console.log(`FAIL  ${name}: after ${details.numRuns} cases (${details.numShrinks} shrinks), ${seconds} s`)
  console.log(`      replay: seed ${details.seed}, path "${details.counterexamplePath}"`)
  console.log(`      counterexample: ${fc.stringify(details.counterexample)}`)
  console.log(`      error: ${String(details.errorInstance).split('\n').slice(0, 4).join('\n             ')}`)
}
console.log(failed === 0 ? 'fuzz: nothing found' : `fuzz: ${failed} propert${failed === 1 ? 'y' : 'ies'} failed`)
process.exitCode = failed === 0 ? 0 : 1
