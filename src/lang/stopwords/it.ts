// Italian function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const it: readonly string[] = [
  'a', 'al', 'alla', 'anche', 'che', 'ci', 'come', 'con', 'da', 'dal', 'del', 'della', 'delle', 'di', 'e',
  'è', 'gli', 'ha', 'hanno', 'i', 'il', 'in', 'la', 'le', 'lo', 'ma', 'nel', 'nella', 'non', 'per', 'più',
  'questo', 'questa', 'si', 'sono', 'su', 'sua', 'suo', 'tra', 'un', 'una', 'uno', 'alla', 'degli', 'dei',
  'ed',
]
