import {fa as phrases} from '../../rules/phrases/fa.js'
import type {LanguageEntry} from '../registry.js'
import {fa as stopwords} from '../stopwords/fa.js'

/** Persian: codes, script, date words as sites print them (folded), relative times, phrases. */
export const fa: LanguageEntry = {
  tag: 'fa', iso3: 'pes', name: 'Persian', script: 'Arab', dir: 'rtl', spaced: true,
  stopwords,
  months: [
    'ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر',
    'دسامبر', 'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی',
    'بهمن', 'اسفند',
  ],
  weekdays: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'سه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه'],
  dateGlue: ['ساعت', 'تاریخ', 'انتشار', 'به', 'روز', 'شده', 'منتشر'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`[\d۰-۹]{1,3}\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+(?:پیش|قبل)`,
  ],
  phrases,
}
