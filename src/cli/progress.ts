/**
 * Progress of a `clean --jsonl` run on stderr: documents/s, MB/s, the share of
 * text removed, errors, and an ETA when the input size is known. On a terminal
 * one line is redrawn in place; otherwise (forced with --progress into a file or
 * pipe) a line is appended at most every `everyMs`.
 */
export interface ProgressOptions {
  write: (s: string) => void
  /** Redraw in place (a terminal) or append lines. */
  terminal: boolean
  /** Input size in bytes when known (a file on stdin), for the ETA. */
  totalBytes?: number | null
  /** Clock in milliseconds; tests pass their own. */
  now?: () => number
  /** Least time between two updates. Default 250 ms on a terminal, 2 s otherwise. */
  everyMs?: number
}

export class Progress {
  #documents = 0
  #errors = 0
  #bytes = 0
  #chars = 0
  #removedChars = 0
  #last = -Infinity
  readonly #start: number
  readonly #options: Required<Omit<ProgressOptions, 'totalBytes'>> & {totalBytes: number | null}

  constructor(options: ProgressOptions) {
    const now = options.now ?? (() => performance.now())
    this.#options = {write: options.write, terminal: options.terminal, totalBytes: options.totalBytes ?? null, now, everyMs: options.everyMs ?? (options.terminal ? 250 : 2000)}
    this.#start = now()
  }

  /** Count one record: its input bytes, and the characters of its blocks and of those removed (0, 0 for a failed one). */
  record(bytes: number, chars: number, removedChars: number, failed: boolean): void {
    this.#documents++
    this.#bytes += bytes
    this.#chars += chars
    this.#removedChars += removedChars
    if (failed) this.#errors++
    const now = this.#options.now()
    if (now - this.#last < this.#options.everyMs) return
    this.#last = now
    this.#draw(now)
  }

  /** The last figures, and the line ended. */
  done(): void {
    this.#draw(this.#options.now())
    if (this.#options.terminal) this.#options.write('\n')
  }

  /** The status line for the figures so far. */
  line(now = this.#options.now()): string {
    const seconds = Math.max((now - this.#start) / 1000, 1e-3)
    const parts = [
      `${this.#documents} docs`,
      `${(this.#documents / seconds).toFixed(1)} docs/s`,
      `${(this.#bytes / 1e6 / seconds).toFixed(2)} MB/s`,
      `removed ${this.#chars ? ((100 * this.#removedChars) / this.#chars).toFixed(1) : '0.0'}%`,
      `errors ${this.#errors}`,
    ]
    const total = this.#options.totalBytes
    if (total && this.#bytes > 0) {
      const left = Math.max(0, total - this.#bytes) / (this.#bytes / seconds)
      parts.push(`ETA ${duration(left)}`)
    }
    return `dechrome: ${parts.join('  ')}`
  }

  #draw(now: number): void {
    const line = this.line(now)
    this.#options.write(this.#options.terminal ? `\r${line}\x1b[K` : `${line}\n`)
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
