// The Article Extraction Benchmark's metric, as ../shared/data/README.md states it:
// \w+ tokens (Unicode, case kept), multisets of 4-token shingles, per-page tp/fp/fn
// normalized to sum 1, precision and recall averaged over the pages where defined,
// F1 from the two means. Median per-page F1 shows how many pages fail outright.

const TOKEN = /[\p{L}\p{N}_]+/gu // Python 3 `\w` on str: letters, numbers, underscore

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? []
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

export interface PageScore {
  tp: number
  fp: number
  fn: number
  /** Per-page F1, 0 when nothing matched. */
  f1: number
}

export function scorePage(output: string, gold: string): PageScore {
  const out = shingles(output)
  const ref = shingles(gold)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, n] of out) {
    const m = ref.get(key) ?? 0
    tp += Math.min(n, m)
    fp += Math.max(0, n - m)
  }
  for (const [key, m] of ref) fn += Math.max(0, m - (out.get(key) ?? 0))
  const total = tp + fp + fn
  if (total === 0) return {tp: 0, fp: 0, fn: 0, f1: 1}
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return {tp: tp / total, fp: fp / total, fn: fn / total, f1}
}

export interface CorpusScore {
  pages: number
  precision: number
  recall: number
  f1: number
  medianF1: number
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  let pSum = 0
  let pN = 0
  let rSum = 0
  let rN = 0
  for (const s of pages) {
    if (s.tp + s.fp > 0) {
      pSum += s.tp / (s.tp + s.fp)
      pN++
    }
    if (s.tp + s.fn > 0) {
      rSum += s.tp / (s.tp + s.fn)
      rN++
    }
  }
  const precision = pN ? pSum / pN : 0
  const recall = rN ? rSum / rN : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  const sorted = pages.map((s) => s.f1).sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const medianF1 = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return {pages: pages.length, precision, recall, f1, medianF1}
}

// trafilatura's snippet metric, for sets without a full gold: each `with` snippet
// found in the output (as a plain substring) is a true positive, each one missing a
// false negative; each `without` snippet found is a false positive. Precision,
// recall and F1 are micro-averaged over all snippets of the set.

export interface SnippetCounts {
  tp: number
  fp: number
  fn: number
}

export function countSnippets(output: string, must: readonly string[], mustNot: readonly string[]): SnippetCounts {
  let tp = 0
  let fn = 0
  let fp = 0
  for (const s of must) output.includes(s) ? tp++ : fn++
  for (const s of mustNot) if (output.includes(s)) fp++
  return {tp, fp, fn}
}

export interface SnippetScore {
  pages: number
  precision: number
  recall: number
  f1: number
}

export function scoreSnippets(pages: readonly SnippetCounts[]): SnippetScore {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const c of pages) {
    tp += c.tp
    fp += c.fp
    fn += c.fn
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return {pages: pages.length, precision, recall, f1}
}
