import type {Root} from 'hast'
import {isBylineLine, parseByline, pickByline} from './byline.js'
import {findDate, normalizeDate} from './dates.js'
import {readJsonLd, type JsonLdArticle} from './json-ld.js'
import {collectSignals, type PageSignals} from './meta-tags.js'
import {pickTitle, TITLE_META_KEYS} from './title.js'

export {fold} from './title.js'

/** What the article is. Every field is optional: a page that does not say gets none. */
export interface Metadata {
  title?: string
  byline?: string
  authors?: string[]
  /** ISO 8601, with the offset when the page gives one. */
  published?: string
  modified?: string
  siteName?: string
  /** The canonical URL. */
  url?: string
  description?: string
  /** BCP 47 tag (`en-US`) from the page, or franc's ISO 639-1/639-3 code. */
  lang?: string
  image?: string
}

export type MetadataField = keyof Metadata

/** Which source gave each field: `json-ld`, `og:title`, `meta:author`, `h1`, `<title>`, `text`, … */
export type MetadataSources = Partial<Record<MetadataField, string>>

export interface MetadataResult {
  metadata: Metadata
  sources: MetadataSources
}

export interface MetadataOptions {
  /** Languages whose byline words and month names to read (English is always read). */
  languages?: readonly string[]
  /** The detected language, used for `lang` when the page declares none. */
  detectedLanguage?: string
}

/**
 * Meta tags per field, in rank order. Each entry is a lower-cased `name`,
 * `property` or `itemprop`; the source is reported as `meta:<key>`.
 */
const META_KEYS: Readonly<Record<'title' | 'author' | 'published' | 'modified' | 'siteName' | 'url' | 'description' | 'image', readonly string[]>> = {
  title: TITLE_META_KEYS,
  author: ['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'byl', 'cxenseparse:author', 'citation_author'],
  published: ['article:published_time', 'og:published_time', 'datepublished', 'article:published', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'article.published', 'datecreated'],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'article:modified', 'modified_time', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'lastmod'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher'],
  url: ['og:url', 'twitter:url'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.description', 'dcterms.abstract'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'image', 'thumbnailurl'],
}

/** Metadata of an HTML page, from its full hast tree (head included). Never throws on page content. */
export function metadataFromTree(tree: Root, options: Readonly<MetadataOptions> = {}): MetadataResult {
  const signals = collectSignals(tree)
  return resolveMetadata(signals, readJsonLd(signals.jsonLd), options)
}

/** Rank the sources for each field: structured data first, visible text last. */
export function resolveMetadata(signals: PageSignals, ld: JsonLdArticle | undefined, options: Readonly<MetadataOptions> = {}): MetadataResult {
  const languages = options.languages ?? ['en']
  const metadata: Metadata = {}
  const sources: MetadataSources = {}
  const set = <K extends MetadataField>(field: K, value: Metadata[K] | undefined, source: string): boolean => {
    if (value === undefined || metadata[field] !== undefined) return false
    metadata[field] = value
    sources[field] = source
    return true
  }
  const meta = (key: string): string | undefined => {
    for (const v of signals.meta.get(key) ?? []) {
      const t = v.trim()
      // Most values are already single-spaced: test before rewriting.
      if (t) return /\s\s|[\t\n\r\f]/.test(t) ? t.replace(/\s+/g, ' ') : t
    }
    return undefined
  }
  const firstMeta = (field: keyof typeof META_KEYS, accept: (v: string) => string | undefined = (v) => v): [string, string] | undefined => {
    for (const key of META_KEYS[field]) {
      const v = meta(key)
      const accepted = v === undefined ? undefined : accept(v)
      if (accepted !== undefined) return [accepted, `meta:${key}`]
    }
    return undefined
  }

  // siteName first: the title uses it to strip "| Site" suffixes.
  if (ld?.publisher) set('siteName', ld.publisher, 'json-ld')
  const siteMeta = firstMeta('siteName')
  if (siteMeta) {
    // og:site_name outranks JSON-LD's publisher: publishers are often the parent company.
    if (siteMeta[1] === 'meta:og:site_name') {
      metadata.siteName = siteMeta[0]
      sources.siteName = siteMeta[1]
    } else set('siteName', siteMeta[0], siteMeta[1])
  }

  // The page's language decides which spelling of quotes a title keeps.
  const pageLang = signals.lang?.trim() || meta('og:locale') || ld?.lang || options.detectedLanguage
  const title = pickTitle(signals, ld, metadata.siteName, pageLang)
  if (title) set('title', title[0], title[1])

  // Every value of the best author key: a page with several authors repeats the tag (dc.creator once per author).
  const metaAuthors = (): [string[], string] | undefined => {
    for (const key of META_KEYS.author) {
      const values = (signals.meta.get(key) ?? []).map((v) => v.replace(/\s+/g, ' ').trim()).filter((v) => v && !/^https?:|^www\.|^@/.test(v))
      if (values.length > 0) return [[...new Set(values)], `meta:${key}`]
    }
    return undefined
  }
  const byline = pickByline(ld?.authors ?? [], metaAuthors, signals, languages)
  if (byline) {
    set('byline', byline[0].byline, byline[1])
    set('authors', byline[0].authors, byline[1])
  }

  // Each source is read only while the field is still open: dates are the costly part of metadata.
  const date = (v: string) => normalizeDate(v, languages)
  const open = (field: MetadataField) => metadata[field] === undefined
  if (ld?.published) set('published', date(ld.published), 'json-ld')
  const publishedMeta = open('published') ? firstMeta('published', date) : undefined
  if (publishedMeta) set('published', publishedMeta[0], publishedMeta[1])
  if (open('published')) for (const t of signals.times) if (t.kind !== 'modified' && set('published', date(t.value), '<time>')) break
  if (open('published')) for (const line of signals.afterHeadline) if (set('published', findDate(line, languages)?.iso, 'text')) break

  if (ld?.modified) set('modified', date(ld.modified), 'json-ld')
  const modifiedMeta = open('modified') ? firstMeta('modified', date) : undefined
  if (modifiedMeta) set('modified', modifiedMeta[0], modifiedMeta[1])
  if (open('modified')) for (const t of signals.times) if (t.kind === 'modified' && set('modified', date(t.value), '<time>')) break

  if (signals.canonical) set('url', signals.canonical, '<link rel=canonical>')
  const urlMeta = firstMeta('url')
  if (urlMeta) set('url', urlMeta[0], urlMeta[1])
  if (ld?.url) set('url', ld.url, 'json-ld')

  const descriptionMeta = firstMeta('description')
  if (descriptionMeta) set('description', descriptionMeta[0], descriptionMeta[1])
  if (ld?.description) set('description', ld.description, 'json-ld')

  const imageMeta = firstMeta('image')
  if (imageMeta) set('image', imageMeta[0], imageMeta[1])
  if (ld?.image) set('image', ld.image, 'json-ld')

  if (signals.lang) set('lang', signals.lang.trim(), '<html lang>')
  const locale = meta('og:locale')
  if (locale) set('lang', locale.replace('_', '-'), 'meta:og:locale')
  if (ld?.lang) set('lang', ld.lang, 'json-ld')
  if (options.detectedLanguage && options.detectedLanguage !== 'und') set('lang', options.detectedLanguage, 'franc')

  return {metadata, sources}
}

/** Text mode: the headline and the byline and dateline lines near it, from the page's lines. */
export function metadataFromLines(
  lines: readonly {text: string; kept: boolean; category?: string}[],
  headline: number,
  options: Readonly<MetadataOptions> = {},
): MetadataResult {
  const languages = options.languages ?? ['en']
  const metadata: Metadata = {}
  const sources: MetadataSources = {}
  if (headline >= 0) {
    metadata.title = lines[headline].text.replace(/\s+/g, ' ').trim()
    sources.title = 'text'
  }
  // Bylines and datelines sit just above or below the headline; without one, near the top.
  const from = headline >= 0 ? Math.max(0, headline - 3) : 0
  const to = Math.min(lines.length, (headline >= 0 ? headline : 0) + 8)
  for (let i = from; i < to; i++) {
    if (i === headline) continue
    const text = lines[i].text.trim()
    if (!metadata.byline && isBylineLine(text, languages)) {
      const b = parseByline(text, languages)
      if (b) {
        metadata.byline = b.byline
        metadata.authors = b.authors
        sources.byline = sources.authors = 'text'
      }
    }
    if (!metadata.published && text.split(/\s+/).length <= 16) {
      const found = findDate(text, languages)
      if (found) {
        const updated = /\b(?:updated|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|обновлено)\b/i.test(text.slice(0, found.index))
        const field = updated ? 'modified' : 'published'
        if (!metadata[field]) {
          metadata[field] = found.iso
          sources[field] = 'text'
        }
      }
    }
  }
  if (options.detectedLanguage && options.detectedLanguage !== 'und') {
    metadata.lang = options.detectedLanguage
    sources.lang = 'franc'
  }
  return {metadata, sources}
}
