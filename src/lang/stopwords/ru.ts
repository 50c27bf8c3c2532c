// Russian function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const ru: readonly string[] = [
  'а', 'без', 'был', 'была', 'были', 'было', 'в', 'во', 'вы', 'да', 'для', 'до', 'его', 'ее', 'её', 'если',
  'же', 'за', 'и', 'из', 'или', 'им', 'их', 'к', 'как', 'ко', 'когда', 'ли', 'на', 'над', 'не', 'него',
  'нет', 'ни', 'но', 'о', 'об', 'он', 'она', 'они', 'оно', 'от', 'по', 'под', 'при', 'с', 'со', 'так',
  'также', 'то', 'только', 'уже', 'у', 'что', 'это', 'этот', 'я',
]
