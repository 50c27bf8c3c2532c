import type {PhraseRule} from '../types.js'

// Paywall and subscription prompts.
export const paywall: readonly PhraseRule[] = [
  {
    id: 'paywall/prompt',
    category: 'paywall',
    placement: 'contains',
    maxWords: 40,
    reason: 'paywall or subscription prompt',
    fixture: 'paywall--subscribe',
    phrases: {
      en: ['subscribe to continue', 'subscribe to read', 'subscribers only', 'to continue reading',
        'already a subscriber', 'already have an account', 'start your free trial', 'start a free trial',
        'become a subscriber', 'support our journalism', 'support independent journalism', 'you have reached your', 'free articles remaining',
        'free articles left', 'article limit', 'log in to continue', 'sign in to continue', 'create a free account',
        'exclusive to subscribers', 'subscription required', 'this content is for subscribers', 'register to continue'],
      de: ['jetzt abonnieren', 'abo abschließen', 'weiterlesen mit', 'für abonnenten', 'plus-artikel', 'jetzt testen',
        'bereits abonnent', 'monatlich kündbar'],
      fr: ['réservé aux abonnés', 'abonnez-vous pour', 'déjà abonné', 'offre d\'abonnement', 'sans engagement',
        'pour lire la suite'],
      es: ['exclusivo para suscriptores', 'suscríbete para', 'ya eres suscriptor', 'hazte socio', 'para seguir leyendo'],
      it: ['riservato agli abbonati', 'abbonati per', 'sei già abbonato', 'per continuare a leggere'],
      pt: ['exclusivo para assinantes', 'assine para', 'já é assinante', 'para continuar lendo', 'assine já'],
      nl: ['alleen voor abonnees', 'word abonnee', 'al abonnee', 'om verder te lezen'],
      ru: ['только для подписчиков', 'оформите подписку', 'уже подписчик', 'чтобы продолжить чтение'],
    },
  },
  {
    id: 'paywall/offer',
    category: 'paywall',
    placement: 'contains',
    maxWords: 12,
    reason: 'subscription offer',
    fixture: 'paywall--subscribe',
    // Words news prose uses too ("per month", "free trial"): only a short block is an offer.
    phrases: {
      en: ['per month', '/month', '/mo', 'a month for', 'per week for', 'free trial', 'unlimited access',
        'unlimited digital access', 'digital subscription', 'subscribe now', 'subscribe today', 'cancel anytime',
        'support us', 'make a contribution', 'premium content', 'become a member', 'for subscribers'],
      de: ['pro monat', 'probeabo', 'jetzt abonnieren', 'im ersten monat'],
      fr: ['par mois', 'essai gratuit', 'le premier mois'],
      es: ['al mes', 'prueba gratis', 'el primer mes'],
      it: ['al mese', 'prova gratuita', 'il primo mese'],
      pt: ['por mês', 'teste grátis', 'o primeiro mês'],
      nl: ['per maand', 'gratis proberen', 'de eerste maand'],
      ru: ['в месяц', 'бесплатный период', 'первый месяц'],
    },
  },
]
