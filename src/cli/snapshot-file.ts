import {readFile} from 'node:fs/promises'
import {renameSync, writeFileSync} from 'node:fs'

/** The bytes of a snapshot file, or null when there is none yet (a first run starts empty). */
export async function readSnapshotFile(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * Write a snapshot atomically (a temporary file renamed over it), so a crash never
 * leaves half a snapshot. Synchronous: a signal handler or a checkpoint between records cannot await.
 */
export function writeSnapshotFileSync(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, bytes)
  renameSync(temporary, path)
}
