import type {PhraseTable} from '../catalogue.js'

/** Italian: phrases Italian news sites print. Folded: lower case, NFKC, straight quotes. */
export const it: PhraseTable = {
  'teaser/read-more': [
    'leggi anche', 'leggi altro', 'potrebbe interessarti:', 'vedi anche', 'approfondisci:',
    'per saperne di più', 'continua a leggere', 'leggi di più', 'leggi:',
  ],
  'podcast/listen-on': [
    'ascolta il podcast', 'ascolta l\'articolo', 'ascolta la puntata',
  ],
  'podcast/listen-prefix': [
    'ascolta', 'podcast:',
  ],
  'newsletter/heading': [
    'newsletter', 'iscriviti', 'iscriviti alla newsletter', 'la tua email',
  ],
  'newsletter/prompt': [
    'iscriviti alla nostra', 'iscriviti alla newsletter', 'nella tua casella', 'ricevi la newsletter',
  ],
  'social/widget': [
    'condividi', 'condividi su facebook', 'seguici', 'stampa', 'copia link',
  ],
  'social/share-prompt': [
    'seguici su', 'condividi su',
  ],
  'social/community-plug': [
    'unisciti', 'seguici',
    'seguici su', 'il nostro canale', 'iscriviti al canale',
  ],
  'caption/label': [
    'foto:', 'immagine:', 'credito foto',
  ],
  'caption/credit-suffix': [
    'foto ansa', '/ansa', 'foto:',
  ],
  'cookie/notice': [
    'utilizziamo i cookie', 'questo sito utilizza cookie', 'cookie policy', 'accetta i cookie',
    'accetta tutti', 'gestisci le preferenze',
  ],
  'paywall/prompt': [
    'riservato agli abbonati', 'abbonati per', 'sei già abbonato', 'per continuare a leggere',
  ],
  'paywall/offer': [
    'al mese', 'prova gratuita', 'il primo mese',
  ],
  'comments/heading': [
    'commenti', 'commento', 'lascia un commento', 'lascia un commento',
  ],
  'comments/count-heading': [
    'commenti su', 'risposte a',
  ],
  'comments/author': [
    ' dice:', ' ha scritto:',
  ],
  'comments/prompt': [
    'il tuo indirizzo email non sarà pubblicato', 'i commenti sono chiusi',
  ],
  'related/heading': [
    'articoli correlati', 'potrebbe interessarti', 'i più letti', 'leggi anche', 'ti potrebbe interessare',
    'correlati', 'altre notizie', 'più letti', 'potrebbe interessarti anche',
    'notizie correlate',
  ],
  'related/heading-prefix': [
    'altro da', 'altre notizie su', 'di più su',
  ],
  'advert/label': [
    'pubblicità', 'sponsorizzato', 'contenuto sponsorizzato',
  ],
  'player/control': [
    'chiudi', 'riproduci', 'guarda il video', 'schermo intero', 'caricamento',
  ],
  'navigation/control': [
    'home page', 'vai al contenuto', 'cerca', 'accedi', 'torna su', 'precedente', 'successivo', 'altro',
    'sezioni',
  ],
  'footer/disclaimer': [
    'contiene link di affiliazione', 'link affiliati', 'potremmo ricevere una commissione', 'riceviamo una commissione',
    'a solo scopo informativo', 'a scopo puramente informativo', 'non costituisce consulenza',
    'sono marchi registrati', 'è un marchio registrato', 'acconsento a ricevere',
  ],
  'footer/legal': [
    'tutti i diritti riservati', 'note legali', 'privacy policy', 'contatti', 'p.iva', 'partita iva',
  ],
  'footer/source': [
    'fonte:', 'fonti:', 'tag:', 'argomenti:',
  ],
  'masthead/byline': [
    'di ', 'pubblicato', 'aggiornato',
  ],
}
