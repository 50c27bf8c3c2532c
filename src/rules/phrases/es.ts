import type {PhraseTable} from '../catalogue.js'

/** Spanish: phrases Spanish news sites print. Folded: lower case, NFKC, straight quotes. */
export const es: PhraseTable = {
  'teaser/read-more': [
    'lea también', 'lee también', 'leer más', 'te puede interesar:', 'también puedes leer', 'ver también',
    'más información:', 'relacionado:', 'lea además', 'puedes leer:', 'sigue leyendo', 'leer también',
    'puedes ver:', 'te puede interesar', 'mira también:', 'lee más:', 'también lee:', 'lea más:',
  ],
  'podcast/listen-on': [
    'escucha el podcast', 'escuchar el podcast', 'suscríbete al podcast', 'escucha este artículo',
  ],
  'podcast/listen-prefix': [
    'escucha', 'podcast:',
  ],
  'newsletter/heading': [
    'newsletter', 'boletín', 'suscríbete', 'regístrate', 'suscribirse', 'tu correo electrónico',
  ],
  'newsletter/prompt': [
    'suscríbete a nuestro', 'suscríbase a nuestro', 'en tu bandeja de entrada', 'en tu correo',
    'recibe nuestro boletín', 'date de baja',
  ],
  'social/widget': [
    'compartir', 'comparte', 'compartir en facebook', 'síguenos', 'imprimir', 'copiar enlace',
  ],
  'social/share-prompt': [
    'síguenos en', 'compartir en',
  ],
  'social/community-plug': [
    'únete a', 'síguenos',
    'siguenos', 'síguenos en', 'únete', 'nuestro canal', 'tenemos canal',
  ],
  'caption/label': [
    'foto:', 'imagen:', 'fotografía:', 'pie de foto', 'crédito:',
  ],
  'caption/credit-suffix': [
    'foto: efe', '/efe', 'foto:', 'efe/',
  ],
  'cookie/notice': [
    'utilizamos cookies', 'usamos cookies', 'este sitio utiliza cookies', 'política de cookies',
    'aceptar cookies', 'aceptar todas', 'configuración de cookies',
  ],
  'paywall/prompt': [
    'exclusivo para suscriptores', 'suscríbete para', 'ya eres suscriptor', 'hazte socio',
    'para seguir leyendo',
  ],
  'paywall/offer': [
    'al mes', 'prueba gratis', 'el primer mes',
    'hazte miembro', 'hazte socio', 'beneficios exclusivos', 'cancela cuando quieras', 'cancela en cualquier momento',
  ],
  'comments/heading': [
    'comentarios', 'comentario', 'deja un comentario', 'deja una respuesta', 'comenta',
  ],
  'comments/count-heading': [
    'comentarios en', 'respuestas a', 'comentarios sobre',
  ],
  'comments/author': [
    ' dice:', ' escribió:',
  ],
  'comments/prompt': [
    'tu dirección de correo electrónico no será publicada', 'los comentarios están cerrados',
  ],
  'related/heading': [
    'noticias relacionadas', 'artículos relacionados', 'lo más leído', 'lo más visto', 'te puede interesar',
    'te puede interesar', 'también te puede interesar', 'más noticias', 'relacionados', 'relacionado',
    'te recomendamos', 'lo más popular', 'contenido relacionado', 'más leídas',
    'temas relacionados',
  ],
  'related/heading-prefix': [
    'más de', 'más sobre', 'lo más leído en',
  ],
  'advert/label': [
    'publicidad', 'patrocinado', 'contenido patrocinado', 'sigue leyendo debajo',
  ],
  'player/control': [
    'cerrar', 'reproducir', 'ver video', 'ver vídeo', 'pantalla completa', 'cargando',
  ],
  'navigation/control': [
    'inicio', 'portada', 'ir al contenido', 'buscar', 'búsqueda', 'iniciar sesión', 'volver arriba',
    'anterior', 'siguiente', 'más', 'menú', 'secciones',
  ],
  'footer/disclaimer': [
    'contiene enlaces de afiliados', 'enlaces de afiliado', 'podemos recibir una comisión', 'recibimos una comisión',
    'únicamente con fines informativos', 'solo con fines informativos', 'no constituye asesoramiento',
    'son marcas registradas de', 'es una marca registrada de', 'acepto recibir',
  ],
  'footer/legal': [
    'todos los derechos reservados', 'aviso legal', 'política de privacidad', 'términos y condiciones',
    'contacto',
  ],
  'footer/source': [
    'fuente:', 'fuentes:', 'etiquetas:', 'temas:',
  ],
  'masthead/byline': [
    'por ', 'publicado', 'actualizado',
  ],
}
