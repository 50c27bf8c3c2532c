import {th as phrases} from '../../rules/phrases/th.js'
import type {LanguageEntry} from '../registry.js'
import {th as stopwords} from '../stopwords/th.js'

/** Thai: codes, script, date words as sites print them (folded), relative times, phrases. */
export const th: LanguageEntry = {
  tag: 'th', iso3: 'tha', name: 'Thai', script: 'Thai', dir: 'ltr', spaced: false,
  stopwords,
  months: [
    'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน',
    'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.',
    'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
  ],
  weekdays: [
    'วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์', 'จันทร์',
    'อังคาร', 'พุธ', 'พฤหัสบดี', 'พฤหัส', 'ศุกร์', 'เสาร์', 'อาทิตย์',
  ],
  dateGlue: ['วันที่', 'เวลา', 'น.', 'เผยแพร่', 'อัปเดต', 'อัพเดท', 'พ.ศ.'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\d{1,3}\s?(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s?(?:ที่แล้ว|ก่อน)`,
  ],
  phrases,
}
