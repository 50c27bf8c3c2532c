/**
 * Where site templates live. The memory store is the default; a fleet can put
 * the same records in a shared store (the interface is what the Redis adapter
 * of the dedup index will serve for templates too).
 */

/** What one site's pages taught: hashed blocks, never their text. */
export interface SiteRecord {
  /** Distinct story pages learned from this site. */
  pages: number
  /** Block key (53-bit hash of the normalized text) → what was seen of it. */
  blocks: Map<number, BlockSighting>
}

export interface BlockSighting {
  /** Pages of the site the block was seen on. */
  pages: number
  /** The site's page number (`SiteRecord.pages` at the time) of the last sighting. */
  last: number
  /** Bit i set: seen on the page `last - i` (the last 32 pages). */
  recent: number
  /** Blocks from the start and from the end of the page at the last sighting, capped at 255. */
  fromStart: number
  fromEnd: number
}

/**
 * The small interface a store implements. `get` may return the same object
 * that was `put` (the memory store does); callers `put` after every change.
 */
export interface TemplateStorage {
  get(site: string): SiteRecord | undefined
  put(site: string, record: SiteRecord): void
  /** Every site with its record, least recently used first. */
  entries(): Iterable<[string, SiteRecord]>
  /** Number of sites held. */
  readonly size: number
}

/** Bytes a sighting costs in memory, estimated: key and five small numbers in a Map entry. */
export const SIGHTING_BYTES = 48

/**
 * Sites in a Map kept in least-recently-used order: a `get` or `put` moves the
 * site to the end, and past `maxSites` the least recently used is dropped.
 */
export class MemoryTemplateStorage implements TemplateStorage {
  readonly #sites = new Map<string, SiteRecord>()
  readonly #maxSites: number

  constructor(maxSites: number) {
    this.#maxSites = maxSites
  }

  get(site: string): SiteRecord | undefined {
    const record = this.#sites.get(site)
    if (record) {
      this.#sites.delete(site)
      this.#sites.set(site, record)
    }
    return record
  }

  put(site: string, record: SiteRecord): void {
    this.#sites.delete(site)
    this.#sites.set(site, record)
    if (this.#sites.size > this.#maxSites) {
      const oldest = this.#sites.keys().next().value as string
      this.#sites.delete(oldest)
    }
  }

  entries(): Iterable<[string, SiteRecord]> {
    return this.#sites.entries()
  }

  get size(): number {
    return this.#sites.size
  }
}
