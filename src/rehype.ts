import type {Element, Root, RootContent, Text} from 'hast'
import type {VFile} from 'vfile'
import {analyzeTree, finish} from './clean.js'
import {OptionsError, describe} from './errors.js'
import {resolveOptions, type CleanOptions} from './options.js'
import type {HtmlCleanResult} from './types.js'

/** The `clean()` options that apply to a tree; the others are rejected. */
const PLUGIN_OPTIONS = ['favor', 'keep', 'language', 'maxElements'] as const

/** Options of the rehype plugin: the `clean()` options that apply to a tree. */
export type RehypeDechromeOptions = Pick<CleanOptions, (typeof PLUGIN_OPTIONS)[number]>

declare module 'vfile' {
  interface DataMap {
    /** The HTML mode's report: text, language, and every block with its decision. */
    dechrome: HtmlCleanResult
  }
}

/**
 * Remove site chrome from a hast tree.
 *
 * `unified().use(rehypeParse).use(rehypeDechrome, options).use(rehypeStringify)`.
 * Runs the same analysis as `clean(html)` on the tree it is given (the tree
 * rehype-parse built, with its positions), removes the text of every chrome
 * block and any element left without text, puts the report on
 * `file.data.dechrome`, and adds one vfile `info` message per removed block with
 * `place`, `ruleId` and `source: 'dechrome'`. Options are validated up front
 * (an `OptionsError` names what was received, and the `clean()` options that do
 * not apply to a tree are rejected); defaults as for `clean()`.
 */
export default function rehypeDechrome(options?: Readonly<RehypeDechromeOptions> | null) {
  if (options !== null && options !== undefined && typeof options === 'object' && !Array.isArray(options)) {
    for (const key of Object.keys(options)) {
      if (!(PLUGIN_OPTIONS as readonly string[]).includes(key)) {
        throw new OptionsError(`The rehype plugin does not take \`${key}\` (got ${describe((options as Record<string, unknown>)[key])}); it takes ${PLUGIN_OPTIONS.join(', ')}. The tree is the input and the output: use clean() for text, dedup and HTML output`)
      }
    }
  }
  const resolved = resolveOptions(options ?? {})
  return function transform(tree: Root, file: VFile): void {
    const {analysis, walked} = analyzeTree(tree, resolved)
    const result = finish(analysis, resolved)
    const removed = new Set<Text>()
    for (let i = 0; i < walked.blocks.length; i++) {
      const block = result.blocks[i]
      if (block.kept) continue
      for (const leaf of walked.blocks[i].leaves) removed.add(leaf)
      file.info(`Removed ${block.category} block: ${block.reason}`, {
        place: block.position,
        ruleId: block.rule,
        source: 'dechrome',
      })
    }
    prune(tree, removed)
    file.data.dechrome = result as HtmlCleanResult
  }
}

/**
 * Remove the given text nodes, then every element that held text and now holds
 * none. Post-order with an explicit stack: trees from rehype-parse are not depth-capped.
 */
function prune(tree: Root, removed: ReadonlySet<Text>): void {
  interface Frame {node: Root | Element; next: number; hadText: boolean; hasText: boolean}
  const stack: Frame[] = [{node: tree, next: 0, hadText: false, hasText: false}]
  const emptied = new Set<Element>()
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const children = frame.node.children as RootContent[]
    if (frame.next < children.length) {
      const child = children[frame.next++]
      if (child.type === 'element') stack.push({node: child, next: 0, hadText: false, hasText: false})
      else if (child.type === 'text' && child.value.trim()) {
        frame.hadText = true
        if (!removed.has(child)) frame.hasText = true
      }
      continue
    }
    stack.pop()
    frame.node.children = children.filter((child) => {
      if (child.type === 'text') return !removed.has(child)
      if (child.type === 'element') return !emptied.has(child)
      return true
    }) as typeof frame.node.children
    const parent = stack[stack.length - 1]
    if (!parent) break
    if (frame.hadText && !frame.hasText) emptied.add(frame.node as Element)
    parent.hadText ||= frame.hadText
    parent.hasText ||= frame.hasText
  }
}
