import type { AppApi } from '../../../../core/api'

/**
 * What must be written before the app quits: each open project registers its store's `saveNow` here
 * while it is mounted. Framework-free so the quit sequence is tested end to end without a browser.
 */
const flushers = new Set<() => Promise<boolean>>()

/** Registers a writer of pending changes; returns the function that removes it. */
export function registerFlusher(flush: () => Promise<boolean>): () => void {
  flushers.add(flush)
  return () => {
    flushers.delete(flush)
  }
}

/** Writes everything pending now. True when all of it reached the disk. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((f) => f().catch(() => false)))
  return results.every(Boolean)
}

/** Main's `prepareQuit`: write what is pending, then tell main whether everything was saved. */
export async function answerPrepareQuit(api: Pick<AppApi, 'quitReady'>): Promise<void> {
  const saved = await flushAll()
  await api.quitReady({ saved })
}
