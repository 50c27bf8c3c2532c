import {LANGUAGES} from '../lang/registry.js'
import type {BlockFeatures} from '../text/features.js'
import type {RuleHit} from './types.js'

// Chrome recognised by its shape, in any language: player clocks, lone glyphs, dates.

const CLOCK = /^[-–]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/
const CLOSE_GLYPH = /^[×✕✖⨯xX✗]$/u
const HAS_WORD = /[\p{L}\p{N}]/u

const TOKEN = /[\p{L}\p{N}]+/gu

/** Month and weekday names (full and short) in the table languages, and the glue words of date lines. */
const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
  sun januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
  janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi
  samedi dimanche enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
  miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì
  martedì mercoledì giovedì venerdì sabato domenica janeiro fevereiro março maio junho julho setembro outubro novembro
  dezembro segunda terça quarta quinta sexta feira januari februari maart mei augustus oktober maandag dinsdag woensdag
  donderdag vrijdag zaterdag zondag января февраля марта апреля мая июня июля августа сентября октября ноября декабря
  понедельник вторник среда четверг пятница суббота воскресенье`.split(/\s+/),
)
const DATE_GLUE = new Set(
  `am pm at um uhr de del of le the à h et est edt pst pdt cet cest gmt utc bst ist updated published posted às em il
  mis jour atualizado publicado aktualisiert veröffentlicht г года`.split(/\s+/),
)
/**
 * The registered languages' date words, per language: only the page's own language
 * counts, since short forms collide across languages (Finnish "to" for Thursday is
 * English "to", and "$500 to $2,500" is no date).
 */
const REGISTERED_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(LANGUAGES.map((l) => [l.tag, new Set(tokens([...l.months, ...l.weekdays]))]))
const REGISTERED_GLUE: ReadonlyMap<string, ReadonlySet<string>> = new Map(LANGUAGES.map((l) => [l.tag, new Set(tokens(l.dateGlue))]))
/** A token outside Latin script may run digits and letters together ("2024年3月12日"). */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\p{N}]/u
const PART = /\p{N}+|\p{L}+/gu
const NUMBER = /^\p{Nd}+$/u

/** Date words split into tokens as date lines are. */
function tokens(words: readonly string[]): string[] {
  return words.flatMap((w) => w.toLowerCase().match(TOKEN) ?? [])
}

function isDateToken(t: string, langs: readonly string[]): 'number' | 'name' | 'glue' | undefined {
  if (/^\d+$/.test(t) || /^\d+(?:st|nd|rd|th|h)$/.test(t) || NUMBER.test(t)) return 'number'
  if (DATE_WORDS.has(t) || langs.some((l) => REGISTERED_NAMES.get(l)?.has(t))) return 'name'
  if (DATE_GLUE.has(t) || langs.some((l) => REGISTERED_GLUE.get(l)?.has(t))) return 'glue'
  return undefined
}

function isDateLine(text: string, f: BlockFeatures, langs: readonly string[]): boolean {
  if (f.words === 0 || f.words > 12 || f.digitRatio === 0 || text.length > 200) return false
  const tokens = text.toLowerCase().match(TOKEN) ?? []
  let numbers = 0
  let names = 0
  for (const token of tokens) {
    const parts = !isDateToken(token, langs) && NON_LATIN_LETTER.test(token) ? (token.match(PART) ?? []) : [token]
    for (const t of parts) {
      const kind = isDateToken(t, langs)
      if (kind === 'number') numbers++
      else if (kind === 'name') names++
      else if (!kind) return false
    }
  }
  return numbers > 0 && (names > 0 || numbers >= 3)
}

/** Match a block by shape; `undefined` when its shape says nothing. `langs`: whose date words count (English is always on). */
export function matchShape(text: string, f: BlockFeatures, langs: readonly string[] = ['en']): RuleHit | undefined {
  const t = text.trim()
  if (t.length <= 24 && CLOCK.test(t)) {
    return {category: 'player', rule: 'player/clock', reason: 'media-player time display', scope: 'block'}
  }
  if (CLOSE_GLYPH.test(t)) {
    return {category: 'player', rule: 'player/close-glyph', reason: 'overlay close glyph', scope: 'block'}
  }
  if (!HAS_WORD.test(t) && !f.code) {
    return {category: 'boilerplate', rule: 'boilerplate/no-words', reason: 'no letters or digits: a separator or icon', scope: 'block'}
  }
  if (isDateLine(t, f, langs)) return {category: 'masthead', rule: 'masthead/date', reason: 'a date on its own line', scope: 'block'}
  return undefined
}

const CLOCK_TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\b/i
// "3 days ago" and its kin in the table languages; bounded repetitions keep it linear.
const RELATIVE_TIME = new RegExp(
  [
    String.raw`\b\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b`,
    String.raw`\bvor\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b`,
    String.raw`\bil y a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b`,
    String.raw`\bhace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)\b`,
    String.raw`\b\d{1,3}\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b`,
    String.raw`\bhá\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\b`,
    String.raw`\b\d{1,3}\s+(?:seconden|minuten|uur|dagen|weken|maanden|jaar)\s+geleden\b`,
    String.raw`\d{1,3}\s+(?:секунд|минут|час|дн|дней|недел|месяц|год|лет)\S{0,4}\s+назад`,
    ...LANGUAGES.flatMap((l) => l.relativeTime),
  ].join('|'),
  'iu',
)

/**
 * A short line that stamps a post with a time: "November 19, 2019 at 6:34 am",
 * "2 days ago", "Jane on May 3, 2019 at 4:47 pm said:". Comment threads repeat them.
 */
export function isStamp(text: string, f: BlockFeatures, langs: readonly string[] = ['en']): boolean {
  if (f.words === 0 || f.words > 14 || f.digitRatio === 0 || text.length > 300) return false
  return CLOCK_TIME.test(text) || RELATIVE_TIME.test(text) || isDateLine(text, f, langs)
}
