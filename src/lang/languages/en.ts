import type {LanguageEntry} from '../registry.js'
import {en as phrases} from '../../rules/phrases/en.js'
import {en as stopwords} from '../stopwords/en.js'

export const en: LanguageEntry = {
  tag: 'en', iso3: 'eng', name: 'English', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  dateGlue: ['at', 'of', 'the', 'updated', 'published', 'posted', 'on', 'last', 'modified'],
  relativeTime: [String.raw`\b\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b`],
  phrases,
}
