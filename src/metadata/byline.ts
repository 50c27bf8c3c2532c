import {findDate} from './dates.js'
import {trimChars, type PageSignals} from './meta-tags.js'

/**
 * Bylines as pages print them: "By Jane Doe and John Roe", "Von Jana Muster",
 * "Par Jean Dupont, à Paris", "Written by A. Writer | 5 January 2020". The
 * leading word, dates, times and trailing roles are cut; the rest is split
 * into authors.
 */
export interface Byline {
  byline: string
  authors: string[]
}

/** Words that open a byline, per registry language (lower case, with the space). */
export const BYLINE_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['written by ', 'posted by ', 'story by ', 'words by ', 'reported by ', 'reporting by ', 'text by ', 'by '],
  de: ['ein kommentar von ', 'ein bericht von ', 'text: ', 'autor: ', 'autorin: ', 'von '],
  fr: ['écrit par ', 'publié par ', 'rédigé par ', 'par '],
  es: ['escrito por ', 'redacción: ', 'por '],
  it: ['scritto da ', 'a cura di ', 'di '],
  pt: ['escrito por ', 'por '],
  nl: ['geschreven door ', 'tekst: ', 'door '],
  ru: ['автор: ', 'текст: '],
}

/** What joins two authors: a comma, semicolon or ampersand, or "and" in a registry language (en, de, fr, es, it, pt, nl, ru). */
const AUTHOR_JOINER = / ?(?:[,;&]|(?<= )(?:and|und|et|y|e|ed|en|и)(?= )) ?/iu

const MAX_BYLINE_WORDS = 14
const MAX_NAME_WORDS = 6

/**
 * A line that is a byline: it opens with a byline word of `languages` (English
 * always) followed by what looks like a name (a capital letter), and is short.
 */
export function isBylineLine(line: string, languages: readonly string[] = ['en']): boolean {
  const text = line.trim()
  if (!text || text.split(/\s+/).length > MAX_BYLINE_WORDS) return false
  const opener = openerOf(text, languages)
  if (opener === undefined) return false
  const rest = text.slice(opener.length).trimStart()
  return /^\p{Lu}/u.test(rest)
}

/** Clean a byline (from a meta tag, JSON-LD or the page). `undefined` when nothing name-like remains. */
export function parseByline(raw: string, languages: readonly string[] = ['en']): Byline | undefined {
  let text = raw.replace(/\s+/g, ' ').trim()
  if (!text || text.length > 300 || /^https?:\/\//i.test(text)) return undefined
  const opener = openerOf(text, languages)
  if (opener !== undefined) text = text.slice(opener.length).trim()
  // Dates, times and anything after them: "Jane Doe 5 January 2020", "Jane Doe | Updated …".
  const date = findDate(text, languages)
  if (date && date.index > 0) text = text.slice(0, date.index)
  text = text.split(/\s[|•·–—]\s|\s\|/)[0]
  const stamp = /\b(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado)\b/i.exec(text)
  if (stamp) text = text.slice(0, stamp.index)
  text = trimChars(withoutRole(trimChars(text, ' ,;:|–—-')), ' ,;:|–—-')
  if (!text || !/\p{L}/u.test(text)) return undefined
  const authors = splitAuthors(text)
  if (authors.length === 0) return undefined
  return {byline: text, authors}
}

function openerOf(text: string, languages: readonly string[]): string | undefined {
  const lower = text.toLowerCase()
  for (const lang of ['en', ...languages]) {
    for (const opener of BYLINE_OPENERS[lang] ?? []) if (lower.startsWith(opener)) return text.slice(0, opener.length)
  }
  return undefined
}

/** Job titles printed after a name ("Games Editor", "Staff Writer"), English, where bylines print them most. */
const ROLE_NOUNS: ReadonlySet<string> = new Set(['editor', 'reporter', 'writer', 'correspondent', 'columnist', 'contributor', 'journalist', 'producer', 'photographer'])
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['staff', 'senior', 'chief', 'contributing', 'associate', 'managing', 'deputy', 'executive', 'political', 'news', 'sports', 'games', 'tech', 'technology', 'business', 'health', 'science', 'foreign', 'special', 'national', 'digital', 'features', 'opinion', 'video', 'data', 'investigative', 'editor-at-large'])

/** A name without the job title after it ("Ben Silverman Games Editor" → "Ben Silverman"); a title alone gives nothing. */
function withoutRole(part: string): string {
  const words = part.split(' ')
  let k = 0
  const last = words[words.length - 1].toLowerCase()
  if (ROLE_NOUNS.has(last) || ROLE_NOUNS.has(last.replace(/s$/, ''))) {
    k = 1
    while (k < words.length && (ROLE_MODIFIERS.has(words[words.length - 1 - k].toLowerCase()) || /^\p{Ll}/u.test(words[words.length - 1 - k]))) k++
  }
  if (k === 0) return part
  const rest = words.length - k
  // One word left is more likely a name that ends in a role word ("Jane Editor") than a name: keep it whole.
  return rest === 0 ? '' : rest >= 2 ? words.slice(0, rest).join(' ') : part
}

/** "Jane Doe, John Roe and Ann Poe" → three names; "Doe, Jane" stays one (a surname-first list has no joiner). */
function splitAuthors(text: string): string[] {
  const parts = text.split(AUTHOR_JOINER).map((p) => withoutRole(p.trim())).filter(Boolean)
  // "Doe, Jane": two one-word parts are one name written surname first.
  if (parts.length === 2 && !/\s/.test(parts[0]) && !/\s/.test(parts[1]) && text.includes(',')) return [text]
  return parts.filter((p) => p.split(/\s+/).length <= MAX_NAME_WORDS && /\p{L}/u.test(p))
}

/**
 * The byline, with its source: JSON-LD's authors, then the author meta tag (read
 * only when needed), then the marks on the page (rel=author and itemprop=author say
 * what they are; a byline class is a weaker hint), then a byline line under the headline.
 * A JSON-LD author that is a handle ("CC7567", "@jdoe") yields to a name printed on the page.
 */
export function pickByline(
  ldAuthors: readonly string[],
  metaAuthor: () => [readonly string[], string] | undefined,
  signals: PageSignals,
  languages: readonly string[],
): [Byline, string] | undefined {
  let handle: [Byline, string] | undefined
  const ld = joined(ldAuthors, languages)
  if (ld) {
    if (!ld.authors.every(isHandle)) return [ld, 'json-ld']
    handle = [ld, 'json-ld']
  }
  const author = metaAuthor()
  const fromMeta = author && joined(author[0], languages)
  if (fromMeta) return [fromMeta, author[1]]
  for (const source of ['rel-author', 'itemprop', 'class'] as const) {
    for (const a of signals.authors) {
      const b = a.source === source ? parseByline(a.text, languages) : undefined
      if (b) return [b, a.source]
    }
  }
  for (const line of signals.afterHeadline) {
    const b = isBylineLine(line, languages) ? parseByline(line, languages) : undefined
    if (b) return [b, 'text']
  }
  return handle
}

/** Several author values (JSON-LD's list, a repeated meta tag) as one byline; `undefined` when none is a name. */
function joined(values: readonly string[], languages: readonly string[]): Byline | undefined {
  const named = values.map((a) => parseByline(a, languages)).filter((b): b is Byline => b !== undefined)
  if (named.length === 0) return undefined
  // One value per author (a list, a repeated tag): each is a whole name, even "Jong, Michiel de".
  const authors = named.length > 1 ? named.map((b) => b.byline) : named[0].authors
  return {byline: named.map((b) => b.byline).join(', '), authors: [...new Set(authors)]}
}

/** An account name rather than a person's: one word with a digit in it, or an @-handle. */
function isHandle(author: string): boolean {
  return !/\s/.test(author) && (/\d/.test(author) || author.startsWith('@'))
}
