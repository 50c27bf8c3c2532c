// One worker of a fleet: adds its share of documents to the shared Redis index
// (the built package, as a deployment runs it), a few in flight at once, and
// prints one JSON line per document: the result, or the error it got.
import {readFileSync} from 'node:fs'
import {createClient} from 'redis'
import {createDeduplicator} from '../../dist/index.js'
import {redisStorage} from '../../dist/redis/index.js'

const [url, prefix, file, inFlight = '4'] = process.argv.slice(2)
const documents = JSON.parse(readFileSync(file, 'utf8'))
const client = createClient({url, socket: {reconnectStrategy: (retries) => Math.min(50 * retries, 500)}})
client.on('error', () => {})
await client.connect()
const dedup = createDeduplicator({storage: redisStorage({client, prefix, timeoutMs: 2000})})
let next = 0
async function lane() {
  while (next < documents.length) {
    const doc = documents[next++]
    try {
      const result = await dedup.addAsync(doc)
      process.stdout.write(JSON.stringify({id: doc.id, result}) + '\n')
    } catch (error) {
      process.stdout.write(JSON.stringify({id: doc.id, error: {code: error.code ?? null, message: error.message}}) + '\n')
      // Back off a little, as a queue worker would before its next record.
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
await Promise.all(Array.from({length: Number(inFlight)}, lane))
await client.close().catch(() => {})
