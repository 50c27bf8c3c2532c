// The over-pruning guard, one for everything that removes: runs of blocks (a section
// under a heading, a comment thread, a chrome-marked container) must not take most of
// the page's prose unless other evidence backs them, and a whole decision that keeps
// too little prose steps back to a recall-oriented pass and says so.

/** A run may remove at most this share of the page's prose on its own evidence. */
const RUN_SHARE = 0.5

/**
 * Whether a run removal holds: it takes less than half the page's prose, or
 * something besides its opener backs it (a comment author line or time stamps
 * inside a thread; for containers, a strong mark such as <nav> or a footer).
 * A `paywall` box or `<form>` around the whole story, or "Have your say" above
 * twenty plain paragraphs, is not chrome.
 */
export function runHolds(runProse: number, pageProse: number, backed: boolean): boolean {
  return backed || pageProse === 0 || runProse < pageProse * RUN_SHARE
}

/** When a decision has kept too little: under `share` of the prose, or under `floor` while the page has more. */
export interface Shortfall {
  share: number
  floor: number
  /** What prose is counted in: words (text mode) or characters (HTML mode, where blocks are long and whole). */
  unit: 'words' | 'characters'
}

export const SHORTFALL: Readonly<Record<'text' | 'html', Shortfall>> = {
  text: {share: 0.3, floor: 0, unit: 'words'},
  html: {share: 0.2, floor: 200, unit: 'characters'},
}

/** One pass of a mode's decision, and the prose it keeps. */
export interface Pass<T> {
  /** What the pass does, for the fallback reason ("re-ran a recall-oriented pass"). */
  step: string
  run: () => T
}

/**
 * Run `first`; while the result keeps too little of `total` prose, run the next of
 * `fallbacks` (the last is taken as it is). Returns the result and, when the guard
 * stepped back, the reason.
 */
export function guarded<T>(first: () => T, fallbacks: readonly Pass<T>[], kept: (result: T) => number, total: number, limits: Shortfall): {result: T; fallback?: {reason: string}} {
  const short = (n: number) => total > limits.floor && (n < total * limits.share || n < limits.floor)
  let result = first()
  const keptFirst = kept(result)
  if (!short(keptFirst)) return {result}
  const steps: string[] = []
  for (let i = 0; i < fallbacks.length; i++) {
    steps.push(fallbacks[i].step)
    result = fallbacks[i].run()
    if (i < fallbacks.length - 1 && !short(kept(result))) break
  }
  return {result, fallback: {reason: `kept ${keptFirst} of ${total} prose ${limits.unit}; ${steps.join(', then ')}`}}
}
