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
 * - `truncated`: set when `options.maxElements` cut the page short.
 *
 * The input was checked by `clean()` (type, `maxBytes`, binary data).
 * The headline (`<h1>`) is kept, as in the text mode: dropping it measured +0.0006
 * AEB F1 (whose gold has no headline) and -0.0006 on readability-tests.
 */
export function cleanHtml(html: string, options: ResolvedOptions): HtmlCleanResult {
  // The element budget bounds the parse too: a page with more start tags than
  // `maxElements` is cut before the first tag over budget (the parser closes
  // what is open, as for any truncated page).
  const cut = overBudgetOffset(html, options.maxElements)
  const tree = parseHtml(cut === -1 ? html : html.slice(0, cut))
  const {result} = analyze(tree, options)
  if (cut !== -1 && !result.truncated) {
    result.truncated = {reason: `stopped at offset ${cut}: more than options.maxElements (${options.maxElements}) start tags; later text was not analysed`}
  }
  return result
}

/** Offset of the first start tag past `maxElements`, or -1. */
function overBudgetOffset(html: string, maxElements: number): number {
  let count = 0
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1)
    // ASCII letter: a start tag, per the tokenizer's tag open state.
    if (((next | 32) >= 97 && (next | 32) <= 122) && ++count > maxElements) return i
  }
  return -1
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
    result.truncated = {reason: `stopped after options.maxElements (${options.maxElements}) elements; later text was not analysed`}
  }
  if (options.output === 'html') result.html = articleHtml(walked, blocks)
  return {result, walked, region}
}
