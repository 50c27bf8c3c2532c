import {ko as phrases} from '../../rules/phrases/ko.js'
import type {LanguageEntry} from '../registry.js'
import {ko as stopwords} from '../stopwords/ko.js'

/** Korean: codes, script, date words as sites print them (folded), relative times, phrases. */
export const ko: LanguageEntry = {
  tag: 'ko', iso3: 'kor', name: 'Korean', script: 'Hang', dir: 'ltr', spaced: true,
  stopwords,
  months: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월', '월', '년', '일'],
  weekdays: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일', '월', '화', '수', '목', '금', '토', '일'],
  dateGlue: ['입력', '수정', '승인', '등록', '업데이트', '오전', '오후', '시', '분', '기사입력', '최종수정'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\d{1,3}\s?(?:초|분|시간|일|주|개월|달|년)\s?전`,
  ],
  phrases,
}
