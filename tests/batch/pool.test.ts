import {expect, test} from 'vitest'
import {WorkerPool} from '../../src/batch/pool.js'

const script = new URL('./workers/echo.ts', import.meta.url)

test('tasks are spread over the workers and answered', async () => {
  const pool = new WorkerPool<string, string>({size: 2, timeoutMs: 10_000, script})
  try {
    expect(await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => pool.run(t)))).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(pool.started).toBe(2)
  } finally {
    await pool.close()
  }
})

test('an error thrown by the task rejects that task with its code (or its stack, for a bug); the worker lives on', async () => {
  const pool = new WorkerPool<string, string>({size: 1, timeoutMs: 10_000, script})
  try {
    await expect(pool.run('throw')).rejects.toMatchObject({name: 'DechromeError', code: 'ERR_TEST', message: 'refused'})
    // A bug of ours keeps the worker's stack, for the caller's bug report.
    const bug = await pool.run('bug').catch((error: Error) => error)
    expect(bug).toMatchObject({message: 'a bug'})
    expect((bug as Error).stack).toMatch(/TypeError: a bug\n.*echo\.ts/)
    expect(await pool.run('after')).toBe('AFTER')
    expect(pool.started).toBe(1)
  } finally {
    await pool.close()
  }
})

test('a task past timeoutMs gets its worker terminated and replaced', async () => {
  const pool = new WorkerPool<string, string>({size: 1, timeoutMs: 300, script})
  try {
    const [hung, next] = await Promise.allSettled([pool.run('hang'), pool.run('next')])
    expect(hung).toMatchObject({status: 'rejected', reason: {code: 'ERR_DECHROME_TIMEOUT', name: 'TimeoutError'}})
    expect(next).toEqual({status: 'fulfilled', value: 'NEXT'})
    expect(pool.started).toBe(2)
  } finally {
    await pool.close()
  }
})

test('a worker that dies mid-task is replaced and only its task fails', async () => {
  const pool = new WorkerPool<string, string>({size: 1, timeoutMs: 30_000, script, resourceLimits: {maxOldGenerationSizeMb: 48}})
  try {
    await expect(pool.run('exit')).rejects.toMatchObject({code: 'ERR_DECHROME_WORKER', message: expect.stringContaining('exit code 3')})
    await expect(pool.run('oom')).rejects.toMatchObject({code: 'ERR_DECHROME_WORKER', message: expect.stringContaining('ERR_WORKER_OUT_OF_MEMORY')})
    expect(await pool.run('alive')).toBe('ALIVE')
    expect(pool.started).toBe(3)
  } finally {
    await pool.close()
  }
})

test('a worker script that cannot load fails every task with one error, without respawning', async () => {
  const pool = new WorkerPool<string, string>({size: 2, timeoutMs: 10_000, script: new URL('./workers/missing.ts', import.meta.url)})
  const results = await Promise.allSettled([pool.run('a'), pool.run('b'), pool.run('c')])
  expect(results.every((r) => r.status === 'rejected' && (r.reason as {code: string}).code === 'ERR_DECHROME_WORKER')).toBe(true)
  expect(pool.failure?.message).toMatch(/could not start/)
  expect(pool.started).toBe(2)
  await expect(pool.run('d')).rejects.toBe(pool.failure)
  await pool.close()
})

test('close() rejects queued tasks and stops the workers', async () => {
  const pool = new WorkerPool<string, string>({size: 1, timeoutMs: 10_000, script})
  const running = pool.run('hang')
  const queued = pool.run('queued')
  const settled = Promise.allSettled([running, queued])
  await new Promise((r) => setTimeout(r, 50))
  await pool.close()
  for (const result of await settled) expect(result).toMatchObject({status: 'rejected', reason: {code: 'ERR_DECHROME_WORKER'}})
})
