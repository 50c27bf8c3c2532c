import type {PhraseRule} from '../types.js'

// Podcast and audio plugs: "Listen to … on Apple Podcasts, Spotify".
export const podcast: readonly PhraseRule[] = [
  {
    id: 'podcast/listen-on',
    category: 'podcast',
    placement: 'contains',
    maxWords: 40,
    reason: 'plug for a podcast or audio stream',
    fixture: 'podcast--listen-plug',
    phrases: {
      en: ['listen on spotify', 'listen on apple', 'subscribe to our podcast',
        'subscribe to the podcast', 'listen to the podcast', 'listen to our podcast', 'listen to the full episode',
        'wherever you get your podcasts', 'wherever you listen', 'listen to this article', 'listen to this story', 'audio version of this article'],
      de: ['podcast abonnieren', 'jetzt anhören', 'hier anhören', 'überall, wo es podcasts gibt', 'artikel anhören',
        'diesen artikel anhören'],
      fr: ['écoutez le podcast', 'écouter le podcast', 'abonnez-vous au podcast', 'écouter cet article'],
      es: ['escucha el podcast', 'escuchar el podcast', 'suscríbete al podcast', 'escucha este artículo'],
      it: ['ascolta il podcast', 'ascolta l\'articolo', 'ascolta la puntata'],
      pt: ['ouça o podcast', 'ouvir o podcast', 'ouça este artigo', 'assine o podcast'],
      nl: ['luister naar de podcast', 'beluister de podcast', 'luister naar dit artikel'],
      ru: ['слушайте подкаст', 'слушать подкаст', 'подписывайтесь на подкаст', 'слушать статью'],
    },
  },
  {
    id: 'podcast/listen-prefix',
    category: 'podcast',
    placement: 'prefix',
    maxWords: 30,
    reason: 'plug for a podcast or audio stream',
    fixture: 'podcast--listen-plug',
    alsoContains: ['podcast', 'spotify', 'apple', 'episode', 'audio', 'подкаст'],
    phrases: {
      en: [':: listen', 'listen to', 'listen on', 'listen:', 'podcast:', 'subscribe to', 'hear more'],
      de: ['hören sie', 'podcast:'],
      fr: ['écoutez', 'podcast:'],
      es: ['escucha', 'podcast:'],
      it: ['ascolta', 'podcast:'],
      pt: ['ouça', 'podcast:'],
      nl: ['luister', 'podcast:'],
      ru: ['слушайте', 'подкаст:'],
    },
  },
  {
    id: 'podcast/platforms',
    category: 'podcast',
    placement: 'contains',
    maxWords: 12,
    reason: 'links to podcast platforms',
    fixture: 'podcast--listen-plug',
    // Platform names also appear in articles about podcasts: only a short block is a plug.
    phrases: {
      en: ['apple podcasts', 'google podcasts', 'on spotify', 'stitcher', 'spreaker', 'pocket casts', 'listen now',
        'podcast app', 'overcast', 'castbox', 'deezer', 'amazon music'],
    },
  },
]
