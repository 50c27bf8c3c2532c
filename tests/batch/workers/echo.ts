// A test worker for the pool: echoes, throws, hangs, exits or runs out of memory on request.
import {serveTasks} from '../../../src/batch/pool.js'
import {DechromeError} from '../../../src/errors.js'

serveTasks((task: string) => {
  if (task === 'hang') for (;;);
  if (task === 'exit') process.exit(3)
  if (task === 'oom') {
    const hoard: number[][] = []
    for (;;) hoard.push(new Array(100_000).fill(hoard.length))
  }
  if (task === 'throw') throw new DechromeError('ERR_TEST', 'refused')
  if (task === 'bug') throw new TypeError('a bug')
  return task.toUpperCase()
})
