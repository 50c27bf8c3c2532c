// German function words: the most frequent closed-class words (articles, pronouns, prepositions,
// conjunctions, auxiliaries). Hand-curated and short on purpose: stopword density separates prose from
// menus only when the list holds true function words.
export const de: readonly string[] = [
  'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'das', 'dass', 'dem', 'den', 'der', 'des',
  'die', 'doch', 'du', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'er', 'es', 'für',
  'hat', 'hatte', 'haben', 'ich', 'ihr', 'im', 'in', 'ist', 'ja', 'kann', 'mit', 'nach', 'nicht', 'noch',
  'nur', 'oder', 'sich', 'sie', 'sind', 'so', 'um', 'und', 'uns', 'von', 'vor', 'war', 'wie', 'wir',
  'wird', 'wurde', 'zu', 'zum', 'zur', 'über',
]
