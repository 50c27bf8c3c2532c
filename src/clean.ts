import {cleanHtml} from './html/index.js'
import {checkInput} from './input.js'
import {detectLanguage, ruleLanguages} from './lang/detect.js'
import {resolveOptions, type CleanOptions, type ResolvedOptions} from './options.js'
import {splitLines} from './text/blocks.js'
import {decideText} from './text/decide.js'
import {measure, stopwordsFor} from './text/features.js'
import type {Block, CleanResult} from './types.js'

/**
 * Remove site chrome from one scraped document. A pure function of `input` and
 * `options`: input → blocks → features → decisions → result.
 */
export function clean(input: string, options?: Readonly<CleanOptions> | null): CleanResult {
  const opts = resolveOptions(options)
  checkInput(input, opts.maxBytes)
  const format = opts.format === 'auto' ? sniffFormat(input) : opts.format
  const result = format === 'html' ? cleanHtml(input, opts) : cleanText(input, opts)
  if (opts.dedup) {
    const {id, dropped} = markDuplicates(result.blocks, opts)
    result.id = id
    if (dropped) result.text = result.blocks.filter((b) => b.kept).map((b) => (format === 'text' ? b.text.trim() : b.text)).join('\n\n')
  }
  // Text input has no markup to keep: each kept block becomes an escaped paragraph.
  if (format === 'text' && opts.output === 'html') result.html = paragraphsHtml(result.blocks)
  return result
}

function cleanText(input: string, opts: ResolvedOptions): CleanResult {
  const {blocks, stopped} = splitLines(input, opts.maxBlocks)
  const language = detectLanguage(blocks.map((b) => b.text), opts.language)
  const stopwords = stopwordsFor(language.tag ?? language.code)
  const features = blocks.map((b) => measure(b.text, stopwords))
  const {decisions, fallback} = decideText(blocks, features, ruleLanguages(language), opts)
  const out: Block[] = blocks.map((b, i) => {
    const d = decisions[i]
    const block: Block = {text: b.text, kept: d.kept, line: b.line}
    if (!d.kept) {
      block.category = d.category
      block.rule = d.rule
      block.reason = d.reason
      if (opts.keep && opts.keep(block)) return {text: b.text, kept: true, line: b.line}
    }
    return block
  })
  const result: CleanResult = {
    text: out.filter((b) => b.kept).map((b) => b.text.trim()).join('\n\n'),
    format: 'text',
    language,
    blocks: out,
  }
  if (fallback) result.fallback = {reason: fallback}
  if (stopped) {
    result.truncated = {
      reason: `stopped at line ${stopped.line}: more than options.maxBlocks (${opts.maxBlocks}) non-blank lines; later text was not analysed`,
      offset: stopped.offset,
    }
  }
  return result
}

/**
 * Check the kept blocks against the caller's index and add this document to it.
 * Duplicates are flagged; with `duplicates: 'drop'` the long ones are also removed
 * (short blocks are only ever flagged, see the dedup docs). Returns the id the index
 * used and whether any block was dropped.
 */
function markDuplicates(blocks: Block[], opts: ResolvedOptions): {id: string; dropped: boolean} {
  const found = opts.dedup!.add({id: opts.id, blocks})
  let dropped = false
  found.blocks.forEach((d, i) => {
    const block = blocks[i]
    if (!block.kept) return
    block.duplicateOf = d.duplicateOf
    if (!d.duplicateOf) return
    block.similarity = d.similarity
    if (opts.duplicates !== 'drop' || !d.droppable) return
    const where = d.duplicateOf.map((r) => (r.line ? `${r.id} line ${r.line}` : `${r.id} block ${r.block + 1}`)).join(' and ')
    const removed: Block = {...block, kept: false, category: 'duplicate', rule: `duplicate/${d.kind}`, reason: `repeats ${where} (${d.kind}, similarity ${d.similarity.toFixed(2)})`}
    if (opts.keep && opts.keep(removed)) return
    blocks[i] = removed
    dropped = true
  })
  return {id: found.id, dropped}
}

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

/** The kept blocks of a text document as HTML paragraphs, their text escaped. */
function paragraphsHtml(blocks: readonly Block[]): string {
  return blocks.filter((b) => b.kept).map((b) => `<p>${b.text.trim().replace(/[&<>"]/g, (c) => ESCAPES[c])}</p>`).join('\n')
}

/** Markup when the first non-space character opens a tag and tags recur. */
function sniffFormat(input: string): 'text' | 'html' {
  const head = input.slice(0, 4096).trimStart()
  if (!head.startsWith('<')) return 'text'
  return /<(?:!doctype|html|head|body|div|p|article|meta|span|section)\b/i.test(head) ? 'html' : 'text'
}
