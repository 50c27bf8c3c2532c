import type {LanguageEntry} from '../registry.js'
import {ru as phrases} from '../../rules/phrases/ru.js'
import {ru as stopwords} from '../stopwords/ru.js'

export const ru: LanguageEntry = {
  tag: 'ru', iso3: 'rus', name: 'Russian', script: 'Cyrl', dir: 'ltr', spaced: true,
  stopwords,
  months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  dateGlue: ['г', 'года', 'в', 'мск', 'обновлено', 'опубликовано', 'обновлен', 'опубликован'],
  relativeTime: [String.raw`\d{1,3}\s+(?:секунд|минут|час|дн|дней|недел|месяц|год|лет)\S{0,4}\s+назад`],
  phrases,
}
