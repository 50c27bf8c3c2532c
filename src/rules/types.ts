import type {Category} from '../types.js'

/** Languages with phrase tables. English is always on; the detected language is added. */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'ru'

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

export interface PhraseRule {
  /** Stable id, `category/name`; reported as `rule` on every block it removes. */
  id: string
  category: Category
  placement: Placement
  scope?: Scope
  /** A block over this many words is not matched: chrome is short, prose is protected. */
  maxWords: number
  /** Only a label-like block (no sentence punctuation at its end) can match: "By Jane Doe", not "By then, …". */
  labelOnly?: boolean
  /** Human-readable reason reported with the removal. */
  reason: string
  /** The fixture folder under tests/fixtures that shows this rule is needed. */
  fixture: string
  /** When set, the block must also contain one of these (folded, any language): a second, independent signal. */
  alsoContains?: readonly string[]
  /** Phrases per language, already folded (lower case, straight quotes). */
  phrases: Partial<Record<Lang, readonly string[]>>
}

/** A hit: what fired and why. */
export interface RuleHit {
  category: Category
  rule: string
  reason: string
  scope: Scope
}
