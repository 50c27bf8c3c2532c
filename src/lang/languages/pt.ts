import type {LanguageEntry} from '../registry.js'
import {pt as phrases} from '../../rules/phrases/pt.js'
import {pt as stopwords} from '../stopwords/pt.js'

export const pt: LanguageEntry = {
  tag: 'pt', iso3: 'por', name: 'Portuguese', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  weekdays: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'sábado', 'domingo'],
  dateGlue: ['de', 'às', 'em', 'atualizado', 'publicado', 'h', 'atualizada', 'publicada'],
  relativeTime: [String.raw`\bhá\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\b`],
  phrases,
}
