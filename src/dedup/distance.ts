/**
 * Levenshtein distance with a bound: Myers' bit-parallel algorithm (one 32-bit
 * word per 32 rows, in blocks), restricted to the band of cells that can still
 * lie on an alignment of at most `maxEdits` edits, and stopped as soon as no
 * such cell is left (Ukkonen's cut-off).
 *
 * Why our own: the near tier only needs to know whether a pair is within the
 * threshold. fast-levenshtein computes the whole n×m matrix (211 ms for two
 * 20 000-character paragraphs); the band is 2k + 1 rows wide (k = 20 % of the
 * length at the default threshold) and the run ends early on unrelated text.
 * With `maxEdits` ≥ the longer length it computes the full distance, with the
 * same bit-parallel work as fast-levenshtein, so one function serves both.
 *
 * Exactness: every cell on an optimal alignment of cost ≤ k satisfies
 * |i − j| + |(m − i) − (n − j)| ≤ k and holds a value ≤ k, and values never
 * decrease along an optimal alignment. A block of rows is computed while such a
 * cell can be in it; rows above the band are cut off with a boundary that
 * over-estimates, which can only raise values off the optimal alignment.
 */

/** Work done, in DP cells (32 per block step): what the dedup work budget counts. */
export interface EditWork {
  cells: number
}

const EMPTY = -1

/** Reused between calls: Eq masks per (alphabet symbol, block), and the per-block state. */
let symbolOf = new Int32Array(0)
let peq = new Int32Array(1024)
let pv = new Int32Array(64)
let mv = new Int32Array(64)
let score = new Int32Array(64)
const touched: number[] = []

/**
 * Levenshtein distance between `a` and `b` (UTF-16 code units) when it is at
 * most `maxEdits`, else -1. Adds the cells computed to `work`.
 */
export function boundedLevenshtein(a: string, b: string, maxEdits: number, work: EditWork): number {
  // The shorter string is the pattern (rows): fewer blocks to keep.
  if (a.length > b.length) {
    const t = a
    a = b
    b = t
  }
  const m = a.length
  const n = b.length
  const k = Math.min(Math.floor(maxEdits), n)
  if (k < 0 || n - m > k) return -1
  if (m === 0) return n
  if (symbolOf.length === 0) symbolOf = new Int32Array(65536).fill(EMPTY)

  const blocks = (m + 31) >>> 5
  // Alphabet of the pattern: symbol ids, then Eq masks symbol·blocks + block.
  let symbols = 0
  for (let i = 0; i < m; i++) {
    const c = a.charCodeAt(i)
    if (symbolOf[c] === EMPTY) {
      symbolOf[c] = symbols++
      touched.push(c)
    }
  }
  const need = symbols * blocks
  if (peq.length < need) peq = new Int32Array(Math.max(need, peq.length * 2))
  peq.fill(0, 0, need)
  for (let i = 0; i < m; i++) peq[symbolOf[a.charCodeAt(i)] * blocks + (i >>> 5)] |= 1 << (i & 31)
  if (pv.length < blocks) {
    pv = new Int32Array(blocks * 2)
    mv = new Int32Array(blocks * 2)
    score = new Int32Array(blocks * 2)
  }

  const lastRowBit = 1 << ((m - 1) & 31)
  const lastBlock = blocks - 1
  // Row bounds of the band at column j: lo(j) = j - k, hi(j) = j + k + (m - n) (m ≤ n).
  const shift = m - n
  let first = 0
  // Column 0: D[i][0] = i. Open the blocks whose rows can hold a value ≤ k.
  let last = Math.min(lastBlock, (k + 31) >>> 5)
  for (let blk = 0; blk <= last; blk++) {
    pv[blk] = -1
    mv[blk] = 0
    score[blk] = Math.min((blk + 1) << 5, m)
  }
  let steps = 0
  let result = -1
  for (let j = 1; j <= n; j++) {
    const c = b.charCodeAt(j - 1)
    const symbol = symbolOf[c]
    const base = symbol === EMPTY ? -1 : symbol * blocks
    // Horizontal delta entering the top block: row 0 is D[0][j] = j (+1), and
    // a cut-off boundary is given +1 too, an over-estimate.
    let hin = 1
    for (let blk = first; blk <= last; blk++) {
      hin = step(blk, base < 0 ? 0 : peq[base + blk], hin, blk === lastBlock ? lastRowBit : -0x80000000)
      score[blk] += hin
    }
    steps += last - first + 1
    // Open the next block while the bottom of the last can lead into the band.
    while (last < lastBlock && score[last] <= k + 1 && ((last + 1) << 5) + 1 <= j + k + shift) {
      const blk = last + 1
      pv[blk] = -1
      mv[blk] = 0
      // Its column j-1 as D[top-1][j-1] + 1, + 2, …: an over-estimate, exact where it matters.
      const rows = Math.min(32, m - (blk << 5))
      score[blk] = score[last] - hin + rows
      hin = step(blk, base < 0 ? 0 : peq[base + blk], hin, blk === lastBlock ? lastRowBit : -0x80000000)
      score[blk] += hin
      steps++
      last = blk
    }
    // Close bottom blocks whose every cell exceeds k.
    while (last >= first && score[last] >= k + 32) last--
    // Cut top blocks whose rows are all above the band for good.
    while (first <= last && ((first + 1) << 5) < j - k) first++
    if (last < first) break
    if (j === n && last === lastBlock && score[lastBlock] <= k) result = score[lastBlock]
  }
  work.cells += steps * 32
  for (const c of touched) symbolOf[c] = EMPTY
  touched.length = 0
  return result
}

/**
 * One column step of block `blk` (Myers 1999, in Hyyrö's block form). `hin` is
 * the horizontal delta entering at its top row; returns the delta leaving at
 * the row marked by `high`.
 */
function step(blk: number, eq: number, hin: number, high: number): number {
  const p = pv[blk]
  const mm = mv[blk]
  const xv = eq | mm
  if (hin < 0) eq |= 1
  const xh = ((((eq & p) + p) | 0) ^ p) | eq
  let ph = mm | ~(xh | p)
  let mh = p & xh
  let hout = 0
  if (ph & high) hout = 1
  else if (mh & high) hout = -1
  ph <<= 1
  mh <<= 1
  if (hin < 0) mh |= 1
  else if (hin > 0) ph |= 1
  pv[blk] = mh | ~(xv | ph)
  mv[blk] = ph & xv
  return hout
}
