/**
 * Site-template snapshot (version 1), little-endian:
 *
 *   magic    8 bytes  "DCHSITES"
 *   version  u32
 *   params   u32 byte length, then UTF-8 JSON of the parameters
 *   sites    u32 count, then per site (least recently used first):
 *            u16 name length, UTF-8 name, u32 pages, u32 blocks,
 *            per block: f64 key, u32 pages, u32 last, u32 recent, u8 fromStart, u8 fromEnd
 *   checksum u32 CRC-32 of every byte before it
 */
import {describe} from '../errors.js'
import {crc32, SnapshotError, writeHeader} from '../dedup/snapshot.js'
import type {BlockSighting, SiteRecord} from './storage.js'

const MAGIC = 'DCHSITES'
const VERSION = 1
const BLOCK_BYTES = 8 + 4 + 4 + 4 + 2

export function encodeTemplates(params: object, sites: Iterable<[string, SiteRecord]>): Uint8Array {
  const encoder = new TextEncoder()
  const paramBytes = encoder.encode(JSON.stringify(params))
  const list = [...sites].map(([name, record]) => ({name: encoder.encode(name), record}))
  let length = 8 + 4 + 4 + paramBytes.length + 4 + 4
  for (const s of list) length += 2 + s.name.length + 8 + s.record.blocks.size * BLOCK_BYTES
  const out = new Uint8Array(length)
  const view = new DataView(out.buffer)
  let at = writeHeader(out, view, MAGIC, VERSION, paramBytes)
  view.setUint32(at, list.length, true)
  at += 4
  for (const {name, record} of list) {
    view.setUint16(at, name.length, true)
    out.set(name, at + 2)
    at += 2 + name.length
    view.setUint32(at, record.pages, true)
    view.setUint32(at + 4, record.blocks.size, true)
    at += 8
    for (const [key, s] of record.blocks) {
      view.setFloat64(at, key, true)
      view.setUint32(at + 8, s.pages, true)
      view.setUint32(at + 12, s.last, true)
      view.setUint32(at + 16, s.recent, true)
      out[at + 20] = s.fromStart
      out[at + 21] = s.fromEnd
      at += BLOCK_BYTES
    }
  }
  view.setUint32(at, crc32(out.subarray(0, at)), true)
  return out
}

export interface DecodedTemplates {
  params: Record<string, unknown>
  sites: [string, SiteRecord][]
}

/** Parse and verify a snapshot; a damaged one throws SnapshotError naming what is wrong. */
export function decodeTemplates(snapshot: unknown): DecodedTemplates {
  if (!(snapshot instanceof Uint8Array)) {
    throw new SnapshotError('corrupt', `Expected \`snapshot\` to be a Uint8Array from templates.snapshot(), got ${describe(snapshot)}`)
  }
  const bytes = snapshot
  const corrupt = (why: string): never => {
    throw new SnapshotError('corrupt', `Corrupt site-template snapshot (${bytes.length} bytes): ${why}`)
  }
  if (bytes.length < 8 + 8 + 4 + 4) corrupt('too short')
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) corrupt('not a dechrome site-template snapshot (bad magic)')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(8, true)
  if (version !== VERSION) throw new SnapshotError('version', `Site-template snapshot has format version ${version}; this dechrome reads version ${VERSION}`)
  const end = bytes.length - 4
  if (view.getUint32(end, true) !== crc32(bytes.subarray(0, end))) corrupt('checksum mismatch')
  let at = 12
  const need = (n: number, what: string) => {
    if (at + n > end) corrupt(`${what} runs past the end`)
  }
  const paramLength = view.getUint32(at, true)
  at += 4
  need(paramLength + 4, 'parameters')
  let params: Record<string, unknown>
  try {
    params = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(at, at + paramLength)))
  } catch (cause) {
    throw new SnapshotError('corrupt', 'Corrupt site-template snapshot: unreadable parameters', {cause})
  }
  at += paramLength
  const count = view.getUint32(at, true)
  at += 4
  const decoder = new TextDecoder('utf-8', {fatal: true})
  const sites: [string, SiteRecord][] = []
  for (let i = 0; i < count; i++) {
    need(2, `site ${i}`)
    const nameLength = view.getUint16(at, true)
    at += 2
    need(nameLength + 8, `site ${i}`)
    const name = decoder.decode(bytes.subarray(at, at + nameLength))
    at += nameLength
    const pages = view.getUint32(at, true)
    const n = view.getUint32(at + 4, true)
    at += 8
    need(n * BLOCK_BYTES, `site ${name}`)
    const blocks = new Map<number, BlockSighting>()
    for (let j = 0; j < n; j++) {
      const key = view.getFloat64(at, true)
      if (!Number.isSafeInteger(key) || key < 0) corrupt(`site ${name} has a bad block key`)
      const s: BlockSighting = {
        pages: view.getUint32(at + 8, true),
        last: view.getUint32(at + 12, true),
        recent: view.getUint32(at + 16, true),
        fromStart: bytes[at + 20],
        fromEnd: bytes[at + 21],
      }
      if (s.last > pages || s.pages > pages) corrupt(`site ${name} has a block seen on more pages than the site has`)
      blocks.set(key, s)
      at += BLOCK_BYTES
    }
    sites.push([name, {pages, blocks}])
  }
  if (at !== end) corrupt('trailing bytes')
  return {params, sites}
}
