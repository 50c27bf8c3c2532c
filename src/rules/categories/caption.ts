import type {PhraseRule} from '../types.js'

// Image captions and photo credits. Credits sit at the start or the end of a caption.
export const caption: readonly PhraseRule[] = [
  {
    id: 'caption/label',
    category: 'caption',
    placement: 'prefix',
    maxWords: 60,
    reason: 'image caption or photo credit',
    fixture: 'caption--credit',
    phrases: {
      en: ['image caption', 'media caption', 'image copyright', 'image source', 'photo:', 'photos:', 'photograph:',
        'picture:', 'pictured:', 'pic:', 'image:', 'caption:', 'credit:', 'photo credit', 'photo by ', 'photograph by',
        'file photo', 'file picture', 'illustration:', 'video caption', 'getty images', 'image 1 of', 'image 2 of',
        'image 3 of', 'image 4 of', 'image 5 of', 'photo 1 of', 'gallery:'],
      de: ['foto:', 'bild:', 'bildquelle:', 'quelle: getty', 'bildunterschrift', 'fotos:', 'archivbild'],
      fr: ['photo:', 'crédit photo', 'crédits photo', 'légende:', 'illustration:'],
      es: ['foto:', 'imagen:', 'fotografía:', 'pie de foto', 'crédito:'],
      it: ['foto:', 'immagine:', 'credito foto'],
      pt: ['foto:', 'imagem:', 'legenda:', 'crédito:'],
      nl: ['foto:', 'beeld:', 'afbeelding:'],
      ru: ['фото:', 'фото ', 'иллюстрация:', 'изображение:'],
    },
  },
  {
    id: 'caption/credit-suffix',
    category: 'caption',
    placement: 'suffix',
    maxWords: 60,
    reason: 'caption ending in a photo credit',
    fixture: 'caption--credit',
    phrases: {
      en: ['file pic', 'file photo', 'file picture', '(image:', '(photo:', '(picture:', '(pic:', '(credit:', 'credit:',
        'photo credit:', 'getty images', '(getty)', 'via getty', '/ getty', 'afp via getty', '/afp', '/ afp', 'ap photo',
        '/reuters', '/ reuters', 'reuters/', 'shutterstock', 'photo: reuters', 'photo: ap', 'photograph:', 'picture: pa',
        '(photo by', 'epa-efe', '/ epa', '/epa', 'alamy', 'istock', 'image: getty', 'pa wire', 'pa media', 'photo: pa',
        '(image credit:', 'image credit:', 'handout', 'photo illustration'],
      de: ['foto: dpa', 'foto: imago', '/dpa', '/ dpa', 'bild: imago', 'foto:', 'bild:', 'archivbild'],
      fr: ['photo afp', 'photo:', 'crédit photo'],
      es: ['foto: efe', '/efe', 'foto:', 'efe/'],
      it: ['foto ansa', '/ansa', 'foto:'],
      pt: ['foto:', 'divulgação', 'reprodução', '/ divulgação'],
      nl: ['foto anp', 'foto:', 'beeld anp', 'beeld:'],
      ru: ['фото:', '/ тасс', 'риа новости', 'фото тасс', 'личный архив'],
    },
  },
]
