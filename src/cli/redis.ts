/**
 * `clean --jsonl --dedup-redis URL`: the dedup index on a Redis that many CLI
 * processes (on many machines) share. `redis` (node-redis) is an optional peer
 * dependency, loaded only for this flag.
 */
import {createDeduplicator, StorageError, type Deduplicator} from '../dedup/index.js'
import {UnsupportedError} from '../errors.js'
import {redisStorage} from '../redis/index.js'

type RedisModule = typeof import('redis')

/** Connection attempts at start before giving up; once connected, the client reconnects for as long as it takes. */
const START_ATTEMPTS = 5

export const MISSING_REDIS = '--dedup-redis needs the optional package `redis` (node-redis): npm install redis'

/** A shared index on the Redis at `url`, and how to let go of its connection. `load` stands in for `import('redis')` in tests. */
export async function connectRedisIndex(url: string, layout: {prefix?: string; paragraphs?: number}, load: () => Promise<RedisModule> = () => import('redis')): Promise<{dedup: Deduplicator; close(): Promise<void>}> {
  let redis: RedisModule
  try {
    redis = await load()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new UnsupportedError(MISSING_REDIS)
    throw error
  }
  let connected = false
  let lastError = ''
  const client = redis.createClient({
    url,
    socket: {reconnectStrategy: (retries: number, cause: Error) => (!connected && retries >= START_ATTEMPTS ? cause : Math.min(50 * 2 ** retries, 2000))},
  })
  // Errors surface where they matter: at start below, and per record as StorageError.
  client.on('error', (error: Error) => (lastError = error.message))
  // Before connecting: a bad prefix is an OptionsError, not a connection attempt.
  const {prefix, paragraphs} = layout
  const dedup = createDeduplicator({storage: redisStorage({client, ...(prefix === undefined ? {} : {prefix}), ...(paragraphs === undefined ? {} : {paragraphs})})})
  try {
    await client.connect()
  } catch (error) {
    throw new StorageError(`Cannot connect to Redis at ${url}: ${(error as Error).message || lastError}`, {cause: error})
  }
  connected = true
  return {
    dedup,
    async close() {
      await client.close().catch(() => {})
    },
  }
}
