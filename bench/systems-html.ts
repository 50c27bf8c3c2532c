// HTML-mode systems scored by bench:quality and timed by bench:speed: our HTML
// mode and the JS peers a user would otherwise pick. Every peer returns HTML;
// all of them are turned into text by the same innerText-like block walk, so
// the metric compares extraction, not text conversion.
import {parseHTML} from 'linkedom'
import {Readability} from '@mozilla/readability'
import {Defuddle} from 'defuddle/node'
import {extractFromHtml} from '@extractus/article-extractor'
import {analyze, finish} from '../src/clean.js'
import {parseHtml} from '../src/blocks/from-html/parse.js'
import {walk} from '../src/blocks/from-html/walk.js'
import {resolveOptions} from '../src/options.js'

export interface System {
  name: string
  /** Extract the article text from the page's HTML. */
  extract(html: string, url: string | null): string | Promise<string>
}

/** innerText-like text of an HTML fragment: every block, a blank line between blocks. */
export function htmlToText(html: string): string {
  return walk(parseHtml(html).tree, Number.MAX_SAFE_INTEGER).blocks.map((b) => b.text).join('\n\n')
}

const options = resolveOptions({format: 'html'})

/** Some records carry protocol-relative or odd URLs; the peers that parse them would throw. */
function absoluteUrl(url: string | null): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url, 'https://example.invalid/').href
  } catch {
    return undefined
  }
}

export const dechromeHtml: System = {
  name: 'dechrome (html)',
  extract: (html) => finish(analyze(html, options), options).text,
}

export const readability: System = {
  name: 'Readability 0.6 + linkedom',
  extract(html) {
    const {document} = parseHTML(html)
    const article = new Readability(document as never).parse()
    return article?.content ? htmlToText(article.content) : ''
  },
}

export const defuddle: System = {
  name: 'defuddle 0.19 + linkedom',
  async extract(html, url) {
    const {document} = parseHTML(html)
    const result = await Defuddle(document as never, absoluteUrl(url))
    return result.content ? htmlToText(result.content) : ''
  },
}

export const articleExtractor: System = {
  name: '@extractus/article-extractor 9',
  async extract(html, url) {
    const article = await extractFromHtml(html, absoluteUrl(url))
    return article?.content ? htmlToText(article.content) : ''
  },
}

export const htmlSystems: System[] = [dechromeHtml, readability, defuddle, articleExtractor]
