import {id as phrases} from '../../rules/phrases/id.js'
import type {LanguageEntry} from '../registry.js'
import {id as stopwords} from '../stopwords/id.js'

/** Indonesian: codes, script, date words as sites print them (folded), relative times, phrases. */
export const id: LanguageEntry = {
  tag: 'id', iso3: 'ind', name: 'Indonesian', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober',
    'november', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'sep', 'okt',
    'nov', 'des',
  ],
  weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'],
  dateGlue: [
    'wib', 'wita', 'wit', 'pukul', 'diterbitkan', 'diperbarui', 'dipublikasikan', 'hari', 'ini',
    'kemarin',
  ],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\b\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b`,
  ],
  phrases,
}
