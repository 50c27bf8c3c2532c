// Structural rules as data: which tags, ARIA roles and class/id tokens mark chrome,
// and which mark the article. Tokens come from the conventions that content
// management systems and ad/consent vendors share across sites (WordPress
// `wp-caption-text`, `entry-content`; schema.org `articleBody`; ARIA landmarks);
// Readability's and trafilatura's published token lists informed the families.
// No token here is specific to one site.
import type {Category} from '../types.js'

export interface StructuralRule {
  category: Category
  /** Rule id, `category/tag-<tag>`, `category/role-<role>` or `category/class-<family>`. */
  rule: `${Category}/${string}`
  reason: string
}

/** Every structural rule, for the catalogue (rules/catalogue.ts). */
export const STRUCTURE_RULES: {kind: 'structure'; id: `${Category}/${string}`; category: Category; reason: string; fixture: string}[] = []

function rule(category: Category, what: string, reason: string, fixture: string): StructuralRule {
  const id = `${category}/${what}` as const
  const known = STRUCTURE_RULES.find((r) => r.id === id)
  if (!known) STRUCTURE_RULES.push({kind: 'structure', id, category, reason, fixture})
  return Object.freeze({category, rule: id, reason})
}

/** Tags that are chrome wherever they appear outside the article's own prose. */
export const TAG_RULES: Readonly<Record<string, StructuralRule>> = Object.freeze({
  nav: rule('navigation', 'tag-nav', '<nav> element', 'navigation--nav-menu'),
  aside: rule('related', 'tag-aside', '<aside> element', 'related--aside-sidebar'),
  footer: rule('footer', 'tag-footer', '<footer> element', 'footer--site-footer'),
  header: rule('masthead', 'tag-header', '<header> element', 'masthead--site-header'),
  form: rule('boilerplate', 'tag-form', '<form> element', 'boilerplate--search-form'),
  button: rule('boilerplate', 'tag-button', '<button> element', 'boilerplate--search-form'),
  label: rule('boilerplate', 'tag-label', '<label> element', 'boilerplate--search-form'),
  legend: rule('boilerplate', 'tag-legend', '<legend> element', 'boilerplate--search-form'),
  figcaption: rule('caption', 'tag-figcaption', '<figcaption> element', 'caption--figcaption-credit'),
  figure: rule('caption', 'tag-figure', 'text inside <figure>, not its caption', 'caption--figcaption-credit'),
  address: rule('masthead', 'tag-address', '<address> element (author contact)', 'masthead--site-header'),
  time: rule('masthead', 'tag-time', '<time> element outside prose', 'masthead--site-header'),
  menu: rule('navigation', 'tag-menu', '<menu> element', 'navigation--nav-menu'),
})

/** ARIA landmark and widget roles (WAI-ARIA 1.2). */
export const ROLE_RULES: Readonly<Record<string, StructuralRule>> = Object.freeze({
  navigation: rule('navigation', 'role-navigation', 'role=navigation', 'navigation--nav-menu'),
  menu: rule('navigation', 'role-menu', 'role=menu', 'navigation--nav-menu'),
  menubar: rule('navigation', 'role-menu', 'role=menubar', 'navigation--nav-menu'),
  tablist: rule('navigation', 'role-tablist', 'role=tablist', 'navigation--nav-menu'),
  search: rule('navigation', 'role-search', 'role=search', 'navigation--nav-menu'),
  banner: rule('masthead', 'role-banner', 'role=banner', 'masthead--site-header'),
  contentinfo: rule('footer', 'role-contentinfo', 'role=contentinfo', 'footer--site-footer'),
  complementary: rule('related', 'role-complementary', 'role=complementary', 'related--aside-sidebar'),
  dialog: rule('boilerplate', 'role-dialog', 'role=dialog', 'boilerplate--search-form'),
  alertdialog: rule('cookie', 'role-alertdialog', 'role=alertdialog', 'cookie--html-banner'),
  toolbar: rule('social', 'role-toolbar', 'role=toolbar', 'social--share-buttons'),
})

/**
 * Class/id token families. A class or id is split into tokens at `-`, `_`, spaces
 * and camelCase humps; a token hits a family when it equals one of `exact` or
 * starts with one of `prefix` (compounds like `sharebar`, `relatedposts`).
 */
interface TokenFamily {
  rule: StructuralRule
  exact: readonly string[]
  prefix: readonly string[]
}

function family(category: Category, name: string, exact: readonly string[], prefix: readonly string[]): TokenFamily {
  if (exact.length + prefix.length === 0) throw new Error(`token family ${name} is empty`)
  return {rule: rule(category, `class-${name}`, `class/id token of the ${name} family`, FAMILY_FIXTURES[name]), exact, prefix}
}

/** The fixture that shows each family is needed. */
const FAMILY_FIXTURES: Readonly<Record<string, string>> = {
  cookie: 'cookie--html-banner',
  newsletter: 'newsletter--html-signup-box',
  paywall: 'paywall--html-prompt',
  share: 'social--share-buttons',
  related: 'related--html-list',
  promo: 'related--html-list',
  ad: 'related--html-list',
  comments: 'comments--html-thread',
  caption: 'caption--figcaption-credit',
  player: 'player--controls',
  podcast: 'podcast--listen-plug',
  nav: 'navigation--breadcrumb-class',
  footer: 'footer--site-footer',
  masthead: 'masthead--site-header',
  author: 'masthead--author-box',
  sidebar: 'related--aside-sidebar',
}

const FAMILIES: readonly TokenFamily[] = [
  family('cookie', 'cookie', ['gdpr', 'cmp', 'onetrust', 'cookiebot', 'didomi'], ['cookie', 'consent']),
  family('newsletter', 'newsletter', ['signup', 'optin', 'mailchimp', 'subscribe', 'subscription', 'subscriptions', 'mailing'], ['newsletter', 'subscri']),
  family('paywall', 'paywall', ['regwall', 'piano', 'premium', 'meter', 'metered'], ['paywall', 'regwall']),
  family('social', 'share', ['sharing', 'social', 'follow', 'addthis', 'sharethis', 'tweet', 'facebook', 'twitter', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'sociable', 'shariff'], ['share', 'social', 'sharing']),
  family('related', 'related', ['related', 'recommended', 'recommendations', 'recommendation', 'mostread', 'mostpopular', 'popular', 'trending', 'outbrain', 'taboola', 'recirc', 'recirculation', 'morestories', 'readmore', 'readnext', 'upnext', 'also'], ['related', 'recommend', 'mostread', 'mostpopular', 'outbrain', 'taboola', 'recirc']),
  family('teaser', 'promo', ['promo', 'promos', 'promoted', 'teaser', 'teasers', 'cta', 'sponsored', 'sponsor', 'partner', 'partners', 'native'], ['promo', 'teaser']),
  family('advert', 'ad', ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'dfp', 'gpt', 'doubleclick', 'banner', 'commercial', 'dfpad'], ['advert', 'adslot', 'adunit', 'adcontainer', 'adwrap', 'googlead']),
  family('comments', 'comments', ['comment', 'comments', 'disqus', 'respond', 'replies', 'discussion', 'reactions'], ['comment', 'disqus']),
  family('caption', 'caption', ['caption', 'captions', 'credit', 'credits', 'figcaption', 'copyright', 'attribution', 'courtesy'], ['caption', 'credit']),
  family('player', 'player', ['player', 'jwplayer', 'playlist', 'overlay', 'modal', 'lightbox', 'popup', 'carousel', 'slideshow', 'gallery'], ['player', 'modal', 'popup', 'lightbox', 'carousel', 'slideshow']),
  family('podcast', 'podcast', ['podcast', 'podcasts'], ['podcast']),
  family('navigation', 'nav', ['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'crumbs', 'pagination', 'pager', 'skip', 'toc', 'topbar', 'toolbar', 'tabs', 'sitemap', 'jump'], ['navbar', 'navigation', 'breadcrumb', 'menu', 'pagination']),
  family('footer', 'footer', ['footer', 'foot', 'colophon', 'copyright', 'legal', 'disclaimer'], ['footer']),
  // An author box: the writer's bio and links, under or beside the post (region/container.ts bounds its size).
  family('masthead', 'author', ['author', 'authors', 'bio', 'bios', 'authorbio', 'authorbox', 'aboutauthor', 'abouttheauthor'], ['authorbio', 'authorbox']),
  // Not `tag`/`category`: WordPress puts `tag-<slug>` and `category-<slug>` on every post's <article> and <body>.
  family('masthead', 'masthead', ['masthead', 'header', 'branding', 'logo', 'byline', 'bylines', 'dateline', 'timestamp', 'date', 'published', 'updated', 'meta', 'metadata', 'kicker', 'eyebrow', 'tags', 'topics', 'keywords', 'categories'],
    ['byline', 'dateline', 'timestamp', 'masthead', 'postmeta', 'entrymeta', 'articlemeta', 'pubdate']),
  family('boilerplate', 'sidebar', ['sidebar', 'aside', 'widget', 'widgets', 'rail', 'sidebox', 'utility', 'tools', 'print', 'hidden'], ['sidebar', 'widget']),
]

/** Tokens that mark the article body (schema.org, WordPress, common CMS themes). */
const POSITIVE_EXACT: ReadonlySet<string> = new Set([
  'article', 'articlebody', 'content', 'entry', 'post', 'story', 'body', 'text', 'main', 'blog', 'prose', 'hentry',
  'richtext', 'storybody', 'postbody', 'entrycontent', 'postcontent', 'articletext', 'page', 'single',
])

/**
 * The article tokens only a post's own container carries (a `content` or `body`
 * token also names sidebars' and cards' inner boxes): hAtom's `hentry`, and
 * `entry-content`, `post-body`, `article-body` and their kin.
 */
const BODY_EXACT: ReadonlySet<string> = new Set([
  'hentry', 'articlebody', 'storybody', 'postbody', 'entrycontent', 'postcontent', 'articletext', 'articlecontent', 'storycontent', 'entrybody',
])

/** Words that start like a chrome stem but name content (`commentary` is an article genre). */
const NOT_CHROME: ReadonlySet<string> = new Set([
  'shareholder', 'shareholders', 'shared', 'commentary', 'commentator', 'commentators', 'creditor', 'creditors',
  'menuitem', 'promotion', 'promotions', 'consentdecree', 'cookiecutter',
])

const EXACT = new Map<string, StructuralRule>()
const PREFIX: Array<[string, StructuralRule]> = []
for (const f of FAMILIES) {
  for (const token of f.exact) if (!EXACT.has(token)) EXACT.set(token, f.rule)
  for (const p of f.prefix) PREFIX.push([p, f.rule])
}

/** Split a class/id value into lower-case tokens: `relatedPosts__item` → related, posts, item. */
export function tokenize(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

export interface TokenVerdict {
  /** The first chrome family hit, if any. */
  chrome: StructuralRule | null
  /** Readability-style weight: +25 for an article token, -25 for a chrome token. */
  weight: number
  /** A token only a post's own container carries (BODY_EXACT). */
  body: boolean
}

const NONE: TokenVerdict = Object.freeze({chrome: null, weight: 0, body: false})

/**
 * Taxonomy words a CMS puts before a value in the class list of a post or page:
 * WordPress `category-<slug> tag-<slug> format-standard`, TypePad
 * `entry-category-<slug> entry-author-<name>`, Drupal `node-type-<type>`. The value
 * names what the post is about (`category-for-discussion`, `entry-category-legal`),
 * not what the element is for.
 */
const TAXONOMY: ReadonlySet<string> = new Set(['tag', 'tags', 'category', 'categories', 'cat', 'author', 'format', 'type', 'status', 'postid', 'term', 'taxonomy', 'topic', 'section'])
/** What may stand before the taxonomy word (`entry-category-…`, `node-type-…`). */
const TAXONOMY_OWNER: ReadonlySet<string> = new Set(['entry', 'post', 'node', 'page', 'single', 'article'])
/** Such lists are long: a post's class list names its type, status and every term (a byline box has one or two names). */
const TAXONOMY_LIST_MIN = 3

/** Whether a class name is a taxonomy value (`category-news-politics`), given the element's whole list. */
function isTaxonomyValue(tokens: readonly string[], listLength: number): boolean {
  if (listLength < TAXONOMY_LIST_MIN || tokens.length < 2) return false
  const at = TAXONOMY_OWNER.has(tokens[0]) ? 1 : 0
  return at < tokens.length - 1 && TAXONOMY.has(tokens[at])
}

/** Chrome words that, after `table`, name a part of the table. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['header', 'footer'])

/** Screen sizes of responsive utility classes (Bootstrap's `hidden-xs`, `l-hidden-s`, `mobile-hidden`). */
const BREAKPOINTS: ReadonlySet<string> = new Set(['xs', 's', 'sm', 'm', 'md', 'l', 'lg', 'xl', 'xxl', 'mobile', 'phone', 'tablet', 'desktop', 'small', 'medium', 'large'])

/** Judge an element's class and id tokens. */
export function judgeTokens(classNames: readonly string[], id: string): TokenVerdict {
  if (classNames.length === 0 && !id) return NONE
  let chrome: StructuralRule | null = null
  let positive = false
  let body = false
  const all = id ? [...classNames, id] : classNames
  for (const name of all) {
    const tokens = tokenize(name)
    if (name !== id && isTaxonomyValue(tokens, classNames.length)) continue
    // The whole name as one word also counts, for exact tokens only:
    // `entry-content` → `entrycontent`, `most-read` → `mostread`.
    const words = tokens.length > 1 ? tokens.length : 0
    if (words) tokens.push(tokens.join(''))
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (POSITIVE_EXACT.has(token)) positive = true
      if (BODY_EXACT.has(token)) body = true
      if (chrome) continue
      // A table's own header and footer (`table-header`, `dataTable_footer`) are the table's rows or cells, not the page's.
      if (i > 0 && i < words && tokens[i - 1] === 'table' && TABLE_PARTS.has(token)) continue
      // `hidden-xs`, `mobile-hidden`: a responsive utility hides the box on some screens only; the others show it.
      if (token === 'hidden' && i < words && (BREAKPOINTS.has(tokens[i - 1]) || BREAKPOINTS.has(tokens[i + 1]))) continue
      const hit = EXACT.get(token)
      if (hit) {
        chrome = hit
        continue
      }
      if (token.length < 4 || NOT_CHROME.has(token) || (words && i === words)) continue
      for (const [prefix, r] of PREFIX) {
        if (token.startsWith(prefix)) {
          chrome = r
          break
        }
      }
    }
  }
  return {chrome, weight: (positive ? 25 : 0) - (chrome ? 25 : 0), body}
}
