import type {PhraseRule} from '../types.js'

// Menus, skip links, breadcrumbs, pagers.
export const navigation: readonly PhraseRule[] = [
  {
    id: 'navigation/control',
    category: 'navigation',
    placement: 'whole',
    maxWords: 5,
    reason: 'navigation link or control',
    fixture: 'navigation--menu',
    phrases: {
      en: ['skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'jump to content',
        'home', 'homepage', 'menu', 'main menu', 'open menu', 'close menu', 'toggle navigation', 'navigation',
        'search', 'search for', 'search this site', 'sign in', 'log in', 'login', 'log out', 'register', 'my account',
        'account', 'back to top', 'go to top', 'previous post', 'next post', 'previous article', 'next article',
        'previous', 'next', 'prev', 'older posts', 'newer posts', 'load more', 'show more', 'view all', 'see all',
        'see more', 'more', 'sections', 'all sections', 'topics', 'all topics', 'categories', 'archives', 'archive',
        'you are here', 'breadcrumb', 'go', 'submit', 'back', 'edition', 'select edition', 'language',
        'filtered articles', 'top', 'continue', 'expand', 'collapse', 'sitemap', 'a-z', 'index'],
      de: ['startseite', 'zur startseite', 'zum inhalt springen', 'suche', 'suchen', 'anmelden', 'abmelden',
        'nach oben', 'zurück', 'weiter', 'mehr', 'alle artikel', 'übersicht', 'ressorts', 'menü'],
      fr: ['accueil', 'aller au contenu', 'rechercher', 'recherche', 'connexion', 'se connecter', 'retour en haut',
        'précédent', 'suivant', 'plus', 'menu', 'rubriques'],
      es: ['inicio', 'portada', 'ir al contenido', 'buscar', 'búsqueda', 'iniciar sesión', 'volver arriba',
        'anterior', 'siguiente', 'más', 'menú', 'secciones'],
      it: ['home page', 'vai al contenuto', 'cerca', 'accedi', 'torna su', 'precedente', 'successivo', 'altro',
        'sezioni'],
      pt: ['início', 'página inicial', 'ir para o conteúdo', 'buscar', 'pesquisar', 'entrar', 'voltar ao topo',
        'anterior', 'próximo', 'mais', 'seções', 'secções'],
      nl: ['startpagina', 'naar inhoud', 'zoeken', 'inloggen', 'terug naar boven', 'vorige', 'volgende', 'meer',
        'rubrieken'],
      ru: ['главная', 'на главную', 'поиск', 'войти', 'вход', 'наверх', 'назад', 'далее', 'ещё', 'еще', 'меню',
        'разделы', 'все новости', 'регистрация'],
    },
  },
]
