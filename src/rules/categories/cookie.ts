import type {PhraseRule} from '../types.js'

// Cookie and consent notices.
export const cookie: readonly PhraseRule[] = [
  {
    id: 'cookie/notice',
    category: 'cookie',
    placement: 'contains',
    maxWords: 80,
    reason: 'cookie or consent notice',
    fixture: 'cookie--consent',
    phrases: {
      en: ['we use cookies', 'this site uses cookies', 'this website uses cookies', 'uses cookies to', 'use of cookies',
        'cookie policy', 'cookie settings', 'cookie preferences', 'accept cookies', 'accept all cookies',
        'manage cookies', 'manage preferences', 'privacy preferences', 'consent preferences', 'your privacy choices',
        'you agree to our use of cookies', 'by continuing to use this site', 'by continuing to browse',
        'by using this site, you agree', 'by using this website, you agree', 'cookies and similar technologies',
        'we and our partners', 'personalised ads', 'personalized ads'],
      de: ['wir verwenden cookies', 'diese website verwendet cookies', 'cookie-einstellungen', 'cookies akzeptieren',
        'alle akzeptieren', 'datenschutzeinstellungen', 'einwilligung'],
      fr: ['nous utilisons des cookies', 'ce site utilise des cookies', 'paramètres des cookies', 'accepter les cookies',
        'tout accepter', 'gérer mes choix', 'vos choix en matière de cookies'],
      es: ['utilizamos cookies', 'usamos cookies', 'este sitio utiliza cookies', 'política de cookies',
        'aceptar cookies', 'aceptar todas', 'configuración de cookies'],
      it: ['utilizziamo i cookie', 'questo sito utilizza cookie', 'cookie policy', 'accetta i cookie',
        'accetta tutti', 'gestisci le preferenze'],
      pt: ['utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'política de cookies',
        'aceitar cookies', 'aceitar todos'],
      nl: ['wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'cookiebeleid',
        'cookies accepteren', 'alles accepteren'],
      ru: ['мы используем cookie', 'мы используем файлы cookie', 'этот сайт использует cookie', 'использование cookie',
        'принять все', 'файлы cookie'],
    },
  },
]
