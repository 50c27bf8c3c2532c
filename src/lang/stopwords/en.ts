// English function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const en: readonly string[] = [
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been',
  'but', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
  'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'more', 'most', 'my', 'no', 'not',
  'of', 'on', 'one', 'or', 'our', 'out', 'over', 'said', 'say', 'says', 'she', 'so', 'some', 'than',
  'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'up', 'us',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'will', 'with', 'would', 'you',
  'your',
]
