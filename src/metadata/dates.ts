/**
 * Dates as pages write them, normalized to ISO 8601: `2020-01-05`, or
 * `2020-01-05T12:30:00` with the offset (`Z`, `+01:00`) when the page gives one.
 * A value that is not a real calendar date ("0000-00-00", year 20190, 31 February)
 * gives `undefined`, never a guess and never an exception.
 */

/** Years outside this range are data errors on a news page, not dates. */
const FIRST_YEAR = 1900
const LAST_YEAR = 2199

/** Month names per language (full and abbreviated, lower case), index 0 = January. */
export const MONTHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'mär', 'maerz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc']],
  es: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  it: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
  pt: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
  nl: [['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь', 'июн'],
    ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек']],
}

/** Zone abbreviations news sites print after a time. */
const ZONES: Readonly<Record<string, string>> = {
  z: 'Z', utc: 'Z', gmt: 'Z', bst: '+01:00', cet: '+01:00', cest: '+02:00', mez: '+01:00', mesz: '+02:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i

/**
 * Normalize a machine-readable date (`datetime`, JSON-LD, meta content): ISO 8601
 * and its common variants (space for `T`, `+0100`, fractions), else a written date
 * ("Tue, 05 Jan 2020 12:30:00 +0000", "5 January 2020").
 */
export function normalizeDate(value: unknown, languages: readonly string[] = ['en']): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text.length < 4 || text.length > 100) return undefined
  const iso = ISO.exec(text)
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso
    return compose(+y, +mo, +d, h === undefined ? undefined : {hour: +h, minute: +mi, second: s === undefined ? 0 : +s}, zone)
  }
  return findDate(text, languages)?.iso
}

/** A date written in running text, and where it starts in the line. */
export interface FoundDate {
  iso: string
  index: number
}

interface Clock {
  hour: number
  minute: number
  second: number
}

const months = new Map<string, Map<string, number>>()

/** Month name → 1–12 for a language set (English always), built once per set. */
function monthsFor(languages: readonly string[]): Map<string, number> {
  const key = languages.join(',')
  let found = months.get(key)
  if (found) return found
  found = new Map<string, number>()
  for (const lang of ['en', ...languages]) {
    for (const [i, names] of (MONTHS[lang] ?? []).entries()) for (const n of names) if (!found.has(n)) found.set(n, i + 1)
  }
  months.set(key, found)
  return found
}

/**
 * Written dates: day-month-year, month-day-year and numeric forms, each with an
 * optional clock and zone after it. The month is any word of letters, looked up
 * in the month table afterwards (one static, linear pattern for every language).
 * Groups: 1–3 dmy, 4–6 mdy, 7–9 d.m.y, 10–12 y-m-d, 13–17 the clock.
 */
const WRITTEN = /(?<![\p{L}\d])(?:(\d{1,2})(?:\.|er|st|nd|rd|th|º)? ?(?:de )?(\p{L}{3,12})\.?,? ?(?:de )?(\d{4,5})|(\p{L}{3,12})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4,5})|(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})[-/](\d{1,2})[-/](\d{1,2}))(?:,? ?(?:at|um|à|a las|alle|às|om|в)? ?(\d{1,2})[:.h](\d{2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?(?: ?(?:uhr|h))?(?: ?(utc|gmt|bst|cest|cet|mesz|mez|est|edt|cst|cdt|mst|mdt|pst|pdt|z|[+-]\d{2}:?\d{2}))?)?(?![\p{L}\d])/gu

/** A clock right before a date, in the 24 characters before it (bounded: no rescans). */
const LEADING_CLOCK = /(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))? ?(am|pm)? ?(utc|gmt|bst|cest|cet|mesz|mez|est|edt|cst|cdt|mst|mdt|pst|pdt)?\b[ ,]{0,3}$/i

/**
 * Find a written date in a line: "Updated 12:30 GMT, 5 January 2020",
 * "Von Jane Doe, 5. Januar 2020, 14:00 Uhr", "Publié le 5 janvier 2020 à 12h30".
 * Numeric `d.m.yyyy` reads day first (as every registry language but English writes it).
 */
export function findDate(line: string, languages: readonly string[] = ['en']): FoundDate | undefined {
  if (!/\d/.test(line)) return undefined // every form has digits: most lines are done here
  const monthOf = monthsFor(languages)
  // Spaces collapsed first, so the pattern needs no unbounded runs.
  const text = line.toLowerCase().replace(/\s+/g, ' ')
  // `exec` on the one regex, not `matchAll`: matchAll builds a fresh RegExp per call,
  // recompiled (tens of kilobytes of bytecode for the \p{L} classes) whenever a GC
  // has cleared V8's regex cache. Nothing in the loop runs WRITTEN again.
  WRITTEN.lastIndex = 0
  for (let m = WRITTEN.exec(text); m; m = WRITTEN.exec(text)) {
    let y: number, mo: number, d: number
    if (m[1] !== undefined) [d, mo, y] = [+m[1], monthOf.get(m[2]) ?? 0, +m[3]]
    else if (m[4] !== undefined) [mo, d, y] = [monthOf.get(m[4]) ?? 0, +m[5], +m[6]]
    else if (m[7] !== undefined) {
      ;[d, mo, y] = [+m[7], +m[8], +m[9]]
      if (languages.every((l) => l === 'en') && mo > 12 && d <= 12) [d, mo] = [mo, d]
    } else [y, mo, d] = [+m[10], +m[11], +m[12]]
    if (mo === 0) continue // a word that is not a month: look further
    let clock: Clock | undefined
    let zone: string | undefined
    if (m[13] !== undefined) {
      clock = {hour: +m[13], minute: +m[14], second: m[15] === undefined ? 0 : +m[15]}
      if (m[16]) adjustHalf(clock, m[16])
      zone = m[17]
    } else {
      // "12:30 GMT, 5 January 2020": the clock written before the date.
      const before = LEADING_CLOCK.exec(text.slice(Math.max(0, m.index - 24), m.index))
      if (before) {
        clock = {hour: +before[1], minute: +before[2], second: before[3] === undefined ? 0 : +before[3]}
        if (before[4]) adjustHalf(clock, before[4])
        zone = before[5]
      }
    }
    const iso = compose(y, mo, d, clock, zone)
    if (iso) return {iso, index: indexIn(line, m.index)}
  }
  return undefined
}

/** Map an offset in the space-collapsed lower-case copy back to `line`. */
function indexIn(line: string, collapsedIndex: number): number {
  let i = 0
  let j = 0
  while (j < collapsedIndex && i < line.length) {
    if (/\s/.test(line[i])) {
      while (i < line.length && /\s/.test(line[i])) i++
      j++
    } else {
      i++
      j++
    }
  }
  return i
}

function adjustHalf(clock: Clock, half: string): void {
  const pm = half.toLowerCase().startsWith('p')
  if (clock.hour === 12) clock.hour = pm ? 12 : 0
  else if (pm) clock.hour += 12
}

function compose(y: number, mo: number, d: number, clock: Clock | undefined, zone: string | undefined): string | undefined {
  if (!(y >= FIRST_YEAR && y <= LAST_YEAR) || !(mo >= 1 && mo <= 12) || !(d >= 1 && d <= daysIn(y, mo))) return undefined
  const date = `${y}-${pad(mo)}-${pad(d)}`
  if (!clock) return date
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 59) return date
  const offset = zone === undefined ? '' : normalizeZone(zone)
  if (offset === undefined) return date
  return `${date}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${offset}`
}

function normalizeZone(zone: string): string | undefined {
  const named = ZONES[zone.toLowerCase()]
  if (named) return named
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return undefined
  const hours = +m[2]
  const minutes = m[3] === undefined ? 0 : +m[3]
  if (hours > 14 || minutes > 59) return undefined
  if (hours === 0 && minutes === 0) return 'Z'
  return `${m[1]}${m[2]}:${pad(minutes)}`
}

function daysIn(y: number, mo: number): number {
  return mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
