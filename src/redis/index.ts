/**
 * `dechrome/redis`: the dedup index on Redis, shared by a fleet of workers.
 *
 *   import {createClient} from 'redis'
 *   import {createDeduplicator} from 'dechrome'
 *   import {redisStorage} from 'dechrome/redis'
 *
 *   const client = await createClient({url}).connect()
 *   const dedup = createDeduplicator({storage: redisStorage({client, paragraphs: 5_000_000})})
 *   const result = await dedup.addAsync({id, text})
 *
 * Key layout. Every key carries the hash tag `{prefix}`, so on Redis Cluster the
 * index lives in one slot and a script touches one node atomically. The index is
 * kept in small hashes, not a key per paragraph or per band: Redis stores a hash
 * of at most `hash-max-listpack-entries` (128) fields of at most
 * `hash-max-listpack-value` (64) bytes as one flat listpack, where a field costs
 * a few bytes, while a key costs 50–100 bytes of its own.
 *
 *   {p}:params           the index parameters and layout (JSON), set once; every worker must match
 *   {p}:seq              paragraph counter (INCRBY: a document's originals are consecutive)
 *   {p}:d:<id>           a document added: its duplicate blocks (JSON), for redeliveries
 *   {p}:b:<g>:<s>        near tier, LSH band bucket shard s = value mod bandShards:
 *                          field value div bandShards → paragraph numbers, comma-separated, at most bucketCap
 *   {p}:x:<g>:<s>        exact tier, shard s = low 32 bits mod exactShards:
 *                          field the 64-bit key (signed decimal) → owner paragraph
 *   {p}:r:<g>:<n div 64> paragraph record: field n mod 64 → "n - first, block, line, normalized text"
 *   {p}:n:<g>:<n div 64> document id, under the number of its first original
 *
 * Numbers are written in decimal, which a listpack keeps as integers (a band
 * entry holding one paragraph costs about 10 bytes). The shard counts follow
 * from `paragraphs`, so that band and exact hashes hold about 64 fields each.
 *
 * Time-to-live by generations: `g` is the Redis server's clock divided by
 * `ttlSeconds`. Writes go to generation g, look-ups read g and g - 1, and the
 * keys of generation g expire at the start of g + 2. A paragraph is kept for
 * at least `ttlSeconds` and at most twice that, and memory is bounded by what
 * arrives in two TTLs, whatever is read or written.
 *
 * Round trips: one script per document. It checks the redelivery key, probes
 * every exact key and band bucket the document needs and, when nothing is
 * found (a new story), writes the document at once. Otherwise it returns what
 * it found with the records of the candidates and their neighbours, the client
 * decides, and a second script checks that the claims still hold and writes.
 * node-redis pipelines commands issued together, so many documents can be in
 * flight on one connection.
 */
import {StorageError} from '../dedup/storage.js'
import {OptionsError, describe} from '../errors.js'
import type {SharedCommit, SharedCommitAnswer, SharedDedupStorage, SharedLookup, SharedParagraph, SharedRecord, StoredResult} from '../dedup/shared.js'

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
  /** A paragraph is kept at least this long and at most twice this long. Default 604 800 (7 days). */
  ttlSeconds?: number
  /** A call that takes longer fails with StorageError (the record is reported, never treated as original). Default 5 000. */
  timeoutMs?: number
  /**
   * Original paragraphs expected within `ttlSeconds`, for sizing the hashes so
   * that they stay small (listpack-encoded). Default 1 000 000. Part of the
   * layout: every worker of an index must give the same value. Far more
   * paragraphs still work, at a few times the memory per paragraph.
   */
  paragraphs?: number
}

// Shared by the scripts: a generation's key, the entries of a band bucket, a record.
const COMMON = `
local tag, ttl = ARGV[1], tonumber(ARGV[2])
local gen = math.floor(tonumber(redis.call('TIME')[1]) / ttl)
local function key(kind, g, shard) return tag .. ':' .. kind .. ':' .. g .. ':' .. shard end
local function entries(value)
  if not value then return 0 end
  local _, commas = string.gsub(value, ',', '')
  return commas + 1
end
-- [first paragraph of its document, document id, "block,line,text"], or false.
local function record(p)
  local shard, field, g = math.floor(p / 64), p % 64, gen
  local v = redis.call('HGET', key('r', g, shard), field)
  if not v then
    g = gen - 1
    v = redis.call('HGET', key('r', g, shard), field)
  end
  if not v then return false end
  local comma = string.find(v, ',', 1, true)
  local first = p - tonumber(string.sub(v, 1, comma - 1))
  local doc = redis.call('HGET', key('n', g, math.floor(first / 64)), first % 64)
  return {first, doc, string.sub(v, comma + 1)}
end
`

/**
 * Writes a document's originals; ARGV from \`at\`: count, then per paragraph
 * exact shard, exact field, record "block,line,text", bands "shard field ...".
 * \`known\` holds band buckets whose contents this script already knows.
 */
const WRITE = `
local count = tonumber(ARGV[at]); at = at + 1
local expiring = {}
if count > 0 then
  local p = redis.call('INCRBY', KEYS[1], count) - count + 1
  local first = p
  local doc = key('n', gen, math.floor(first / 64))
  redis.call('HSET', doc, first % 64, id)
  expiring[doc] = true
  for i = 1, count do
    local xk = key('x', gen, ARGV[at])
    redis.call('HSETNX', xk, ARGV[at + 1], p)
    expiring[xk] = true
    local rk = key('r', gen, math.floor(p / 64))
    redis.call('HSET', rk, p % 64, (p - first) .. ',' .. ARGV[at + 2])
    expiring[rk] = true
    for s, f in string.gmatch(ARGV[at + 3], '(%d+) (%d+)') do
      local bk = key('b', gen, s)
      local slot = bk .. ' ' .. f
      local had = known[slot]
      if not had then
        had = {entries(redis.call('HGET', key('b', gen - 1, s), f)), redis.call('HGET', bk, f)}
        known[slot] = had
      end
      if had[1] + entries(had[2]) < cap then
        if had[2] then had[2] = had[2] .. ',' .. p else had[2] = tostring(p) end
        redis.call('HSET', bk, f, had[2])
        expiring[bk] = true
      end
    end
    at = at + 4
    p = p + 1
  end
end
local until_ = (gen + 2) * ttl
for k in pairs(expiring) do redis.call('EXPIREAT', k, until_) end
redis.call('SET', tag .. ':d:' .. id, ARGV[5], 'EXAT', until_)
`

/**
 * ARGV: tag, ttl, id, mode ('try': write when nothing is found; 'look': never write),
 * result JSON, bucketCap, most records to return inline,
 * exact probes "shard field ...", band probes "shard field ...", then the paragraphs
 * as for COMMIT. Returns {'redelivered', result}, {'ok'} or
 * {'found', owners, buckets, records: [p, first, doc, record, ...]}.
 */
const LOOKUP = `${COMMON}
local id, mode, cap, inline = ARGV[3], ARGV[4], tonumber(ARGV[6]), tonumber(ARGV[7])
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
local owners, buckets, found = {}, {}, false
for s, f in string.gmatch(ARGV[8], '(%d+) (%-?%d+)') do
  local owner = redis.call('HGET', key('x', gen - 1, s), f) or redis.call('HGET', key('x', gen, s), f)
  owners[#owners + 1] = owner
  if owner then found = true end
end
for s, f in string.gmatch(ARGV[9], '(%d+) (%d+)') do
  local old = redis.call('HGET', key('b', gen - 1, s), f)
  local new = redis.call('HGET', key('b', gen, s), f)
  local list = old
  if old and new then list = old .. ',' .. new elseif new then list = new end
  buckets[#buckets + 1] = list
  if list then found = true end
end
if not found and mode == 'try' then
  local known, at = {}, 10
  for s, f in string.gmatch(ARGV[9], '(%d+) (%d+)') do known[key('b', gen, s) .. ' ' .. f] = {0, false} end
  ${WRITE}
  return {'ok'}
end
-- The records the client will need (candidates, their neighbours, exact owners), when few.
local want, order = {}, {}
local function add(p) if p >= 1 and not want[p] then want[p] = true; order[#order + 1] = p end end
for _, owner in ipairs(owners) do if owner then add(tonumber(owner)) end end
for _, list in ipairs(buckets) do
  if list then for n in string.gmatch(list, '%d+') do
    local p = tonumber(n)
    add(p); add(p - 1); add(p + 1)
  end end
end
local records = {}
if #order <= inline then
  for _, p in ipairs(order) do
    local r = record(p)
    records[#records + 1] = p
    if r then
      records[#records + 1] = r[1]
      records[#records + 1] = r[2]
      records[#records + 1] = r[3]
    else
      records[#records + 1] = -1
      records[#records + 1] = ''
      records[#records + 1] = ''
    end
  end
end
return {'found', owners, buckets, records}
`

/**
 * ARGV: tag, ttl, id, (unused), result JSON, bucketCap, (unused), claims
 * "shard field ..." (exact keys seen without an owner), observed "shard field
 * length ..." (band buckets seen with room), then the paragraphs.
 * Returns {'ok'}, {'conflict'} or {'redelivered', result}.
 */
const COMMIT = `${COMMON}
local id, cap = ARGV[3], tonumber(ARGV[6])
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
for s, f in string.gmatch(ARGV[8], '(%d+) (%-?%d+)') do
  if redis.call('HEXISTS', key('x', gen - 1, s), f) == 1 or redis.call('HEXISTS', key('x', gen, s), f) == 1 then return {'conflict'} end
end
local known = {}
for s, f, n in string.gmatch(ARGV[9], '(%d+) (%d+) (%d+)') do
  local old = redis.call('HGET', key('b', gen - 1, s), f)
  local new = redis.call('HGET', key('b', gen, s), f)
  if entries(old) + entries(new) ~= tonumber(n) then return {'conflict'} end
  known[key('b', gen, s) .. ' ' .. f] = {entries(old), new}
end
local at = 10
${WRITE}
return {'ok'}
`

/** ARGV: tag, ttl, paragraph numbers. Returns [first, doc, record] per paragraph ([-1, '', ''] when gone). */
const RECORDS = `${COMMON}
local out = {}
for i = 3, #ARGV do
  local r = record(tonumber(ARGV[i]))
  if r then
    out[#out + 1] = r[1]; out[#out + 1] = r[2]; out[#out + 1] = r[3]
  else
    out[#out + 1] = -1; out[#out + 1] = ''; out[#out + 1] = ''
  end
end
return out
`

/** Records returned with a look-up at most; beyond that the client asks for the ones it needs. */
const INLINE_RECORDS = 64
/** Fields per band and exact hash the layout aims at: half of Redis's default listpack limit (128). */
const FIELDS_PER_HASH = 64

const PREFIX = /^[A-Za-z0-9_.:-]{1,64}$/

/** Paragraph records as the scripts return them: [first, doc, "block,line,text"] triples. */
function parseRecords(flat: readonly (string | number)[], at: number, out: Map<number, SharedRecord | null>, paragraphs?: readonly number[]): void {
  for (let i = at, n = 0; i < flat.length; i += paragraphs ? 3 : 4, n++) {
    const p = paragraphs ? paragraphs[n] : Number(flat[i])
    const j = paragraphs ? i : i + 1
    if (Number(flat[j]) < 0) {
      out.set(p, null)
      continue
    }
    const body = String(flat[j + 2])
    const a = body.indexOf(',')
    const b = body.indexOf(',', a + 1)
    out.set(p, {doc: String(flat[j + 1]), block: Number(body.slice(0, a)), line: Number(body.slice(a + 1, b)), text: body.slice(b + 1)})
  }
}

/** A Redis store for `createDeduplicator({storage})`; use `dedup.addAsync()` with it. */
export function redisStorage(options: RedisStorageOptions): SharedDedupStorage {
  if (options === null || typeof options !== 'object') throw new OptionsError(`Expected redisStorage options {client, prefix?, ttlSeconds?, paragraphs?}, got ${describe(options)}`)
  const {client, prefix = 'dechrome', ttlSeconds = 604_800, timeoutMs = 5000, paragraphs: expected = 1_000_000} = options
  if (!client || typeof (client as Partial<RedisClientLike>).sendCommand !== 'function') {
    throw new OptionsError(`Expected \`client\` to be a node-redis client (createClient from 'redis'), got ${describe(client)}`)
  }
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) throw new OptionsError(`Expected \`prefix\` to be 1–64 letters, digits or _.:-, got ${describe(prefix)}`)
  for (const [name, value] of [['ttlSeconds', ttlSeconds], ['timeoutMs', timeoutMs], ['paragraphs', expected]] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new OptionsError(`Expected \`${name}\` to be a positive integer, got ${describe(value)}`)
  }
  const tag = `{${prefix}}`
  const seq = `${tag}:seq`
  const ttl = String(ttlSeconds)
  const shas = new Map<string, string>()
  const exactShards = Math.max(1, Math.ceil(expected / FIELDS_PER_HASH))
  // Set by open(): it depends on the number of bands.
  let bandShards = 1

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
      return await call<T>(['EVALSHA', sha, '1', seq, tag, ttl, ...args])
    } catch (error) {
      if (!/NOSCRIPT/.test((error as Error).message)) throw error
      shas.delete(source)
      return script(source, args)
    }
  }

  const bandProbe = (value: number) => `${value % bandShards} ${Math.floor(value / bandShards)}`
  /** An exact key (hex of hi, lo) as "shard field": the field is the whole key, as a signed 64-bit decimal. */
  const exactProbe = (hex: string) => {
    const lo = Number.parseInt(hex.slice(8), 16)
    return `${lo % exactShards} ${BigInt.asIntN(64, BigInt(`0x${hex}`))}`
  }
  const paragraphArgs = (paragraphs: readonly SharedParagraph[]): string[] => {
    const args = [String(paragraphs.length)]
    for (const {key, record, bands} of paragraphs) {
      args.push(...exactProbe(key).split(' '), `${record.block},${record.line},${record.text}`, bands ? bands.map(bandProbe).join(' ') : '')
    }
    return args
  }

  return {
    shared: true,
    async open(parameters) {
      const bands = Number(parameters.bands)
      bandShards = Math.max(1, Math.ceil((expected * (Number.isInteger(bands) && bands > 0 ? bands : 1)) / FIELDS_PER_HASH))
      const layout = {...parameters, layout: 2, ttlSeconds, exactShards, bandShards}
      const mine = JSON.stringify(layout, Object.keys(layout).sort())
      const had = await call<string | null>(['SET', `${tag}:params`, mine, 'NX', 'GET'])
      if (had !== null && had !== mine) {
        throw new StorageError(`The Redis index under prefix ${prefix} was built with other parameters or layout (${had}); this process has ${mine}`)
      }
    },

    async lookup({id, exact, bands, bucketCap, commit}): Promise<SharedLookup> {
      const args = [id, commit ? 'try' : 'look', commit ? JSON.stringify(commit.result) : '', String(bucketCap), String(INLINE_RECORDS), exact.map(exactProbe).join(' '), bands.map(bandProbe).join(' ')]
      args.push(...(commit ? paragraphArgs(commit.paragraphs) : ['0']))
      const reply = await script<[string, ...unknown[]]>(LOOKUP, args)
      if (reply[0] === 'redelivered') return {result: JSON.parse(reply[1] as string) as StoredResult, exact: [], bands: [], committed: false}
      if (reply[0] === 'ok') return {result: null, exact: exact.map(() => null), bands: bands.map(() => []), committed: true}
      const [, owners, buckets, records] = reply as [string, (string | null)[], (string | null)[], (string | number)[]]
      const known = new Map<number, SharedRecord | null>()
      parseRecords(records, 0, known)
      return {
        result: null,
        exact: exact.map((_, i) => (owners[i] === null || owners[i] === undefined ? null : Number(owners[i]))),
        bands: bands.map((_, i) => {
          const list = buckets[i]
          return list === null || list === undefined ? [] : list.split(',').slice(0, bucketCap).map(Number)
        }),
        committed: false,
        records: known,
      }
    },

    async records(paragraphs): Promise<(SharedRecord | null)[]> {
      const flat = await script<(string | number)[]>(RECORDS, paragraphs.map(String))
      const out = new Map<number, SharedRecord | null>()
      parseRecords(flat, 0, out, paragraphs)
      return paragraphs.map((p) => out.get(p) ?? null)
    },

    async commit(request: SharedCommit): Promise<SharedCommitAnswer> {
      const claims = request.claims.map(exactProbe).join(' ')
      const observed = request.observed.map(({value, length}) => `${bandProbe(value)} ${length}`).join(' ')
      const args = [request.id, '', JSON.stringify(request.result), String(request.bucketCap), '', claims, observed, ...paragraphArgs(request.paragraphs)]
      const [status, stored] = await script<[string, string?]>(COMMIT, args)
      if (status === 'redelivered') return {status, result: JSON.parse(stored!) as StoredResult}
      return status === 'ok' ? {status: 'ok'} : {status: 'conflict'}
    },
  }
}

export {StorageError}
export type {SharedDedupStorage}
