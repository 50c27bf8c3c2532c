import type {PhraseRule} from '../types.js'

// Inline teasers: a pointer to another article set inside the body.
export const teaser: readonly PhraseRule[] = [
  {
    id: 'teaser/read-more',
    category: 'teaser',
    placement: 'prefix',
    maxWords: 40,
    reason: 'inline teaser linking to another article',
    fixture: 'teaser--read-more',
    phrases: {
      en: ['read more:', 'read more -', 'read more >', 'read more »', 'read more ›', 'read more |', 'read more about',
        'read also:', 'also read:', 'see also:', 'related:', 'related article:', 'related story:', 'read:', 'more:',
        'recommended:', 'watch:', 'watch now:', 'video:', 'listen:', 'click here to', 'read the full story',
        'continue reading', 'read the latest', 'don\'t miss:', 'must read:', 'trending:', 'editor\'s pick:', 'opinion:',
        'explainer:', 'live:', 'more:', 'previously:', 'in pictures:', 'read next:', 'up next:'],
      de: ['lesen sie auch', 'lesen sie mehr', 'mehr zum thema:', 'auch interessant:', 'lesen sie hier', 'lesen sie dazu',
        'siehe auch:', 'weiterlesen', 'das könnte sie auch interessieren:', 'zum thema:', 'lesetipp:', 'mehr dazu:'],
      fr: ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi',
        'lire la suite', 'découvrir aussi', 'sur le même sujet:', 'à lire:', 'lire:', 'à découvrir:'],
      es: ['lea también', 'lee también', 'leer más', 'te puede interesar:', 'también puedes leer', 'ver también',
        'más información:', 'relacionado:', 'lea además', 'puedes leer:', 'sigue leyendo', 'leer también'],
      it: ['leggi anche', 'leggi altro', 'potrebbe interessarti:', 'vedi anche', 'approfondisci:', 'per saperne di più',
        'continua a leggere', 'leggi di più', 'leggi:'],
      pt: ['leia também', 'leia mais', 'veja também', 'saiba mais:', 'confira:', 'veja mais', 'leia:', 'continue lendo',
        'relacionado:', 'veja:'],
      nl: ['lees ook', 'lees meer', 'lees verder', 'zie ook', 'meer lezen', 'bekijk ook', 'lees hier'],
      ru: ['читайте также', 'читайте еще', 'читайте ещё', 'читать далее', 'смотрите также', 'подробнее:', 'по теме:',
        'читать также', 'читайте:', 'подробнее читайте'],
    },
  },
  {
    id: 'teaser/tagged',
    category: 'teaser',
    placement: 'contains',
    maxWords: 30,
    reason: 'headline tagged as a link to another article',
    fixture: 'teaser--read-more',
    // Tabloid inline links: "Headline here [VIDEO]", "… [INSIGHT]", "… [REVEALED]".
    phrases: {
      en: ['[video]', '[insight]', '[revealed]', '[latest]', '[analysis]', '[picture]', '[pictures]', '[photos]',
        '[poll]', '[live]', '[explained]', '[report]', '[update]', '[comment]', '[gallery]'],
    },
  },
]
