/**
 * `dechrome/redis`: the dedup index on Redis, shared by a fleet of workers.
 *
 *   import {createClient} from 'redis'
 *   import {createDeduplicator} from 'dechrome'
 *   import {redisStorage} from 'dechrome/redis'
 *
 *   const client = await createClient({url}).connect()
 *   const dedup = createDeduplicator({storage: redisStorage({client, prefix: 'news'})})
 *   const result = await dedup.addAsync({id, text})
 *
 * Key layout. Every key carries the hash tag `{prefix}`, so on Redis Cluster the
 * index lives in one slot and a script touches one node atomically. Each tier
 * is one hash per generation (below), so that a document's look-ups are one
 * HMGET per tier and generation, whatever its number of paragraphs: the cost
 * per `redis.call` from a script, not the fields, is what bounds a Redis core.
 *
 *   {p}:params           the index parameters and layout (JSON), set once; every worker must match
 *   {p}:seq              paragraph counter (INCRBY: a document's originals are consecutive)
 *   {p}:d:<id>           a document added: its duplicate blocks (JSON), for redeliveries
 *   {p}:b:<g>            near tier of generation g: field the band value (decimal) → up to bucketCap paragraph numbers
 *   {p}:x:<g>            exact tier of generation g: field the 64-bit key (hex) → owner paragraph
 *   {p}:r:<n div 16>     paragraph records: a string of 16 consecutive paragraphs
 *   {p}:n:<n div 64>     a hash: document id under the number of its first original
 *
 * Time-to-live by generations: `g` is the Redis server's clock divided by
 * `ttlSeconds`. Writes go to generation g, look-ups read g and g - 1. A
 * generation's hashes expire at the start of generation g + 2 (EXPIREAT), and
 * every write UNLINKs generation g - 2 (a no-op once it is gone), which frees a
 * large hash in Redis's background thread instead of blocking the server. A paragraph is
 * kept for at least `ttlSeconds` and at most twice that, and memory is bounded
 * by what arrives in two TTLs.
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
   * @deprecated Sized the hashes of layout 3; layout 4 has one hash per tier and
   * generation, whatever the traffic. Still accepted (a positive integer) and ignored.
   */
  paragraphs?: number
}

// A misspelt option must not pass silently (a wrong `ttlSeconds` name would keep keys a week).
const OPTION_NAMES: readonly string[] = ['client', 'prefix', 'ttlSeconds', 'timeoutMs', 'paragraphs'] satisfies (keyof RedisStorageOptions)[]

// Shared by the scripts: the generation, keys, batched hash reads and writes, records.
const COMMON = `
local tag, ttl = ARGV[1], tonumber(ARGV[2])
local gen = math.floor(tonumber(redis.call('TIME')[1]) / ttl)
local function key(kind, shard) return tag .. ':' .. kind .. ':' .. shard end
-- Each tier is one hash per generation: writes go to this one, look-ups read it and the one before.
local BC, BP, XC, XP = key('b', gen), key('b', gen - 1), key('x', gen), key('x', gen - 1)
local function entries(value)
  if not value then return 0 end
  local _, commas = string.gsub(value, ',', '')
  return commas + 1
end
local function words(s)
  local out = {}
  for w in string.gmatch(s, '%S+') do out[#out + 1] = w end
  return out
end
-- One HMGET or HSET per slice of fields: Lua's unpack has a stack limit.
local SLICE = 1000
local function hmget(k, fields)
  if #fields <= SLICE then return redis.call('HMGET', k, unpack(fields)) end
  local out = {}
  for i = 1, #fields, SLICE do
    local part = redis.call('HMGET', k, unpack(fields, i, math.min(i + SLICE - 1, #fields)))
    for j = 1, #part do out[#out + 1] = part[j] end
  end
  return out
end
local function hset(k, flat)
  for i = 1, #flat, 2 * SLICE do redis.call('HSET', k, unpack(flat, i, math.min(i + 2 * SLICE - 1, #flat))) end
end
-- The band buckets read so far: entries of the previous generation, and this generation's list (or false).
local prevCount, curList = {}, {}
-- Reads the buckets of both generations into prevCount and curList; returns the previous and this generation's lists.
local function readBuckets(fields)
  if #fields == 0 then return {}, {} end
  local newer, older = hmget(BC, fields), hmget(BP, fields)
  for i, f in ipairs(fields) do prevCount[f] = entries(older[i]); curList[f] = newer[i] end
  return older, newer
end
-- The owner of each exact field in either generation (the previous one's first), or false.
local function ownersOf(fields)
  if #fields == 0 then return {} end
  local newer, older = hmget(XC, fields), hmget(XP, fields)
  local out = {}
  for i = 1, #fields do out[i] = older[i] or newer[i] end
  return out
end
-- Records: strings of up to 16 consecutive paragraphs, entries "<bytes>:<p mod 16>,<p - first>,<block>,<line>,<text>".
-- Returns [first paragraph of its document, document id, "block,line,text"], or false.
local function record(p)
  local group = redis.call('GET', key('r', math.floor(p / 16)))
  if not group then return false end
  local want, at = p % 16, 1
  while at <= #group do
    local colon = string.find(group, ':', at, true)
    local length = tonumber(string.sub(group, at, colon - 1))
    local body = string.sub(group, colon + 1, colon + length)
    at = colon + length + 1
    local c1 = string.find(body, ',', 1, true)
    if tonumber(string.sub(body, 1, c1 - 1)) == want then
      local c2 = string.find(body, ',', c1 + 1, true)
      local first = p - tonumber(string.sub(body, c1 + 1, c2 - 1))
      local doc = redis.call('HGET', key('n', math.floor(first / 64)), first % 64)
      if not doc then return false end
      return {first, doc, string.sub(body, c2 + 1)}
    end
  end
  return false
end
`

/**
 * Writes a document's originals; ARGV from \`at\`: count, then per paragraph
 * exact field, record "block,line,text" and band fields "v v ...". Buckets the
 * script has read already are in \`prevCount\` and \`curList\`; the rest are read here.
 */
const WRITE = `
local count = tonumber(ARGV[at]); at = at + 1
if count > 0 then
  local p = redis.call('INCRBY', KEYS[1], count) - count + 1
  local first = p
  local doc = key('n', math.floor(first / 64))
  redis.call('HSET', doc, first % 64, id)
  redis.call('EXPIRE', doc, 2 * ttl)
  -- The buckets not read yet, and this generation's exact fields, in one batch each.
  local need, needed, exact = {}, {}, {}
  for i = 0, count - 1 do
    exact[#exact + 1] = ARGV[at + i * 3]
    for f in string.gmatch(ARGV[at + i * 3 + 2], '%d+') do
      if prevCount[f] == nil and not needed[f] then needed[f] = true; need[#need + 1] = f end
    end
  end
  readBuckets(need)
  local owned = hmget(XC, exact)
  local groups, order, xpairs, xseen, changed, bpairs = {}, {}, {}, {}, {}, {}
  for i = 1, count do
    -- The paragraph number as a string once: Lua's number formatting is slow.
    local ps = tostring(p)
    local xf = ARGV[at]
    -- An exact field keeps its first owner (HSETNX, batched).
    if not owned[i] and not xseen[xf] then xseen[xf] = true; xpairs[#xpairs + 1] = xf; xpairs[#xpairs + 1] = ps end
    local g = math.floor(p / 16)
    local body = (p % 16) .. ',' .. (p - first) .. ',' .. ARGV[at + 1]
    if not groups[g] then groups[g] = {}; order[#order + 1] = g end
    local list = groups[g]
    list[#list + 1] = #body .. ':' .. body
    for f in string.gmatch(ARGV[at + 2], '%d+') do
      local bucket = curList[f]
      if prevCount[f] + entries(bucket) < cap then
        curList[f] = bucket and bucket .. ',' .. ps or ps
        if not changed[f] then changed[f] = true; bpairs[#bpairs + 1] = f end
      end
    end
    at = at + 3
    p = p + 1
  end
  -- A generation's hashes expire when it is two old; the one before the previous is read no more, freed in the background.
  local expireAt = (gen + 2) * ttl
  if #xpairs > 0 then hset(XC, xpairs); redis.call('EXPIREAT', XC, expireAt) end
  if #bpairs > 0 then
    local flat = {}
    for _, f in ipairs(bpairs) do flat[#flat + 1] = f; flat[#flat + 1] = curList[f] end
    hset(BC, flat)
    redis.call('EXPIREAT', BC, expireAt)
  end
  redis.call('UNLINK', key('b', gen - 2), key('x', gen - 2))
  -- Each record string is written whole (SET sizes it exactly; APPEND would leave room to grow).
  for _, g in ipairs(order) do
    local rk = key('r', g)
    local had = redis.call('GET', rk) or ''
    redis.call('SET', rk, had .. table.concat(groups[g]), 'EX', 2 * ttl)
  end
end
redis.call('SET', tag .. ':d:' .. id, ARGV[5], 'EX', 2 * ttl)
`

/**
 * ARGV: tag, ttl, id, mode ('try': write when nothing is found; 'look': never write),
 * result JSON, bucketCap, most records to return inline, exact fields "k k ...",
 * band fields "v v ...", then the paragraphs as for WRITE. Returns
 * {'redelivered', result}, {'ok'} or {'found', owners, buckets, records: [p, first, doc, record, ...]}.
 */
const LOOKUP = `${COMMON}
local id, mode, cap, inline = ARGV[3], ARGV[4], tonumber(ARGV[6]), tonumber(ARGV[7])
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
local xf, bf = words(ARGV[8]), words(ARGV[9])
local owners, buckets, found = ownersOf(xf), {}, false
for i = 1, #xf do if owners[i] then found = true end end
local older, newer = readBuckets(bf)
for i = 1, #bf do
  local list = older[i]
  if list and newer[i] then list = list .. ',' .. newer[i] elseif newer[i] then list = newer[i] end
  buckets[i] = list
  if list then found = true end
end
if not found and mode == 'try' then
  local at = 10
  ${WRITE}
  return {'ok'}
end
-- The records the client will need (candidates, their neighbours, exact owners), when few.
local want, order = {}, {}
local function add(p) if p >= 1 and not want[p] then want[p] = true; order[#order + 1] = p end end
for i = 1, #xf do if owners[i] then add(tonumber(owners[i])) end end
for i = 1, #bf do
  local list = buckets[i]
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
 * "k k ..." (exact fields seen without an owner), observed "v length ..." (band
 * buckets seen with room), then the paragraphs. Returns {'ok'}, {'conflict'} or
 * {'redelivered', result}.
 */
const COMMIT = `${COMMON}
local id, cap = ARGV[3], tonumber(ARGV[6])
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
local held = ownersOf(words(ARGV[8]))
for i = 1, #held do if held[i] then return {'conflict'} end end
local fields, lengths = {}, {}
for f, n in string.gmatch(ARGV[9], '(%d+) (%d+)') do fields[#fields + 1] = f; lengths[#lengths + 1] = tonumber(n) end
local older, newer = readBuckets(fields)
for i = 1, #fields do if entries(older[i]) + entries(newer[i]) ~= lengths[i] then return {'conflict'} end end
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
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) throw new OptionsError(`Unknown option \`${key}\` of redisStorage(); known options are ${OPTION_NAMES.join(', ')}`)
  }
  const {client, prefix = 'dechrome', ttlSeconds = 604_800, timeoutMs = 5000, paragraphs = 1} = options
  if (!client || typeof (client as Partial<RedisClientLike>).sendCommand !== 'function') {
    throw new OptionsError(`Expected \`client\` to be a node-redis client (createClient from 'redis'), got ${describe(client)}`)
  }
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) throw new OptionsError(`Expected \`prefix\` to be 1–64 letters, digits or _.:-, got ${describe(prefix)}`)
  for (const [name, value] of [['ttlSeconds', ttlSeconds], ['timeoutMs', timeoutMs], ['paragraphs', paragraphs]] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new OptionsError(`Expected \`${name}\` to be a positive integer, got ${describe(value)}`)
  }
  const tag = `{${prefix}}`
  const seq = `${tag}:seq`
  const ttl = String(ttlSeconds)
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
      return await call<T>(['EVALSHA', sha, '1', seq, tag, ttl, ...args])
    } catch (error) {
      if (!/NOSCRIPT/.test((error as Error).message)) throw error
      shas.delete(source)
      return script(source, args)
    }
  }

  /** The paragraphs to write: exact field (the key's hex), record, band fields. */
  const paragraphArgs = (paragraphs: readonly SharedParagraph[]): string[] => {
    const args = [String(paragraphs.length)]
    for (const {key, record, bands} of paragraphs) args.push(key, `${record.block},${record.line},${record.text}`, bands ? bands.join(' ') : '')
    return args
  }

  return {
    shared: true,
    async open(parameters) {
      const layout = {...parameters, layout: 4, ttlSeconds}
      const mine = JSON.stringify(layout, Object.keys(layout).sort())
      const had = await call<string | null>(['SET', `${tag}:params`, mine, 'NX', 'GET'])
      if (had !== null && had !== mine) {
        throw new StorageError(`The Redis index under prefix ${prefix} was built with other parameters or layout (${had}); this process has ${mine}`)
      }
    },

    async lookup({id, exact, bands, bucketCap, commit}): Promise<SharedLookup> {
      const args = [id, commit ? 'try' : 'look', commit ? JSON.stringify(commit.result) : '', String(bucketCap), String(INLINE_RECORDS), exact.join(' '), bands.join(' ')]
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
      const claims = request.claims.join(' ')
      const observed = request.observed.map(({value, length}) => `${value} ${length}`).join(' ')
      const args = [request.id, '', JSON.stringify(request.result), String(request.bucketCap), '', claims, observed, ...paragraphArgs(request.paragraphs)]
      const [status, stored] = await script<[string, string?]>(COMMIT, args)
      if (status === 'redelivered') return {status, result: JSON.parse(stored!) as StoredResult}
      return status === 'ok' ? {status: 'ok'} : {status: 'conflict'}
    },
  }
}

export {StorageError}
export type {SharedDedupStorage}
