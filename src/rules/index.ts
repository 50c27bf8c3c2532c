import {advert} from './categories/advert.js'
import {caption} from './categories/caption.js'
import {comments} from './categories/comments.js'
import {cookie} from './categories/cookie.js'
import {footer} from './categories/footer.js'
import {masthead} from './categories/masthead.js'
import {navigation} from './categories/navigation.js'
import {newsletter} from './categories/newsletter.js'
import {paywall} from './categories/paywall.js'
import {player} from './categories/player.js'
import {podcast} from './categories/podcast.js'
import {related} from './categories/related.js'
import {social} from './categories/social.js'
import {teaser} from './categories/teaser.js'
import {LANGUAGES} from '../lang/registry.js'
import type {PhraseRuleId} from './catalogue.js'
import {fold} from './fold.js'
import {compileTables, matchCompiled} from './match.js'
import type {PhraseRule, RuleHit} from './types.js'

export type {Lang, PhraseRule, Placement, RuleHit, Scope} from './types.js'
export {fold, wholeKey} from './fold.js'

/** Every phrase rule, grouped by category. Order matters only within a placement: first wins. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  ...teaser, ...podcast, ...newsletter, ...social, ...caption, ...cookie, ...paywall, ...comments,
  ...related, ...advert, ...player, ...navigation, ...footer, ...masthead,
]

/**
 * Key of the table used when a page's language is unknown (too short, or mixed): each
 * language's strongest phrases, the first few of the rules real pages print most and
 * prose never says ("Czytaj także", "関連記事", cookie and comment-form notices).
 */
export const ANY_LANGUAGE = '*'
const STRONGEST: ReadonlySet<string> = new Set<PhraseRuleId>(['teaser/read-more', 'related/heading', 'cookie/notice', 'comments/prompt', 'newsletter/prompt'])
const STRONGEST_PER_RULE = 4

/** The rules with every registered language's phrases added, and the any-language table. */
function withRegistry(rules: readonly PhraseRule[]): PhraseRule[] {
  return rules.map((rule) => {
    const phrases: Record<string, readonly string[]> = {...rule.phrases}
    const strongest: string[] = []
    for (const language of LANGUAGES) {
      const list = language.phrases[rule.id as PhraseRuleId]
      if (list?.length) phrases[language.tag] = list
    }
    if (STRONGEST.has(rule.id)) for (const list of Object.values(phrases)) strongest.push(...list.slice(0, STRONGEST_PER_RULE))
    if (strongest.length) phrases[ANY_LANGUAGE] = [...new Set(strongest)]
    // Folded like the text they are looked for in (Persian yeh, Greek accents).
    const alsoContains = rule.alsoContains?.map(fold)
    return {...rule, phrases: phrases as PhraseRule['phrases'], ...(alsoContains ? {alsoContains} : {})}
  })
}

const COMPILED = compileTables(withRegistry(PHRASE_RULES))

/**
 * Match one block against the phrase tables of `langs` (ISO 639-1; pass `['en', tag]`).
 * `words` and `sentence` (the block ends like a sentence) come from the block's features
 * when the caller has them; otherwise they are measured here.
 */
export function matchPhrase(text: string, langs: readonly string[], words?: number, sentence?: boolean): RuleHit | undefined {
  return matchCompiled(COMPILED, text, langs, words, sentence)
}
