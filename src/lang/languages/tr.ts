import {tr as phrases} from '../../rules/phrases/tr.js'
import type {LanguageEntry} from '../registry.js'
import {tr as stopwords} from '../stopwords/tr.js'

/** Turkish: codes, script, date words as sites print them (folded), relative times, phrases. */
export const tr: LanguageEntry = {
  tag: 'tr', iso3: 'tur', name: 'Turkish', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim',
    'kasım', 'aralık', 'oca', 'şub', 'mar', 'nis', 'may', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas',
    'ara',
  ],
  weekdays: [
    'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'pzt', 'sal', 'çar',
    'per', 'cum', 'cmt', 'paz',
  ],
  dateGlue: ['saat', 'yayınlanma', 'güncelleme', 'güncellenme', 'tarihi', 'bugün', 'dün'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\b\d{1,3}\s+(?:saniye|dakika|dk|saat|gün|hafta|ay|yıl)\s+önce\b`,
  ],
  phrases,
}
