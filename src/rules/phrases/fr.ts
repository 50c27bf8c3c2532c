import type {PhraseTable} from '../catalogue.js'

/** French: phrases French news sites print. Folded: lower case, NFKC, straight quotes. */
export const fr: PhraseTable = {
  'teaser/read-more': [
    'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi',
    'à voir aussi', 'lire la suite', 'découvrir aussi', 'sur le même sujet:', 'à lire:', 'lire:',
    'à découvrir:',
  ],
  'podcast/listen-on': [
    'écoutez le podcast', 'écouter le podcast', 'abonnez-vous au podcast', 'écouter cet article',
  ],
  'podcast/listen-prefix': [
    'écoutez', 'podcast:',
  ],
  'newsletter/heading': [
    'newsletter', 'lettre d\'information', 's\'inscrire', 'inscrivez-vous', 'abonnez-vous',
    'votre adresse e-mail',
  ],
  'newsletter/prompt': [
    'inscrivez-vous à notre', 'abonnez-vous à notre', 'dans votre boîte mail',
    'dans votre boîte de réception', 'recevez notre newsletter', 'vous désinscrire',
  ],
  'social/widget': [
    'partager', 'partager cet article', 'imprimer', 'suivez-nous', 'copier le lien', 'envoyer par e-mail',
  ],
  'social/share-prompt': [
    'suivez-nous sur', 'partager sur',
  ],
  'social/community-plug': [
    'rejoignez-nous', 'rejoignez notre', 'suivez-nous',
  ],
  'caption/label': [
    'photo:', 'crédit photo', 'crédits photo', 'légende:', 'illustration:',
  ],
  'caption/credit-suffix': [
    'photo afp', 'photo:', 'crédit photo',
  ],
  'cookie/notice': [
    'nous utilisons des cookies', 'ce site utilise des cookies', 'paramètres des cookies',
    'accepter les cookies', 'tout accepter', 'gérer mes choix', 'vos choix en matière de cookies',
  ],
  'paywall/prompt': [
    'réservé aux abonnés', 'abonnez-vous pour', 'déjà abonné', 'offre d\'abonnement', 'sans engagement',
    'pour lire la suite',
    'pour accéder en illimité', 'accédez en illimité',
  ],
  'paywall/offer': [
    'par mois', 'essai gratuit', 'le premier mois',
  ],
  'comments/heading': [
    'commentaires', 'commentaire', 'laisser un commentaire', 'réagir', 'réactions',
  ],
  'comments/count-heading': [
    'commentaires sur', 'réponses à', 'réflexions sur',
  ],
  'comments/author': [
    ' dit:', ' a écrit:',
  ],
  'comments/prompt': [
    'votre adresse e-mail ne sera pas publiée', 'les commentaires sont fermés',
  ],
  'related/heading': [
    'articles similaires', 'articles liés', 'à lire aussi', 'a lire aussi', 'les plus lus',
    'sur le même sujet', 'vous aimerez aussi', 'vous aimerez aussi', 'à découvrir', 'dans la même rubrique',
    'les plus populaires', 'à lire également', 'lire aussi', 'sur le meme sujet',
  ],
  'related/heading-prefix': [
    'plus de', 'à lire sur', 'les plus lus de',
  ],
  'advert/label': [
    'publicité', 'sponsorisé', 'contenu sponsorisé', 'la suite après cette publicité',
    'la suite après la publicité',
  ],
  'player/control': [
    'fermer', 'lecture', 'lire la vidéo', 'plein écran', 'chargement',
  ],
  'navigation/control': [
    'accueil', 'aller au contenu', 'rechercher', 'recherche', 'connexion', 'se connecter', 'retour en haut',
    'précédent', 'suivant', 'plus', 'menu', 'rubriques',
    'en savoir plus', 'lire la suite', 'voir plus',
  ],
  'footer/disclaimer': [
    'contient des liens affiliés', "liens d'affiliation", 'nous percevons une commission', 'nous pouvons percevoir une commission',
    'à titre informatif uniquement', 'à titre purement informatif', 'ne constitue pas un conseil en investissement',
    'sont des marques déposées', 'est une marque déposée', "j'accepte de recevoir",
  ],
  'footer/legal': [
    'tous droits réservés', 'mentions légales', 'politique de confidentialité', 'conditions générales',
    'nous contacter',
    'n\'engagent que leurs auteurs', 'n\'engage que son auteur', 'n\'engagent que leur auteur',
  ],
  'footer/source': [
    'source:', 'sources:', 'mots-clés:', 'tags:', 'thèmes:',
  ],
  'masthead/byline': [
    'par ', 'publié le', 'mis à jour', 'publié',
  ],
}
