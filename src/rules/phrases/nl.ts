import type {PhraseTable} from '../catalogue.js'

/** Dutch: phrases Dutch news sites print. Folded: lower case, NFKC, straight quotes. */
export const nl: PhraseTable = {
  'teaser/read-more': [
    'lees ook', 'lees meer', 'lees verder', 'zie ook', 'meer lezen', 'bekijk ook', 'lees hier',
  ],
  'podcast/listen-on': [
    'luister naar de podcast', 'beluister de podcast', 'luister naar dit artikel',
  ],
  'podcast/listen-prefix': [
    'luister', 'podcast:',
  ],
  'newsletter/heading': [
    'nieuwsbrief', 'aanmelden', 'schrijf je in', 'abonneren', 'je e-mailadres',
  ],
  'newsletter/prompt': [
    'schrijf je in voor', 'meld je aan voor', 'in je mailbox', 'in je inbox', 'abonneer je op',
  ],
  'social/widget': [
    'delen', 'deel dit artikel', 'volg ons', 'printen', 'kopieer link',
  ],
  'social/share-prompt': [
    'volg ons op', 'deel op',
  ],
  'social/community-plug': [
    'word lid', 'volg ons',
  ],
  'caption/label': [
    'foto:', 'beeld:', 'afbeelding:',
  ],
  'caption/credit-suffix': [
    'foto anp', 'foto:', 'beeld anp', 'beeld:',
  ],
  'cookie/notice': [
    'wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'cookiebeleid',
    'cookies accepteren', 'alles accepteren',
  ],
  'paywall/prompt': [
    'alleen voor abonnees', 'word abonnee', 'al abonnee', 'om verder te lezen',
  ],
  'paywall/offer': [
    'per maand', 'gratis proberen', 'de eerste maand',
  ],
  'comments/heading': [
    'reacties', 'reactie', 'laat een reactie achter', 'reageer',
  ],
  'comments/count-heading': [
    'reacties op', 'gedachten over',
  ],
  'comments/author': [
    ' zegt:', ' schreef:',
  ],
  'comments/prompt': [
    'je e-mailadres wordt niet gepubliceerd', 'reacties zijn gesloten',
  ],
  'related/heading': [
    'gerelateerde artikelen', 'meest gelezen', 'lees ook', 'meer nieuws', 'gerelateerd', 'aanbevolen',
    'populair', 'ook interessant',
  ],
  'related/heading-prefix': [
    'meer over', 'meer van', 'meer uit',
  ],
  'advert/label': [
    'advertentie', 'gesponsord', 'lees verder onder de advertentie',
  ],
  'player/control': [
    'sluiten', 'afspelen', 'volledig scherm', 'laden',
  ],
  'navigation/control': [
    'startpagina', 'naar inhoud', 'zoeken', 'inloggen', 'terug naar boven', 'vorige', 'volgende', 'meer',
    'rubrieken',
  ],
  'footer/disclaimer': [
    'bevat affiliate links', 'bevat affiliatelinks', 'ontvangen wij een commissie', 'ontvangen we een kleine commissie',
    'uitsluitend ter informatie', 'geen beleggingsadvies', 'zijn geregistreerde handelsmerken',
  ],
  'footer/legal': [
    'alle rechten voorbehouden', 'privacybeleid', 'algemene voorwaarden', 'contact',
  ],
  'footer/source': [
    'bron:', 'bronnen:', 'tags:', 'onderwerpen:',
  ],
  'masthead/byline': [
    'door ', 'gepubliceerd', 'bijgewerkt',
  ],
}
