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
import {compileTables, matchCompiled} from './match.js'
import type {PhraseRule, RuleHit} from './types.js'

export type {Lang, PhraseRule, Placement, RuleHit, Scope} from './types.js'
export {fold, wholeKey} from './fold.js'

/** Every phrase rule, grouped by category. Order matters only within a placement: first wins. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  ...teaser, ...podcast, ...newsletter, ...social, ...caption, ...cookie, ...paywall, ...comments,
  ...related, ...advert, ...player, ...navigation, ...footer, ...masthead,
]

const COMPILED = compileTables(PHRASE_RULES)

/**
 * Match one block against the phrase tables of `langs` (ISO 639-1; pass `['en', tag]`).
 * `words` and `sentence` (the block ends like a sentence) come from the block's features
 * when the caller has them; otherwise they are measured here.
 */
export function matchPhrase(text: string, langs: readonly string[], words?: number, sentence?: boolean): RuleHit | undefined {
  return matchCompiled(COMPILED, text, langs, words, sentence)
}
