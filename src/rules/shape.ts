import type {BlockFeatures} from '../features.js'
import {LANGUAGES} from '../lang/registry.js'
import {HAS_WORD} from '../text/normalize.js'
import {hitOf, type RuleHit} from './catalogue.js'

// Chrome recognised by its shape, in any language: player clocks, lone glyphs, dates.

const CLOCK = /^[-–]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/
const CLOSE_GLYPH = /^[×✕✖⨯xX✗]$/u

const TOKEN = /[\p{L}\p{N}]+/gu
/** Glue of any language: half-day marks and time zones. */
const ZONES = ['am', 'pm', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'gmt', 'utc', 'bst', 'ist']
/** Date words split into tokens as date lines are ("มี.ค." gives "มี" and "ค"). */
const tokens = (words: readonly string[]) => words.flatMap((w) => w.toLowerCase().match(TOKEN) ?? [])
/**
 * Month and weekday names (full and short) and date-line glue, per registered language.
 * Only the page's own language (and English) counts: short forms collide across
 * languages (Finnish "to" for Thursday is English "to", and "$500 to $2,500" is no date).
 */
const DATE_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(LANGUAGES.map((l) => [l.tag, new Set(tokens([...l.months, ...l.weekdays]))]))
const DATE_GLUE: ReadonlyMap<string, ReadonlySet<string>> = new Map(LANGUAGES.map((l) => [l.tag, new Set(tokens(l.dateGlue))]))
const ZONE_SET: ReadonlySet<string> = new Set(ZONES)
/** A token outside Latin script may run digits and letters together ("2024年3月12日"). */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\p{N}]/u
const PART = /\p{N}+|\p{L}+/gu
const NUMBER = /^\p{Nd}+$/u

function dateToken(t: string, langs: readonly string[]): 'number' | 'name' | 'glue' | undefined {
  if (/^\d+$/.test(t) || /^\d+(?:st|nd|rd|th|h)$/.test(t) || NUMBER.test(t)) return 'number'
  if (langs.some((l) => DATE_WORDS.get(l)?.has(t))) return 'name'
  if (ZONE_SET.has(t) || langs.some((l) => DATE_GLUE.get(l)?.has(t))) return 'glue'
  return undefined
}

function isDateLine(text: string, f: BlockFeatures, langs: readonly string[]): boolean {
  if (f.words === 0 || f.words > 12 || f.digitRatio === 0 || text.length > 200) return false
  const found = text.toLowerCase().match(TOKEN) ?? []
  let numbers = 0
  let names = 0
  // Figures that could be a day (1–31), and those that could be a month (1–12).
  let days = 0
  let months = 0
  for (const token of found) {
    const parts = !dateToken(token, langs) && NON_LATIN_LETTER.test(token) ? (token.match(PART) ?? []) : [token]
    for (const t of parts) {
      const kind = dateToken(t, langs)
      if (kind === 'number') {
        numbers++
        // Digits of other scripts are not read as values: they count as a day and a month, as before.
        const value = /^\d/.test(t) ? Number.parseInt(t, 10) : 1
        if (value >= 1 && value <= 31) days++
        if (value >= 1 && value <= 12) months++
      } else if (kind === 'name') names++
      else if (!kind) return false
    }
  }
  // Figures alone are a date only when a day and a month are among them: two figures of 31 or less, one of them 12 or less ("12.03.2024", "12:30 3/4"), not a phone number ("(415) 861-5449").
  return numbers > 0 && (names > 0 || (numbers >= 3 && days >= 2 && months >= 1))
}

/** Match a block by shape; `undefined` when its shape says nothing. */
export function matchShape(text: string, f: BlockFeatures, langs: readonly string[] = ['en']): RuleHit | undefined {
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
  if (isDateLine(t, f, langs)) return hitOf('masthead/date')
  return undefined
}

const CLOCK_TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\b/i
// "3 days ago" and its kin in the registered languages; bounded repetitions keep it linear.
const RELATIVE_TIME = new RegExp(LANGUAGES.flatMap((l) => l.relativeTime).join('|'), 'iu')

/**
 * A short line that stamps a post with a time: "November 19, 2019 at 6:34 am",
 * "2 days ago", "Jane on May 3, 2019 at 4:47 pm said:". Comment threads repeat them.
 */
export function isStamp(text: string, f: BlockFeatures, langs: readonly string[] = ['en']): boolean {
  if (f.words === 0 || f.words > 14 || f.digitRatio === 0 || text.length > 300) return false
  return CLOCK_TIME.test(text) || RELATIVE_TIME.test(text) || isDateLine(text, f, langs)
}
