// A test worker for the pool: echoes, throws, hangs, exits or runs out of memory on request.
import {serveTasks} from '../../../src/batch/pool.js'

serveTasks((task: string) => {
  if (task === 'hang') for (;;);
  if (task === 'exit') process.exit(3)
  if (task === 'oom') {
    const hoard: number[][] = []
    for (;;) hoard.push(new Array(100_000).fill(hoard.length))
  }
  if (task === 'throw') throw Object.assign(new Error('refused'), {code: 'ERR_TEST'})
  return task.toUpperCase()
})
