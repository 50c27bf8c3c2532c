// Dutch function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const nl: readonly string[] = [
  'aan', 'al', 'als', 'bij', 'dat', 'de', 'den', 'der', 'deze', 'die', 'dit', 'door', 'een', 'en', 'er',
  'het', 'hij', 'hoe', 'in', 'is', 'je', 'maar', 'met', 'naar', 'niet', 'nog', 'of', 'om', 'ook', 'op',
  'over', 'te', 'tot', 'uit', 'van', 'voor', 'was', 'wat', 'we', 'worden', 'werd', 'wordt', 'zich', 'zijn',
  'ze', 'zo',
]
