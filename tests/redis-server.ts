// A real redis-server for the tests, on a free loopback port, with nothing persisted.
// Without redis-server the tests that need it fail, saying how to install it: never skipped.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'
import {afterAll, beforeAll} from 'vitest'

export const INSTALL = 'redis-server is needed for the Redis tests: apt-get install -y redis-server'

export interface RedisServer {
  port: number
  url: string
  /** Kill it (SIGKILL: nothing is saved) and wait until it has exited. */
  kill(): Promise<void>
  /** Start it again on the same port, empty. */
  restart(): Promise<void>
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}

function launch(port: number, cpus?: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no']
  // The bench pins the server to a core of its own (taskset), apart from the workers.
  const child = cpus ? spawn('taskset', ['-c', cpus, 'redis-server', ...args], {stdio: ['ignore', 'pipe', 'pipe']}) : spawn('redis-server', args, {stdio: ['ignore', 'pipe', 'pipe']})
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}: ${out}`)), 10_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? new Error(INSTALL) : error)
    })
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      out += s
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
  })
}

export async function startRedis(options: {cpus?: string} = {}): Promise<RedisServer> {
  if (spawnSync('redis-server', ['--version']).error) throw new Error(INSTALL)
  const port = await freePort()
  let child = await launch(port, options.cpus)
  const exited = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())))
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      child.kill('SIGKILL')
      await exited(child)
    },
    async restart() {
      child = await launch(port, options.cpus)
    },
    async stop() {
      child.kill('SIGKILL')
      await exited(child)
    },
  }
}

/** A redis-server for this test file: started before its tests, stopped after them. */
export function useRedisServer(): () => RedisServer {
  let server: RedisServer | undefined
  beforeAll(async () => {
    server = await startRedis()
  }, 30_000)
  afterAll(async () => {
    await server?.stop()
  })
  return () => {
    if (!server) throw new Error('redis-server was not started')
    return server
  }
}
