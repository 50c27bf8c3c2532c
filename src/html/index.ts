import type {Root} from 'hast'
import type {HtmlBlock, HtmlCleanResult} from '../types.js'
import type {ResolvedOptions} from '../options.js'
import {detectLanguage, ruleLanguages} from '../lang/detect.js'
import {parseHtml} from './parse.js'
import {walk, type Walk} from './blocks.js'
import {decide} from './decide.js'
import {articleHtml} from './output.js'

export type {HtmlBlock, HtmlCleanResult} from '../types.js'

/** Analysis of a hast tree, shared by `cleanHtml` and the rehype plugin. */
export interface Analysis {
  result: HtmlCleanResult
  walked: Walk
  region: number
}

/**
 * Clean a scraped HTML page: the article's text, and a record of every block.
 *
 * Parses with parse5 (rehype-parse's parser) into hast, walks it once into
 * blocks (paragraphs, headings, list items, captions, table cells), picks the
 * main-content region (prose inside minus other text inside, chrome marks
 * from tags, ARIA roles and class/id tokens), then decides each block: phrase
 * tables (shared with the text mode), structural marks below the region,
 * link density; long prose, quotes, tables and code are protected. If too
 * little prose survives, a recall-oriented pass runs and `fallback` says so.
 *
 * - `text`: kept blocks, innerText-like, a blank line between blocks.
 * - `blocks`: every visible block in order, removed ones with category, rule
 *   and reason, each with its source `position`; `options.keep` can veto a removal.
 * - `html`: with `options.output: 'html'`, the kept blocks as sanitized HTML.
 * - `truncated`: set when `options.maxElements` cut the page short (parse or walk).
 *
 * The input was checked by `clean()` (type, `maxBytes`, binary data).
 * The headline (`<h1>`) is kept, as in the text mode: dropping it measured +0.0006
 * AEB F1 (whose gold has no headline) and -0.0006 on readability-tests.
 */
export function cleanHtml(html: string, options: ResolvedOptions): HtmlCleanResult {
  // The element budget bounds the parse itself (elements as parse5 creates them),
  // so no page costs more than `maxElements` elements of memory and time.
  const {tree, stopped} = parseHtml(html, options.maxElements)
  const {result} = analyze(tree, options)
  if (stopped) {
    result.truncated = {
      reason: `stopped at offset ${stopped.offset}: the parser had created options.maxElements (${options.maxElements}) elements; later text was not analysed`,
      offset: stopped.offset,
    }
  }
  return result
}

/** The page's `<html lang>`, when it says one. */
function declaredLang(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'html') {
      const lang = node.properties?.lang
      return typeof lang === 'string' && lang ? lang : undefined
    }
  }
  return undefined
}

/** Run the HTML mode on an already parsed tree. Does not modify the tree. */
export function analyze(tree: Root, options: ResolvedOptions): Analysis {
  const walked = walk(tree, options.maxElements)
  // Franc's cost grows with its input: 800 characters of the longest blocks decide a
  // page as well as 4 000 on the dev pages, at under half the time.
  const language = detectLanguage(walked.blocks.map((b) => b.text), options.language, 800, declaredLang(tree))
  const {decisions, region, fallback} = decide(walked, ruleLanguages(language), options.favor)

  const blocks: HtmlBlock[] = new Array(walked.blocks.length)
  const keptText: string[] = []
  for (let i = 0; i < walked.blocks.length; i++) {
    const raw = walked.blocks[i]
    const decision = decisions[i]
    const block: HtmlBlock = {text: raw.text, kept: decision.kept, line: raw.position?.start.line ?? 1}
    if (!decision.kept) {
      block.category = decision.category
      block.rule = decision.rule
      block.reason = decision.reason
    }
    if (raw.position) block.position = raw.position
    if (!block.kept && options.keep && options.keep(block)) {
      block.kept = true
      block.reason = `kept by options.keep (was ${block.rule})`
      delete block.category
      delete block.rule
    }
    if (block.kept) keptText.push(block.text)
    blocks[i] = block
  }

  const result: HtmlCleanResult = {text: keptText.join('\n\n'), format: 'html', language, blocks}
  if (fallback) result.fallback = fallback
  if (walked.truncated) {
    const at = walked.stoppedAt === undefined ? '' : ` at offset ${walked.stoppedAt}`
    result.truncated = {reason: `stopped${at} after options.maxElements (${options.maxElements}) elements; later text was not analysed`}
    if (walked.stoppedAt !== undefined) result.truncated.offset = walked.stoppedAt
  }
  if (options.output === 'html') result.html = articleHtml(walked, blocks)
  return {result, walked, region}
}
