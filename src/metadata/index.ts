import type {Root} from 'hast'
import {isBylineLine, parseByline, type Byline} from './byline.js'
import {findDate, normalizeDate} from './dates.js'
import {readJsonLd, type JsonLdArticle} from './json-ld.js'
import {collectSignals, trimChars, type Heading, type PageSignals} from './meta-tags.js'

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
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'dc:title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
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

  const title = pickTitle(signals, ld, metadata.siteName)
  if (title) set('title', title[0], title[1])

  setByline(set, ld, signals, firstMeta, languages)

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

type FirstMeta = (field: keyof typeof META_KEYS, accept?: (v: string) => string | undefined) => [string, string] | undefined
type Setter = <K extends MetadataField>(field: K, value: Metadata[K] | undefined, source: string) => boolean

function setByline(set: Setter, ld: JsonLdArticle | undefined, signals: PageSignals, firstMeta: FirstMeta, languages: readonly string[]): void {
  const apply = (b: Byline | undefined, source: string): boolean => {
    if (!b) return false
    set('byline', b.byline, source)
    return set('authors', b.authors, source)
  }
  if (ld && ld.authors.length > 0) {
    const named = ld.authors.map((a) => parseByline(a, languages)).filter((b): b is Byline => b !== undefined)
    if (named.length > 0 && apply({byline: named.map((b) => b.byline).join(', '), authors: named.flatMap((b) => b.authors)}, 'json-ld')) return
  }
  const author = firstMeta('author', (v) => (/^https?:|^www\.|^@/.test(v) ? undefined : v))
  if (author && apply(parseByline(author[0], languages), author[1])) return
  // rel=author and itemprop=author say what they are; a byline class is a weaker hint.
  for (const source of ['rel-author', 'itemprop', 'class'] as const) {
    for (const a of signals.authors) if (a.source === source && apply(parseByline(a.text, languages), a.source)) return
  }
  for (const line of signals.afterHeadline) if (isBylineLine(line, languages) && apply(parseByline(line, languages), 'text')) return
}

/** Separators between a headline and the site's name in `<title>` and og:title. */
// Titles arrive with whitespace collapsed, so single spaces suffice (and keep the pattern linear).
const TITLE_SEPARATOR = / [–—•·»\\/-] | ::? | ?\| ?/

/**
 * The title: a visible headline the structured sources agree with (the
 * headline as printed, not a `<title>` with " | Site" appended), else the
 * best structured title with the site's name cut, else the first headline.
 */
function pickTitle(signals: PageSignals, ld: JsonLdArticle | undefined, siteName: string | undefined): [string, string] | undefined {
  const structured: Array<[string, string]> = []
  if (ld?.headline) structured.push([ld.headline, 'json-ld'])
  for (const key of META_KEYS.title) {
    const v = signals.meta.get(key)?.find((x) => x.trim())
    if (v) structured.push([v.replace(/\s+/g, ' ').trim(), `meta:${key}`])
  }
  if (signals.title) structured.push([signals.title, '<title>'])

  // A heading that names the site (a logo in an <h1>) is never the title.
  const host = hostLabel(signals.canonical ?? signals.meta.get('og:url')?.[0])
  const site = siteName === undefined ? undefined : fold(siteName)
  const siteLike = (f: string) => {
    if (site !== undefined && (f === site || (f.length >= 4 && site.includes(f)))) return true
    // Only a heading about as short as the host's label can spell it.
    if (host === undefined || f.length > 2 * host.length + 8) return false
    const squeezed = f.replace(/[^\p{L}\p{N}]+/gu, '')
    return squeezed.length > 3 && (squeezed === host || squeezed === host.replace(/\d{1,6}$/, ''))
  }
  // Each heading and each structured title folded once: the steps below compare every heading with every variant.
  const headings: Array<Heading & {folded: string; quoted: string}> = []
  for (const h of signals.headings) {
    const folded = fold(h.text)
    if (!siteLike(folded)) headings.push({...h, folded, quoted: straightQuotes(folded)})
  }
  const quoted = headings.map((h) => h.quoted)
  // The structured title with the site's name cut (or as given, when nothing is cut).
  const mainOf = (variants: readonly string[]) => variants[variants.length > 1 ? 1 : 0]
  const titled = structured.map(([value, source]) => ({value, source, variants: titleVariants(value, siteName)}))
  // 1. A visible headline equal to a structured title, or to one with the site's name
  // cut. Quotes may differ (a curly apostrophe on the page, a straight one in the
  // meta tag): the structured spelling is the one editors typed.
  for (const {value, source, variants} of titled) {
    // As given, without the site's name, then each segment longest first, then the guesses.
    const cut = withoutSite(value, siteName)
    for (const variant of new Set([value, ...(cut ? [cut] : []), ...titleSegments(value), ...variants])) {
      const folded = fold(variant)
      const i = quoted.indexOf(straightQuotes(folded))
      if (i !== -1) return [headings[i].folded === folded ? headings[i].text : variant, `${source}+heading`]
    }
  }
  // 2. A headline that says a structured title with a label or date around it
  // ("Blog: …", "Dec 18 2025 …"): the structured title, without the extra.
  for (const {variants} of titled) {
    const main = mainOf(variants)
    const f = straightQuotes(fold(main))
    if (f.split(' ').length < 3) continue
    for (const h of headings) {
      if (h.level !== 1 && !h.marked) continue
      if (h.quoted.length > f.length && h.quoted.endsWith(f) && f.length >= h.quoted.length * 0.6) return [main, 'heading+structured']
    }
  }
  // 3. A headline that a structured title contains (cut, or worded longer in <title>), not the site's name.
  const candidates = headings.filter((h) => h.folded.length >= 8 && h.folded.includes(' '))
  const mains = titled.map(({variants}) => fold(mainOf(variants)))
  for (const h of candidates) {
    const f = h.folded
    if (mains.some((main) => main.includes(f) && f.length >= main.length * 0.5)) return [h.text, 'heading']
  }
  // 4. The printed headline: pages word their <title> and og:title for search
  // results, the headline is what readers see. Among the marked headings and the
  // <h1>s, the one sharing most words with the structured title (a marked one on a
  // tie); a heading sharing none (a sidebar's "Follow Me on Instagram") is not the article's.
  const words = new Set(structured.flatMap(([v]) => wordsOf(fold(v))))
  let printed: Heading | undefined
  let bestShare = structured.length > 0 ? 0.3 : -1
  for (const h of candidates) {
    if (!h.marked && h.level !== 1) continue
    const own = wordsOf(h.folded)
    const share = own.length === 0 ? 0 : own.filter((w) => words.has(w)).length / own.length
    if (share > bestShare || (share === bestShare && h.marked && printed?.marked === false)) [printed, bestShare] = [h, share]
  }
  if (printed) return [printed.text, 'heading']
  // 5. The best structured title, the site's name cut.
  for (const {source, variants} of titled) {
    const best = mainOf(variants)
    if (best) return [best, source]
  }
  const marked = headings.find((h) => h.marked) ?? headings[0]
  return marked ? [marked.text, 'heading'] : undefined
}

/** A title as given, then with the site's name cut (a segment equal to it, or the shortest end segment). */
function titleVariants(value: string, siteName: string | undefined): string[] {
  const variants = [value]
  const parts = value.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return variants
  const cut = withoutSite(value, siteName)
  if (cut) variants.push(cut)
  // Site name last or first: keep the longer side.
  const first = parts[0]
  const last = parts[parts.length - 1]
  variants.push(trimChars(first.length >= last.length ? value.slice(0, value.lastIndexOf(last)) : value.slice(value.indexOf(first) + first.length), '|–—•·»:\\/-'))
  variants.push(first)
  return [...new Set(variants.filter(Boolean))]
}

/**
 * The segments of a title, longest first: "Site » Blog Archive » Story" has the
 * story last, "Story | Site" first; the story is usually the longer one.
 */
function titleSegments(value: string): string[] {
  const parts = value.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean)
  return parts.length < 2 ? [] : parts.sort((a, b) => b.length - a.length)
}

/** The title without the segment that is the site's name, when one is. */
function withoutSite(value: string, siteName: string | undefined): string | undefined {
  if (!siteName) return undefined
  const parts = value.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean)
  const site = fold(siteName)
  const rest = parts.filter((p) => fold(p) !== site)
  return rest.length < parts.length && rest.length > 0 ? joinBack(value, rest) : undefined
}

function joinBack(value: string, rest: string[]): string {
  const start = value.indexOf(rest[0])
  const lastPart = rest[rest.length - 1]
  const end = value.lastIndexOf(lastPart) + lastPart.length
  return start >= 0 && end > start ? value.slice(start, end) : rest.join(' ')
}

/** "www.example-site.co.uk" → "examplesite": the label a logo heading spells. */
function hostLabel(url: string | undefined): string | undefined {
  if (!url) return undefined
  const m = /^(?:https?:)?\/\/(?:www\d*\.)?([^/:?#]+)/i.exec(url.trim())
  if (!m) return undefined
  const labels = m[1].toLowerCase().split('.')
  const main = labels.length > 2 && labels[labels.length - 2].length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2] ?? labels[0]
  return main.replace(/[^\p{L}\p{N}]+/gu, '') || undefined
}

/** The words of a folded text. */
function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A folded text with typographic quotes as straight ones. */
function straightQuotes(folded: string): string {
  return /[‘’‚‛′“”„‟″]/.test(folded) ? folded.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"') : folded
}

/** Whitespace and case folding, as the title target compares. */
export function fold(text: string): string {
  // NFKC only where it can change something (most titles are ASCII).
  const normalized = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text
  return normalized.replace(/\s+/g, ' ').trim().toLowerCase()
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
