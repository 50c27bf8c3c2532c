import {vi as phrases} from '../../rules/phrases/vi.js'
import type {LanguageEntry} from '../registry.js'
import {vi as stopwords} from '../stopwords/vi.js'

/** Vietnamese: codes, script, date words as sites print them (folded), relative times, phrases. */
export const vi: LanguageEntry = {
  tag: 'vi', iso3: 'vie', name: 'Vietnamese', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'tháng', 'tháng một', 'tháng hai', 'tháng ba', 'tháng tư', 'tháng năm', 'tháng sáu', 'tháng bảy', 'tháng tám',
    'tháng chín', 'tháng mười', 'tháng mười một', 'tháng mười hai',
  ],
  weekdays: [
    'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'cn', 't2', 't3', 't4',
    't5', 't6', 't7',
  ],
  dateGlue: ['ngày', 'lúc', 'giờ', 'gmt', 'cập', 'nhật', 'đăng', 'hôm', 'nay', 'qua'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước`,
  ],
  phrases,
}
