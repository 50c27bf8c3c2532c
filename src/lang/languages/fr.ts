import type {LanguageEntry} from '../registry.js'
import {fr as phrases} from '../../rules/phrases/fr.js'
import {fr as stopwords} from '../stopwords/fr.js'

export const fr: LanguageEntry = {
  tag: 'fr', iso3: 'fra', name: 'French', script: 'Latn', dir: 'ltr', spaced: true,
  stopwords,
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dateGlue: ['le', 'à', 'h', 'et', 'de', 'mis', 'jour', 'publié', 'modifié', 'actualisé', 'mise'],
  relativeTime: [String.raw`\bil y a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b`],
  phrases,
}
