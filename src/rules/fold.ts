/**
 * Fold text for phrase matching: NFKC, lower case, curly quotes and dashes made
 * plain, whitespace collapsed. Linear in the input.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
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
