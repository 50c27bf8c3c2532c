import {zh as phrases} from '../../rules/phrases/zh.js'
import type {LanguageEntry} from '../registry.js'
import {zh as stopwords} from '../stopwords/zh.js'

/** Chinese: codes, script, date words as sites print them (folded), relative times, phrases. */
export const zh: LanguageEntry = {
  tag: 'zh', iso3: 'cmn', name: 'Chinese', script: 'Hani', dir: 'ltr', spaced: false,
  stopwords,
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月', '月', '年', '日', '号'],
  weekdays: [
    '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日',
    '週一', '週二', '週三', '週四', '週五', '週六', '週日',
  ],
  dateGlue: ['发布时间', '發布時間', '更新时间', '更新時間', '发布于', '來源', '来源', '时间', '時間'],
  // Bounded repetitions only: each pattern runs in linear time. Each needs a number: prose says "yesterday" too.
  relativeTime: [
    String.raw`\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前`,
  ],
  phrases,
}
