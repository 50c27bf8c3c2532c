import type {Element, ElementContent, Root, RootContent} from 'hast'

/**
 * Markdown (CommonMark, GFM tables and strikethrough) of the sanitized article
 * tree the HTML output prints: headings (ATX `#`), paragraphs, `-` and `1.`
 * lists, `>` quotes, fenced code, pipe tables, links, images, `*emphasis*`,
 * `**strong**`, `` `code` `` and hard breaks. Text that Markdown would read as
 * syntax is backslash-escaped, so the Markdown reads back to the same text.
 *
 * Written here rather than with hast-util-to-mdast and mdast-util-to-markdown:
 * on the AEB pages those two cost 27 ms a page (a third of the HTML mode's own
 * time) for a tree that only ever holds the handful of elements listed above.
 */
export function renderMarkdown(tree: Root): string {
  const blocks: string[] = []
  for (const node of tree.children) {
    if (node.type !== 'element') continue
    const block = renderBlock(node)
    if (block) blocks.push(block)
  }
  return blocks.join('\n\n')
}

/** Text mode: each kept line a paragraph, the headline (when one was kept) a level-1 heading. */
export function linesTree(lines: readonly string[], headline: number): Root {
  const children: Element[] = lines.map((text, i) => ({
    type: 'element',
    tagName: i === headline ? 'h1' : 'p',
    properties: {},
    children: [{type: 'text', value: text.trim()}],
  }))
  return {type: 'root', children}
}

function renderBlock(node: Element): string {
  const tag = node.tagName
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = oneLine(inline(node.children))
      return text ? `${'#'.repeat(+tag[1])} ${text}` : ''
    }
    case 'ul': case 'ol': {
      const items: string[] = []
      let n = 0
      for (const child of node.children) {
        if (child.type !== 'element' || child.tagName !== 'li') continue
        const text = inline(child.children).trim()
        if (!text) continue
        const marker = tag === 'ol' ? `${++n}. ` : '- '
        items.push(marker + text.replaceAll('\n', '\n' + ' '.repeat(marker.length)))
      }
      return items.join('\n')
    }
    case 'blockquote': {
      const text = inline(node.children).trim()
      return text ? '> ' + text.replaceAll('\n', '\n> ') : ''
    }
    case 'pre': {
      const code = trimNewlines(plainText(node))
      if (!code.trim()) return ''
      // A fence longer than any backtick run inside.
      const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
      const fence = '`'.repeat(Math.max(3, longest + 1))
      return `${fence}\n${code}\n${fence}`
    }
    case 'table':
      return renderTable(node)
    default: {
      // p, figcaption and anything else block-level: a paragraph.
      return inline(node.children).trim()
    }
  }
}

function renderTable(table: Element): string {
  const rows: string[][] = []
  for (const row of table.children) {
    if (row.type !== 'element' || row.tagName !== 'tr') continue
    const cells = row.children
      .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      .map((c) => oneLine(inline(c.children)))
    if (cells.length > 0) rows.push(cells)
  }
  if (rows.length === 0) return ''
  const width = Math.max(...rows.map((r) => r.length))
  const line = (cells: string[]) => `| ${Array.from({length: width}, (_, i) => cells[i] ?? '').join(' | ')} |`
  // GFM needs a header row: the first row is it.
  return [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n')
}

/** Headings and table cells hold one line: breaks become spaces. */
function oneLine(text: string): string {
  return text.replaceAll('\\\n', '\n').split('\n').map((line) => line.trim()).filter(Boolean).join(' ')
}

/** Inline content as Markdown; whitespace collapsed as a browser renders it. */
function inline(children: readonly ElementContent[]): string {
  let out = ''
  for (const child of children) {
    if (child.type === 'text') out += escapeText(child.value.replace(/[ \t\n\f\r]+/g, ' '))
    else if (child.type === 'element') out += inlineElement(child)
  }
  // No spaces before a line break (the last line's trailing space may separate it from what follows).
  const lines = out.replace(/ {2,}/g, ' ').split('\n')
  return escapeLineStarts(lines.map((line, i) => (i < lines.length - 1 ? line.trimEnd() : line)).join('\n'))
}

function inlineElement(node: Element): string {
  switch (node.tagName) {
    case 'br':
      return '\\\n'
    case 'em': case 'i':
      return wrap(inline(node.children), '*')
    case 'strong': case 'b':
      return wrap(inline(node.children), '**')
    case 'del': case 's':
      return wrap(inline(node.children), '~~')
    case 'code': case 'kbd': case 'samp':
      return codeSpan(plainText(node))
    case 'a': {
      const text = inline(node.children).trim()
      const href = typeof node.properties.href === 'string' ? node.properties.href : ''
      if (!text) return ''
      if (!href) return text
      const title = typeof node.properties.title === 'string' && node.properties.title ? ` "${node.properties.title.replace(/["\\]/g, '\\$&')}"` : ''
      return `[${text}](${destination(href)}${title})`
    }
    case 'img': {
      const src = typeof node.properties.src === 'string' ? node.properties.src : ''
      if (!src) return ''
      const alt = typeof node.properties.alt === 'string' ? escapeText(node.properties.alt) : ''
      return `![${alt}](${destination(src)})`
    }
    default:
      return inline(node.children)
  }
}

/** `*text*` with the delimiters hugging the text (leading/trailing spaces moved outside). */
function wrap(text: string, delimiter: string): string {
  const inner = text.trim()
  if (!inner) return text
  const start = text.indexOf(inner)
  return `${text.slice(0, start)}${delimiter}${inner}${delimiter}${text.slice(start + inner.length)}`
}

function codeSpan(code: string): string {
  const text = code.replace(/[ \t\n\f\r]+/g, ' ')
  if (!text.trim()) return ''
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const ticks = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : ''
  return `${ticks}${pad}${text}${pad}${ticks}`
}

/** A link destination: `<…>` when it holds spaces or parentheses. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url
}

/** Characters that open inline syntax anywhere. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[a-z0-9]{1,32};)/gi, '\\&')
}

/** Characters that open block syntax at the start of a line: `#`, `>`, `-`/`+`/`=` items and rules, `1.` items. */
function escapeLineStarts(text: string): string {
  return text.replace(/(^|\n)([ ]{0,3})(#{1,6}(?=\s|$)|>|[-+=](?=\s|$)|(\d{1,9})([.)])(?=\s|$))/g, (_, start: string, indent: string, mark: string, digits?: string, dot?: string) =>
    digits ? `${start}${indent}${digits}\\${dot}` : `${start}${indent}\\${mark}`)
}

/** Code without the blank lines around it (a loop: `\n+$` rescans long runs). */
function trimNewlines(code: string): string {
  let start = 0
  let end = code.length
  while (start < end && code[start] === '\n') start++
  while (end > start && code[end - 1] === '\n') end--
  return code.slice(start, end)
}

/** All text of an element, verbatim (for code), `<br>` as a newline. */
function plainText(node: Element): string {
  let out = ''
  const stack: Array<Element | RootContent | ElementContent> = [...node.children].reverse()
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.type === 'text') out += n.value
    else if (n.type === 'element') {
      if (n.tagName === 'br') out += '\n'
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return out
}
