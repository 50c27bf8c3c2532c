/**
 * Letters that one script writes several ways, folded to one so a phrase matches all:
 * Turkish dotted and dotless i ("İ" lower-cases to "i" + U+0307, "I" to "i" where Turkish
 * wants "ı": both sides fold to "i"); Arabic harakat and tatweel dropped, alef with hamza
 * or madda to alef, alef maksura and Persian yeh to yeh, Persian kaf to kaf; the
 * zero-width non-joiner (Persian) to a space, bidi marks dropped; Greek accents
 * dropped. Only matching sees
 * this: the block's own text keeps its order and marks.
 */
const SCRIPT_VARIANTS = /[\u0307\u0131\u0640\u064b-\u065f\u0670\u0622\u0623\u0625\u0649\u06cc\u06a9\u200c\u200e\u200f\u061c\u0390\u03ac-\u03b0\u03ca-\u03ce]/g
const VARIANT_OF: Readonly<Record<string, string>> = {
  '\u0131': 'i', '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0649': '\u064a', '\u06cc': '\u064a',
  '\u06a9': '\u0643', '\u200c': ' ',
  // Greek tonos and dialytika: headings set in capitals drop them ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ").
  '\u0390': '\u03b9', '\u03ac': '\u03b1', '\u03ad': '\u03b5', '\u03ae': '\u03b7', '\u03af': '\u03b9', '\u03b0': '\u03c5',
  '\u03ca': '\u03b9', '\u03cb': '\u03c5', '\u03cc': '\u03bf', '\u03cd': '\u03c5', '\u03ce': '\u03c9',
}

/**
 * Fold text for phrase matching: NFKC, lower case, script variants unified (above),
 * curly quotes and dashes made plain, whitespace collapsed. Linear in the input.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(SCRIPT_VARIANTS, (c) => VARIANT_OF[c] ?? '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The folded text reduced to its words, for `whole` matches: "Related Articles:" → "related articles". */
export function wholeKey(folded: string): string {
  return folded
    .replace(/[(\[]?\d[\d.,kK]*[)\]]?/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
