/**
 * Base class of every error dechrome throws: `catch (e) { if (e instanceof DechromeError) e.code }`.
 * `code` is stable (`ERR_DECHROME_*`); messages may change.
 */
export class DechromeError extends Error {
  readonly code: string
  constructor(code: string, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'DechromeError'
    this.code = code
  }
}

/** The input is not something dechrome can clean (wrong type, binary, too large). */
export class InputError extends DechromeError {
  constructor(message: string, options?: {cause?: unknown}) {
    super('ERR_DECHROME_INPUT', message, options)
    this.name = 'InputError'
  }
}

/**
 * An option has the wrong type or value, or does not apply. A `DechromeError` like
 * every other error, and no longer a `TypeError`: one base class, one check.
 */
export class OptionsError extends DechromeError {
  constructor(message: string) {
    super('ERR_DECHROME_OPTIONS', message)
    this.name = 'OptionsError'
  }
}

/** A feature that is not available for this input yet (e.g. a format). */
export class UnsupportedError extends DechromeError {
  constructor(message: string) {
    super('ERR_DECHROME_UNSUPPORTED', message)
    this.name = 'UnsupportedError'
  }
}

/** Describe a received value for error messages: "`1.5` (number)". */
export function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  const type = Array.isArray(value) ? 'array' : typeof value
  let shown: string
  if (typeof value === 'string') shown = JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  else if (typeof value === 'function') shown = value.name || 'function'
  else if (typeof value === 'object') shown = type === 'array' ? `[…${(value as unknown[]).length}]` : Object.prototype.toString.call(value)
  else shown = String(value)
  return `\`${shown}\` (${type})`
}

/** A document ran past `timeoutMs` in `cleanMany()`; its worker was terminated and replaced. */
export class TimeoutError extends DechromeError {
  constructor(message: string) {
    super('ERR_DECHROME_TIMEOUT', message)
    this.name = 'TimeoutError'
  }
}

/** A worker thread died (crashed, ran out of memory) while cleaning a document; it was replaced. */
export class WorkerError extends DechromeError {
  constructor(message: string, options?: {cause?: unknown}) {
    super('ERR_DECHROME_WORKER', message, options)
    this.name = 'WorkerError'
  }
}

/** What a failed document reports: a DechromeError's stable code, or ERR_DECHROME_INTERNAL for a bug of ours. */
export function errorInfo(error: unknown): {code: string; message: string} {
  if (error instanceof DechromeError) return {code: error.code, message: error.message}
  return {code: 'ERR_DECHROME_INTERNAL', message: error instanceof Error ? error.message : String(error)}
}
