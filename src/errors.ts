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
