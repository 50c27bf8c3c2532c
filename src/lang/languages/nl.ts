import type {LanguageEntry} from '../registry.js'
import {nl as phrases} from '../../rules/phrases/nl.js'
import {nl as stopwords} from '../stopwords/nl.js'

export const nl: LanguageEntry = {
  tag: 'nl', iso3: 'nld', name: 'Dutch', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  dateGlue: ['om', 'uur', 'op', 'bijgewerkt', 'gepubliceerd', 'geplaatst', 'laatst'],
  relativeTime: [String.raw`\b\d{1,3}\s+(?:seconden|minuten|uur|dagen|weken|maanden|jaar)\s+geleden\b`],
  phrases,
}
