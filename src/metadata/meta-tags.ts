import type {Element, Root, RootContent} from 'hast'

/**
 * What a page says about itself, gathered in one walk of its hast tree: the
 * `<head>` (title, meta tags, canonical link, JSON-LD) and the few visible
 * elements that carry metadata (headings, `<time>`, author links and bylines).
 * Nothing is decided here; `index.ts` ranks the sources.
 */
export interface PageSignals {
  /** `<html lang>`. */
  lang?: string
  /** `<title>`. */
  title?: string
  /** Meta tags by lower-cased `name`, `property` or `itemprop`, contents in document order. */
  meta: Map<string, string[]>
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[]
  /** `<link rel=canonical href>`. */
  canonical?: string
  /** Visible headings that may be the article's title, in document order. */
  headings: Heading[]
  /** `<time datetime>` and `itemprop=datePublished|dateModified` values, in document order. */
  times: TimeSignal[]
  /** Visible author marks (rel=author, itemprop=author, byline/author class tokens), in document order. */
  authors: AuthorSignal[]
  /** Short visible lines right after the first `<h1>` (where bylines and datelines sit). */
  afterHeadline: string[]
}

export interface Heading {
  text: string
  level: number
  /** itemprop=headline or a title-like class (`entry-title`, `headline`, …). */
  marked: boolean
  /**
   * The heading's pieces when it is printed in several (a kicker span, then the
   * headline; the headline, then a `<small>` subtitle): their texts in order. Absent for one piece.
   */
  parts?: string[]
  /** The heading is one link to the site's home page: the site's name set as a logo, not a headline. */
  home?: true
}

export interface TimeSignal {
  value: string
  kind: 'published' | 'modified' | null
}

export interface AuthorSignal {
  text: string
  source: 'rel-author' | 'itemprop' | 'class'
}

const MAX_HEADINGS = 40
const NONE: readonly string[] = Object.freeze([])
const HEADING_LEVEL: Readonly<Record<string, number>> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}
const MAX_TIMES = 12
const MAX_AUTHORS = 12
/** Longer text in an author mark is a bio or a whole article, not a name. */
const MAX_AUTHOR_CHARS = 120
const MAX_TITLE_CHARS = 400
const LINES_AFTER_HEADLINE = 6

const TITLE_CLASS: ReadonlySet<string> = new Set(['entry-title', 'post-title', 'article-title', 'headline', 'article-headline', 'story-title', 'page-title', 'title', 'heading-title', 'content-title', 'article__title', 'article__headline', 'c-article-title', 'story-headline', 'post__title', 'entry__title'])
const AUTHOR_CLASS: readonly string[] = ['byline', 'byline-name', 'byline__name', 'author', 'author-name', 'authorname', 'article-author', 'post-author', 'entry-author', 'author__name', 'by-author', 'story-byline', 'article-byline', 'article__byline', 'c-byline', 'byline-author', 'writer', 'contributor', 'p-author']
/** Words that, anywhere in a class or id, name a byline (`pb-byline`, `byline-wrap`, `writtenby`); "author" alone is too broad (`author-bio`). */
const BYLINE_WORDS: readonly string[] = ['byline', 'writtenby']
/**
 * A class token or id that marks a byline: one of AUTHOR_CLASS, or containing a
 * BYLINE_WORDS entry, in any case. One case-insensitive regex: this runs on every
 * class token of the page, and lower-casing each token was most of the walk's time.
 */
const BYLINE_MARK = new RegExp(`${BYLINE_WORDS.join('|')}|^(?:${AUTHOR_CLASS.filter((c) => !BYLINE_WORDS.some((w) => c.includes(w))).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'i')
const BYLINE_ID = new RegExp(BYLINE_WORDS.join('|'), 'i')
const PUBLISHED_HINT = /publish|created|posted|issued/i
const MODIFIED_HINT = /modif|updat|revis/i
const SKIP: ReadonlySet<string> = new Set(['style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'nav', 'footer', 'aside'])
/** Inside an `<article>`, these belong to it (its byline and date often sit there): read for marks, not headings. */
const ARTICLE_MARGINS: ReadonlySet<string> = new Set(['footer', 'aside'])
/** Pushed after an element's children: popping it closes the element. */
interface Close {
  type: 'close'
  tag: string
}
const BLOCK_BREAK: ReadonlySet<string> = new Set(['p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section', 'header', 'time', 'span', 'a'])

export function collectSignals(tree: Root): PageSignals {
  const signals: PageSignals = {meta: new Map(), jsonLd: [], headings: [], times: [], authors: [], afterHeadline: []}
  let sawHeadline = false
  // How many <article>s and article margins (their <aside>, <footer>) the walk is inside.
  let articles = 0
  let margins = 0
  // Iterative: rehype-parse trees are not depth-capped.
  // Only elements go on the stack: text is read by textOf where it matters, and most nodes are text.
  const stack: Array<Element | Close> = []
  pushElements(stack, tree.children)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'close') {
      if (node.tag === 'article') articles--
      else margins--
      continue
    }
    const tag = node.tagName
    const p = node.properties
    switch (tag) {
      case 'html':
        if (typeof p.lang === 'string' && p.lang && !signals.lang) signals.lang = p.lang
        break
      case 'title':
        if (signals.title === undefined) signals.title = decodeEntities(textOf(node, MAX_TITLE_CHARS))
        continue
      case 'meta': {
        const content = typeof p.content === 'string' ? decodeEntities(p.content) : undefined
        if (content === undefined) continue
        for (const key of metaKeys(node)) {
          const list = signals.meta.get(key)
          if (list) list.push(content)
          else signals.meta.set(key, [content])
        }
        continue
      }
      case 'link': {
        const rel = tokens(p.rel)
        if (rel.includes('canonical') && typeof p.href === 'string' && !signals.canonical) signals.canonical = p.href
        continue
      }
      case 'script':
        if (typeof p.type === 'string' && p.type.trim().toLowerCase() === 'application/ld+json') signals.jsonLd.push(textOf(node, Infinity))
        continue
      case 'article':
        articles++
        stack.push({type: 'close', tag})
        break
      default:
        if (SKIP.has(tag)) {
          if (articles === 0 || !ARTICLE_MARGINS.has(tag)) continue
          margins++
          stack.push({type: 'close', tag})
        }
    }
    // Most elements carry neither: skip the token work for them (this walk visits the whole page).
    const itemprop = p.itemProp === undefined ? NONE : tokens(p.itemProp).map((t) => t.toLowerCase())
    const classes = p.className === undefined ? NONE : tokens(p.className)
    const level = tag.length === 2 && tag[0] === 'h' ? HEADING_LEVEL[tag] ?? 0 : 0
    // The class tokens are this walk's main cost: a title class matters only on a
    // heading (elsewhere itemprop=headline marks the title), and the author scan stops at a hit.
    let authorClass = false
    for (let k = 0; k < classes.length && !authorClass; k++) authorClass = BYLINE_MARK.test(classes[k])
    const titleClass = level >= 1 && level <= 3 && classes.some((c) => TITLE_CLASS.has(c.toLowerCase()))
    if (!authorClass && typeof p.id === 'string' && p.id) authorClass = BYLINE_ID.test(p.id)
    const titleMarked = titleClass || itemprop.includes('headline')
    if (margins === 0 && ((level >= 1 && level <= 3) || (titleMarked && itemprop.includes('headline'))) && signals.headings.length < MAX_HEADINGS) {
      const text = withoutInvisibles(textOf(node, MAX_TITLE_CHARS))
      if (text) {
        const heading: Heading = {text, level: level || 1, marked: titleMarked}
        const parts = headingParts(node)
        if (parts) heading.parts = parts
        if (linksHome(node)) heading.home = true
        signals.headings.push(heading)
        if (level === 1 && !sawHeadline) {
          sawHeadline = true
          continue
        }
      }
    }
    if (tag === 'time' || itemprop.includes('datepublished') || itemprop.includes('datemodified')) {
      const value = typeof p.dateTime === 'string' ? p.dateTime : typeof p.content === 'string' ? p.content : undefined
      if (value && signals.times.length < MAX_TIMES) {
        const hint = [...itemprop, ...classes].join(' ')
        signals.times.push({value, kind: PUBLISHED_HINT.test(hint) ? 'published' : MODIFIED_HINT.test(hint) ? 'modified' : null})
      }
    }
    const rel = tag === 'a' && p.rel !== undefined ? tokens(p.rel) : NONE
    const authorSource: AuthorSignal['source'] | null = rel.includes('author')
      ? 'rel-author'
      : itemprop.includes('author') || itemprop.includes('creator')
        ? 'itemprop'
        : authorClass ? 'class' : null
    if (authorSource && signals.authors.length < MAX_AUTHORS) {
      const named = authorSource === 'itemprop' ? findItemprop(node, 'name') : undefined
      const text = named ? textOf(named, MAX_AUTHOR_CHARS + 1) : textOf(node, MAX_AUTHOR_CHARS + 1)
      if (text && text.length <= MAX_AUTHOR_CHARS) signals.authors.push({text, source: authorSource})
    }
    if (sawHeadline && margins === 0 && signals.afterHeadline.length < LINES_AFTER_HEADLINE && BLOCK_BREAK.has(tag) && !hasBlockChild(node)) {
      const text = textOf(node, 200)
      // A div of spans and its spans give the same line: keep it once.
      if (text && text.length < 200 && !signals.afterHeadline.at(-1)?.includes(text)) signals.afterHeadline.push(text)
    }
    pushElements(stack, node.children)
  }
  return signals
}

/** The element children, last first (the stack pops them in document order). */
function pushElements(stack: Array<Element | Close>, children: readonly RootContent[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]
    if (child.type === 'element') stack.push(child)
  }
}

/** `name`, `property` (space-separated, as RDFa allows) and `itemprop` of a meta tag, lower-cased. */
function metaKeys(node: Element): string[] {
  const p = node.properties
  const keys: string[] = []
  if (typeof p.name === 'string') keys.push(p.name.trim().toLowerCase())
  for (const t of tokens(p.property)) keys.push(t.toLowerCase())
  for (const t of tokens(p.itemProp)) keys.push(t.toLowerCase())
  for (const t of tokens(p.httpEquiv)) keys.push(t.toLowerCase())
  return keys.filter(Boolean)
}

function tokens(value: unknown): readonly string[] {
  // hast keeps space-separated attributes as arrays of strings already: no copy.
  if (Array.isArray(value)) return value as string[]
  if (typeof value === 'string') return value.split(/[ \t\n\f\r]+/).filter(Boolean)
  return []
}

const INLINE_OR_EMPTY: ReadonlySet<string> = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'time', 'abbr', 'small', 'img', 'br', 'sup', 'sub', 'u', 'mark', 'cite', 'font', 'q'])

function hasBlockChild(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && !INLINE_OR_EMPTY.has(c.tagName))
}

const MAX_HEADING_PARTS = 6

/**
 * The pieces a heading is printed in: its element children and runs of text,
 * split at `<br>`, inside any single wrapper (`<a>`, `<span itemprop=headline>`).
 * Undefined for a heading of one piece, the usual case.
 */
function headingParts(node: Element): string[] | undefined {
  let el = node
  for (;;) {
    const elements = el.children.filter((c): c is Element => c.type === 'element')
    if (elements.length !== 1 || el.children.some((c) => c.type === 'text' && c.value.trim())) break
    el = elements[0]
  }
  if (el.children.length < 2) return undefined
  const parts: string[] = []
  let run = ''
  const flush = () => {
    const t = run.replace(/\s+/g, ' ').trim()
    if (t) parts.push(t)
    run = ''
  }
  for (const c of el.children) {
    if (c.type === 'text') run += c.value
    else if (c.type === 'element') {
      flush()
      if (c.tagName !== 'br') run = textOf(c, MAX_TITLE_CHARS)
      flush()
    }
    if (parts.length > MAX_HEADING_PARTS) return undefined
  }
  flush()
  return parts.length >= 2 && parts.length <= MAX_HEADING_PARTS ? parts : undefined
}

/** A site's home page as a link names it: the root of a host, `rel=home`, or an index page. */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.(?:html?|php))?$/i

/** Whether all of a heading is one link (inside any single wrappers) to the site's home page. */
function linksHome(node: Element): boolean {
  let el = node
  for (;;) {
    if (el.tagName === 'a') {
      const href = el.properties.href
      return tokens(el.properties.rel).includes('home') || (typeof href === 'string' && href.trim() !== '' && HOME_HREF.test(href.trim()))
    }
    const elements = el.children.filter((c): c is Element => c.type === 'element')
    if (elements.length !== 1 || el.children.some((c) => c.type === 'text' && c.value.trim())) return false
    el = elements[0]
  }
}

function findItemprop(node: Element, prop: string): Element | undefined {
  const stack: Element[] = [node]
  let budget = 200
  while (stack.length > 0 && budget-- > 0) {
    const el = stack.pop()!
    if (el !== node && tokens(el.properties.itemProp).some((t) => t.toLowerCase() === prop)) return el
    for (const c of el.children) if (c.type === 'element') stack.push(c)
  }
  return undefined
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', middot: '·', bull: '•',
}

/**
 * Undo a second round of escaping: many CMSs escape titles before the template
 * escapes them again, so the parsed value still reads `&#8211;` or `&amp;`.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec: string, hex: string, name: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1
    if (code >= 0) return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole
    return NAMED[name.toLowerCase()] ?? whole
  })
}

/** Soft hyphens and zero-width characters: break hints for the browser, not letters of a title. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/** `text` without its invisible characters (German headings are often soft-hyphenated: "Mes\u00adsen\u00adger"). */
export function withoutInvisibles(text: string): string {
  return text.search(INVISIBLES) === -1 ? text : text.replace(INVISIBLES, '').replace(/\s+/g, ' ').trim()
}

/** `text` without any of `chars` (and whitespace) at either end: a loop, not a regex, so long runs cost no rescans. */
export function trimChars(text: string, chars: string): string {
  const strip = (c: string) => chars.includes(c) || c.trim() === ''
  let start = 0
  let end = text.length
  while (start < end && strip(text[start])) start++
  while (end > start && strip(text[end - 1])) end--
  return text.slice(start, end)
}

/** Elements inside a node whose text is not the node's text. */
const SKIPPED_IN_TEXT = new Set(['script', 'style', 'rt', 'rp'])

/** Text content with whitespace collapsed, stopping once past `limit` characters. */
export function textOf(node: Element, limit: number): string {
  const parts: string[] = []
  let length = 0
  const stack: Array<Element | RootContent> = [node]
  while (stack.length > 0 && length <= limit) {
    const n = stack.pop()!
    if (n.type === 'text') {
      parts.push(n.value)
      length += n.value.length
    } else if (n.type === 'element') {
      // A ruby's <rt> and <rp> spell how the text is read, not the text ("子<rt>こ</rt>ども").
      if (n !== node && SKIPPED_IN_TEXT.has(n.tagName)) continue
      if (n.tagName === 'br') parts.push(' ')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  const text = parts.join('')
  return node.tagName === 'script' ? text : text.replace(/\s+/g, ' ').trim()
}
