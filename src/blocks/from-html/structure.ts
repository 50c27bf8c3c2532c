// The structure of HTML the walk needs: which elements are never visible and which start a block.

/** Elements whose content is never visible text. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'svg', 'math',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'area',
  'datalist', 'select', 'option', 'optgroup', 'input', 'textarea', 'param', 'dialog',
  // A ruby's reading and its fallback brackets (子<rt>こ</rt>ども) spell how the text is read, not the text.
  'rt', 'rp',
])

/** Elements that start a new block (CSS display other than inline, per the HTML rendering section). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'xmp',
  'button', 'picture', 'br',
])
