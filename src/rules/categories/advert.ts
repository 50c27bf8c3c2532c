import type {PhraseRule} from '../types.js'

// Advertisement labels and "continues below" markers.
export const advert: readonly PhraseRule[] = [
  {
    id: 'advert/label',
    category: 'advert',
    placement: 'whole',
    maxWords: 10,
    reason: 'advertisement label',
    fixture: 'advert--label',
    phrases: {
      en: ['advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted',
        'promoted content', 'paid content', 'paid post', 'partner content', 'story continues below advertisement',
        'article continues below advertisement', 'article continues below', 'story continues below',
        'continue reading below', 'continue reading the main story', 'scroll to continue with content',
        'scroll to continue reading', 'ad feedback', 'report this ad', 'advertisement - scroll to continue',
        'content continues below', 'sponsored links', 'presented by', 'supported by', 'ad choices', 'adchoices',
        'remove ads', 'advertise'],
      de: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'artikel wird unter der anzeige fortgesetzt'],
      fr: ['publicité', 'sponsorisé', 'contenu sponsorisé', 'la suite après cette publicité', 'la suite après la publicité'],
      es: ['publicidad', 'patrocinado', 'contenido patrocinado', 'sigue leyendo debajo'],
      it: ['pubblicità', 'sponsorizzato', 'contenuto sponsorizzato'],
      pt: ['publicidade', 'patrocinado', 'conteúdo patrocinado', 'continua após a publicidade'],
      nl: ['advertentie', 'gesponsord', 'lees verder onder de advertentie'],
      ru: ['реклама', 'спонсорский материал', 'на правах рекламы', 'партнерский материал', 'партнёрский материал'],
    },
  },
]
