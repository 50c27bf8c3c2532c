// Spanish function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const es: readonly string[] = [
  'a', 'al', 'como', 'con', 'de', 'del', 'el', 'en', 'es', 'esta', 'este', 'fue', 'ha', 'han', 'la', 'las',
  'le', 'lo', 'los', 'más', 'no', 'o', 'para', 'pero', 'por', 'que', 'se', 'ser', 'si', 'sin', 'sobre',
  'su', 'sus', 'también', 'un', 'una', 'uno', 'y', 'ya', 'era', 'son', 'entre', 'cuando', 'muy', 'desde',
]
