// Leave-one-collection-out: whatever is tuned is chosen on five collections and
// scored on the sixth, for each of the six. The held-out F1 beside the all-in F1
// (chosen on all six) shows how much of a figure is fit to the data it was tuned on.
//
// A tuner plugs in by choosing a setting from the training collections only; it may
// ask for the score of any setting on any training collection (a grid search), or
// close over its own loader and train a model on those collections' pages. The
// harness never lets it evaluate the held-out collection.

/** Score of a setting on one collection (F1, or snippet F1). */
export type Evaluate<S> = (setting: S, collection: string) => number | Promise<number>

export interface Tuner<S> {
  readonly name: string
  /** Choose a setting using the `train` collections only. */
  choose(train: readonly string[], evaluate: Evaluate<S>): S | Promise<S>
}

export interface LocoRow<S> {
  collection: string
  /** F1 with the setting chosen on every collection, this one included. */
  allIn: number
  /** F1 with the setting chosen on the other collections. */
  heldOut: number
  allInSetting: S
  heldOutSetting: S
}

/** An untuned system: one setting whatever the data, so held-out equals all-in. */
export function fixedSetting<S>(setting: S, name = 'defaults, untuned'): Tuner<S> {
  return {name, choose: () => setting}
}

/** The candidate with the best mean F1 over the training collections (first wins a tie). */
export function gridSearch<S>(candidates: readonly S[], name = 'grid search'): Tuner<S> {
  if (!candidates.length) throw new Error('gridSearch needs at least one candidate setting')
  return {
    name,
    async choose(train, evaluate) {
      let best = candidates[0]
      let bestScore = -Infinity
      for (const c of candidates) {
        let sum = 0
        for (const t of train) sum += await evaluate(c, t)
        const mean = train.length ? sum / train.length : 0
        if (mean > bestScore) {
          best = c
          bestScore = mean
        }
      }
      return best
    },
  }
}

/**
 * Run the harness. `evaluate` is memoized per (setting, collection), keyed by
 * `key(setting)` (JSON by default), so a grid costs one run per setting and collection.
 */
export async function leaveOneCollectionOut<S>(
  collections: readonly string[],
  tuner: Tuner<S>,
  evaluate: Evaluate<S>,
  key: (setting: S) => string = (s) => JSON.stringify(s),
): Promise<LocoRow<S>[]> {
  if (collections.length < 2) throw new Error(`leave-one-collection-out needs at least two collections, got ${collections.length}`)
  const cache = new Map<string, number>()
  const scored = (allowed: ReadonlySet<string>): Evaluate<S> => async (setting, collection) => {
    if (!allowed.has(collection)) throw new Error(`tuner ${tuner.name} asked for ${collection}, which is not a training collection`)
    const k = `${key(setting)}\u0000${collection}`
    let v = cache.get(k)
    if (v === undefined) {
      v = await evaluate(setting, collection)
      cache.set(k, v)
    }
    return v
  }
  const all = new Set(collections)
  const allInSetting = await tuner.choose(collections, scored(all))
  const rows: LocoRow<S>[] = []
  for (const held of collections) {
    const train = collections.filter((c) => c !== held)
    const heldOutSetting = await tuner.choose(train, scored(new Set(train)))
    rows.push({
      collection: held,
      allIn: await scored(all)(allInSetting, held),
      heldOut: await scored(all)(heldOutSetting, held),
      allInSetting,
      heldOutSetting,
    })
  }
  return rows
}

/** The largest all-in − held-out gap: the overfitting the closing note reports. */
export function largestGap(rows: readonly LocoRow<unknown>[]): {collection: string; gap: number} | null {
  let worst: {collection: string; gap: number} | null = null
  for (const r of rows) {
    const gap = r.allIn - r.heldOut
    if (!worst || gap > worst.gap) worst = {collection: r.collection, gap}
  }
  return worst
}
