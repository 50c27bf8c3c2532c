import {OptionsError, describe} from './errors.js'
import {idProblem} from './input.js'
import {isLanguageCode} from './lang/detect.js'
import type {Deduplicator} from './dedup/index.js'
import type {SiteTemplates} from './templates/index.js'
import type {Block} from './types.js'

/** Trade precision for recall: `precision` removes more, `recall` keeps more. */
export type Favor = 'precision' | 'balanced' | 'recall'

/** Renderings of the kept blocks besides `result.text`. */
export type Output = 'text' | 'html' | 'markdown'

export interface CleanOptions {
  /** Input format. Default `'auto'`: HTML when the input starts like markup. */
  format?: 'auto' | 'text' | 'html'
  /** The precision/recall knob. Default `'balanced'`. */
  favor?: Favor
  /** Veto hook: return `true` to keep a block the cleaner would remove. Default none. */
  keep?: ((block: Readonly<Block>) => boolean) | null
  /** Force the language (ISO 639-1 `'de'` or 639-3 `'deu'`) instead of detecting it. Default none. */
  language?: string | null
  /** Reject inputs larger than this many UTF-8 bytes (approximated by UTF-16 length × 3 bound). Default 16 MiB. */
  maxBytes?: number
  /** HTML mode: create and analyse at most this many elements; `result.truncated` says where it stopped. Default 100 000. */
  maxElements?: number
  /** Text mode: analyse at most this many blocks (non-blank lines); `result.truncated` says where it stopped. Default 100 000. */
  maxBlocks?: number
  /** Also render the kept blocks as sanitized HTML (`result.html`; text input: one escaped `<p>` per block) or Markdown (`result.markdown`). Default `'text'` (only `result.text`). */
  output?: Output
  /** Also return what the article is (`result.metadata`, `result.metadataSources`). Default `false`: no cost when not asked for. */
  metadata?: boolean
  /** Dedup index (from `createDeduplicator()`) to check kept blocks against and add this document to. Default none. */
  dedup?: Deduplicator | null
  /** With `dedup`: the document's id, 1 to 256 characters. Default: the index assigns one (`result.id`). */
  id?: string | null
  /** With `dedup`: `'flag'` marks duplicates but keeps them, `'drop'` removes them. Default `'flag'`. */
  duplicates?: 'flag' | 'drop'
  /** Site-template memory (from `createSiteTemplates()`): blocks that recur across the site's pages are removed, and this page is learned. Default none. */
  templates?: SiteTemplates | null
  /** With `templates`: the page's address; its host (without `www.`) is the site. Default none. */
  url?: string | null
  /** With `templates`: the site, when there is no `url` (or to group several hosts). Default none. */
  site?: string | null
}

export interface ResolvedOptions {
  format: 'auto' | 'text' | 'html'
  favor: Favor
  keep: ((block: Readonly<Block>) => boolean) | null
  language: string | null
  maxBytes: number
  maxElements: number
  maxBlocks: number
  output: Output
  metadata: boolean
  dedup: Deduplicator | null
  id: string | null
  duplicates: 'flag' | 'drop'
  templates: SiteTemplates | null
  url: string | null
  site: string | null
}

export const DEFAULTS: Readonly<ResolvedOptions> = Object.freeze({
  format: 'auto',
  favor: 'balanced',
  keep: null,
  language: null,
  // Real pages are rarely over 5 MB; of 4 379 dev pages the largest is 1.8 MB, 10 470
  // elements created by the parser and 6 600 lines. The budgets leave room for about
  // ten times that, and bound time and memory on hostile input (100 000 elements:
  // about 2 s and 300 MB on one core; 100 000 lines: under 0.5 s).
  maxBytes: 16 * 1024 * 1024,
  maxElements: 100_000,
  maxBlocks: 100_000,
  output: 'text',
  metadata: false,
  dedup: null,
  id: null,
  duplicates: 'flag',
  templates: null,
  url: null,
  site: null,
})

const KNOWN = new Set(Object.keys(DEFAULTS))

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new OptionsError(`Expected \`${name}\` to be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}`)
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value
  throw new OptionsError(`Expected \`${name}\` to be a positive integer, got ${describe(value)}`)
}

function optionalText(name: string, value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' && value.length > 0 && value.length <= max) return value
  throw new OptionsError(`Expected \`${name}\` to be a string of 1 to ${max} characters, got ${describe(value)}`)
}

function optionalLanguage(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' && isLanguageCode(value)) return value
  throw new OptionsError(`Expected \`language\` to be an ISO 639-1 or 639-3 code dechrome knows (e.g. 'de', 'deu'), got ${describe(value)}`)
}

function optionalId(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const problem = idProblem(value)
  if (problem) throw new OptionsError(problem)
  return value as string
}

/** Validate `options` once, up front; unknown keys are errors (a typo must not pass silently). */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return {...DEFAULTS}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionsError(`Expected \`options\` to be an object, got ${describe(options)}`)
  }
  const o = options as Record<string, unknown>
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) throw new OptionsError(`Unknown option \`${key}\`; known options are ${[...KNOWN].join(', ')}`)
  }
  const r: ResolvedOptions = {...DEFAULTS}
  if (o.format !== undefined) r.format = oneOf('format', o.format, ['auto', 'text', 'html'])
  if (o.favor !== undefined) r.favor = oneOf('favor', o.favor, ['precision', 'balanced', 'recall'])
  if (o.keep !== undefined && o.keep !== null) {
    if (typeof o.keep !== 'function') throw new OptionsError(`Expected \`keep\` to be a function, got ${describe(o.keep)}`)
    r.keep = o.keep as ResolvedOptions['keep']
  }
  r.language = optionalLanguage(o.language)
  if (o.maxBytes !== undefined) r.maxBytes = positiveInteger('maxBytes', o.maxBytes)
  if (o.maxElements !== undefined) r.maxElements = positiveInteger('maxElements', o.maxElements)
  if (o.maxBlocks !== undefined) r.maxBlocks = positiveInteger('maxBlocks', o.maxBlocks)
  if (o.output !== undefined) r.output = oneOf('output', o.output, ['text', 'html', 'markdown'])
  if (o.metadata !== undefined && o.metadata !== null) {
    if (typeof o.metadata !== 'boolean') throw new OptionsError(`Expected \`metadata\` to be a boolean, got ${describe(o.metadata)}`)
    r.metadata = o.metadata
  }
  if (o.duplicates !== undefined) r.duplicates = oneOf('duplicates', o.duplicates, ['flag', 'drop'])
  r.id = optionalId(o.id)
  if (o.dedup !== undefined && o.dedup !== null) {
    const d = o.dedup as {add?: unknown}
    if (typeof d !== 'object' || typeof d.add !== 'function') {
      throw new OptionsError(`Expected \`dedup\` to be a deduplicator from createDeduplicator(), got ${describe(o.dedup)}`)
    }
    r.dedup = o.dedup as Deduplicator
  }
  if (o.templates !== undefined && o.templates !== null) {
    const t = o.templates as {view?: unknown; observe?: unknown}
    if (typeof t !== 'object' || typeof t.view !== 'function' || typeof t.observe !== 'function') {
      throw new OptionsError(`Expected \`templates\` to be a site memory from createSiteTemplates(), got ${describe(o.templates)}`)
    }
    r.templates = o.templates as SiteTemplates
  }
  r.url = optionalText('url', o.url, 8192)
  r.site = optionalText('site', o.site, 256)
  for (const key of ['url', 'site'] as const) {
    if (r[key] !== null && !r.templates) throw new OptionsError(`\`${key}\` needs \`templates\` (a site memory from createSiteTemplates())`)
  }
  // These only mean something to an index: accepting them without one would hide a mistake.
  for (const key of ['id', 'duplicates'] as const) {
    if (o[key] !== undefined && o[key] !== null && !r.dedup) throw new OptionsError(`\`${key}\` needs \`dedup\` (an index from createDeduplicator())`)
  }
  return r
}
