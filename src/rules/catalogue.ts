// Provisional: the rule catalogue belongs to the pipeline refactor (see LANG-SPEC), which
// declares every rule here. Until it lands, this file holds only the two types the
// per-language phrase files are written against, so they type-check on their own.

/** Every rule that matches phrases; each language's table is keyed by these ids. */
export const PHRASE_RULE_IDS = [
  'advert/label', 'caption/credit-suffix', 'caption/label', 'comments/author', 'comments/count-heading',
  'comments/heading', 'comments/prompt', 'cookie/notice', 'footer/legal', 'footer/source', 'masthead/byline',
  'navigation/control', 'newsletter/heading', 'newsletter/prompt', 'paywall/offer', 'paywall/prompt',
  'player/control', 'podcast/listen-on', 'podcast/listen-prefix', 'podcast/platforms', 'related/heading',
  'related/heading-prefix', 'social/community-plug', 'social/share-prompt', 'social/widget', 'teaser/read-more',
  'teaser/tagged',
] as const

export type PhraseRuleId = (typeof PHRASE_RULE_IDS)[number]

/** One language's phrases, keyed by rule id; folded (lower case, NFKC, straight quotes). */
export type PhraseTable = Partial<Record<PhraseRuleId, readonly string[]>>
