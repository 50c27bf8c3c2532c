/**
 * Snapshot format (version 1), little-endian:
 *
 *   magic    8 bytes  "DCHDEDUP"
 *   version  u32
 *   params   u32 byte length, then UTF-8 JSON of the index parameters
 *   counts   u32 documents, u32 paragraphs, u32 bands
 *   arrays   each as u32 byte length + bytes, in MemoryStorageState order
 *   checksum u32 CRC-32 of every byte before it
 *
 * Hash tables are not stored: they are rebuilt on load, which keeps snapshots
 * smaller and the format independent of table capacities.
 */
import {DechromeError, describe} from '../errors.js'
import type {MemoryStorageState} from './storage.js'

/** Why a snapshot was refused. */
export type SnapshotProblem = 'corrupt' | 'version' | 'parameters'

/** A snapshot that cannot be loaded: damaged, from another format version, or built with other parameters. */
export class SnapshotError extends DechromeError {
  readonly problem: SnapshotProblem
  constructor(problem: SnapshotProblem, message: string, options?: {cause?: unknown}) {
    super('ERR_DECHROME_SNAPSHOT', message, options)
    this.name = 'SnapshotError'
    this.problem = problem
  }
}

const MAGIC = 'DCHDEDUP'
export const SNAPSHOT_VERSION = 1

let crcTable: Uint32Array | undefined

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    const table = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c >>> 0
    }
    crcTable = table
  }
  let crc = 0xffffffff
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

type ArrayName = Exclude<keyof MemoryStorageState, 'documents' | 'paragraphs'>
const ARRAYS: readonly ArrayName[] = [
  'idBytes', 'idStarts', 'paragraphDoc', 'paragraphBlock', 'paragraphLine', 'paragraphLength',
  'keyLo', 'keyHi', 'banded', 'textBytes', 'textStarts', 'bandValues',
]
const BYTE_ARRAYS = new Set<ArrayName>(['idBytes', 'banded', 'textBytes'])

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}

/** The head every dechrome snapshot starts with: 8-byte magic, u32 version, u32 length and UTF-8 JSON parameters. Returns the offset after it. */
export function writeHeader(out: Uint8Array, view: DataView, magic: string, version: number, paramBytes: Uint8Array): number {
  for (let i = 0; i < 8; i++) out[i] = magic.charCodeAt(i)
  view.setUint32(8, version, true)
  view.setUint32(12, paramBytes.length, true)
  out.set(paramBytes, 16)
  return 16 + paramBytes.length
}

export function encodeSnapshot(params: Record<string, unknown>, state: MemoryStorageState, bands: number): Uint8Array {
  if (!LITTLE_ENDIAN) throw new DechromeError('ERR_DECHROME_UNSUPPORTED', 'Snapshots need a little-endian platform')
  const paramBytes = new TextEncoder().encode(JSON.stringify(params))
  let length = 8 + 4 + 4 + paramBytes.length + 12
  for (const name of ARRAYS) length += 4 + state[name].byteLength
  length += 4
  const out = new Uint8Array(length)
  const view = new DataView(out.buffer)
  let at = writeHeader(out, view, MAGIC, SNAPSHOT_VERSION, paramBytes)
  view.setUint32(at, state.documents, true)
  view.setUint32(at + 4, state.paragraphs, true)
  view.setUint32(at + 8, bands, true)
  at += 12
  for (const name of ARRAYS) {
    const a = state[name]
    view.setUint32(at, a.byteLength, true)
    at += 4
    out.set(bytesOf(a), at)
    at += a.byteLength
  }
  view.setUint32(at, crc32(out.subarray(0, at)), true)
  return out
}

export interface DecodedSnapshot {
  params: Record<string, unknown>
  state: MemoryStorageState
  bands: number
}

/** Parse and verify a snapshot. Throws SnapshotError naming what is wrong. */
export function decodeSnapshot(snapshot: unknown): DecodedSnapshot {
  if (!(snapshot instanceof Uint8Array)) {
    throw new SnapshotError('corrupt', `Expected \`snapshot\` to be a Uint8Array from dedup.snapshot(), got ${describe(snapshot)}`)
  }
  // A plain view of the same bytes: a Buffer (from fs.readFileSync) may start
  // anywhere in a shared pool, and Buffer#slice returns a view, not a copy.
  const bytes = new Uint8Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength)
  const corrupt = (why: string): never => {
    throw new SnapshotError('corrupt', `Corrupt dedup snapshot (${bytes.length} bytes): ${why}`)
  }
  if (bytes.length < 8 + 8 + 12 + 4) corrupt('too short')
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) corrupt('not a dechrome dedup snapshot (bad magic)')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(8, true)
  if (version !== SNAPSHOT_VERSION) {
    throw new SnapshotError('version', `Dedup snapshot has format version ${version}; this dechrome reads version ${SNAPSHOT_VERSION}`)
  }
  const stored = view.getUint32(bytes.length - 4, true)
  const actual = crc32(bytes.subarray(0, bytes.length - 4))
  if (stored !== actual) corrupt(`checksum mismatch (stored ${stored.toString(16)}, computed ${actual.toString(16)})`)
  let at = 12
  const paramLength = view.getUint32(at, true)
  at += 4
  if (at + paramLength + 12 > bytes.length - 4) corrupt('parameters run past the end')
  let params: Record<string, unknown>
  try {
    params = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(at, at + paramLength)))
  } catch (cause) {
    throw new SnapshotError('corrupt', 'Corrupt dedup snapshot: unreadable parameters', {cause})
  }
  if (params === null || typeof params !== 'object') corrupt('parameters are not an object')
  at += paramLength
  const documents = view.getUint32(at, true)
  const paragraphs = view.getUint32(at + 4, true)
  const bands = view.getUint32(at + 8, true)
  at += 12
  const arrays: Partial<Record<ArrayName, Uint8Array | Uint32Array>> = {}
  for (const name of ARRAYS) {
    if (at + 4 > bytes.length - 4) corrupt(`section ${name} is missing`)
    const length = view.getUint32(at, true)
    at += 4
    if (at + length > bytes.length - 4) corrupt(`section ${name} runs past the end`)
    const copy = bytes.slice(at, at + length)
    at += length
    if (BYTE_ARRAYS.has(name)) arrays[name] = copy
    else {
      if (length % 4 !== 0) corrupt(`section ${name} is not a whole number of 32-bit values`)
      arrays[name] = new Uint32Array(copy.buffer, 0, length / 4)
    }
  }
  if (at !== bytes.length - 4) corrupt('trailing bytes')
  const state = {documents, paragraphs, ...arrays} as MemoryStorageState
  // The checksum guards against damage; these guard against a forged or buggy writer.
  const expect = (name: ArrayName, n: number) => {
    if (state[name].length !== n) corrupt(`section ${name} has ${state[name].length} entries, expected ${n}`)
  }
  expect('idStarts', documents + 1)
  for (const name of ['paragraphDoc', 'paragraphBlock', 'paragraphLine', 'paragraphLength', 'keyLo', 'keyHi', 'banded'] as const) expect(name, paragraphs)
  expect('textStarts', paragraphs + 1)
  expect('bandValues', paragraphs * bands)
  if (state.idStarts[documents] !== state.idBytes.length) corrupt('document ids do not add up')
  if (state.textStarts[paragraphs] !== state.textBytes.length) corrupt('paragraph texts do not add up')
  for (let p = 0; p < paragraphs; p++) {
    if (state.paragraphDoc[p] >= documents) corrupt(`paragraph ${p} points at document ${state.paragraphDoc[p]} of ${documents}`)
    if (state.textStarts[p] > state.textStarts[p + 1]) corrupt(`paragraph ${p} text offsets go backwards`)
  }
  for (let d = 0; d < documents; d++) if (state.idStarts[d] > state.idStarts[d + 1]) corrupt(`document ${d} id offsets go backwards`)
  return {params, state, bands}
}
