import {ja as phrases} from '../../rules/phrases/ja.js'
import type {LanguageEntry} from '../registry.js'
import {ja as stopwords} from '../stopwords/ja.js'

/** Japanese: codes, script, date words as sites print them (folded), relative times, phrases. */
export const ja: LanguageEntry = {
  tag: 'ja', iso3: 'jpn', name: 'Japanese', script: 'Jpan', dir: 'ltr', spaced: false,
  stopwords,
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '月', '年', '日'],
  weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '月', '火', '水', '木', '金', '土', '日'],
  dateGlue: ['配信', '公開日', '更新日', '投稿日', '掲載日', '時', '分', '午前', '午後'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\d{1,3}\s?(?:秒|分|時間|日|週間|か月|ヶ月|カ月|年)前`,
  ],
  phrases,
}
