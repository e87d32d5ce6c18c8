/**
 * Errors that usually go away by themselves on a desktop: Windows antivirus scanners, Word, search
 * indexers and sync clients (OneDrive, Dropbox) briefly hold a file open, and rename or open fail with
 * EBUSY / EPERM / EACCES for a fraction of a second. EAGAIN is the same on some network shares.
 */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['EBUSY', 'EPERM', 'EAGAIN'])

/** Pauses between tries: about 3 s in all before the error reaches the user. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1500]

export interface RetryOptions {
  delaysMs?: readonly number[]
  sleep?: (ms: number) => Promise<void>
  isTransient?: (e: unknown) => boolean
  /** Called before each new try (tests count them). */
  onRetry?: (e: unknown, attempt: number) => void
}

export const isTransientFsError = (e: unknown): boolean => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined
  return typeof code === 'string' && TRANSIENT_CODES.has(code)
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `task`; when it fails with a transient error, waits and runs it again (each try from the start:
 * `task` must be safe to repeat, as an atomic write is). Any other error, or the last transient one,
 * is thrown as it is.
 */
export async function withTransientRetry<T>(task: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? DEFAULT_RETRY_DELAYS_MS
  const sleep = options.sleep ?? realSleep
  const transient = options.isTransient ?? isTransientFsError
  for (let attempt = 0; ; attempt++) {
    try {
      return await task()
    } catch (e) {
      const delay = delays[attempt]
      if (delay === undefined || !transient(e)) throw e
      options.onRetry?.(e, attempt + 1)
      await sleep(delay)
    }
  }
}
