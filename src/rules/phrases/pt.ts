import type {PhraseTable} from '../catalogue.js'

/** Portuguese: phrases Portuguese news sites print. Folded: lower case, NFKC, straight quotes. */
export const pt: PhraseTable = {
  'teaser/read-more': [
    'leia também', 'leia mais', 'veja também', 'saiba mais:', 'confira:', 'veja mais', 'leia:',
    'continue lendo', 'relacionado:', 'veja:',
  ],
  'podcast/listen-on': [
    'ouça o podcast', 'ouvir o podcast', 'ouça este artigo', 'assine o podcast',
  ],
  'podcast/listen-prefix': [
    'ouça', 'podcast:',
  ],
  'newsletter/heading': [
    'newsletter', 'assine', 'inscreva-se', 'cadastre-se', 'seu e-mail', 'assine a newsletter',
  ],
  'newsletter/prompt': [
    'assine nossa newsletter', 'assine a nossa newsletter', 'inscreva-se na nossa', 'no seu e-mail',
    'receba nossa newsletter', 'na sua caixa de entrada',
  ],
  'social/widget': [
    'compartilhe', 'compartilhar', 'partilhar', 'siga-nos', 'imprimir', 'copiar link',
  ],
  'social/share-prompt': [
    'siga-nos no', 'compartilhe no', 'siga o', 'nos siga',
  ],
  'social/community-plug': [
    'junte-se', 'siga-nos', 'participe do nosso',
    'siga o', 'nosso canal', 'entre no canal', 'participe do canal',
  ],
  'caption/label': [
    'foto:', 'imagem:', 'legenda:', 'crédito:',
  ],
  'caption/credit-suffix': [
    'foto:', 'divulgação', 'reprodução', '/ divulgação',
  ],
  'cookie/notice': [
    'utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'política de cookies',
    'aceitar cookies', 'aceitar todos',
  ],
  'paywall/prompt': [
    'exclusivo para assinantes', 'assine para', 'já é assinante', 'para continuar lendo', 'assine já',
  ],
  'paywall/offer': [
    'por mês', 'teste grátis', 'o primeiro mês',
  ],
  'comments/heading': [
    'comentários', 'comentário', 'deixe um comentário', 'deixe seu comentário', 'comente',
  ],
  'comments/count-heading': [
    'comentários em', 'respostas para', 'comentários sobre',
  ],
  'comments/author': [
    ' disse:', ' diz:', ' escreveu:',
  ],
  'comments/prompt': [
    'o seu endereço de email não será publicado', 'seu e-mail não será publicado', 'comentários encerrados',
    'não serão aprovados',
  ],
  'related/heading': [
    'notícias relacionadas', 'leia também', 'mais lidas', 'mais lidas', 'veja também',
    'você também pode gostar', 'relacionadas', 'artigos relacionados', 'mais notícias', 'saiba mais',
    'leia mais', 'recomendados',
    'você pode gostar',
  ],
  'related/heading-prefix': [
    'mais de', 'mais sobre', 'mais lidas em',
  ],
  'advert/label': [
    'publicidade', 'patrocinado', 'conteúdo patrocinado', 'continua após a publicidade',
  ],
  'player/control': [
    'fechar', 'reproduzir', 'assistir', 'tela cheia', 'carregando',
  ],
  'navigation/control': [
    'início', 'página inicial', 'ir para o conteúdo', 'buscar', 'pesquisar', 'entrar', 'voltar ao topo',
    'anterior', 'próximo', 'mais', 'seções', 'secções',
  ],
  'footer/disclaimer': [
    'contém links de afiliados', 'links de afiliado', 'podemos receber uma comissão', 'recebemos uma comissão',
    'apenas para fins informativos', 'para fins meramente informativos', 'não constitui aconselhamento',
    'são marcas registradas', 'é uma marca registrada', 'concordo em receber',
  ],
  'footer/legal': [
    'todos os direitos reservados', 'política de privacidade', 'termos de uso', 'fale conosco', 'contato',
  ],
  'footer/source': [
    'fonte:', 'fontes:', 'tags:', 'temas:', 'assuntos:',
  ],
  'masthead/byline': [
    'por ', 'publicado', 'atualizado',
  ],
}
