// The pipeline, top to bottom, as the data flows:
//
//   input → blocks (text: lines; HTML: a walk with structure) → features → rules
//         (+ the site's template, read before as plain data)
//         → region (text: a span of lines; HTML: a container) → guard       = analyze()
//         → learn the site's template → keep veto → dedup → render            = finish()
//
// `analyze()` is pure and its result is plain data (structured-cloneable), so a
// worker can compute it and post it; `finish()` runs where the caller's `keep`
// hook and dedup index live, in input order.
import type {Root} from 'hast'
import {blocksFromHtml, blocksFromTree, type HtmlBlocks} from './blocks/from-html/index.js'
import {blocksFromText} from './blocks/from-text.js'
import {measure, proseOf, type BlockFeatures, type Prose} from './features.js'
import {guarded, runHolds, SHORTFALL} from './guard.js'
import {checkInput} from './input.js'
import {observePage, siteOf, type SiteTemplates} from './templates/index.js'
import {keyHtmlBlocks} from './templates/shape.js'
import {keyBlock, nameTemplateRemovals, readsAsProse, templateHits, type KeyedBlock, type TemplateView} from './templates/view.js'
import {declaredLanguage, detectLanguage, ruleLanguages} from './lang/detect.js'
import {stopwordsFor} from './lang/registry.js'
import {resolveOptions, type CleanOptions, type Favor, type ResolvedOptions} from './options.js'
import {decideContainer} from './region/container.js'
import {decideSpan} from './region/span.js'
import {articleTree, renderHtml, renderParagraphs, blockMarkup, type Markup} from './render/html.js'
import {linesTree, renderMarkdown} from './render/markdown.js'
import {metadataFromLines, metadataFromTree, type MetadataResult} from './metadata/index.js'
import {renderText} from './render/text.js'
import {hitOf, PHRASE_RULES, ruleEntry, type RuleHit, type RuleId} from './rules/catalogue.js'
import {matchRules} from './rules/match.js'
import {findCommentThread, markPage, openSections, type LineState, type Run} from './rules/sections.js'
import {isStamp} from './rules/shape.js'
import {HAS_WORD} from './text/normalize.js'
import {classifyProse} from './text/prose-signals.js'
import type {Block, CleanResult, Format, Language} from './types.js'
import type {DedupResult} from './dedup/index.js'

/** One block as analysed: the result's `Block` before the veto, plus what rendering needs. */
export interface AnalyzedBlock extends Block {
  /** HTML mode, `<pre>`: white space is the content's own. */
  preformatted?: boolean
  /** With `output: 'html'`: the block's sanitized markup (plain hast). */
  markup?: Markup
}

/** What `analyze()` found: plain data, no functions, no tree references. */
export interface Analysis {
  format: Format
  language: Language
  /** Every block, in input order, with the decision of the rules, region and guard. */
  blocks: AnalyzedBlock[]
  fallback?: {reason: string}
  truncated?: {reason: string; offset?: number}
  /** With `options.metadata`: what the article is, and where each field came from. */
  metadata?: MetadataResult
  /** Text mode: index of the block kept as the headline (the Markdown `#`), when one was. */
  headline?: number
  /** With a site's template view: every block keyed for the site memory to learn, in `finish()`. */
  templateBlocks?: KeyedBlock[]
}

/**
 * Remove site chrome from one scraped document. A pure function of `input` and
 * `options` (the one exception: a `dedup` index passed in is updated).
 */
export function clean(input: string, options?: Readonly<CleanOptions> | null): CleanResult {
  const opts = resolveOptions(options)
  return finish(analyze(input, opts, templateView(opts)), opts)
}

/** The site's template as it stands, read from the caller's memory before the page is analysed. */
export function templateView(options: ResolvedOptions): TemplateView | undefined {
  const site = options.templates && siteOf(options.url, options.site)
  return site ? options.templates!.view(site) : undefined
}

/**
 * Everything up to the veto: blocks → features → rules → region → guard. Pure.
 * `site`: the page's site template (plain data), a source of rule hits the region and guard see.
 * `keepHook`: a `keep` hook will see the removed blocks (it may run elsewhere, on the
 * main thread of `cleanMany`), so they need their markup too; without one only kept blocks do.
 */
export function analyze(input: string, options: ResolvedOptions, site?: TemplateView, keepHook = options.keep !== null): Analysis {
  checkInput(input, options.maxBytes)
  const format = options.format === 'auto' ? sniffFormat(input) : options.format
  if (format !== 'html') return analyzeText(input, options, site)
  const walked = blocksFromHtml(input, options.maxElements, options.metadata)
  const analysis = analyzeHtml(walked, options, walked.tree, site, keepHook)
  // A page that keeps no word may show its article only to scripts (a client-side template)
  // and put it in <noscript> for readers without them: read it as they see it.
  if (!keepsAWord(analysis) && NOSCRIPT.test(input)) {
    const bare = blocksFromHtml(input, options.maxElements, options.metadata, true)
    const read = analyzeHtml(bare, options, bare.tree, site, keepHook)
    if (keepsAWord(read)) return {...read, fallback: {reason: read.fallback ? `${NOSCRIPT_READ}; ${read.fallback.reason}` : NOSCRIPT_READ}}
  }
  return analysis
}

const keepsAWord = (analysis: Analysis) => analysis.blocks.some((b) => b.kept && HAS_WORD.test(b.text))
const NOSCRIPT = /<noscript/i
const NOSCRIPT_READ = 'nothing readable with scripts on; read as without scripts, <noscript> content included'

/** The HTML mode on an already parsed tree (the rehype plugin's); also returns the walk, whose leaves point into `tree`. */
export function analyzeTree(tree: Root, options: ResolvedOptions): {analysis: Analysis; walked: HtmlBlocks} {
  const walked = blocksFromTree(tree, options.maxElements)
  return {analysis: analyzeHtml(walked, options, tree, undefined, options.keep !== null), walked}
}

/** Learning the page's site template, the veto, dedup and rendering: what runs where the caller's memory, hook and index live, in input order. */
export function finish(analysis: Analysis, options: ResolvedOptions): CleanResult {
  const blocks = vetoed(analysis, options)
  const id = options.dedup ? markDuplicates(blocks, options, options.dedup.add({id: options.id, blocks})) : undefined
  return rendered(analysis, blocks, options, id)
}

/** finish() with the dedup stage awaited: any index, including one on a shared store (`dechrome/redis`). */
export async function finishAsync(analysis: Analysis, options: ResolvedOptions): Promise<CleanResult> {
  const blocks = vetoed(analysis, options)
  const id = options.dedup ? markDuplicates(blocks, options, await options.dedup.addAsync({id: options.id, blocks})) : undefined
  return rendered(analysis, blocks, options, id)
}

/** The site memory learns an analysed page: every block, kept or not (the template is what recurs, whatever removed it). */
export function learnPage(templates: SiteTemplates, site: string, analysis: Analysis): void {
  const keyed = analysis.templateBlocks ?? analysis.blocks.map((b) => keyBlock(b.text, readsAsProse(b.text)))
  observePage(templates, site, keyed, () => analysis.blocks.map((b) => ({text: b.text, prose: readsAsProse(b.text)})))
}

/** The page learned by its site template, then the blocks after the `keep` veto: what dedup sees. */
function vetoed(analysis: Analysis, options: ResolvedOptions): Block[] {
  const blocks = analysis.blocks.map(toBlock)
  const site = options.templates && siteOf(options.url, options.site)
  if (site) learnPage(options.templates!, site, analysis)
  for (let i = 0; i < blocks.length; i++) blocks[i] = veto(blocks[i], options)
  return blocks
}

function rendered(analysis: Analysis, blocks: Block[], options: ResolvedOptions, id: string | undefined): CleanResult {
  const result: CleanResult = {text: '', format: analysis.format, language: analysis.language, blocks}
  result.text = renderText(blocks.map((b, i) => ({kept: b.kept, text: b.text, preformatted: analysis.blocks[i].preformatted})))
  if (analysis.fallback) result.fallback = analysis.fallback
  if (analysis.truncated) result.truncated = analysis.truncated
  if (id !== undefined) result.id = id
  if (options.output === 'html') {
    // Text input has no markup to keep: each kept block becomes an escaped paragraph.
    result.html = analysis.format === 'html'
      ? renderHtml(blocks.map((b, i) => ({kept: b.kept, markup: analysis.blocks[i].markup})))
      : renderParagraphs(blocks)
  } else if (options.output === 'markdown') {
    if (analysis.format === 'html') {
      result.markdown = renderMarkdown(articleTree(blocks.map((b, i) => ({kept: b.kept, markup: analysis.blocks[i].markup}))))
    } else {
      const kept = blocks.filter((b) => b.kept)
      const headline = analysis.headline === undefined ? -1 : kept.indexOf(blocks[analysis.headline])
      result.markdown = renderMarkdown(linesTree(kept.map((b) => b.text), headline))
    }
  }
  if (analysis.metadata) {
    result.metadata = analysis.metadata.metadata
    result.metadataSources = analysis.metadata.sources
  }
  return result
}

function analyzeText(input: string, options: ResolvedOptions, site: TemplateView | undefined): Analysis {
  const {lines: raw, stopped} = blocksFromText(input, options.maxBlocks)
  const texts = raw.map((b) => b.text)
  const language = detectLanguage(texts, options.language)
  const stopwords = stopwordsFor(language.tag ?? language.code)
  const langs = ruleLanguages(language)
  const features = raw.map((b) => measure(b.text, stopwords))
  // Prose by function words where the language's list reads the page, by shape where it does not.
  const prose = classifyProse(texts, features)
  // The site's template is one more source of hits, after the page's own rules: the region and guard see it.
  const keyed = site && texts.map((t) => keyBlock(t, readsAsProse(t)))
  const template = site && keyed ? templateHits(site, keyed, texts) : undefined
  // A line of a code listing is the article's, whatever phrase it prints ("throw new Error('Invalid email')");
  // a lone line that merely looks like code (a byline with an e-mail address and a phone number) is judged as usual.
  const inListing = (i: number) => prose[i] === 'code' && (prose[i - 1] === 'code' || prose[i + 1] === 'code')
  const rules = texts.map((text, i) => (inListing(i) ? undefined : matchRules(text, langs, features[i], true)))
  const decide = (template?: readonly (RuleHit | undefined)[]) => decideLines(texts, features, prose, template ? rules.map((h, i) => h ?? template[i]) : rules, options.favor)
  let {lines, hits, fallback} = decide(template)
  // Never let the site's template empty a page: decide it as without (a page the region misread stays as it was).
  if (template && !hits.some((h, i) => !h && lines[i].f.words > 0) && template.some(Boolean)) {
    const without = decide(undefined)
    if (without.hits.some((h, i) => !h && without.lines[i].f.words > 0)) ({lines, hits, fallback} = {...without, fallback: {reason: TEMPLATE_WOULD_EMPTY}})
  }
  const blocks = raw.map((b, i): AnalyzedBlock => removal({text: b.text, kept: true, line: b.line}, hits[i]))
  if (template) nameTemplateRemovals(blocks, langs)
  const analysis: Analysis = {format: 'text', language, blocks}
  if (keyed) analysis.templateBlocks = keyed
  const headline = headlineOf(lines, hits)
  if (headline !== -1) analysis.headline = headline
  if (options.metadata) analysis.metadata = metadataFromLines(blocks, headline, {languages: langs, detectedLanguage: language.tag ?? language.code})
  if (fallback) analysis.fallback = fallback
  if (stopped) {
    analysis.truncated = {
      reason: `stopped at line ${stopped.line}: more than options.maxBlocks (${options.maxBlocks}) non-blank lines; later text was not analysed`,
      offset: stopped.offset,
    }
  }
  return analysis
}

const TEMPLATE_WOULD_EMPTY = "the site's template would have left nothing; decided without it"

/** The text mode's decision from each line's rule hit: sections → span, under the guard. */
function decideLines(texts: readonly string[], features: readonly BlockFeatures[], prose: readonly Prose[], rules: readonly (RuleHit | undefined)[], favor: Favor) {
  const lines: LineState[] = texts.map((text, i) => ({text, f: features[i], prose: prose[i], hit: rules[i]}))
  markPage(lines)
  if (favor !== 'recall') applyRuns(lines)
  // Inside a section, the section's category wins over a generic shape (a date in a comment thread is the thread's).
  const chrome = lines.map(({hit, section}) => (hit && (!section || hit.category === section.category) ? hit : (section ?? hit)))
  const proseWords = (pick: (i: number) => boolean) => lines.reduce((n, l, i) => (l.prose === 'prose' && pick(i) ? n + l.f.words : n), 0)
  const first = decideSpan(lines, chrome, favor)
  const {result: hits, fallback} = guarded(
    () => first,
    [{step: 'kept all prose that no rule matched', run: () => recallPass(lines, first, chrome)}],
    (hits) => proseWords((i) => !hits[i]),
    // Prose inside a chrome section (comments, a related list) is not the article's to lose.
    proseWords((i) => !chrome[i]),
    SHORTFALL.text,
  )
  return {lines, hits, fallback}
}

/**
 * The headline the region kept: the nearest kept non-prose block above the first
 * kept prose block (region/span.ts keeps the title-like block above the body).
 */
function headlineOf(lines: readonly LineState[], hits: readonly (RuleHit | undefined)[]): number {
  const body = lines.findIndex((l, i) => !hits[i] && l.prose === 'prose')
  for (let j = body - 1; j >= 0 && j >= body - 8; j--) {
    if (!hits[j]) return lines[j].prose === 'none' ? j : -1
  }
  return -1
}

/** Sections a heading opens and comment threads, each checked by the guard before it takes its lines. */
function applyRuns(lines: LineState[]): void {
  const pageProse = lines.reduce((n, l) => (l.prose === 'prose' ? n + l.f.words : n), 0)
  const holds = (run: Run) => runHolds(runProse(lines, run), pageProse, runBacked(lines, run))
  for (const run of openSections(lines, opensSection)) if (holds(run)) take(lines, run)
  // A thread is searched for above the first section only.
  const firstSection = lines.findIndex((l) => l.section)
  const thread = findCommentThread(lines, firstSection === -1 ? lines.length : firstSection)
  if (thread && holds(thread)) take(lines, thread)
}

/** Mark a run's lines as the run's: a list under a heading leaves what a rule matched to that rule, a section to the end takes everything. */
function take(lines: LineState[], run: Run): void {
  const takesMatched = run.hit.rule !== 'related/list'
  for (let j = run.start; j < run.end; j++) {
    const line = lines[j]
    if (!takesMatched && line.hit) continue
    // A thread does not take lines an earlier section took.
    if (run.opener === -1 && line.section) continue
    line.section = run.hit
  }
}

function opensSection(rule: string): RuleHit | undefined {
  const entry = PHRASE_RULES.find((r) => r.id === rule)
  return entry?.opens ? hitOf(entry.opens as RuleId) : undefined
}

function runProse(lines: readonly LineState[], run: Run): number {
  let n = 0
  for (let j = run.start; j < run.end; j++) if (lines[j].prose === 'prose') n += lines[j].f.words
  return n
}

/**
 * Evidence inside a run besides what found it: a line a rule of the run's own category
 * matched (a comment author line, a reply prompt), or, under a heading, a time stamp (a post).
 * A thread is found by its stamps, so they cannot back it too: a blog's front page, one dated
 * post after another, is stamps and prose with no comment in it.
 */
function runBacked(lines: readonly LineState[], run: Run): boolean {
  for (let j = run.start; j < run.end; j++) {
    const line = lines[j]
    if (line.hit?.category === run.hit.category || (run.opener !== -1 && isStamp(line.text, line.f))) return true
  }
  return false
}

/** The text mode's fallback: keep every block with prose in it unless a rule matched it. */
function recallPass(lines: readonly LineState[], hits: (RuleHit | undefined)[], chrome: readonly (RuleHit | undefined)[]): (RuleHit | undefined)[] {
  return hits.map((h, i) => (h && !chrome[i] && lines[i].prose !== 'none' ? undefined : h))
}

function analyzeHtml(walked: HtmlBlocks, options: ResolvedOptions, tree: Root | undefined, site: TemplateView | undefined, keepHook: boolean): Analysis {
  // Franc's cost grows with its input: 800 characters of the longest blocks decide a
  // page as well as 4 000 on the dev pages, at under half the time.
  const language = detectLanguage(walked.blocks.map((b) => b.text), options.language, 800, tree && declaredLanguage(tree))
  const stopwords = stopwordsFor(language.tag ?? language.code)
  // Features are measured for the blocks the rules read (most blocks are settled by structure first).
  const features: (BlockFeatures | undefined)[] = new Array(walked.blocks.length)
  const featuresOf = (i: number) => (features[i] ??= measure(walked.blocks[i].text, stopwords))
  const keyed = site && keyHtmlBlocks(walked)
  const template = site && keyed ? templateHits(site, keyed, walked.blocks.map((b) => b.text)) : undefined
  let {hits, fallback} = decideContainer(walked, ruleLanguages(language), options.favor, featuresOf, template)
  const keepsWords = (h: readonly (RuleHit | undefined)[]) => h.some((hit, i) => !hit && HAS_WORD.test(walked.blocks[i].text))
  if (template && template.some(Boolean) && !keepsWords(hits)) {
    const without = decideContainer(walked, ruleLanguages(language), options.favor, featuresOf)
    if (keepsWords(without.hits)) ({hits, fallback} = {hits: without.hits, fallback: {reason: TEMPLATE_WOULD_EMPTY}})
  }
  const html = options.output === 'html' || options.output === 'markdown'
  const blocks = walked.blocks.map((raw, i): AnalyzedBlock => {
    const block: AnalyzedBlock = removal({text: raw.text, kept: true, line: raw.position?.start.line ?? 1}, hits[i])
    if (raw.position) block.position = raw.position
    if (raw.preformatted) block.preformatted = true
    // Markup only where it can be printed: a kept block, or one a `keep` hook may bring back.
    if (html && (block.kept || keepHook)) block.markup = blockMarkup(walked, i)
    return block
  })
  if (template) nameTemplateRemovals(blocks, ruleLanguages(language))
  const analysis: Analysis = {format: 'html', language, blocks}
  if (keyed) analysis.templateBlocks = keyed
  if (fallback) analysis.fallback = fallback
  if (walked.cut) analysis.truncated = walked.cut
  if (options.metadata && tree) analysis.metadata = metadataFromTree(tree, {languages: ruleLanguages(language), detectedLanguage: language.tag ?? language.code})
  return analysis
}

function removal(block: AnalyzedBlock, hit: RuleHit | undefined): AnalyzedBlock {
  if (!hit) return block
  block.kept = false
  block.category = hit.category
  block.rule = hit.rule
  block.reason = hit.reason
  return block
}

/** The result's block: the analysed one without what only rendering reads. */
function toBlock({markup: _markup, preformatted: _preformatted, ...block}: AnalyzedBlock): Block {
  return block
}

/** The `keep` veto: the caller may keep any block about to be removed; the block says what it was. */
function veto(block: Block, options: ResolvedOptions): Block {
  if (block.kept || !options.keep || !options.keep(block)) return block
  const {category: _category, rule: _rule, ...kept} = block
  return {...kept, kept: true, reason: `kept by options.keep (was ${block.rule})`}
}

/**
 * What the caller's index found for the kept blocks (`add` checked them and added this document).
 * Duplicates are flagged; with `duplicates: 'drop'` the long ones are also removed
 * (short blocks are only ever flagged, see the dedup docs), unless `keep` vetoes it.
 * Returns the id the index used.
 */
function markDuplicates(blocks: Block[], options: ResolvedOptions, found: DedupResult): string {
  found.blocks.forEach((d, i) => {
    const block = blocks[i]
    if (!block.kept) return
    block.duplicateOf = d.duplicateOf
    if (!d.duplicateOf) return
    block.similarity = d.similarity
    if (options.duplicates !== 'drop' || !d.droppable || !d.kind) return
    const where = d.duplicateOf.map((r) => (r.line ? `${r.id} line ${r.line}` : `${r.id} block ${r.block + 1}`)).join(' and ')
    const rule = ruleEntry(`duplicate/${d.kind}`)
    const removed: Block = {...block, kept: false, category: rule.category, rule: rule.id, reason: `repeats ${where} (${d.kind}, similarity ${d.similarity.toFixed(2)})`}
    if (options.keep && options.keep(removed)) return
    blocks[i] = removed
  })
  return found.id
}

/** Markup when the first non-space character opens a tag and tags recur. */
function sniffFormat(input: string): 'text' | 'html' {
  const head = input.slice(0, 4096).trimStart()
  if (!head.startsWith('<')) return 'text'
  return /<(?:!doctype|html|head|body|div|p|article|meta|span|section)\b/i.test(head) ? 'html' : 'text'
}

export type {Favor}
