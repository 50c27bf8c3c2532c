import {judgeTokens} from '../rules/structure.js'
import {matchPhrases} from '../rules/match.js'
import type {Category} from '../types.js'

/**
 * The category a template block's own words suggest: a phrase table's, else the
 * chrome family its words name (the class-token families: "newsletter",
 * "facebook", "cookie", "copyright"), else `boilerplate`.
 */
export function templateCategory(text: string, langs: readonly string[]): Category {
  const phrase = matchPhrases(text, langs)
  if (phrase) return phrase.category
  const words = text.slice(0, 400).match(/[\p{L}\p{N}]+/gu)
  if (!words) return 'boilerplate'
  return judgeTokens(words, '').chrome?.category ?? 'boilerplate'
}
