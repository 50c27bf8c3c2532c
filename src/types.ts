import type {Metadata, MetadataSources} from './metadata/index.js'

/**
 * What a removed block was. A closed union: every removal names one.
 * The README documents each; `CATEGORIES` lists them at run time.
 */
export type Category =
  | 'related' // related-article lists and their headings ("Related Articles", "Most read")
  | 'teaser' // inline teasers to another article ("READ MORE: …", "Lesen Sie auch")
  | 'podcast' // podcast and audio plugs
  | 'newsletter' // newsletter sign-up prompts
  | 'social' // share, follow and community plugs
  | 'caption' // image captions and photo credits
  | 'masthead' // site name, tagline, page date
  | 'navigation' // menus, breadcrumbs, skip links
  | 'footer' // footers, source and copyright lines
  | 'player' // media-player and overlay controls ("0:00", "Close", "×")
  | 'cookie' // cookie and consent notices
  | 'advert' // advertisement labels
  | 'paywall' // paywall and subscription prompts
  | 'comments' // comment prompts and comment sections
  | 'boilerplate' // short non-prose text outside the article body, no specific family
  | 'duplicate' // a paragraph that repeats one of an earlier document (dedup)

export const CATEGORIES: readonly Category[] = Object.freeze([
  'related', 'teaser', 'podcast', 'newsletter', 'social', 'caption', 'masthead', 'navigation',
  'footer', 'player', 'cookie', 'advert', 'paywall', 'comments', 'boilerplate', 'duplicate',
])

/** Where a paragraph was seen before. */
export interface DuplicateRef {
  /** Id of the earlier document. */
  id: string
  /** 0-based index of the block in that document. */
  block: number
  /** 1-based line of that block, when known. */
  line?: number
}

/** A place in the source: 1-based line and column, 0-based offset (unist's `Point`). */
export interface Point {
  line: number
  column: number
  offset?: number
}

/** Where a block starts and ends in the source (unist's `Position`). */
export interface Position {
  start: Point
  end: Point
}

/** One input block (a line in text mode) and what was decided about it. */
export interface Block {
  text: string
  kept: boolean
  /** 1-based line number in the input (text mode) or of the block start (HTML). */
  line: number
  category?: Category
  /** Id of the rule that fired, e.g. `teaser/read-more`. */
  rule?: string
  /** Human-readable why. */
  reason?: string
  /** HTML mode: where the block starts and ends in the source (line, column, offset). */
  position?: Position
  /** Set when a dedup index was passed: what this block repeats. */
  duplicateOf?: DuplicateRef[] | null
  similarity?: number
}

export interface Language {
  /** ISO 639-3 code from franc, or `'und'`. */
  code: string
  /** ISO 639-1 code when we have rule tables for it (`'en'`, `'de'`, …). */
  tag?: string
  /** Which signal decided it. */
  source: 'franc' | 'option' | 'markup' | 'none'
}

export type Format = 'text' | 'html'

export interface CleanResult {
  text: string
  format: Format
  language: Language
  blocks: Block[]
  /** Set when the over-pruning guard stepped back to a recall-oriented pass, or a page that kept nothing was read with its `<noscript>` content. */
  fallback?: {reason: string}
  /** With `options.metadata`: what the article is (title, byline, dates, site, URL, …). */
  metadata?: Metadata
  /** With `options.metadata`: which source gave each field of `metadata`. */
  metadataSources?: MetadataSources
  /** With `options.output: 'markdown'`: the kept blocks as Markdown. */
  markdown?: string
  /** With `options.output: 'html'`: the kept blocks as sanitized HTML (`markdown` for `'markdown'`). */
  html?: string
  /**
   * Set when a budget (`maxBlocks`, `maxElements`) stopped the analysis: `blocks`
   * account for the input up to `offset` (UTF-16 code units, when known); later text was not analysed.
   */
  truncated?: {reason: string; offset?: number}
  /** With `options.dedup`: the document's id in the index (`options.id`, or the one the index assigned). */
  id?: string
}

/** What `clean()` returns for HTML input: every block has its source `position`. */
export interface HtmlCleanResult extends CleanResult {
  format: 'html'
  blocks: HtmlBlock[]
}

/** A block of the HTML mode. */
export interface HtmlBlock extends Block {
  position?: Position
}

/** What a document that failed reports, in `cleanMany()` results and JSONL error records. */
export interface ErrorInfo {
  /** A stable code, e.g. `ERR_DECHROME_INPUT`, `ERR_DECHROME_TIMEOUT`. */
  code: string
  message: string
}
