/**
 * `dechrome/redis`: the dedup index on Redis, shared by a fleet of workers.
 *
 *   import {createClient} from 'redis'
 *   import {createDeduplicator} from 'dechrome'
 *   import {redisStorage} from 'dechrome/redis'
 *
 *   const client = await createClient({url}).connect()
 *   const dedup = createDeduplicator({storage: redisStorage({client})})
 *   const result = await dedup.addAsync({id, text})
 *
 * Key layout (every key carries the hash tag `{prefix}`, so on Redis Cluster the
 * index lives in one slot and a commit touches one node atomically):
 *
 *   {p}:params        the index parameters (JSON), set once; every worker must match
 *   {p}:seq           paragraph counter (INCRBY: a document's originals are consecutive)
 *   {p}:d:<id>        a document added: its duplicate blocks (JSON), for redeliveries
 *   {p}:x:<key>       exact tier: 64-bit key (hex) → owner paragraph number
 *   {p}:b:<value>     near tier: LSH band value (base 36) → paragraph numbers, comma-separated, at most bucketCap
 *                     (a string, not a list: most hold one number, which Redis keeps as an integer)
 *   {p}:p:<n>         paragraph record: JSON [document id, block, line, normalized text]
 *
 * Every key but the counter and the parameters expires `ttlSeconds` after it
 * was last written: syndicated copies arrive within days, so the index holds
 * days of paragraphs, not years.
 *
 * A document costs two round trips to resolve (one script for the document,
 * exact keys and bands; one MGET for the records it needs) and one to commit
 * (a script that checks the claims and writes). node-redis pipelines commands
 * issued together, so many documents can be in flight on one connection.
 */
import {StorageError} from '../dedup/storage.js'
import {OptionsError, describe} from '../errors.js'
import type {SharedCommit, SharedCommitAnswer, SharedDedupStorage, SharedLookup, SharedRecord, StoredResult} from '../dedup/shared.js'

/** The part of a node-redis client (v4 and later) this store uses. */
export interface RedisClientLike {
  sendCommand<T = unknown>(args: readonly string[]): Promise<T>
  readonly isReady: boolean
}

export interface RedisStorageOptions {
  /** A connected node-redis client (`createClient()`), or a cluster client for one slot. */
  client: RedisClientLike
  /** Prefix and hash tag of every key. Default `dechrome`. Indexes with other prefixes share nothing. */
  prefix?: string
  /** Seconds a paragraph is kept after it was last written. Default 604 800 (7 days). */
  ttlSeconds?: number
  /** A call that takes longer fails with StorageError (the record is reported, never treated as original). Default 5 000. */
  timeoutMs?: number
}

const LOOKUP = `
local tag = ARGV[1]
local result = redis.call('GET', tag .. ':d:' .. ARGV[2])
local nx = tonumber(ARGV[3])
local owners = {}
for i = 1, nx do owners[i] = redis.call('GET', tag .. ':x:' .. ARGV[3 + i]) end
local cap = tonumber(ARGV[4 + nx])
local bands = {}
for i = 5 + nx, #ARGV do bands[#bands + 1] = redis.call('GET', tag .. ':b:' .. ARGV[i]) end
return {result, owners, bands}
`

const COMMIT = `
local tag, id, ttl, cap = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[5])
-- Entries of a band bucket: "12" or "12,40,41".
local function entries(value)
  if not value then return 0 end
  local _, commas = string.gsub(value, ',', '')
  return commas + 1
end
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
local at = 6
local claims = tonumber(ARGV[at]); at = at + 1
for i = 0, claims - 1 do
  if redis.call('EXISTS', tag .. ':x:' .. ARGV[at + i]) == 1 then return {'conflict'} end
end
at = at + claims
local observed = tonumber(ARGV[at]); at = at + 1
for i = 0, observed - 1 do
  if entries(redis.call('GET', tag .. ':b:' .. ARGV[at + 2 * i])) ~= tonumber(ARGV[at + 2 * i + 1]) then return {'conflict'} end
end
at = at + 2 * observed
local count = tonumber(ARGV[at]); at = at + 1
local p = redis.call('INCRBY', KEYS[1], count) - count + 1
for i = 1, count do
  local key, record, bands = ARGV[at], ARGV[at + 1], tonumber(ARGV[at + 2])
  at = at + 3
  redis.call('SET', tag .. ':x:' .. key, p, 'EX', ttl, 'NX')
  redis.call('SET', tag .. ':p:' .. p, record, 'EX', ttl)
  for j = 0, bands - 1 do
    local b = tag .. ':b:' .. ARGV[at + j]
    local had = redis.call('GET', b)
    if not had then
      redis.call('SET', b, p, 'EX', ttl)
    else
      if entries(had) < cap then redis.call('APPEND', b, ',' .. p) end
      redis.call('EXPIRE', b, ttl)
    end
  end
  at = at + bands
  p = p + 1
end
redis.call('SET', tag .. ':d:' .. id, ARGV[4], 'EX', ttl)
return {'ok'}
`

const PREFIX = /^[A-Za-z0-9_.:-]{1,64}$/

/** A Redis store for `createDeduplicator({storage})`; use `dedup.addAsync()` with it. */
export function redisStorage(options: RedisStorageOptions): SharedDedupStorage {
  if (options === null || typeof options !== 'object') throw new OptionsError(`Expected redisStorage options {client, prefix?, ttlSeconds?}, got ${describe(options)}`)
  const {client, prefix = 'dechrome', ttlSeconds = 604_800, timeoutMs = 5000} = options
  if (!client || typeof (client as Partial<RedisClientLike>).sendCommand !== 'function') {
    throw new OptionsError(`Expected \`client\` to be a node-redis client (createClient from 'redis'), got ${describe(client)}`)
  }
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) throw new OptionsError(`Expected \`prefix\` to be 1–64 letters, digits or _.:-, got ${describe(prefix)}`)
  for (const [name, value] of [['ttlSeconds', ttlSeconds], ['timeoutMs', timeoutMs]] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new OptionsError(`Expected \`${name}\` to be a positive integer, got ${describe(value)}`)
  }
  const tag = `{${prefix}}`
  const seq = `${tag}:seq`
  const shas = new Map<string, string>()

  /** One command, or a typed error: Redis down, restarting or slow is never an empty answer. */
  async function call<T>(args: string[]): Promise<T> {
    if (!client.isReady) throw new StorageError(`Redis is not connected (prefix ${prefix}); the client reconnects on its own, retry the record`)
    let timer: NodeJS.Timeout | undefined
    try {
      return await Promise.race([
        client.sendCommand<T>(args),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StorageError(`Redis did not answer within ${timeoutMs} ms (${args[0]})`)), timeoutMs)
        }),
      ])
    } catch (error) {
      if (error instanceof StorageError) throw error
      throw new StorageError(`Redis failed (${args[0]}): ${(error as Error)?.message ?? String(error)}`, {cause: error})
    } finally {
      clearTimeout(timer)
    }
  }

  /** EVALSHA, loading the script on first use and after a restart (NOSCRIPT). */
  async function script<T>(source: string, args: string[]): Promise<T> {
    let sha = shas.get(source)
    if (!sha) {
      sha = await call<string>(['SCRIPT', 'LOAD', source])
      shas.set(source, sha)
    }
    try {
      return await call<T>(['EVALSHA', sha, '1', seq, ...args])
    } catch (error) {
      if (!/NOSCRIPT/.test((error as Error).message)) throw error
      shas.delete(source)
      return script(source, args)
    }
  }

  return {
    shared: true,
    async open(parameters) {
      const mine = JSON.stringify(parameters, Object.keys(parameters).sort())
      const had = await call<string | null>(['SET', `${tag}:params`, mine, 'NX', 'GET'])
      if (had !== null && had !== mine) {
        throw new StorageError(`The Redis index under prefix ${prefix} was built with other parameters (${had}); this process has ${mine}`)
      }
    },

    async lookup({id, exact, bands, bucketCap}): Promise<SharedLookup> {
      const args = [tag, id, String(exact.length), ...exact, String(bucketCap), ...bands.map((v) => v.toString(36))]
      const [result, owners, postings] = await script<[string | null, (string | null)[], (string | null)[]]>(LOOKUP, args)
      return {
        result: result === null ? null : (JSON.parse(result) as StoredResult),
        exact: owners.map((p) => (p === null ? null : Number(p))),
        bands: postings.map((list) => (list === null ? [] : list.split(',').slice(0, bucketCap).map(Number))),
      }
    },

    async records(paragraphs): Promise<(SharedRecord | null)[]> {
      const values = await call<(string | null)[]>(['MGET', ...paragraphs.map((p) => `${tag}:p:${p}`)])
      return values.map((v) => {
        if (v === null) return null
        const [doc, block, line, text] = JSON.parse(v) as [string, number, number, string]
        return {doc, block, line, text}
      })
    },

    async commit(request: SharedCommit): Promise<SharedCommitAnswer> {
      const args = [tag, request.id, String(ttlSeconds), JSON.stringify(request.result), String(request.bucketCap)]
      args.push(String(request.claims.length), ...request.claims)
      args.push(String(request.observed.length))
      for (const {value, length} of request.observed) args.push(value.toString(36), String(length))
      args.push(String(request.paragraphs.length))
      for (const {key, record, bands} of request.paragraphs) {
        args.push(key, JSON.stringify([record.doc, record.block, record.line, record.text]), String(bands?.length ?? 0))
        if (bands) for (const v of bands) args.push(v.toString(36))
      }
      const [status, stored] = await script<[string, string?]>(COMMIT, args)
      if (status === 'redelivered') return {status, result: JSON.parse(stored!) as StoredResult}
      return status === 'ok' ? {status: 'ok'} : {status: 'conflict'}
    },
  }
}

export {StorageError}
export type {SharedDedupStorage}
