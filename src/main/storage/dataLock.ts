import { randomBytes } from 'node:crypto'
import { hostname as osHostname } from 'node:os'
import { join } from 'node:path'
import { atomicWrite, syncDirectory, tempPathFor } from './atomicWrite'
import { isCode, nodeFs, type FsLayer } from './fsLayer'

/** What the lock file `<data>/hiwar.lock` says about the process that writes the folder. */
export interface LockInfo {
  app: 'hiwar'
  pid: number
  hostname: string
  /** Random per lock holder: tells "our" lock from another process's lock with the same pid. */
  token: string
  startedAt: string
  /** Renewed every minute while the holder runs (a holder on another computer is judged by this). */
  refreshedAt: string
}

export type LockOutcome = { kind: 'held'; info: LockInfo } | { kind: 'busy'; holder: LockInfo | null }

export const LOCK_FILE_NAME = 'hiwar.lock'

export interface DataLockOptions {
  fs?: FsLayer
  now?: () => Date
  pid?: number
  hostname?: string
  /** Whether a process of this computer is still running (default: `process.kill(pid, 0)`). */
  isProcessAlive?: (pid: number) => boolean
  /** A lock not renewed for this long is stale whatever its pid says (default 10 minutes). */
  staleAfterMs?: number
  /** How long to wait before re-reading a lock file that is still being written (default 150 ms). */
  settleMs?: number
  sleep?: (ms: number) => Promise<void>
}

const TEN_MINUTES = 10 * 60_000

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it exists but belongs to someone else — still alive.
    return isCode(e, 'EPERM')
  }
}

const isLockInfo = (v: unknown): v is LockInfo => {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return (
    o.app === 'hiwar' &&
    typeof o.pid === 'number' &&
    typeof o.hostname === 'string' &&
    typeof o.token === 'string' &&
    typeof o.startedAt === 'string' &&
    typeof o.refreshedAt === 'string'
  )
}

/** The lock file's content, `null` when it does not exist, `'unreadable'` when it is not a lock. */
type Read = LockInfo | null | 'unreadable'

/**
 * A single-writer lock per data folder, for two copies of Hiwar on one folder (two computers on a shared
 * or synced folder, or a second copy started by hand). The holder writes projects; anyone else opens the
 * folder read-only. A lock is stale — and taken over — when its holder is gone: on this computer, its
 * pid no longer runs; anywhere, it was not renewed for `staleAfterMs`; or the file is not a lock at all
 * (a holder killed while creating it).
 */
export class DataFolderLock {
  readonly path: string
  readonly #dir: string
  readonly #fs: FsLayer
  readonly #now: () => Date
  readonly #pid: number
  readonly #hostname: string
  readonly #isAlive: (pid: number) => boolean
  readonly #staleAfterMs: number
  readonly #settleMs: number
  readonly #sleep: (ms: number) => Promise<void>
  #info: LockInfo | null = null

  constructor(dir: string, options: DataLockOptions = {}) {
    this.#dir = dir
    this.path = join(dir, LOCK_FILE_NAME)
    this.#fs = options.fs ?? nodeFs
    this.#now = options.now ?? (() => new Date())
    this.#pid = options.pid ?? process.pid
    this.#hostname = options.hostname ?? osHostname()
    this.#isAlive = options.isProcessAlive ?? processIsAlive
    this.#staleAfterMs = options.staleAfterMs ?? TEN_MINUTES
    this.#settleMs = options.settleMs ?? 150
    this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
  }

  /** The lock we hold, if any. */
  get held(): LockInfo | null {
    return this.#info
  }

  /** Takes the lock, or reports who holds it. Takes over a stale lock. */
  async acquire(): Promise<LockOutcome> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const stamp = this.#now().toISOString()
      const info: LockInfo = {
        app: 'hiwar',
        pid: this.#pid,
        hostname: this.#hostname,
        token: randomBytes(12).toString('hex'),
        startedAt: stamp,
        refreshedAt: stamp
      }
      if (await this.#createExclusive(info)) {
        this.#info = info
        return { kind: 'held', info }
      }
      const current = await this.#readSettled()
      if (current === null) continue // released meanwhile: try again
      if (current !== 'unreadable' && !this.isStale(current)) return { kind: 'busy', holder: current }
      if (!(await this.#takeOver(current))) {
        const now = await this.#read()
        return { kind: 'busy', holder: now === 'unreadable' ? null : now }
      }
    }
    const last = await this.#read()
    return { kind: 'busy', holder: last === 'unreadable' ? null : last }
  }

  /** Whether a lock written by someone else may be taken over. */
  isStale(info: LockInfo): boolean {
    const refreshed = Date.parse(info.refreshedAt)
    if (Number.isNaN(refreshed) || this.#now().getTime() - refreshed > this.#staleAfterMs) return true
    if (info.hostname === this.#hostname) return !this.#isAlive(info.pid)
    return false
  }

  /** Whether the lock file still holds our lock (another computer may have judged us stale). */
  async stillHeld(): Promise<boolean> {
    if (!this.#info) return false
    const current = await this.#read()
    return current !== null && current !== 'unreadable' && current.token === this.#info.token
  }

  /** Renews `refreshedAt` (called every minute while the app runs). False when the lock is no longer ours. */
  async refresh(): Promise<boolean> {
    if (!this.#info || !(await this.stillHeld())) return false
    const next = { ...this.#info, refreshedAt: this.#now().toISOString() }
    await atomicWrite(this.path, JSON.stringify(next), this.#fs)
    this.#info = next
    return true
  }

  /** Removes the lock file if it is still ours. */
  async release(): Promise<void> {
    if (!this.#info) return
    const ours = await this.stillHeld().catch(() => false)
    this.#info = null
    if (!ours) return
    await this.#fs.unlink(this.path).catch(() => undefined)
    await syncDirectory(this.#dir, this.#fs).catch(() => undefined)
  }

  async #createExclusive(info: LockInfo): Promise<boolean> {
    let file
    try {
      file = await this.#fs.open(this.path, 'wx')
    } catch (e) {
      if (isCode(e, 'EEXIST')) return false
      throw e
    }
    try {
      await file.writeFile(JSON.stringify(info))
      await file.sync()
    } finally {
      await file.close()
    }
    await syncDirectory(this.#dir, this.#fs)
    return true
  }

  async #read(): Promise<Read> {
    let bytes: Buffer
    try {
      bytes = await this.#fs.readFile(this.path)
    } catch (e) {
      if (isCode(e, 'ENOENT')) return null
      throw e
    }
    try {
      const parsed: unknown = JSON.parse(bytes.toString('utf8'))
      return isLockInfo(parsed) ? parsed : 'unreadable'
    } catch {
      return 'unreadable'
    }
  }

  /** Reads the lock; an unreadable one is read again after a moment (its writer may be mid-write). */
  async #readSettled(): Promise<Read> {
    const first = await this.#read()
    if (first !== 'unreadable') return first
    await this.#sleep(this.#settleMs)
    return this.#read()
  }

  /**
   * Moves a stale lock aside, then checks that what was moved is the lock judged stale (another process
   * may have replaced it in between; then it is put back and we stay out).
   */
  async #takeOver(judged: LockInfo | 'unreadable'): Promise<boolean> {
    const aside = tempPathFor(this.path)
    try {
      await this.#fs.rename(this.path, aside)
    } catch (e) {
      if (isCode(e, 'ENOENT')) return true // already gone: the next create decides
      throw e
    }
    let moved: Read
    try {
      const bytes = await this.#fs.readFile(aside)
      const parsed: unknown = JSON.parse(bytes.toString('utf8'))
      moved = isLockInfo(parsed) ? parsed : 'unreadable'
    } catch {
      moved = 'unreadable'
    }
    const same = judged === 'unreadable' ? moved === 'unreadable' : moved !== 'unreadable' && moved !== null && moved.token === judged.token
    if (same) {
      await this.#fs.unlink(aside).catch(() => undefined)
      return true
    }
    // Not the lock we judged: give it back unless someone has created a new one meanwhile.
    if ((await this.#fs.size(this.path)) === null) await this.#fs.rename(aside, this.path).catch(() => undefined)
    else await this.#fs.unlink(aside).catch(() => undefined)
    return false
  }
}
