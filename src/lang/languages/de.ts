import type {LanguageEntry} from '../registry.js'
import {de as phrases} from '../../rules/phrases/de.js'
import {de as stopwords} from '../stopwords/de.js'

export const de: LanguageEntry = {
  tag: 'de', iso3: 'deu', name: 'German', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  dateGlue: ['am', 'um', 'uhr', 'aktualisiert', 'veröffentlicht', 'stand', 'zuletzt', 'erstellt', 'geändert', 'vom'],
  relativeTime: [String.raw`\bvor\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b`],
  phrases,
}
