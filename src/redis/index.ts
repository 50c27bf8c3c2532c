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
 *   {p}:b:<s>            near tier, band shard s = band value mod bandShards: field
 *                          (value div bandShards) × 2 + generation parity → up to bucketCap paragraph numbers
 *   {p}:x:<s>            exact tier, shard s = low 32 bits mod exactShards: field the 64-bit
 *                          key (signed decimal), lowest bit replaced by the generation parity → owner paragraph
 *   {p}:r:<n div 16>     paragraph records: a string of 16 consecutive paragraphs
 *   {p}:n:<n div 64>     a hash: document id under the number of its first original
 *
 * Numbers are written in decimal, which a listpack keeps as integers. The shard
 * counts follow from `paragraphs` (FIELDS_PER_HASH, 40, per generation), so a
 * hash holds about 80 fields for the two generations it keeps.
 *
 * Time-to-live by generations: `g` is the Redis server's clock divided by
 * `ttlSeconds`. Writes go to generation g, look-ups read g and g - 1; the first
 * write of g into a hash drops its older fields and sets it to expire two TTLs
 * later. A paragraph is kept for at least `ttlSeconds` and at most twice that,
 * and memory is bounded by what arrives in two TTLs.
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

// A misspelt option must not pass silently (a wrong `ttlSeconds` name would keep keys a week).
const OPTION_NAMES: readonly string[] = ['client', 'prefix', 'ttlSeconds', 'timeoutMs', 'paragraphs'] satisfies (keyof RedisStorageOptions)[]

// Shared by the scripts: the generation, keys, generation fields, band buckets, records.
const COMMON = `
local tag, ttl = ARGV[1], tonumber(ARGV[2])
local gen = math.floor(tonumber(redis.call('TIME')[1]) / ttl)
local odd = gen % 2 == 1
-- Marks are compared as the strings they are stored as: converting a number costs more than the look-up.
local genName, prevName = tostring(gen), tostring(gen - 1)
local function key(kind, shard) return tag .. ':' .. kind .. ':' .. shard end
local B, X = tag .. ':b:', tag .. ':x:'
local function entries(value)
  if not value then return 0 end
  local _, commas = string.gsub(value, ',', '')
  return commas + 1
end
-- Generation hashes: field '~' is the generation the hash was last swept in; a
-- field number's parity is its generation's. Marks as read, by key.
local marks = {}
-- The previous and this generation's values of a field (even and odd name), false when absent or stale.
local function read(k, even, oddname)
  -- The mark too: a write into this hash (sweep) needs it.
  local v = redis.call('HMGET', k, '~', even, oddname)
  local mark = v[1]
  local m = -1
  if mark == genName then m = gen elseif mark == prevName then m = gen - 1 elseif mark then m = tonumber(mark) end
  marks[k] = m
  local cur, prev = v[2], v[3]
  if odd then cur, prev = v[3], v[2] end
  if m == gen then return prev, cur end
  if m == gen - 1 then return prev, false end
  return false, false
end
-- Before the first write of a generation into a hash: drop the fields of older
-- generations, mark it, and let it expire unless written again.
local function sweep(k)
  local m = marks[k]
  if m == nil then
    local v = redis.call('HGET', k, '~')
    m = v and tonumber(v) or -1
  end
  if m ~= gen then
    local all = redis.call('HGETALL', k)
    local stale = {}
    for i = 1, #all, 2 do
      local f = all[i]
      if f ~= '~' and (m ~= gen - 1 or (tonumber(string.sub(f, -1)) % 2 == 1) == odd) then stale[#stale + 1] = f end
    end
    if #stale > 0 then redis.call('HDEL', k, unpack(stale)) end
    redis.call('HSET', k, '~', gen)
    redis.call('EXPIRE', k, 2 * ttl)
    marks[k] = gen
  end
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
 * exact shard, even and odd field, record "block,line,text", bands "shard even
 * odd ...", and '1' when the look-up of the same script found those bands'
 * buckets empty. \`known\` holds band buckets whose contents this script already read.
 */
const WRITE = `
local count = tonumber(ARGV[at]); at = at + 1
if count > 0 then
  local p = redis.call('INCRBY', KEYS[1], count) - count + 1
  local first = p
  local doc = key('n', math.floor(first / 64))
  redis.call('HSET', doc, first % 64, id)
  redis.call('EXPIRE', doc, 2 * ttl)
  local groups, order = {}, {}
  for i = 1, count do
    -- The paragraph number as a string once: Lua's number formatting is slow.
    local ps = tostring(p)
    local xk = X .. ARGV[at]
    sweep(xk)
    redis.call('HSETNX', xk, odd and ARGV[at + 2] or ARGV[at + 1], ps)
    local g = math.floor(p / 16)
    local body = (p % 16) .. ',' .. (p - first) .. ',' .. ARGV[at + 3]
    if not groups[g] then groups[g] = {}; order[#order + 1] = g end
    local list = groups[g]
    list[#list + 1] = #body .. ':' .. body
    -- '1': the look-up of this same script found these buckets empty.
    local empty = ARGV[at + 5] == '1'
    for s, e, o in string.gmatch(ARGV[at + 4], '(%d+) (%d+) (%d+)') do
      local bk = B .. s
      local slot = bk .. ' ' .. e
      local had = known[slot]
      if not had then
        if empty then
          had = {0, false}
        else
          local prev, cur = read(bk, e, o)
          had = {entries(prev), cur}
        end
        known[slot] = had
      end
      if had[1] + entries(had[2]) < cap then
        if had[2] then had[2] = had[2] .. ',' .. ps else had[2] = ps end
        sweep(bk)
        redis.call('HSET', bk, odd and o or e, had[2])
      end
    end
    at = at + 6
    p = p + 1
  end
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
 * result JSON, bucketCap, most records to return inline, exact probes "shard
 * even odd ...", band probes "shard even odd ...", then the paragraphs as for
 * WRITE. Returns {'redelivered', result}, {'ok'} or
 * {'found', owners, buckets, records: [p, first, doc, record, ...]}.
 */
const LOOKUP = `${COMMON}
local id, mode, cap, inline = ARGV[3], ARGV[4], tonumber(ARGV[6]), tonumber(ARGV[7])
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
local owners, buckets, known, found = {}, {}, {}, false
for s, e, o in string.gmatch(ARGV[8], '(%d+) (%-?%d+) (%-?%d+)') do
  local prev, cur = read(X .. s, e, o)
  local owner = prev or cur
  owners[#owners + 1] = owner
  if owner then found = true end
end
for s, e, o in string.gmatch(ARGV[9], '(%d+) (%d+) (%d+)') do
  local prev, cur = read(B .. s, e, o)
  local list = prev
  if prev and cur then list = prev .. ',' .. cur elseif cur then list = cur end
  buckets[#buckets + 1] = list
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
 * "shard even odd ..." (exact keys seen without an owner), observed "shard
 * even odd length ..." (band buckets seen with room), then the paragraphs.
 * Returns {'ok'}, {'conflict'} or {'redelivered', result}.
 */
const COMMIT = `${COMMON}
local id, cap = ARGV[3], tonumber(ARGV[6])
local existing = redis.call('GET', tag .. ':d:' .. id)
if existing then return {'redelivered', existing} end
for s, e, o in string.gmatch(ARGV[8], '(%d+) (%-?%d+) (%-?%d+)') do
  local prev, cur = read(X .. s, e, o)
  if prev or cur then return {'conflict'} end
end
local known = {}
for s, e, o, n in string.gmatch(ARGV[9], '(%d+) (%d+) (%d+) (%d+)') do
  local bk = B .. s
  local prev, cur = read(bk, e, o)
  if entries(prev) + entries(cur) ~= tonumber(n) then return {'conflict'} end
  known[bk .. ' ' .. e] = {entries(prev), cur}
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
/**
 * Fields per band and exact hash and generation the layout aims at: a hash
 * holds two generations, about 80 fields, under Redis's default listpack limit
 * (`hash-max-listpack-entries` 128) with room for chance.
 */
const FIELDS_PER_HASH = 40

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

  /** A band value as "shard even odd": its field in even and in odd generations. */
  const bandProbe = (value: number) => {
    const field = Math.floor(value / bandShards) * 2
    return `${value % bandShards} ${field} ${field + 1}`
  }
  /** An exact key (hex of hi, lo) as "shard even odd": its top 63 bits, doubled, as a signed 64-bit decimal. */
  const exactProbe = (hex: string) => {
    const lo = Number.parseInt(hex.slice(8), 16)
    const field = BigInt.asIntN(64, (BigInt(`0x${hex}`) >> 1n) << 1n)
    return `${lo % exactShards} ${field} ${field + 1n}`
  }
  /** The paragraphs to write; `probed`: band values the same script's look-up finds empty when it writes. */
  const paragraphArgs = (paragraphs: readonly SharedParagraph[], probed?: ReadonlySet<number>): string[] => {
    const args = [String(paragraphs.length)]
    for (const {key, record, bands} of paragraphs) {
      const empty = probed !== undefined && bands !== null && bands.every((v) => probed.has(v))
      args.push(...exactProbe(key).split(' '), `${record.block},${record.line},${record.text}`, bands ? bands.map(bandProbe).join(' ') : '', empty ? '1' : '0')
    }
    return args
  }

  return {
    shared: true,
    async open(parameters) {
      const bands = Number(parameters.bands)
      bandShards = Math.max(1, Math.ceil((expected * (Number.isInteger(bands) && bands > 0 ? bands : 1)) / FIELDS_PER_HASH))
      const layout = {...parameters, layout: 3, ttlSeconds, exactShards, bandShards}
      const mine = JSON.stringify(layout, Object.keys(layout).sort())
      const had = await call<string | null>(['SET', `${tag}:params`, mine, 'NX', 'GET'])
      if (had !== null && had !== mine) {
        throw new StorageError(`The Redis index under prefix ${prefix} was built with other parameters or layout (${had}); this process has ${mine}`)
      }
    },

    async lookup({id, exact, bands, bucketCap, commit}): Promise<SharedLookup> {
      const args = [id, commit ? 'try' : 'look', commit ? JSON.stringify(commit.result) : '', String(bucketCap), String(INLINE_RECORDS), exact.map(exactProbe).join(' '), bands.map(bandProbe).join(' ')]
      args.push(...(commit ? paragraphArgs(commit.paragraphs, new Set(bands)) : ['0']))
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
