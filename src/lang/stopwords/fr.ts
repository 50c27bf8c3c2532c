// French function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const fr: readonly string[] = [
  'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cette', 'comme', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est',
  'et', 'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'lui', 'mais', 'me', 'même', 'ne', 'nous', 'on',
  'ou', 'par', 'pas', 'plus', 'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sont', 'sur', 'un',
  'une', 'vous', 'été', 'être', 'a', 'ont', 'y',
]
