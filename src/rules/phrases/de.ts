import type {PhraseTable} from '../catalogue.js'

/** German: phrases German news sites print. Folded: lower case, NFKC, straight quotes. */
export const de: PhraseTable = {
  'teaser/read-more': [
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema:', 'auch interessant:', 'lesen sie hier',
    'lesen sie dazu', 'siehe auch:', 'weiterlesen', 'das könnte sie auch interessieren:', 'zum thema:',
    'lesetipp:', 'mehr dazu:',
    'das könnte dich auch interessieren:', 'das thema könnte sie auch interessieren', 'das thema könnte dich auch interessieren', 'lies auch:',
  ],
  'podcast/listen-on': [
    'podcast abonnieren', 'jetzt anhören', 'hier anhören', 'überall, wo es podcasts gibt', 'artikel anhören',
    'diesen artikel anhören',
  ],
  'podcast/listen-prefix': [
    'hören sie', 'podcast:',
  ],
  'newsletter/heading': [
    'newsletter', 'newsletter abonnieren', 'jetzt abonnieren', 'jetzt anmelden', 'anmelden',
    'e-mail-adresse',
  ],
  'newsletter/prompt': [
    'newsletter abonnieren', 'melden sie sich', 'zum newsletter anmelden', 'in ihr postfach',
    'abonnieren sie unseren', 'jederzeit abbestellen',
    'mit unserem newsletter', 'unseren newsletter',
  ],
  'social/widget': [
    'teilen', 'artikel teilen', 'drucken', 'folgen sie uns', 'per e-mail teilen', 'link kopieren', 'merken',
    'war der artikel hilfreich?', 'war dieser artikel hilfreich?', 'war der artikel nützlich?', 'artikel bewerten', 'beitrag bewerten', 'bewerten:', 'noch keine bewertungen', 'teilen mit:',
  ],
  'social/share-prompt': [
    'folgen sie uns', 'teilen sie', 'auf facebook teilen',
    'möchten sie den artikel teilen', 'den artikel mit anderen teilen', 'diesen artikel teilen', 'beitrag teilen', 'teile diesen beitrag', 'bloggern gefällt das', 'diese seite teilen',
  ],
  'social/community-plug': [
    'folgen sie uns', 'werden sie mitglied', 'treten sie', 'jetzt beitreten',
  ],
  'caption/label': [
    'foto:', 'bild:', 'bildquelle:', 'quelle: getty', 'bildunterschrift', 'fotos:', 'archivbild',
    'titelbild:', 'beitragsbild:', 'symbolbild:', 'abbildung:',
  ],
  'caption/credit-suffix': [
    'foto: dpa', 'foto: imago', '/dpa', '/ dpa', 'bild: imago', 'foto:', 'bild:', 'archivbild',
  ],
  'cookie/notice': [
    'wir verwenden cookies', 'diese website verwendet cookies', 'cookie-einstellungen',
    'cookies akzeptieren', 'alle akzeptieren', 'datenschutzeinstellungen', 'einwilligung',
  ],
  'paywall/prompt': [
    'jetzt abonnieren', 'abo abschließen', 'weiterlesen mit', 'für abonnenten', 'plus-artikel',
    'jetzt testen', 'bereits abonnent', 'monatlich kündbar',
    'jede kleine spende', 'jede spende hilft', 'unterstützen sie unsere arbeit', 'unterstützen sie unseren journalismus',
  ],
  'paywall/offer': [
    'pro monat', 'probeabo', 'jetzt abonnieren', 'im ersten monat',
  ],
  'comments/heading': [
    'kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben', 'leserkommentare',
    'schreibe einen kommentar', 'kommentare schreiben', 'keine kommentare', 'kommentieren sie', 'kommentar verfassen', 'hinterlasse einen kommentar', 'einen kommentar schreiben', 'kommentare anzeigen',
  ],
  'comments/count-heading': [
    'kommentare zu', 'antworten auf', 'gedanken zu',
    'kommentare insgesamt',
  ],
  'comments/author': [
    ' sagt:', ' schreibt:',
  ],
  'comments/prompt': [
    'ihre e-mail-adresse wird nicht veröffentlicht', 'kommentare sind geschlossen', 'netiquette',
  ],
  'related/heading': [
    'ähnliche artikel', 'verwandte artikel', 'mehr zum thema', 'meistgelesen', 'meistgelesene artikel',
    'das könnte sie auch interessieren', 'das könnte sie interessieren', 'weitere artikel',
    'weitere nachrichten', 'empfehlungen', 'top-themen', 'beliebt', 'am meisten gelesen', 'auch interessant',
    'mehr aus dem ressort',
    'ähnliche beiträge', 'verwandte beiträge', 'empfohlene beiträge', 'weitere beiträge', 'beliebte beiträge', 'neueste beiträge', 'das könnte dich auch interessieren', 'heute empfehlen wir', 'weiterführende informationen', 'weiterführende links', 'passend zum thema',
    'neueste artikel', 'aktuelle artikel', 'weitere artikel zum thema', 'weitere pressemitteilungen', 'schon gelesen', 'kommende veranstaltungen', 'kommende events',
  ],
  'related/heading-prefix': [
    'mehr aus', 'mehr zu', 'mehr von', 'meistgelesen in',
  ],
  'advert/label': [
    'anzeige', 'werbung', 'gesponsert', 'sponsored', 'artikel wird unter der anzeige fortgesetzt',
  ],
  'player/control': [
    'schließen', 'abspielen', 'video abspielen', 'stummschalten', 'vollbild', 'wird geladen',
  ],
  'navigation/control': [
    'startseite', 'zur startseite', 'zum inhalt springen', 'suche', 'suchen', 'anmelden', 'abmelden',
    'nach oben', 'zurück', 'weiter', 'mehr', 'alle artikel', 'übersicht', 'ressorts', 'menü',
  ],
  'footer/disclaimer': [
    'enthält affiliate-links', 'sogenannte affiliate-links', 'erhalten wir eine provision', 'erhalten wir ggf. eine provision',
    'stellt keine anlageberatung dar', 'stellt keine rechtsberatung dar', 'dient ausschließlich informationszwecken',
    'nur zu informationszwecken', 'sind eingetragene marken', 'ist eine eingetragene marke', 'ich willige ein',
  ],
  'footer/legal': [
    'alle rechte vorbehalten', 'impressum', 'datenschutz', 'nutzungsbedingungen', 'kontakt',
    'alle angaben ohne gewähr', 'gibt die meinung des autors wieder', 'sofern nicht anders angegeben', 'sofern nicht anders ausgewiesen', 'für links auf dieser seite',
  ],
  'footer/source': [
    'quelle:', 'quellen:', 'schlagworte:', 'themen:', 'stichworte:',
    'kategorie:', 'kategorien:', 'tags:', 'quellenangaben:', 'schlagwörter:',
  ],
  'masthead/byline': [
    'von ', 'veröffentlicht', 'aktualisiert', 'erstellt', 'stand:',
    'letzte änderung', 'zuletzt aktualisiert', 'veröffentlicht am',
  ],
}
