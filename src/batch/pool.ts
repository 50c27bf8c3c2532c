/**
 * A fixed-size pool of worker threads, one task per worker at a time.
 *
 * A task that runs past `timeoutMs` gets its worker terminated and replaced, and
 * is rejected with `TimeoutError`; a worker that dies mid-task (an uncaught
 * error, out of memory, `process.exit`) is replaced and its task rejected with
 * `WorkerError`. The pool never hangs on one document. A worker that dies before
 * it is ready (a missing or broken script) fails the whole pool: that is the
 * environment, not a document, so every task is rejected with that error.
 *
 * Protocol, written once here for both sides: the worker posts `{ready: true}`
 * once loaded, then answers each `{task}` with `{ok: true, value}` or
 * `{ok: false, error: {code, message}}` (see `serveTasks`), after any number of
 * `{note}` messages that tell the task's `onNote` what it learned on the way.
 */
import {isMainThread, parentPort, Worker, type ResourceLimits, type WorkerOptions} from 'node:worker_threads'
import {DechromeError, errorInfo, TimeoutError, WorkerError} from '../errors.js'
import type {ErrorInfo} from '../types.js'

/** What a failed task reports: the error's stable code and message. */
export type TaskError = ErrorInfo

type Reply<Out> = {ready: true} | {note: unknown} | {ok: true; value: Out} | {ok: false; error: TaskError; stack?: string}

export interface PoolOptions {
  /** Worker threads to run. */
  size: number
  /** Per-task limit in milliseconds, counted from the moment a worker takes the task. */
  timeoutMs: number
  /** The worker script (it calls `serveTasks`). */
  script: URL
  /** Heap limits per worker, so a runaway document kills its worker, not the process. */
  resourceLimits?: ResourceLimits
}

/** How a task is posted: what to move rather than copy, and who hears its notes. */
export interface RunOptions {
  /** ArrayBuffers handed over to the worker (the caller must not use them after). */
  transfer?: ArrayBuffer[]
  /** Told each `{note}` the worker posts while on this task. */
  onNote?: (note: unknown) => void
}

interface Task<In, Out> extends RunOptions {
  input: In
  resolve: (value: Out) => void
  reject: (error: Error) => void
}

interface Slot<In, Out> {
  worker: Worker
  ready: boolean
  task: Task<In, Out> | null
  timer: NodeJS.Timeout | null
  /** Why the pool ended this worker, when it did. */
  ending: Error | null
  /** The uncaught error the worker reported before exiting, if any. */
  crash: Error | null
}

export class WorkerPool<In, Out> {
  readonly #options: PoolOptions
  readonly #slots = new Set<Slot<In, Out>>()
  readonly #queue: Task<In, Out>[] = []
  #failure: Error | null = null
  #closed = false
  /** Workers started, replacements included (tests count replacements with it). */
  started = 0

  constructor(options: PoolOptions) {
    this.#options = options
    for (let i = 0; i < options.size; i++) this.#spawn()
  }

  /** Set when a worker could not start: every task fails with this. */
  get failure(): Error | null {
    return this.#failure
  }

  run(input: In, {transfer, onNote}: RunOptions = {}): Promise<Out> {
    if (this.#failure) return Promise.reject(this.#failure)
    if (this.#closed) return Promise.reject(new WorkerError('the worker pool is closed'))
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({input, resolve, reject, transfer, onNote})
      this.#dispatch()
    })
  }

  /** Terminate every worker; queued and running tasks are rejected. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    const closed = new WorkerError('the worker pool was closed')
    for (const task of this.#queue.splice(0)) task.reject(closed)
    await Promise.all(
      [...this.#slots].map((slot) => {
        slot.ending = closed
        return slot.worker.terminate()
      }),
    )
  }

  #spawn(): void {
    const {script, resourceLimits} = this.#options
    // Under vitest or tsx the worker is TypeScript. Node 20 ignores `--import` in a
    // worker's execArgv, so the worker registers tsx's hooks itself, then loads the script.
    const worker = script.pathname.endsWith('.ts')
      ? startWorker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}) })`, {eval: true, resourceLimits})
      : startWorker(script, {resourceLimits})
    this.started++
    const slot: Slot<In, Out> = {worker, ready: false, task: null, timer: null, ending: null, crash: null}
    this.#slots.add(slot)
    worker.on('message', (reply: Reply<Out>) => this.#onReply(slot, reply))
    worker.on('error', (error) => {
      slot.crash = error
    })
    worker.on('exit', (code) => this.#onExit(slot, code))
  }

  #onReply(slot: Slot<In, Out>, reply: Reply<Out>): void {
    if ('ready' in reply) {
      slot.ready = true
      this.#dispatch()
      return
    }
    const task = slot.task
    if (!task) return
    if ('note' in reply) {
      task.onNote?.(reply.note)
      return
    }
    this.#release(slot)
    if (reply.ok) task.resolve(reply.value)
    else task.reject(relayed(reply))
    this.#dispatch()
  }

  #onExit(slot: Slot<In, Out>, code: number): void {
    this.#slots.delete(slot)
    const task = slot.task
    if (slot.timer) clearTimeout(slot.timer)
    if (this.#closed) {
      task?.reject(slot.ending ?? new WorkerError('the worker pool was closed'))
      return
    }
    if (!slot.ready && !slot.ending) {
      // Never got going: a missing or broken script fails every task alike.
      this.#fail(new WorkerError(`a worker could not start (exit code ${code}): ${slot.crash?.message ?? 'no message'}`, {cause: slot.crash}))
      return
    }
    if (task) {
      const detail = slot.crash ? `${(slot.crash as NodeJS.ErrnoException).code ?? slot.crash.name}: ${slot.crash.message}` : `exit code ${code}`
      task.reject(slot.ending ?? new WorkerError(`the worker died while cleaning this document (${detail}); it was replaced`, {cause: slot.crash}))
    }
    this.#spawn()
  }

  #fail(error: Error): void {
    this.#failure = error
    this.#closed = true
    for (const task of this.#queue.splice(0)) task.reject(error)
    for (const slot of this.#slots) {
      slot.task?.reject(error)
      slot.task = null
      slot.ending = error
      void slot.worker.terminate()
    }
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return
      if (!slot.ready || slot.task || slot.ending) continue
      const task = this.#queue.shift()!
      slot.task = task
      const {timeoutMs} = this.#options
      if (Number.isFinite(timeoutMs)) {
        slot.timer = setTimeout(() => {
          slot.ending = new TimeoutError(`cleaning took longer than \`timeoutMs\` (${timeoutMs} ms); the worker was stopped and replaced`)
          void slot.worker.terminate()
        }, timeoutMs)
      }
      slot.worker.postMessage({task: task.input}, task.transfer)
    }
  }

  #release(slot: Slot<In, Out>): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.task = null
  }
}

/**
 * A worker with the parent's Node flags, as Node does by default, except when
 * the parent was started from `node -e` (`--input-type`, `-e CODE`): a worker
 * refuses those, so it gets the other flags, or none if Node refuses one of
 * them too (per-process flags such as `--expose-gc` are refused when listed).
 */
function startWorker(entry: string | URL, options: WorkerOptions): Worker {
  const own = process.execArgv
  const kept: string[] = []
  for (let i = 0; i < own.length; i++) {
    const arg = own[i]
    if (arg === '--input-type' || ['-e', '--eval', '-p', '--print', '-pe'].includes(arg)) i++
    else if (!/^--(input-type|eval|print)=/.test(arg)) kept.push(arg)
  }
  if (kept.length === own.length) return new Worker(entry, options)
  try {
    return new Worker(entry, {...options, execArgv: kept})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error
    return new Worker(entry, {...options, execArgv: []})
  }
}

/** A worker's error on this side: a DechromeError with its code, or a bug of ours with the worker's stack. */
function relayed(reply: {error: TaskError; stack?: string}): Error {
  if (reply.error.code !== 'ERR_DECHROME_INTERNAL') return new DechromeError(reply.error.code, reply.error.message)
  return Object.assign(new Error(reply.error.message), {stack: reply.stack ?? reply.error.message})
}

/**
 * The worker side of the protocol: answer each task with `handle`'s value, or
 * with the error's code and message. Thrown errors end the task, not the worker.
 * `note` tells the main thread something before the answer (it arrives even if
 * the task then runs out of time).
 */
export function serveTasks<In, Out>(handle: (input: In, note: (value: unknown) => void) => Out): void {
  if (isMainThread || !parentPort) throw new Error('serveTasks() runs inside a worker thread')
  const port = parentPort
  const note = (value: unknown) => port.postMessage({note: value} satisfies Reply<Out>)
  port.on('message', ({task}: {task: In}) => {
    let reply: Reply<Out>
    try {
      reply = {ok: true, value: handle(task, note)}
    } catch (error) {
      reply = {ok: false, error: errorInfo(error)}
      if (!(error instanceof DechromeError)) reply.stack = (error as Error)?.stack
    }
    port.postMessage(reply)
  })
  port.postMessage({ready: true} satisfies Reply<Out>)
}
