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
      en: ['subscribe to continue', 'subscribe to read', 'subscribers only', 'for subscribers', 'to continue reading',
        'already a subscriber', 'already have an account', 'start your free trial', 'start a free trial', 'free trial',
        'unlimited access', 'unlimited digital access', 'become a member', 'become a subscriber',
        'support our journalism', 'support independent journalism', 'you have reached your', 'free articles remaining',
        'free articles left', 'article limit', 'log in to continue', 'sign in to continue', 'create a free account',
        'premium content', 'exclusive to subscribers', 'subscribe now', 'subscribe today', 'digital subscription',
        'subscription required', 'this content is for subscribers', 'cancel anytime', 'per month', '/month',
        'a month for', 'per week for', 'register to continue', 'make a contribution', 'support us'],
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
]
