// Portuguese function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const pt: readonly string[] = [
  'a', 'ao', 'aos', 'as', 'com', 'como', 'da', 'das', 'de', 'do', 'dos', 'e', 'é', 'ela', 'ele', 'em',
  'entre', 'era', 'foi', 'mais', 'mas', 'na', 'nas', 'no', 'nos', 'o', 'os', 'ou', 'para', 'pela', 'pelo',
  'por', 'que', 'se', 'sem', 'ser', 'seu', 'sua', 'são', 'também', 'um', 'uma', 'já', 'está', 'muito',
  'quando',
]
