/**
 * Site templates: a block that recurs across one site's different stories is
 * that site's chrome (its newsletter plug, its footer, its share-bar labels),
 * however it is phrased. The memory is the caller's object, like the dedup
 * index: no module-level state, snapshot and restore, bounded per site.
 */
import {OptionsError, describe} from '../errors.js'
import {decodeTemplates, encodeTemplates} from './snapshot.js'
import {MemoryTemplateStorage, SIGHTING_BYTES, type BlockSighting, type SiteRecord, type TemplateStorage} from './storage.js'
import {keyBlock, matchView, PLACE_CAP, type KeyedBlock, type TemplateSighting, type TemplateView} from './view.js'

export type {BlockSighting, SiteRecord, TemplateStorage} from './storage.js'
export type {KeyedBlock, TemplateSighting, TemplateView} from './view.js'
export {MemoryTemplateStorage} from './storage.js'

export interface SiteTemplatesOptions {
  /**
   * A block is template chrome once it was seen on this many earlier pages of
   * the site. Default 2 (so it is on its third page): Dragnet's sites show their
   * own plugs and footers from the second page on, and two chance repeats of a
   * line across different stories are rare.
   */
  minPages?: number
  /**
   * ...and on at least this share of the site's recent pages (the last 32).
   * Default 0.2: a headline listed under "recent posts" for a few days fades
   * out, a footer does not.
   */
  minShare?: number
  /** A page whose long blocks were already seen at this share is another copy of a story, not a new page. Default 0.5. */
  repeatShare?: number
  /** Sites held at most; the least recently used site is forgotten first. Default 10 000. */
  maxSites?: number
  /** Memory per site, estimated; past it the rarest, oldest blocks are forgotten. Default 65 536. */
  maxBytesPerSite?: number
  /** Restore from `templates.snapshot()`. */
  snapshot?: Uint8Array
  /** A store of your own (the default keeps sites in memory). */
  storage?: TemplateStorage
}

export interface TemplateParameters {
  minPages: number
  minShare: number
  repeatShare: number
  maxSites: number
  maxBytesPerSite: number
}

export const TEMPLATE_DEFAULTS: Readonly<TemplateParameters> = Object.freeze({
  minPages: 2,
  minShare: 0.2,
  repeatShare: 0.5,
  maxSites: 10_000,
  maxBytesPerSite: 65_536,
})

/** One block as the templates see it. `prose`: the block reads as article prose (then place must match too). */
export interface TemplateBlock {
  text: string
  prose?: boolean
}

/** Why a block is template chrome. */
export interface TemplateHit {
  /** Pages of the site it was seen on, before this one. */
  seen: number
  /** Of the site's recent pages (at most 32), how many. */
  recentSeen: number
  recentPages: number
  /** The site's pages learned so far. */
  pages: number
}

/** A page for the warm-up pre-pass. */
export interface TemplatePage {
  site: string
  blocks: readonly (TemplateBlock | string)[]
}

export interface TemplateStats {
  sites: number
  blocks: number
  /** Estimated memory of all sites, in bytes. */
  bytes: number
}

export interface SiteTemplates {
  /** Which of a page's blocks are the site's template, from what earlier pages taught. The page itself is not learned. */
  match(site: string, blocks: readonly (TemplateBlock | string)[]): (TemplateHit | undefined)[]
  /** Learn one page of a site (skipped when it repeats a story already learned). Returns whether it was learned. */
  observe(site: string, blocks: readonly (TemplateBlock | string)[]): boolean
  /** What is template chrome on a site now, as plain data: what `clean()` hands the pipeline before it analyses a page of the site. */
  view(site: string): TemplateView
  /** Warm-up pre-pass: learn many pages before cleaning any. */
  learn(pages: Iterable<TemplatePage>): void
  stats(): TemplateStats
  snapshot(): Uint8Array
  readonly parameters: Readonly<TemplateParameters>
}

/** Bits of `recent`: the window of recent pages. */
const WINDOW = 32

/**
 * The site of a page: `site` as given, or the host of `url` without `www.`.
 * Returns null when neither says one.
 */
export function siteOf(url: string | null | undefined, site: string | null | undefined): string | null {
  if (site) return site.toLowerCase()
  if (!url) return null
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host ? host.replace(/^www\./, '') : null
  } catch {
    return null
  }
}

function number(name: string, value: unknown, min: number, max: number, integer: boolean): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) return value
  throw new OptionsError(`Expected \`${name}\` to be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${describe(value)}`)
}

function resolve(options: SiteTemplatesOptions | undefined | null): {params: TemplateParameters; options: SiteTemplatesOptions} {
  if (options === undefined || options === null) return {params: {...TEMPLATE_DEFAULTS}, options: {}}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionsError(`Expected \`options\` of createSiteTemplates() to be an object, got ${describe(options)}`)
  }
  const known = new Set([...Object.keys(TEMPLATE_DEFAULTS), 'snapshot', 'storage'])
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new OptionsError(`Unknown option \`${key}\` of createSiteTemplates(); known options are ${[...known].join(', ')}`)
  }
  const o = options as Record<string, unknown>
  const p: TemplateParameters = {...TEMPLATE_DEFAULTS}
  if (o.minPages !== undefined) p.minPages = number('minPages', o.minPages, 1, 1_000_000, true)
  if (o.minShare !== undefined) p.minShare = number('minShare', o.minShare, 0, 1, false)
  if (o.repeatShare !== undefined) p.repeatShare = number('repeatShare', o.repeatShare, 0, 1, false)
  if (o.maxSites !== undefined) p.maxSites = number('maxSites', o.maxSites, 1, 100_000_000, true)
  if (o.maxBytesPerSite !== undefined) p.maxBytesPerSite = number('maxBytesPerSite', o.maxBytesPerSite, SIGHTING_BYTES * 16, 1 << 30, true)
  if (o.storage !== undefined && o.storage !== null) {
    const s = o.storage as Partial<TemplateStorage>
    if (typeof s !== 'object' || typeof s.get !== 'function' || typeof s.put !== 'function' || typeof s.entries !== 'function') {
      throw new OptionsError(`Expected \`storage\` to implement get, put and entries, got ${describe(o.storage)}`)
    }
  }
  return {params: p, options}
}

/** Create a site-template memory. Pass it to `clean(input, {templates, url})`. */
export function createSiteTemplates(options?: SiteTemplatesOptions | null): SiteTemplates {
  const {params, options: o} = resolve(options)
  const storage = o.storage ?? new MemoryTemplateStorage(params.maxSites)
  if (o.snapshot !== undefined) {
    const decoded = decodeTemplates(o.snapshot)
    for (const [site, record] of decoded.sites) storage.put(site, record)
  }
  return new Templates(params, storage)
}

function checkSite(site: unknown): asserts site is string {
  if (typeof site !== 'string' || site.length === 0 || site.length > 256) {
    throw new OptionsError(`Expected \`site\` to be a non-empty string of at most 256 characters, got ${describe(site)}`)
  }
}

function checkBlocks(blocks: unknown): asserts blocks is readonly (TemplateBlock | string)[] {
  if (!Array.isArray(blocks)) throw new OptionsError(`Expected \`blocks\` to be an array, got ${describe(blocks)}`)
}

/** A block as the memory keys it; a bare string is not prose. */
const keyed = (b: TemplateBlock | string): KeyedBlock => (typeof b === 'string' ? keyBlock(b, false) : keyBlock(b.text, b.prose === true))

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/** The recent-sightings mask as seen from page `now`. */
function recentAt(s: BlockSighting, now: number): number {
  const age = now - s.last
  return age >= WINDOW ? 0 : (s.recent << age) >>> 0
}

class Templates implements SiteTemplates {
  readonly parameters: Readonly<TemplateParameters>
  readonly #storage: TemplateStorage
  readonly #maxBlocks: number

  constructor(params: TemplateParameters, storage: TemplateStorage) {
    this.parameters = Object.freeze(params)
    this.#storage = storage
    this.#maxBlocks = Math.floor(params.maxBytesPerSite / SIGHTING_BYTES)
  }

  view(site: string): TemplateView {
    checkSite(site)
    const record = this.#storage.get(site)
    const keys = new Map<number, TemplateSighting>()
    const minPages = this.parameters.minPages
    if (!record) return {site, pages: 0, recentPages: 0, keys, minPages}
    // One page fewer for a block's words in the same container: matchView tells which key needs what.
    const inPlace = Math.max(1, minPages - 1)
    for (const [key, s] of record.blocks) {
      if (this.#isTemplate(s, record, inPlace)) keys.set(key, {seen: s.pages, recentSeen: popcount(recentAt(s, record.pages)), fromStart: s.fromStart, fromEnd: s.fromEnd})
    }
    return {site, pages: record.pages, recentPages: Math.min(WINDOW, record.pages), keys, minPages}
  }

  match(site: string, blocks: readonly (TemplateBlock | string)[]): (TemplateHit | undefined)[] {
    checkSite(site)
    checkBlocks(blocks)
    const view = this.view(site)
    return matchView(view, blocks.map(keyed)).map((m) => m && {seen: m.seen, recentSeen: m.recentSeen, recentPages: view.recentPages, pages: view.pages})
  }

  observe(site: string, blocks: readonly (TemplateBlock | string)[]): boolean {
    checkSite(site)
    checkBlocks(blocks)
    return this.observeKeyed(site, blocks.map(keyed))
  }

  /** Learn a page already keyed (by the pipeline, perhaps in a worker). */
  observeKeyed(site: string, blocks: readonly KeyedBlock[]): boolean {
    const record = this.#storage.get(site) ?? {pages: 0, blocks: new Map<number, BlockSighting>()}
    if (this.#repeatsStory(record, blocks)) return false
    const page = record.pages + 1
    const counted = new Set<number>()
    const see = (key: number, i: number) => {
      if (counted.has(key)) return
      counted.add(key)
      const fromStart = Math.min(i, PLACE_CAP)
      const fromEnd = Math.min(blocks.length - 1 - i, PLACE_CAP)
      const s = record.blocks.get(key)
      if (!s) {
        record.blocks.set(key, {pages: 1, last: page, recent: 1, fromStart, fromEnd})
        return
      }
      s.recent = (recentAt(s, page) | 1) >>> 0
      s.last = page
      s.pages++
      s.fromStart = fromStart
      s.fromEnd = fromEnd
    }
    for (let i = 0; i < blocks.length; i++) {
      see(blocks[i].key, i)
      if (blocks[i].shape !== -1) see(blocks[i].shape, i)
      if (blocks[i].place !== -1) see(blocks[i].place, i)
    }
    record.pages = page
    if (record.blocks.size > this.#maxBlocks) forget(record, this.#maxBlocks)
    this.#storage.put(site, record)
    return true
  }

  /** Whether a sighting is template chrome by now: on enough pages, and on enough of the recent ones. */
  #isTemplate(s: BlockSighting, record: SiteRecord, minPages = this.parameters.minPages): boolean {
    if (s.pages < minPages) return false
    return popcount(recentAt(s, record.pages)) >= this.parameters.minShare * Math.min(WINDOW, record.pages)
  }

  /**
   * Two copies of one story at two addresses share their paragraphs, and those
   * are not a template: a page whose long blocks (the template's own aside) were
   * mostly seen already is a copy, and teaches nothing.
   */
  #repeatsStory(record: SiteRecord, blocks: readonly KeyedBlock[]): boolean {
    let long = 0
    let seen = 0
    for (const b of blocks) {
      if (!b.long) continue
      const s = record.blocks.get(b.key)
      if (s && this.#isTemplate(s, record)) continue
      long++
      if (s) seen++
    }
    return long >= 2 && seen >= this.parameters.repeatShare * long
  }

  learn(pages: Iterable<TemplatePage>): void {
    if (pages === null || typeof (pages as Iterable<TemplatePage>)[Symbol.iterator] !== 'function') {
      throw new OptionsError(`Expected \`pages\` to be an iterable of {site, blocks}, got ${describe(pages)}`)
    }
    for (const page of pages) {
      if (page === null || typeof page !== 'object') throw new OptionsError(`Expected each page to be {site, blocks}, got ${describe(page)}`)
      this.observe(page.site, page.blocks)
    }
  }

  stats(): TemplateStats {
    let sites = 0
    let blocks = 0
    for (const [, record] of this.#storage.entries()) {
      sites++
      blocks += record.blocks.size
    }
    return {sites, blocks, bytes: blocks * SIGHTING_BYTES + sites * 64}
  }

  snapshot(): Uint8Array {
    return encodeTemplates(this.parameters, this.#storage.entries())
  }
}

/** Learn a page the pipeline keyed: without re-hashing on a memory of ours, through `observe()` on another. */
export function observePage(templates: SiteTemplates, site: string, blocks: readonly KeyedBlock[], texts: () => TemplateBlock[]): void {
  if (templates instanceof Templates) templates.observeKeyed(site, blocks)
  else templates.observe(site, texts())
}

/** Keep the site under its cap: forget the blocks seen on the fewest pages, the oldest first, down to 3/4 of the cap. */
function forget(record: SiteRecord, max: number): void {
  const entries = [...record.blocks.entries()]
  entries.sort((a, b) => a[1].pages - b[1].pages || a[1].last - b[1].last)
  const drop = entries.length - Math.floor(max * 0.75)
  for (let i = 0; i < drop; i++) record.blocks.delete(entries[i][0])
}
