import {uk as phrases} from '../../rules/phrases/uk.js'
import type {LanguageEntry} from '../registry.js'
import {uk as stopwords} from '../stopwords/uk.js'

/** Ukrainian: codes, script, date words as sites print them (folded), relative times, phrases. */
export const uk: LanguageEntry = {
  tag: 'uk', iso3: 'ukr', name: 'Ukrainian', script: 'Cyrl', dir: 'ltr', spaced: true,
  stopwords,
  months: [
    'січень', 'січня', 'лютий', 'лютого', 'березень', 'березня', 'квітень', 'квітня', 'травень',
    'травня', 'червень', 'червня', 'липень', 'липня', 'серпень', 'серпня', 'вересень', 'вересня',
    'жовтень', 'жовтня', 'листопад', 'листопада', 'грудень', 'грудня', 'січ', 'лют', 'бер', 'кві',
    'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру',
  ],
  weekdays: [
    'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'пятниця', 'субота', 'неділя', 'пн', 'вт',
    'ср', 'чт', 'пт', 'сб', 'нд',
  ],
  dateGlue: ['р', 'року', 'о', 'оновлено', 'опубліковано', 'сьогодні', 'вчора'],
  // Bounded repetitions only: each pattern runs in linear time.
  relativeTime: [
    String.raw`\d{1,3}\s+(?:секунд|хвилин|годин|дн|днів|тижн|місяц|рок|років)\S{0,3}\s+тому`,
  ],
  phrases,
}
