// Placeholder: the phrase tables land with the text-mode cleaner.
import type {Category} from '../types.js'
export interface RuleHit {category: Category; rule: string; reason: string}
/** Match a block's text against the phrase tables of `langs` (ISO 639-1; English always on). */
export function matchPhrase(_text: string, _langs: readonly string[]): RuleHit | undefined {
  return undefined
}
