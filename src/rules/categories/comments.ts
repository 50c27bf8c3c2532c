import type {PhraseRule} from '../types.js'

// Comment prompts and comment sections. A comments heading after the article opens a
// section that runs to the end of the body: comments are prose, but not the article.
export const comments: readonly PhraseRule[] = [
  {
    id: 'comments/heading',
    category: 'comments',
    placement: 'whole',
    scope: 'section-end',
    maxWords: 8,
    reason: 'heading of the comment section',
    fixture: 'comments--section',
    // Removed: 'discussion', 'conversation', 'responses', 'reply' as headings: papers and
    // interviews use them as in-article subheadings (comments--false-positive-prose).
    phrases: {
      en: ['comments', 'comment', 'leave a comment', 'leave a reply', 'add a comment', 'post a comment',
        'join the discussion', 'show comments', 'view comments', 'load comments', 'reader comments',
        'responses to', 'what do you think', 'have your say', 'comments for this thread are now closed', 'comments are closed', 'view discussion', 'see comments'],
      de: ['kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben', 'leserkommentare'],
      fr: ['commentaires', 'commentaire', 'laisser un commentaire', 'réagir', 'réactions'],
      es: ['comentarios', 'comentario', 'deja un comentario', 'deja una respuesta', 'comenta'],
      it: ['commenti', 'commento', 'lascia un commento', 'lascia un commento'],
      pt: ['comentários', 'comentário', 'deixe um comentário', 'deixe seu comentário', 'comente'],
      nl: ['reacties', 'reactie', 'laat een reactie achter', 'reageer'],
      ru: ['комментарии', 'комментарий', 'оставить комментарий'],
    },
  },
  {
    id: 'comments/count-heading',
    category: 'comments',
    placement: 'prefix',
    scope: 'section-end',
    maxWords: 24,
    labelOnly: true,
    reason: 'comment-count heading ("34 responses to …")',
    fixture: 'comments--section',
    // Matched after a leading count is dropped (see match.ts).
    phrases: {
      en: ['responses to', 'thoughts on', 'comments on', 'replies to', 'comments to', 'reactions to'],
      de: ['kommentare zu', 'antworten auf', 'gedanken zu'],
      fr: ['commentaires sur', 'réponses à', 'réflexions sur'],
      es: ['comentarios en', 'respuestas a', 'comentarios sobre'],
      it: ['commenti su', 'risposte a'],
      pt: ['comentários em', 'respostas para', 'comentários sobre'],
      nl: ['reacties op', 'gedachten over'],
      ru: ['комментариев к', 'комментария к', 'ответов на'],
    },
  },
  {
    id: 'comments/author',
    category: 'comments',
    placement: 'suffix',
    maxWords: 6,
    reason: 'comment author line',
    fixture: 'comments--section',
    phrases: {en: [' says:', ' wrote:', ' replied:'], de: [' sagt:', ' schreibt:'], fr: [' dit:', ' a écrit:'],
      es: [' dice:', ' escribió:'], it: [' dice:', ' ha scritto:'], pt: [' disse:', ' diz:', ' escreveu:'],
      nl: [' zegt:', ' schreef:'], ru: [' пишет:', ' написал:']},
  },
  {
    id: 'comments/prompt',
    category: 'comments',
    placement: 'contains',
    maxWords: 40,
    reason: 'comment-form prompt or policy',
    fixture: 'comments--section',
    phrases: {
      en: ['you must be logged in to post a comment', 'your email address will not be published',
        'required fields are marked', 'comments are moderated', 'comment policy', 'be the first to comment',
        'notify me of', 'sign in to comment', 'log in to comment', 'comments have been closed', 'comments are closed',
        'commenting is closed', 'community guidelines', 'responses to', 'show comments'],
      de: ['ihre e-mail-adresse wird nicht veröffentlicht', 'kommentare sind geschlossen', 'netiquette'],
      fr: ['votre adresse e-mail ne sera pas publiée', 'les commentaires sont fermés'],
      es: ['tu dirección de correo electrónico no será publicada', 'los comentarios están cerrados'],
      it: ['il tuo indirizzo email non sarà pubblicato', 'i commenti sono chiusi'],
      pt: ['o seu endereço de email não será publicado', 'seu e-mail não será publicado', 'comentários encerrados',
        'não serão aprovados'],
      nl: ['je e-mailadres wordt niet gepubliceerd', 'reacties zijn gesloten'],
      ru: ['ваш адрес email не будет опубликован', 'комментарии закрыты'],
    },
  },
]
