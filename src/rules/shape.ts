import type {BlockFeatures} from '../features.js'
import {LANGUAGES} from '../lang/registry.js'
import {HAS_WORD} from '../text/normalize.js'
import {hitOf, type RuleHit} from './catalogue.js'

// Chrome recognised by its shape, in any language: player clocks, lone glyphs, dates.

const CLOCK = /^[-–]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/
const CLOSE_GLYPH = /^[×✕✖⨯xX✗]$/u

/** Month and weekday names (full and short) of the registered languages, and the glue words of date lines. */
const DATE_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.months, ...l.weekdays]))
/** Glue of any language: half-day marks and time zones. */
const ZONES = ['am', 'pm', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'gmt', 'utc', 'bst', 'ist']
const DATE_GLUE: ReadonlySet<string> = new Set([...ZONES, ...LANGUAGES.flatMap((l) => l.dateGlue)])
const TOKEN = /[\p{L}\p{N}]+/gu

function isDateLine(text: string, f: BlockFeatures): boolean {
  if (f.words === 0 || f.words > 12 || f.digitRatio === 0 || text.length > 200) return false
  const tokens = text.toLowerCase().match(TOKEN) ?? []
  let numbers = 0
  let names = 0
  for (const t of tokens) {
    if (/^\d+$/.test(t) || /^\d+(?:st|nd|rd|th|h)$/.test(t)) numbers++
    else if (DATE_WORDS.has(t)) names++
    else if (!DATE_GLUE.has(t)) return false
  }
  return numbers > 0 && (names > 0 || numbers >= 3)
}

/** Match a block by shape; `undefined` when its shape says nothing. */
export function matchShape(text: string, f: BlockFeatures): RuleHit | undefined {
  const t = text.trim()
  if (t.length <= 24 && CLOCK.test(t)) {
    return hitOf('player/clock')
  }
  if (CLOSE_GLYPH.test(t)) {
    return hitOf('player/close-glyph')
  }
  if (!HAS_WORD.test(t) && !f.code) {
    return hitOf('boilerplate/no-words')
  }
  if (isDateLine(t, f)) return hitOf('masthead/date')
  return undefined
}

const CLOCK_TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\b/i
// "3 days ago" and its kin in the registered languages; bounded repetitions keep it linear.
const RELATIVE_TIME = new RegExp(LANGUAGES.flatMap((l) => l.relativeTime).join('|'), 'iu')

/**
 * A short line that stamps a post with a time: "November 19, 2019 at 6:34 am",
 * "2 days ago", "Jane on May 3, 2019 at 4:47 pm said:". Comment threads repeat them.
 */
export function isStamp(text: string, f: BlockFeatures): boolean {
  if (f.words === 0 || f.words > 14 || f.digitRatio === 0 || text.length > 300) return false
  return CLOCK_TIME.test(text) || RELATIVE_TIME.test(text) || isDateLine(text, f)
}
