import type {PhraseRule} from '../types.js'

// Site name, tagline, page date and byline. Dates are found by shape (see shape.ts).
export const masthead: readonly PhraseRule[] = [
  {
    id: 'masthead/byline',
    category: 'masthead',
    placement: 'prefix',
    maxWords: 12,
    labelOnly: true,
    reason: 'byline or publication-date line',
    fixture: 'masthead--byline-date',
    phrases: {
      en: ['by ', 'written by', 'posted by', 'published by', 'story by', 'words by', 'reported by', 'published',
        'updated', 'last updated', 'posted on', 'posted', 'first published', 'modified'],
      de: ['von ', 'veröffentlicht', 'aktualisiert', 'erstellt', 'stand:'],
      fr: ['par ', 'publié le', 'mis à jour', 'publié'],
      es: ['por ', 'publicado', 'actualizado'],
      it: ['di ', 'pubblicato', 'aggiornato'],
      pt: ['por ', 'publicado', 'atualizado'],
      nl: ['door ', 'gepubliceerd', 'bijgewerkt'],
      ru: ['автор:', 'опубликовано', 'обновлено'],
    },
  },
]
