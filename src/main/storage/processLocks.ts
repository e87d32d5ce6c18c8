import { resolve } from 'node:path'
import { DataFolderLock, type DataLockOptions, type LockOutcome } from './dataLock'
import type { FsLayer } from './fsLayer'

interface Entry {
  lock: DataFolderLock
  outcome: Promise<LockOutcome>
  users: number
  heartbeat: ReturnType<typeof setInterval> | null
}

/**
 * The data-folder lock is per process, not per store: every store this process opens on one folder
 * (the app has one; tests and the e2e harness may open several) shares the lock, and the last one to
 * close releases it. Other processes see one holder.
 */
const entries = new Map<string, Entry>()

export interface SharedLock {
  lock: DataFolderLock
  outcome: Promise<LockOutcome>
  /** Stops using the lock; the last user releases it. */
  close(): Promise<void>
}

export function openSharedLock(dir: string, fs: FsLayer, options: DataLockOptions & { heartbeatMs?: number } = {}): SharedLock {
  const key = resolve(dir)
  let entry = entries.get(key)
  if (!entry) {
    const lock = new DataFolderLock(dir, { fs, ...options })
    const created: Entry = { lock, outcome: lock.acquire(), users: 0, heartbeat: null }
    entry = created
    entries.set(key, created)
    created.outcome.then(
      (o) => {
        // Another process holds the folder: the stores that asked stay read-only, but a later open
        // (that process may have quit meanwhile) asks again.
        if (o.kind === 'busy' && entries.get(key) === created) entries.delete(key)
        if (o.kind !== 'held' || created.users === 0) return
        const every = options.heartbeatMs ?? 60_000
        created.heartbeat = setInterval(() => void lock.refresh().catch(() => false), every)
        created.heartbeat.unref?.()
      },
      () => {
        // A folder we cannot even lock (read-only disk…): forget it so a later open tries again.
        if (entries.get(key) === created) entries.delete(key)
      }
    )
  }
  const shared = entry
  shared.users++
  let closed = false
  return {
    lock: shared.lock,
    outcome: shared.outcome,
    close: async () => {
      if (closed) return
      closed = true
      shared.users--
      if (shared.users > 0) return
      if (entries.get(key) === shared) entries.delete(key)
      if (shared.heartbeat) clearInterval(shared.heartbeat)
      await shared.outcome.then(
        (o) => (o.kind === 'held' ? shared.lock.release() : undefined),
        () => undefined
      )
    }
  }
}
