import {decodeEntities} from './meta-tags.js'

/**
 * schema.org JSON-LD: the article node of a page's `<script type="application/ld+json">`
 * blocks (`NewsArticle`, `Article`, `BlogPosting`, … at the top, in an array or
 * in `@graph`), reduced to the fields metadata needs. Malformed JSON, wrong
 * types and cycles give fewer fields, never an exception.
 */
export interface JsonLdArticle {
  headline?: string
  authors: string[]
  published?: string
  modified?: string
  publisher?: string
  url?: string
  description?: string
  image?: string
  lang?: string
}

/** Types whose node describes the article itself, best first. */
const ARTICLE_TYPES = /^(?:newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|article|blogposting|socialmediaposting|liveblogposting|scholarlyarticle|techarticle|report|posting)$/i
const PAGE_TYPES = /^(?:webpage|itempage|collectionpage|aboutpage|faqpage|qapage|medicalwebpage)$/i
const MAX_NODES = 2000

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
type JsonObject = {[key: string]: Json}

export function readJsonLd(scripts: readonly string[]): JsonLdArticle | undefined {
  const nodes: JsonObject[] = []
  for (const raw of scripts) {
    const parsed = parseLenient(raw)
    if (parsed !== undefined) flatten(parsed, nodes)
  }
  if (nodes.length === 0) return undefined
  const byId = new Map<string, JsonObject>()
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n)
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)))
  const page = nodes.find((n) => types(n).some((t) => PAGE_TYPES.test(t)))
  const site = nodes.find((n) => types(n).some((t) => /^website$/i.test(t)))
  const main = article ?? page
  if (!main) return undefined
  const resolve = (v: Json | undefined): Json | undefined => {
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v
    return v
  }
  const out: JsonLdArticle = {authors: []}
  out.headline = firstString(main.headline) ?? (article ? firstString(main.name) : undefined) ?? firstString(main.alternativeHeadline)
  for (const a of list(main.author ?? main.creator)) {
    const name = nameOf(resolve(a))
    if (name && !out.authors.includes(name)) out.authors.push(name)
  }
  out.published = firstString(main.datePublished) ?? firstString(main.dateCreated)
  out.modified = firstString(main.dateModified)
  out.publisher = nameOf(resolve(main.publisher)) ?? nameOf(resolve(site ?? null))
  out.url = urlOf(resolve(main.mainEntityOfPage)) ?? firstString(main.url)
  out.description = firstString(main.description)
  out.image = urlOf(resolve(main.image)) ?? urlOf(resolve(main.thumbnailUrl))
  out.lang = firstString(main.inLanguage)
  return out
}

/**
 * JSON.parse, after the repairs pages commonly need: HTML comment or CDATA
 * wrappers, raw newlines and tabs inside strings, a trailing comma.
 */
function parseLenient(raw: string): Json | undefined {
  const text = raw.trim()
    .replace(/^<!--|-->$/g, '').trim()
    .replace(/^(?:\/\*\s*|\/\/\s*)?<!\[CDATA\[(?:\s*\*\/)?|(?:\/\*\s*|\/\/\s*)?\]\]>(?:\s*\*\/)?$/g, '').trim()
  if (!text) return undefined
  try {
    return JSON.parse(text) as Json
  } catch {
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json
    } catch {
      return undefined
    }
  }
}

/** Every object node of interest: top level, array members and `@graph` members. */
function flatten(value: Json, into: JsonObject[]): void {
  const stack: Json[] = [value]
  while (stack.length > 0 && into.length < MAX_NODES) {
    const v = stack.pop()!
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i])
    } else if (v && typeof v === 'object') {
      into.push(v)
      const graph = v['@graph']
      if (graph) stack.push(graph)
    }
  }
}

function types(n: JsonObject): string[] {
  return list(n['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''))
}

function list(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return []
  return Array.isArray(v) ? v : [v]
}

function firstString(v: Json | undefined): string | undefined {
  for (const item of list(v)) {
    if (typeof item === 'string' && item.trim()) return decodeEntities(item).replace(/\s+/g, ' ').trim()
    if (item && typeof item === 'object' && !Array.isArray(item) && typeof item['@value'] === 'string') return item['@value'].trim() || undefined
  }
  return undefined
}

function nameOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined
  if (Array.isArray(v)) return nameOf(v[0])
  if (v && typeof v === 'object') {
    const name = firstString(v.name)
    if (name) return name
    const parts = [firstString(v.givenName), firstString(v.familyName)].filter(Boolean)
    return parts.length ? parts.join(' ') : undefined
  }
  return undefined
}

function urlOf(v: Json | undefined): string | undefined {
  for (const item of list(v)) {
    if (typeof item === 'string' && item.trim()) return item.trim()
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const url = firstString(item.url) ?? firstString(item['@id']) ?? firstString(item.contentUrl)
      if (url) return url
    }
  }
  return undefined
}
