// Command-line helpers shared by the bench scripts.

/** `--data a b --only x` → `--data a --data b --only x`: the list flags take every argument up to the next flag. */
export function expandLists(argv: readonly string[], lists: readonly string[]): string[] {
  const out: string[] = []
  let list: string | null = null
  let first = false
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      const name = arg.slice(2)
      list = lists.includes(name) ? name : null
      first = true
      out.push(arg)
    } else if (list && !first) out.push(`--${list}`, arg)
    else {
      out.push(arg)
      first = false
    }
  }
  return out
}
