import type {LanguageEntry} from '../registry.js'
import {es as phrases} from '../../rules/phrases/es.js'
import {es as stopwords} from '../stopwords/es.js'

export const es: LanguageEntry = {
  tag: 'es', iso3: 'spa', name: 'Spanish', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  dateGlue: ['de', 'del', 'el', 'a', 'las', 'h', 'hs', 'actualizado', 'publicado', 'actualizada', 'publicada'],
  relativeTime: [String.raw`\bhace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)\b`],
  phrases,
}
