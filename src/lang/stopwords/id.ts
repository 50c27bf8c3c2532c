// Indonesian function words: the most frequent closed-class words. Hand-curated and short on purpose.
// Indonesian has no registry entry yet (no phrase tables); its words join the unknown-language union.
export const id: readonly string[] = [
  'ada', 'adalah', 'akan', 'dan', 'dari', 'dengan', 'di', 'ini', 'itu', 'juga', 'ke', 'karena', 'kami', 'kita',
  'oleh', 'pada', 'para', 'saat', 'sebagai', 'sudah', 'tak', 'tidak', 'untuk', 'yang', 'dalam', 'atau', 'bahwa',
  'telah',
]
