/**
 * The rule catalogue: every rule id the cleaner reports, declared once, with its
 * category, why it removes, and the fixture folder under tests/fixtures that
 * justifies it. Decision code refers to these ids; phrase tables per language
 * (rules/phrases/<tag>.ts) are keyed by the phrase rules' ids.
 * Ids are `category/name`, and the category is the one the removal reports.
 */
import type {Category} from '../types.js'
import {STRUCTURE_RULES} from './structure.js'

/**
 * How a phrase must sit in a block (phrases are matched on the folded text:
 * lower case, NFKC, curly quotes straightened, runs of space collapsed):
 * - `whole`: the block is the phrase, give or take punctuation, a count or an arrow
 *   ("Related Articles", "Share (12)", "Close").
 * - `prefix`: the block starts with the phrase ("READ MORE: …", "Lesen Sie auch: …").
 * - `suffix`: the phrase occurs in the block's last 48 characters ("… his US counterpart. File pic").
 * - `contains`: the phrase occurs anywhere in a short block ("… sign up for our newsletter …").
 */
export type Placement = 'whole' | 'prefix' | 'suffix' | 'contains'

/**
 * What a hit means for the blocks around it:
 * - `block`: only this block is chrome.
 * - `heading`: it opens a chrome section; the headline-like blocks after it belong
 *   to the same section until prose resumes ("Related Articles" + a list of links).
 * - `section-end`: it opens a section that runs to the end of the body (comments).
 */
export type Scope = 'block' | 'heading' | 'section-end'

/** Where a rule's evidence comes from. */
export type RuleKind = 'phrase' | 'shape' | 'structure' | 'section' | 'region' | 'dedup' | 'site'

interface Entry {
  /** `category/name`; `site/…` rules report the category the block's own words suggest (`category` is the fallback). */
  id: `${Category | 'site'}/${string}`
  category: Category
  kind: RuleKind
  /** Human-readable reason reported with the removal. */
  reason: string
  /** The fixture folder under tests/fixtures that shows this rule is needed. */
  fixture: string
}

export interface PhraseEntry extends Entry {
  kind: 'phrase'
  placement: Placement
  scope?: Scope
  /** With a scope: the section rule reported on the blocks the section takes. */
  opens?: string
  /** A block over this many words is not matched: chrome is short, prose is protected. */
  maxWords: number
  /** Only a label-like block (no sentence punctuation at its end) can match: "By Jane Doe", not "By then, …". */
  labelOnly?: boolean
  /** When set, the block must also contain one of these (folded, any language): a second, independent signal. */
  alsoContains?: readonly string[]
  /** The phrase is also a column heading in data tables ("Share" of the vote): a `<th>` saying it is content. */
  notHeaderCell?: boolean
  /** Only the text mode reads it (the HTML mode was not measured with it). */
  textOnly?: boolean
}

export type RuleEntry = Entry | PhraseEntry

/**
 * Social platforms as news sites print their names: Latin brand names, and the names
 * written in the page's own script. Compared folded (rules/match.ts folds them once).
 * Not bare "LINE" or "ライン"/"ไลน์" (inside "online", "オンライン", "ออนไลน์"), nor "MAX" or "ایتا" (inside "ایتالیا").
 */
const PLATFORM_NAMES = [
  'facebook', 'twitter', 'instagram', 'telegram', 'whatsapp', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'reddit',
  'snapchat', 'mastodon', 'threads', 'bluesky', 'vk', 'viber', 'zalo', 'kakao', 'weibo', 'wechat', 'flipboard',
  'google news', 'x.com', 'rss', 'line@', 'line official', 'line公式', '公式line', 'lineで', 'lineアカウント',
  // Cyrillic
  'вконтакте', 'одноклассники', 'телеграм', 'ютуб', 'фейсбук', 'твиттер', 'твітер', 'инстаграм', 'інстаграм', 'вайбер', 'дзен', 'рутуб',
  // Chinese, Japanese, Korean
  '微信', '微博', '公众号', '公眾號', '抖音', '脸书', '臉書', '推特', 'ツイッター', 'フェイスブック', 'インスタグラム', 'ユーチューブ',
  '카카오', '유튜브', '페이스북', '인스타그램', '텔레그램', '트위터',
  // Arabic, Persian, Hebrew
  'تلغرام', 'تليجرام', 'تيليجرام', 'تلجرام', 'فيسبوك', 'فيس بوك', 'تويتر', 'يوتيوب', 'إنستغرام', 'انستجرام', 'واتساب', 'واتس آب',
  'تلگرام', 'اینستاگرام', 'توییتر', 'فیسبوک', 'واتس‌اپ', 'یوتیوب', 'روبیکا',
  'טלגרם', 'פייסבוק', 'טוויטר', 'אינסטגרם', 'יוטיוב', 'וואטסאפ', 'ווטסאפ',
  // Devanagari, Thai
  'ट्विटर', 'फेसबुक', 'इंस्टाग्राम', 'यूट्यूब', 'टेलीग्राम', 'व्हाट्सएप', 'व्हाट्सऐप',
  'เฟซบุ๊ก', 'เฟสบุ๊ค', 'ยูทูบ', 'ทวิตเตอร์', 'อินสตาแกรม', 'ติ๊กต็อก',
]

/** Phrase rules: tables per language in rules/phrases/<tag>.ts. Order matters only within a placement: first wins. */
const PHRASE = [
  {kind: 'phrase', id: 'teaser/read-more', category: 'teaser', placement: 'prefix', maxWords: 40, reason: 'inline teaser linking to another article', fixture: 'teaser--read-more'},
  // Tabloid inline links: "Headline here [VIDEO]", "… [INSIGHT]", "… [REVEALED]".
  {kind: 'phrase', id: 'teaser/tagged', category: 'teaser', placement: 'contains', maxWords: 30, reason: 'headline tagged as a link to another article', fixture: 'teaser--read-more'},
  {kind: 'phrase', id: 'podcast/listen-on', category: 'podcast', placement: 'contains', maxWords: 40, reason: 'plug for a podcast or audio stream', fixture: 'podcast--listen-plug'},
  {kind: 'phrase', id: 'podcast/listen-prefix', category: 'podcast', placement: 'prefix', maxWords: 30, reason: 'plug for a podcast or audio stream', fixture: 'podcast--listen-plug', alsoContains: ['podcast','spotify','apple','episode','audio','подкаст']},
  // Platform names also appear in articles about podcasts: only a short block is a plug.
  {kind: 'phrase', id: 'podcast/platforms', category: 'podcast', placement: 'contains', maxWords: 12, reason: 'links to podcast platforms', fixture: 'podcast--listen-plug'},
  {kind: 'phrase', id: 'newsletter/heading', category: 'newsletter', placement: 'whole', maxWords: 6, reason: 'newsletter widget heading', fixture: 'newsletter--signup'},
  {kind: 'phrase', id: 'newsletter/prompt', category: 'newsletter', placement: 'contains', maxWords: 45, reason: 'prompt to sign up for a newsletter', fixture: 'newsletter--signup'},
  // Not on a <th>: "Share" heads a data table's column (social--false-positive-table-header).
  {kind: 'phrase', id: 'social/widget', category: 'social', placement: 'whole', maxWords: 6, reason: 'share or follow widget', fixture: 'social--share-follow', notHeaderCell: true},
  {kind: 'phrase', id: 'social/share-prompt', category: 'social', placement: 'contains', maxWords: 14, reason: 'share or follow prompt', fixture: 'social--share-follow'},
  // A platform name and a call to join or follow: two independent signals, so the rule may fire on a
  // long line (a plug written as a sentence) without catching prose about social media.
  {kind: 'phrase', id: 'social/community-plug', category: 'social', placement: 'contains', maxWords: 60, reason: 'plug for the site\'s social-media group or channel', fixture: 'social--community-plug', alsoContains: PLATFORM_NAMES},
  {kind: 'phrase', id: 'caption/label', category: 'caption', placement: 'prefix', maxWords: 60, reason: 'image caption or photo credit', fixture: 'caption--credit'},
  {kind: 'phrase', id: 'caption/credit-suffix', category: 'caption', placement: 'suffix', maxWords: 60, reason: 'caption ending in a photo credit', fixture: 'caption--credit'},
  {kind: 'phrase', id: 'cookie/notice', category: 'cookie', placement: 'contains', maxWords: 80, reason: 'cookie or consent notice', fixture: 'cookie--consent'},
  {kind: 'phrase', id: 'paywall/prompt', category: 'paywall', placement: 'contains', maxWords: 40, reason: 'paywall or subscription prompt', fixture: 'paywall--subscribe'},
  // Words news prose uses too ("per month", "free trial"): only a short block is an offer.
  {kind: 'phrase', id: 'paywall/offer', category: 'paywall', placement: 'contains', maxWords: 12, reason: 'subscription offer', fixture: 'paywall--offer'},
  // comments/heading: removed 'discussion', 'conversation', 'responses', 'reply' as headings: papers and
  // interviews use them as in-article subheadings (comments--false-positive-prose).
  {kind: 'phrase', id: 'comments/heading', category: 'comments', placement: 'whole', scope: 'section-end', opens: 'comments/section', maxWords: 8, reason: 'heading of the comment section', fixture: 'comments--section'},
  // Matched after a leading count is dropped (see match.ts).
  {kind: 'phrase', id: 'comments/count-heading', category: 'comments', placement: 'prefix', scope: 'section-end', opens: 'comments/section', maxWords: 24, labelOnly: true, reason: 'comment-count heading (\"34 responses to …\")', fixture: 'comments--section'},
  {kind: 'phrase', id: 'comments/author', category: 'comments', placement: 'suffix', maxWords: 6, reason: 'comment author line', fixture: 'comments--section'},
  {kind: 'phrase', id: 'comments/prompt', category: 'comments', placement: 'contains', maxWords: 40, reason: 'comment-form prompt or policy', fixture: 'comments--section'},
  {kind: 'phrase', id: 'related/heading', category: 'related', placement: 'whole', scope: 'heading', opens: 'related/list', maxWords: 8, reason: 'heading of a related-articles list', fixture: 'related--heading-and-list'},
  {kind: 'phrase', id: 'related/heading-prefix', category: 'related', placement: 'prefix', scope: 'heading', opens: 'related/list', maxWords: 7, reason: 'heading of a related-articles list', fixture: 'related--heading-and-list'},
  {kind: 'phrase', id: 'advert/label', category: 'advert', placement: 'whole', maxWords: 10, reason: 'advertisement label', fixture: 'advert--label'},
  {kind: 'phrase', id: 'player/control', category: 'player', placement: 'whole', maxWords: 8, reason: 'media-player or overlay control', fixture: 'player--controls'},
  {kind: 'phrase', id: 'navigation/control', category: 'navigation', placement: 'whole', maxWords: 5, reason: 'navigation link or control', fixture: 'navigation--menu'},
  {kind: 'phrase', id: 'footer/legal', category: 'footer', placement: 'contains', maxWords: 20, reason: 'copyright or legal footer', fixture: 'footer--source-copyright'},
  // Small print a site prints under its articles: affiliate disclosures, advice disclaimers, trademark and
  // consent notices. Long (a paragraph may be one), so the phrases are the notices' own wording, never what
  // news prose says about such things. Text mode only: measured there; the HTML mode decides such blocks by their markup.
  {kind: 'phrase', id: 'footer/disclaimer', category: 'footer', placement: 'contains', maxWords: 80, textOnly: true, reason: 'affiliate disclosure, disclaimer or consent small print', fixture: 'footer--disclaimer'},
  {kind: 'phrase', id: 'footer/source', category: 'footer', placement: 'prefix', maxWords: 12, labelOnly: true, reason: 'source, tag or filing line', fixture: 'footer--source-copyright'},
  {kind: 'phrase', id: 'masthead/byline', category: 'masthead', placement: 'prefix', maxWords: 12, labelOnly: true, reason: 'byline or publication-date line', fixture: 'masthead--byline-date'},
]  as const satisfies readonly PhraseEntry[]

/** Rules decided by a block's shape, in any language (rules/shape.ts). */
const SHAPE = [
  {kind: 'shape', id: 'player/clock', category: 'player', reason: 'media-player time display', fixture: 'player--controls'},
  {kind: 'shape', id: 'player/close-glyph', category: 'player', reason: 'overlay close glyph', fixture: 'player--controls'},
  {kind: 'shape', id: 'boilerplate/no-words', category: 'boilerplate', reason: 'no letters or digits: a separator or icon', fixture: 'navigation--menu'},
  {kind: 'shape', id: 'masthead/date', category: 'masthead', reason: 'a date on its own line', fixture: 'masthead--byline-date'},
] as const satisfies readonly Entry[]

/** Runs of blocks a hit or a pattern takes with it (rules/sections.ts); the guard watches them. */
const SECTION = [
  {kind: 'section', id: 'comments/section', category: 'comments', reason: 'inside the comment section under its heading', fixture: 'comments--section'},
  {kind: 'section', id: 'related/list', category: 'related', reason: 'item of the list under a related-articles heading', fixture: 'related--heading-and-list'},
  {kind: 'section', id: 'comments/stamped-thread', category: 'comments', reason: 'inside a comment thread: time-stamped posts repeat after the article', fixture: 'comments--section'},
  // related/headline-run (three headline-like lines in a row inside the text body) removed: on the golds themselves it took
  // lists and step-by-step headings (30k words of wcxb-article gold), and the text mode scored higher on every shingle set without it.
  {kind: 'section', id: 'navigation/link-run', category: 'navigation', reason: 'one of several one-to-three-word lines in a row outside the body: a menu', fixture: 'navigation--menu'},
  {kind: 'section', id: 'boilerplate/repeated-line', category: 'boilerplate', reason: 'a copy, cut short with an ellipsis, of a line next to it: a caption shown cut and in full', fixture: 'caption--repeated-full-and-cut'},
  {kind: 'section', id: 'boilerplate/repeats-body', category: 'boilerplate', reason: 'contains several other paragraphs of the page verbatim: a second copy of the article', fixture: 'navigation--menu'},
] as const satisfies readonly Entry[]

/** What the region step (region/span.ts, region/container.ts) removes around the article. */
const REGION = [
  {kind: 'region', id: 'boilerplate/outside-region', category: 'boilerplate', reason: 'outside the article body: not prose, or cut off from it by chrome', fixture: 'navigation--menu'},
  {kind: 'region', id: 'masthead/top-of-page', category: 'masthead', reason: 'short line at the top of the page, above the article', fixture: 'masthead--byline'},
  {kind: 'region', id: 'boilerplate/short-label', category: 'boilerplate', reason: 'a short label inside the body (precision mode)', fixture: 'social--share-follow'},
  {kind: 'region', id: 'navigation/link-dense', category: 'navigation', reason: 'most of the text is links', fixture: 'navigation--link-row'},
  {kind: 'region', id: 'related/link-dense', category: 'related', reason: 'a list item that is mostly links', fixture: 'navigation--link-row'},
  {kind: 'region', id: 'boilerplate/empty-section', category: 'boilerplate', reason: 'the heading of a section removed whole', fixture: 'boilerplate--empty-section-heading'},
] as const satisfies readonly Entry[]

/** Repeats of an earlier document (dedup/), with `duplicates: 'drop'`; their fixture is the seeds (several documents). */
const DEDUP = [
  {kind: 'dedup', id: 'duplicate/exact', category: 'duplicate', reason: 'repeats a paragraph of an earlier document', fixture: '../seeds'},
  {kind: 'dedup', id: 'duplicate/near', category: 'duplicate', reason: 'nearly repeats a paragraph of an earlier document', fixture: '../seeds'},
  {kind: 'dedup', id: 'duplicate/contained', category: 'duplicate', reason: 'its sentences repeat paragraphs of an earlier document', fixture: '../seeds'},
] as const satisfies readonly Entry[]

/** Blocks the site's earlier pages show as its template (templates/); their fixture is a stream of pages. */
const SITE = [
  {kind: 'site', id: 'site/template', category: 'boilerplate', reason: 'recurs on most of the site\'s recent pages', fixture: '../templates'},
] as const satisfies readonly Entry[]

export const PHRASE_RULES: readonly PhraseEntry[] = PHRASE

/** Every rule, each id once. */
export const RULES: readonly RuleEntry[] = [...PHRASE, ...SHAPE, ...SECTION, ...REGION, ...DEDUP, ...SITE, ...STRUCTURE_RULES]

export type PhraseRuleId = (typeof PHRASE)[number]['id']
export type RuleId = (typeof PHRASE | typeof SHAPE | typeof SECTION | typeof REGION | typeof DEDUP)[number]['id']

/** Phrases per rule id for one language, already folded (lower case, straight quotes). */
export type PhraseTable = Partial<Record<PhraseRuleId, readonly string[]>>

const BY_ID: ReadonlyMap<string, RuleEntry> = (() => {
  const map = new Map<string, RuleEntry>()
  for (const rule of RULES) {
    if (map.has(rule.id)) throw new Error(`Duplicate rule id ${rule.id}`)
    if (rule.kind !== 'site' && !rule.id.startsWith(`${rule.category}/`)) throw new Error(`Rule id ${rule.id} does not start with its category ${rule.category}`)
    map.set(rule.id, rule)
  }
  return map
})()

/** The catalogue entry of `id`. */
export function ruleEntry(id: RuleId): RuleEntry {
  return BY_ID.get(id)!
}

/** Phrase rules whose phrase is also a data table's column heading: they do not fire on a `<th>`. */
export const NOT_HEADER_CELL: ReadonlySet<string> = new Set(PHRASE.filter((r) => (r as PhraseEntry).notHeaderCell).map((r) => r.id))

/** What fired and why: a removal record, before it becomes a `Block` of the result. */
export interface RuleHit {
  category: Category
  rule: string
  reason: string
  scope: Scope
}

/** A hit of a catalogue rule; `detail` replaces the catalogue's reason when the removal knows more (counts, what it repeats). */
export function hitOf(id: RuleId, detail?: string): RuleHit {
  const rule = BY_ID.get(id)!
  return {category: rule.category, rule: rule.id, reason: detail ?? rule.reason, scope: 'block'}
}
