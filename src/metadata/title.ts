import type {JsonLdArticle} from './json-ld.js'
import {trimChars, withoutInvisibles, type Heading, type PageSignals} from './meta-tags.js'

/** Meta tags that carry the title, in rank order (lower-cased `name`, `property` or `itemprop`). */
export const TITLE_META_KEYS: readonly string[] = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'dc:title', 'parsely-title', 'sailthru.title', 'title', 'headline']

/** Longer than this, an <h1> is a summary rather than a headline. */
const MAX_HEADLINE_WORDS = 30
/** Longer than this, a site name is a title. */
const MAX_SITE_NAME_WORDS = 8

/** Separators between a headline and the site's name in `<title>` and og:title. */
// Titles arrive with whitespace collapsed, so single spaces suffice (and keep the pattern linear).
const TITLE_SEPARATOR = / [–—•·»\\/-] | ::? | ?\| ?/
const TITLE_SEPARATORS = new RegExp(TITLE_SEPARATOR.source, 'g')
/** Separators of a path from the site down to the page ("Site » Blog » Story"). */
const PATH_SEPARATOR = / [»\\/>] /

/**
 * The title: a visible headline the structured sources agree with (the
 * headline as printed, not a `<title>` with " | Site" appended), else the
 * best structured title with the site's name cut, else the first headline.
 */
export function pickTitle(signals: PageSignals, ld: JsonLdArticle | undefined, siteName: string | undefined, lang?: string): [string, string] | undefined {
  // The steps below fold and test the same few strings (each title's segments, each
  // heading) many times over: each is folded, and tested for the site's name, once per page.
  const fold = once(foldText)
  const siteLike = once(siteMatcher(signals, siteName))
  const found = chooseTitle(signals, ld, siteLike, lang, fold)
  if (!found) return found
  // A headline that both the page and the structured data print with the site's name
  // ("Story – Site") still names the site last: cut it.
  const cut = withoutSite(found[0], siteLike, fold)
  const title = cut && cut.split(' ').length >= 2 ? cut : found[0]
  // A pipe is a title tag's separator, not a headline's punctuation: what follows the
  // first one, once the site's name is cut, is a tail written for search results.
  const pipe = title.indexOf(' | ')
  const head = pipe > 0 ? title.slice(0, pipe).trim() : ''
  return [head.split(' ').length >= 3 ? head : title, found[1]]
}

/**
 * Whether a folded text names the site: og:site_name (or a part of it, "Example"
 * in "Example Media Group"), or the host's label spelled out ("Example-Site.de").
 */
function siteMatcher(signals: PageSignals, siteName: string | undefined): (folded: string) => boolean {
  const host = hostLabels(signals.canonical ?? signals.meta.get('og:url')?.[0])
  const site = siteName === undefined ? undefined : foldText(siteName)
  // A logo heading linking home prints the site's name.
  const logos = new Set(signals.headings.filter((h) => h.home).map((h) => foldText(h.text)))
  // A "site name" of a sentence's length that a heading repeats is the page's title put in og:site_name.
  const titleAsSite = site !== undefined && site.split(' ').length > MAX_SITE_NAME_WORDS
  return (f: string) => {
    if (site !== undefined && (f === site ? !titleAsSite : f.length >= 4 && site.includes(f))) return true
    if (logos.has(f)) return true
    // Only a text about as short as the host's name can spell it.
    if (host === undefined || f.length > 2 * host.label.length + 8) return false
    const squeezed = f.replace(/[^\p{L}\p{N}]+/gu, '')
    return squeezed.length > 3 && (squeezed === host.label || squeezed === host.label.replace(/\d{1,6}$/, '') || squeezed === host.withSuffix)
  }
}

function chooseTitle(
  signals: PageSignals,
  ld: JsonLdArticle | undefined,
  siteLike: (folded: string) => boolean,
  lang: string | undefined,
  fold: (text: string) => string,
): [string, string] | undefined {
  // Outside English, typographic quotes are the language's spelling („…“, « … », l’),
  // so the printed heading's are kept; in English the CMS curls what editors typed straight.
  const printedQuotes = lang !== undefined && !/^en\b/i.test(lang)
  const structured: Array<[string, string]> = []
  if (ld?.headline) structured.push([ld.headline, 'json-ld'])
  for (const key of TITLE_META_KEYS) {
    const v = signals.meta.get(key)?.find((x) => x.trim())
    if (v) structured.push([v.replace(/\s+/g, ' ').trim(), `meta:${key}`])
  }
  if (signals.title) structured.push([signals.title, '<title>'])

  // A heading that names the site (a logo in an <h1>, one linking home) is never the title.
  // Each heading and each structured title folded once: the steps below compare every heading with every variant.
  const headings: Array<Heading & {folded: string; quoted: string}> = []
  for (const h of signals.headings) {
    const folded = fold(h.text)
    if (!siteLike(folded)) headings.push({text: h.text, level: h.level, marked: h.marked, parts: h.parts, folded, quoted: straightQuotes(folded)})
  }
  const quoted = headings.map((h) => h.quoted)
  // The structured title with the site's name cut (or as given, when nothing is cut).
  const mainOf = (variants: readonly string[]) => variants[variants.length > 1 ? 1 : 0]
  const titled = structured.map(([value, source]) => ({value, source, variants: titleVariants(value, siteLike, fold)}))
  // 1. A visible headline equal to a structured title, or to a run of its segments
  // (the site's name cut, a section dropped), the best-ranked source first. Quotes may
  // differ (a curly apostrophe on the page, a straight one in the meta tag): the
  // structured spelling is the one editors typed.
  for (const {value, source} of titled) {
    const cut = withoutSite(value, siteLike, fold)
    for (const variant of new Set([value, ...(cut ? [cut] : []), ...segmentRuns(value)])) {
      const folded = fold(variant)
      const straight = straightQuotes(folded)
      const i = quoted.indexOf(straight)
      if (i === -1) continue
      // A lower heading equal to the structured title (a teaser of the story itself) while
      // the <h1> prints that title with more words ("… in Tennessee", not "… (example.com) 87"):
      // the <h1> is the headline as printed.
      const longer = headings[i].level === 1 ? undefined : headings.find((h) => h.level === 1 && h.quoted.startsWith(straight + ' ') && MORE_WORDS.test(h.quoted.slice(straight.length)))
      if (longer) return [longer.text, `${source}+heading`]
      // A kicker printed as a piece of its own and set off by a separator piece of its own
      // ("Klimaschutz", ":", "Bohren, bis es heiß wird") labels the headline: the headline is the last piece.
      const headline = afterKicker(headings[i].parts)
      if (headline) return [headline, `${source}+heading`]
      return [headings[i].folded === folded || printedQuotes ? headings[i].text : variant, `${source}+heading`]
    }
  }
  // 1b. The article's headline printed in pieces (a kicker, then the headline; the
  // headline, then a subtitle) whose pieces but the first or the last are a structured
  // title or a segment of one; the longer reading first.
  const trimmed = headings
    .filter((h) => h.parts && (h.level === 1 || h.marked))
    .flatMap((h) => [h.parts!.slice(1), h.parts!.slice(0, -1)].map((p) => p.join(' ')))
    .sort((a, b) => b.length - a.length)
  if (trimmed.length > 0) {
    // Each structured form once, with the best-ranked source that gives it. A kicker
    // that a structured title sets off by a colon ("Corona: Story") the heading may print
    // as a piece of its own: the form after the colon counts too.
    const forms = new Map<string, string>()
    for (const {value, source, variants} of titled) {
      for (const v of [value, ...titleSegments(value), ...variants]) {
        const colon = v.indexOf(': ')
        for (const form of colon > 0 ? [v, v.slice(colon + 2)] : [v]) {
          const f = straightQuotes(fold(form))
          if (!forms.has(f)) forms.set(f, source)
        }
      }
    }
    for (const t of trimmed) {
      const source = forms.get(straightQuotes(fold(t)))
      if (source !== undefined) return [t, `${source}+heading`]
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
      if (h.quoted.length <= f.length || !h.quoted.endsWith(f) || f.length < h.quoted.length * 0.6) continue
      // A label ends in a separator ("Blog:", "Politics |"), a dateline holds a number among
      // words ("Dec 18 2025"); one word before ("The", "Most", "2025") belongs to the headline.
      const extra = h.quoted.slice(0, h.quoted.length - f.length).trim()
      // A quotation set before the colon ("\"Pure Leere\": Story") is the headline's own words, not a label.
      if (QUOTE_KICKER.test(extra)) continue
      if (/[:|–—•·»\/-]$/.test(extra) || (extra.includes(' ') && /\d/.test(extra))) return [main, 'heading+structured']
    }
  }
  // 3. A headline that a structured title contains (cut, or worded longer in <title>), not the site's name.
  // Where the page has an <h1> or a marked heading, a lower one the title contains is a
  // section named after the story ("How fast do they go" under "How Fast Does … Go? Top Speeds"), not it.
  const candidates = headings.filter((h) => h.folded.length >= 8 && h.folded.includes(' '))
  const mains = titled.map(({variants}) => fold(mainOf(variants)))
  const leading = candidates.some((h) => h.level === 1 || h.marked)
  for (const h of candidates) {
    const f = h.folded
    if (leading && h.level !== 1 && !h.marked) continue
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
  // 4b. The page's only <h1>, worded apart from the structured titles (those are written
  // for search results), when it reads as a headline: not a paragraph's length (a summary
  // set in an <h1>), and three words or more. A shorter one heads the story when the
  // structured title is a search result's ("Story | Site") and names the <h1>'s word
  // ("Design" in "Web Design for Firms | Site", "Chorgeschichte" over "Geschichte | Site"); "Menu" does not.
  const h1s = new Set(headings.filter((h) => h.level === 1).map((h) => h.text))
  if (h1s.size === 1) {
    const [only] = h1s
    const count = only.split(' ').length
    const short = count < 3 && titled.some(({variants}) => variants.length > 1) && sharesStem(fold(only), words)
    if ((count >= 3 || short) && count <= MAX_HEADLINE_WORDS && !headings.some((h) => h.level === 1 && h.text !== only)) return [only, 'heading']
  }
  // 5. The best structured title, the site's name cut.
  for (const {source, variants} of titled) {
    const best = mainOf(variants)
    if (best) return [best, source]
  }
  const marked = headings.find((h) => h.marked) ?? headings[0]
  return marked ? [marked.text, 'heading'] : undefined
}

/** A title as given, then with the site's name cut (a segment equal to it, or the shortest end segment). */
function titleVariants(value: string, siteLike: (folded: string) => boolean, fold: (text: string) => string): string[] {
  const variants = [value]
  const parts = value.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return variants
  const cut = withoutSite(value, siteLike, fold)
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

/** Most segments a title is split into for matching: past this, a "title" is a breadcrumb trail. */
const MAX_RUN_SEGMENTS = 8

/**
 * The runs of a title's consecutive segments, as printed between them, in the order
 * they are tried: those the title starts with, longest first (a site names itself
 * last: "Story - Part 1 | Site"), then those it ends with, then single inner segments,
 * longest first; one-word runs last. A title built as a path ("Site » Archive » Story")
 * ends with the story: its ending runs come first. "Chapter 1 - The storm | Tales" gives
 * "Chapter 1 - The storm", "Chapter 1", "The storm | Tales", then "Tales".
 */
function segmentRuns(value: string): string[] {
  // Where each segment starts and ends, so that a run is sliced as printed.
  const spans: Array<[number, number]> = []
  let start = 0
  for (const m of value.matchAll(TITLE_SEPARATORS)) {
    if (value.slice(start, m.index).trim()) spans.push([start, m.index])
    start = m.index + m[0].length
  }
  if (value.slice(start).trim()) spans.push([start, value.length])
  const n = spans.length
  if (n < 2 || n > MAX_RUN_SEGMENTS) return []
  const run = (from: number, to: number) => value.slice(spans[from][0], spans[to][1]).trim()
  const starting: string[] = []
  const ending: string[] = []
  for (let to = n - 2; to >= 0; to--) starting.push(run(0, to))
  for (let from = 1; from < n; from++) ending.push(run(from, n - 1))
  const inner = spans.slice(1, -1).map(([a, b]) => value.slice(a, b).trim()).sort((a, b) => b.length - a.length)
  const runs = PATH_SEPARATOR.test(value) ? [...ending, ...starting, ...inner] : [...starting, ...ending, ...inner]
  // A one-word segment ("Reviews", "Fachmeldungen") is a section a heading may repeat: tried last.
  return [...runs.filter((r) => r.includes(' ')), ...runs.filter((r) => !r.includes(' '))]
}

/** A segment that is only a date in digits ("23.01.2022", "2022-01-23"): when it was posted, not what. */
const NUMERIC_DATE = /^(?:\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})$/

/** The title without its first or last segment when that one names the site or is a date. */
function withoutSite(value: string, siteLike: (folded: string) => boolean, fold: (text: string) => string): string | undefined {
  const parts = value.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return undefined
  const rest = parts.filter((p, i) => !((i === 0 || i === parts.length - 1) && (siteLike(fold(p)) || NUMERIC_DATE.test(p))))
  if (rest.length < parts.length && rest.length > 0) return joinBack(value, rest)
  // A site's name with a separator of its own ("Story - Salsa-Figuren - Rueda in Berlin"), as a logo heading prints it.
  for (let k = parts.length - 1; k >= 2; k--) {
    if (siteLike(fold(joinBack(value, parts.slice(-k))))) return joinBack(value, parts.slice(0, -k))
    if (siteLike(fold(joinBack(value, parts.slice(0, k))))) return joinBack(value, parts.slice(k))
  }
  return undefined
}

function joinBack(value: string, rest: string[]): string {
  const start = value.indexOf(rest[0])
  const lastPart = rest[rest.length - 1]
  const end = value.lastIndexOf(lastPart) + lastPart.length
  return start >= 0 && end > start ? value.slice(start, end) : rest.join(' ')
}

/** "www.example-site.co.uk" → "examplesite" and "examplesitecouk": the names a logo heading spells. */
function hostLabels(url: string | undefined): {label: string; withSuffix: string} | undefined {
  if (!url) return undefined
  const m = /^(?:https?:)?\/\/(?:www\d*\.)?([^/:?#]+)/i.exec(url.trim())
  if (!m) return undefined
  const labels = m[1].toLowerCase().split('.')
  const at = labels.length > 2 && labels[labels.length - 2].length <= 3 ? labels.length - 3 : Math.max(0, labels.length - 2)
  const squeeze = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '')
  const label = squeeze(labels[at])
  return label ? {label, withSuffix: squeeze(labels.slice(at).join(''))} : undefined
}

/** Whether a word of four letters or more of `folded` contains a word of `others`, or is contained in one. */
function sharesStem(folded: string, others: ReadonlySet<string>): boolean {
  for (const w of wordsOf(folded)) {
    if (w.length < 4) continue
    for (const o of others) if (o.length >= 4 && (w.includes(o) || o.includes(w))) return true
  }
  return false
}

/** The words of a folded text. */
function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A folded text with typographic quotes as straight ones. */
function straightQuotes(folded: string): string {
  return /[‘’‚‛′“”„‟″]/.test(folded) ? folded.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"') : folded
}

/**
 * The headline of a heading printed as kicker, separator, headline: three pieces, the
 * middle one a lone separator, the last one of two words or more and longer than the kicker.
 */
function afterKicker(parts: readonly string[] | undefined): string | undefined {
  if (parts?.length !== 3 || !KICKER_SEPARATOR.test(parts[1])) return undefined
  const kicker = parts[0].split(' ').length
  const headline = parts[2].split(' ').length
  return headline >= 2 && headline > kicker ? parts[2] : undefined
}

/** A quotation and a colon, in straight quotes (headings are compared with their quotes straightened). */
const QUOTE_KICKER = /^["'][^"']+["']:$/

/** Words that lengthen a headline: letters only, no figures, brackets or separators. */
const MORE_WORDS = /^(?: [\p{L}][\p{L}'’-]*)+$/u

/** A heading piece that is only a separator. */
const KICKER_SEPARATOR = /^[:|–—-]$/

/** `fn` remembering its answer for each text it was asked about (for one page: made per call, never shared). */
function once<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>()
  return (text) => {
    let v = seen.get(text)
    if (v === undefined) {
      v = fn(text)
      seen.set(text, v)
    }
    return v
  }
}

export {foldText as fold}

/** Whitespace and case folding, as the title target compares. */
function foldText(text: string): string {
  // NFKC and full case folding ("ß" folds to "ss", as its capital "SS" does) only where
  // they can change something: most titles are ASCII.
  if (!/[^\x00-\x7f]/.test(text)) return text.replace(/\s+/g, ' ').trim().toLowerCase()
  return withoutInvisibles(text).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/ß/g, 'ss')
}
