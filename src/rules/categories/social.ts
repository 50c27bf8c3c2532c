import type {PhraseRule} from '../types.js'

const PLATFORMS = ['facebook', 'twitter', 'instagram', 'telegram', 'whatsapp', 'linkedin', 'youtube', 'tiktok',
  'pinterest', 'reddit', 'snapchat', 'mastodon', 'threads', 'bluesky', 'vk', 'вконтакте', 'одноклассники',
  'flipboard', 'google news', 'x.com', 'rss',
  // As sites in other scripts write them (folded: see fold.ts).
  'فيسبوك', 'فيس بوك', 'تويتر', 'تلغرام', 'تيليجرام', 'يوتيوب', 'واتساب', 'انستغرام', 'تلگرام', 'اینستاگرام', 'پیام رسان',
  'פייסבוק', 'טוויטר', 'טלגרם', 'יוטיוב', 'וואטסאפ', 'फेसबुक', 'ट्विटर', 'यूट्यूब', 'व्हाट्सऐप', 'व्हाट्सएप', 'टेलीग्राम',
  '微信', '微博', '脸书', '臉書', 'ライン', 'フェイスブック', 'ユーチューブ', '카카오톡', '카카오', '페이스북',
  '유튜브', '텔레그램', 'ไลน์', 'เฟซบุ๊ก', 'ยูทูบ']

// Share, follow and community plugs.
export const social: readonly PhraseRule[] = [
  {
    id: 'social/widget',
    category: 'social',
    placement: 'whole',
    maxWords: 6,
    reason: 'share or follow widget',
    fixture: 'social--share-follow',
    phrases: {
      en: ['share', 'share this', 'share this article', 'share this story', 'share this post', 'share on facebook',
        'share on twitter', 'share on linkedin', 'share via email', 'share via', 'tweet', 'tweet this', 'pin it',
        'email', 'print', 'copy link', 'copy the link', 'link copied', 'follow us', 'follow', 'like', 'facebook',
        'twitter', 'instagram', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'youtube', 'telegram', 'tiktok',
        'facebook twitter', 'facebook twitter email', 'facebook twitter print email', 'shares', 'save', 'save article',
        'share article', 'share story', 'share full article', 'flipboard', 'messenger', 'sms', 'more sharing options',
        'connect with us', 'stay connected', 'follow us on', 'gift this article', 'share page'],
      de: ['teilen', 'artikel teilen', 'drucken', 'folgen sie uns', 'per e-mail teilen', 'link kopieren', 'merken'],
      fr: ['partager', 'partager cet article', 'imprimer', 'suivez-nous', 'copier le lien', 'envoyer par e-mail'],
      es: ['compartir', 'comparte', 'compartir en facebook', 'síguenos', 'imprimir', 'copiar enlace'],
      it: ['condividi', 'condividi su facebook', 'seguici', 'stampa', 'copia link'],
      pt: ['compartilhe', 'compartilhar', 'partilhar', 'siga-nos', 'imprimir', 'copiar link'],
      nl: ['delen', 'deel dit artikel', 'volg ons', 'printen', 'kopieer link'],
      ru: ['поделиться', 'поделитесь', 'подписывайтесь', 'печать', 'скопировать ссылку'],
    },
  },
  {
    id: 'social/share-prompt',
    category: 'social',
    placement: 'contains',
    maxWords: 14,
    reason: 'share or follow prompt',
    fixture: 'social--share-follow',
    phrases: {
      en: ['click to share', 'share on', 'opens in new window', 'follow us on', 'like us on', 'share this article',
        'share this story', 'share your thoughts', 'join the conversation', 'follow the author', 'follow @',
        'email this to a friend', 'click to email', 'click to print'],
      de: ['folgen sie uns', 'teilen sie', 'auf facebook teilen'],
      fr: ['suivez-nous sur', 'partager sur'],
      es: ['síguenos en', 'compartir en'],
      it: ['seguici su', 'condividi su'],
      pt: ['siga-nos no', 'compartilhe no', 'siga o', 'nos siga'],
      nl: ['volg ons op', 'deel op'],
      ru: ['подписывайтесь на нас', 'поделиться в'],
    },
  },
  {
    id: 'social/community-plug',
    category: 'social',
    placement: 'contains',
    maxWords: 60,
    reason: 'plug for the site\'s social-media group or channel',
    fixture: 'social--community-plug',
    // A platform name and a call to join or follow: two independent signals, so the rule
    // may fire on a long line (a plug written as a sentence) without catching prose about
    // social media, which names platforms but does not tell the reader to join.
    alsoContains: PLATFORMS,
    phrases: {
      en: ['join here', 'join us', 'join our', 'follow us', 'like us', 'follow our', 'subscribe to our channel',
        'join the group', 'join the conversation on', 'find us on', 'connect with us'],
      de: ['folgen sie uns', 'werden sie mitglied', 'treten sie', 'jetzt beitreten'],
      fr: ['rejoignez-nous', 'rejoignez notre', 'suivez-nous'],
      es: ['únete a', 'síguenos'],
      it: ['unisciti', 'seguici'],
      pt: ['junte-se', 'siga-nos', 'participe do nosso'],
      nl: ['word lid', 'volg ons'],
      ru: ['подписывайтесь на наш', 'присоединяйтесь'],
    },
  },
]
