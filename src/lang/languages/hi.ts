import {hi as phrases} from '../../rules/phrases/hi.js'
import type {LanguageEntry} from '../registry.js'
import {hi as stopwords} from '../stopwords/hi.js'

/** Hindi: codes, script, date words as sites print them (folded), relative times, phrases. */
export const hi: LanguageEntry = {
  tag: 'hi', iso3: 'hin', name: 'Hindi', script: 'Deva', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'जनवरी', 'फरवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर',
    'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर',
  ],
  weekdays: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
  dateGlue: ['प्रकाशित', 'अपडेटेड', 'अपडेट', 'बजे', 'पर', 'को', 'तारीख'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`[\d०-९]{1,3}\s+(?:सेकंड|मिनट|घंटे|घंटा|दिन|सप्ताह|हफ्ते|महीने|साल)\s+(?:पहले|पूर्व)`,
  ],
  phrases,
}
