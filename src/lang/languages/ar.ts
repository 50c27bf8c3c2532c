import {ar as phrases} from '../../rules/phrases/ar.js'
import type {LanguageEntry} from '../registry.js'
import {ar as stopwords} from '../stopwords/ar.js'

/** Arabic: codes, script, date words as sites print them (folded), relative times, phrases. */
export const ar: LanguageEntry = {
  tag: 'ar', iso3: 'arb', name: 'Arabic', script: 'Arab', dir: 'rtl', spaced: true,
  stopwords,
  months: [
    'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس',
    'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'الثاني', 'شباط', 'آذار',
    'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الأول',
  ],
  weekdays: [
    'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
    'الاحد',
  ],
  dateGlue: ['نشر', 'في', 'تاريخ', 'آخر', 'تحديث', 'الساعة', 'م', 'ص', 'منذ'],
  // Bounded repetitions only: each pattern runs in linear time. Each needs a number: prose says "yesterday" too.
  relativeTime: [
    String.raw`منذ\s+[\d٠-٩]{1,3}\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)`,
  ],
  phrases,
}
