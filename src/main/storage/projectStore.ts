import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import type { QuarantineReport } from '../../core/api'
import { MIGRATIONS, type Migration } from '../../core/migrations'
import { Project } from '../../core/model/project'
import { AppFailure, type AppError } from '../../core/result'
import { atomicWrite, cleanTempFiles, syncDirectory } from './atomicWrite'
import { DataFolderLock, type DataLockOptions, type LockInfo } from './dataLock'
import { errorFromFs, isFsError } from './fileErrors'
import { nodeFs, type FsLayer } from './fsLayer'
import { KeyedMutex } from './keyedMutex'
import { dataLayout, projectFileName, PROJECT_FILE_SUFFIX, type DataLayout } from './layout'
import { backupFile, freshName, moveFile, quarantineFile } from './moveAside'
import { openSharedLock, type SharedLock } from './processLocks'
import { decodeProject } from './projectCodec'
import { DEFAULT_MAX_FILE_BYTES, InvalidJsonError, SafeJSONFile, serializeJson } from './safeJsonFile'
import { DEFAULT_SNAPSHOT_POLICY, type SnapshotPolicy } from './snapshotPolicy'
import { withTransientRetry, type RetryOptions } from './transientRetry'
import { contentWeight } from './shrinkGuard'
import { SnapshotStore } from './versions'

export interface StoreOptions {
  dataDir: string
  now: () => Date
  fs?: FsLayer
  maxFileBytes?: number
  migrations?: Readonly<Record<number, Migration>>
  /**
   * The data-folder lock. Default: the process-wide lock of this folder (shared by every store of this
   * process). An object: a lock of this store's own with these options (tests pose as another process
   * with another pid or hostname).
   */
  lock?: DataLockOptions
  /** How often the lock is renewed (default every minute). */
  heartbeatMs?: number
  snapshots?: Partial<SnapshotPolicy>
  /** Retries of transient errors (EBUSY, EPERM) around every write. */
  retry?: RetryOptions
}

/** Whether this store may write, and if not, why (another copy of Hiwar holds the folder, read-only disk). */
export type StorageAccess =
  | { mode: 'writer'; lock: LockInfo | null }
  | { mode: 'readOnly'; error: AppError; holder: LockInfo | null }

/** What a save needs to know about the file on disk, kept after each read and write of it. */
export interface ProjectFacts {
  createdAt: string
  trashedAt: string | null
  /** `contentWeight` of the project (the shrink guard compares a save against it). */
  weight: number
}

/** What reading one file gave: a project, or a bad file that has been moved to quarantine. */
type Loaded = { kind: 'ok'; project: Project } | { kind: 'quarantined'; report: QuarantineReport }

const ID_FROM_FILE = /^([A-Za-z0-9_-]{1,64})\.json$/

/**
 * The project library on disk: one lowdb JSON file per project in `<data>/projects/<id>.json`, the list
 * derived from the files (no index to drift). Every load and save goes through the migration runner and
 * zod; a file that fails is moved to `quarantine/` (never overwritten, never replaced by defaults).
 */
export class ProjectStore {
  readonly layout: DataLayout
  readonly #fs: FsLayer
  readonly #now: () => Date
  readonly #maxBytes: number
  readonly #migrations: Readonly<Record<number, Migration>>
  readonly #locks = new KeyedMutex()
  readonly #reports: QuarantineReport[] = []
  readonly #options: StoreOptions
  readonly snapshots: SnapshotStore
  #ready: Promise<void> | null = null
  #lock: SharedLock | null = null
  #access: StorageAccess = { mode: 'writer', lock: null }
  #closed = false
  /** Facts about each file as this store last read or wrote it, with the file's size then. */
  readonly #facts = new Map<string, ProjectFacts & { size: number }>()

  constructor(options: StoreOptions) {
    this.#options = options
    this.layout = dataLayout(options.dataDir)
    this.#fs = options.fs ?? nodeFs
    this.#now = options.now
    this.#maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    this.#migrations = options.migrations ?? MIGRATIONS
    this.snapshots = new SnapshotStore(this.layout, this.#fs, { ...DEFAULT_SNAPSHOT_POLICY, ...options.snapshots })
  }

  get fs(): FsLayer {
    return this.#fs
  }

  get maxFileBytes(): number {
    return this.#maxBytes
  }

  /**
   * Opens the data folder (once per store): creates it, takes the single-writer lock — or, when another
   * copy of Hiwar holds it or the disk is read-only, settles for read-only access — and, as the writer,
   * removes the temp files a killed writer left behind (never those of a live writer).
   */
  ready(): Promise<void> {
    this.#ready ??= this.#open().catch((e: unknown) => {
      this.#ready = null
      throw e
    })
    return this.#ready
  }

  async #open(): Promise<void> {
    if (this.#closed) throw new AppFailure('unexpected', { message: 'storage closed' })
    try {
      await this.#fs.mkdir(this.layout.projects)
    } catch (e) {
      if (!isFsError(e) || (await this.#fs.size(this.layout.projects)) === null) throw e
      this.#access = { mode: 'readOnly', error: errorFromFs(e), holder: null }
      return
    }
    this.#lock = this.#options.lock ? privateLock(this.layout.root, this.#fs, this.#options.lock) : openSharedLock(this.layout.root, this.#fs, { heartbeatMs: this.#options.heartbeatMs })
    let outcome
    try {
      outcome = await this.#lock.outcome
    } catch (e) {
      if (!isFsError(e)) throw e
      this.#access = { mode: 'readOnly', error: errorFromFs(e), holder: null }
      return
    }
    if (outcome.kind === 'busy') {
      this.#access = { mode: 'readOnly', error: lockedError(outcome.holder), holder: outcome.holder }
      return
    }
    this.#access = { mode: 'writer', lock: outcome.info }
    for (const dir of [this.layout.root, this.layout.projects, this.layout.quarantine, this.layout.backups]) {
      await cleanTempFiles(dir, this.#fs)
    }
    for (const id of await this.#fs.readdir(this.layout.snapshots)) {
      if (!id.startsWith('.')) await cleanTempFiles(this.snapshots.dirOf(id), this.#fs)
    }
  }

  /** Whether this store writes, or why it is read-only. */
  async access(): Promise<StorageAccess> {
    await this.ready()
    return this.#access
  }

  /**
   * Before any change on disk: throws when this store is read-only, and notices when another copy of
   * Hiwar took the folder over meanwhile (it judged our lock stale, e.g. after a long sleep).
   */
  async assertWriter(): Promise<void> {
    await this.ready()
    if (this.#closed) throw new AppFailure('unexpected', { message: 'storage closed' })
    const access = this.#access
    if (access.mode === 'readOnly') throw new AppFailure(access.error.code, access.error.params)
    const lock = this.#lock?.lock
    if (!lock || (await lock.stillHeld())) return
    // The lock file is gone (someone tidied the folder) or another copy holds it now.
    const again = await lock.acquire()
    if (again.kind === 'held') {
      this.#access = { mode: 'writer', lock: again.info }
      return
    }
    this.#access = { mode: 'readOnly', error: lockedError(again.holder), holder: again.holder }
    throw new AppFailure(this.#access.error.code, this.#access.error.params)
  }

  /** Waits until every queued read and write has finished (before quitting). */
  drain(): Promise<void> {
    return this.#locks.idle()
  }

  /** Finishes pending work and releases the data-folder lock. The store cannot be used afterwards. */
  async close(): Promise<void> {
    if (this.#closed) return
    await this.drain()
    this.#closed = true
    await this.#lock?.close()
  }

  /** Every quarantine report of this session, oldest first. */
  get quarantineReports(): QuarantineReport[] {
    return [...this.#reports]
  }

  recordQuarantine(report: QuarantineReport): void {
    this.#reports.push(report)
  }

  pathOf(id: string): string {
    return join(this.layout.projects, projectFileName(id))
  }

  /** Serialises work on one project (read-modify-write never interleaves). */
  withLock<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.#locks.run(id, task)
  }

  /** All projects (trashed included); bad files are quarantined on the way and reported. */
  async list(): Promise<{ projects: Project[]; quarantined: QuarantineReport[] }> {
    await this.ready()
    const projects: Project[] = []
    const names = (await this.#fs.readdir(this.layout.projects)).filter(
      (n) => n.endsWith(PROJECT_FILE_SUFFIX) && !n.startsWith('.')
    )
    for (const name of names.sort()) {
      const match = ID_FROM_FILE.exec(name)
      const id = match?.[1]
      const loaded = id
        ? await this.withLock(id, () => this.#loadUnlocked(id))
        : await this.#quarantine(join(this.layout.projects, name), {
            error: { code: 'corruptFile', params: { file: name, reason: 'file name is not a project id' } },
            reason: 'file name is not a project id'
          })
      if (loaded === null) continue
      if (loaded.kind === 'ok') projects.push(loaded.project)
    }
    return { projects, quarantined: this.quarantineReports }
  }

  /** One project, or `notFound`; a bad file is quarantined and its error raised. */
  async load(id: string): Promise<Project> {
    await this.ready()
    return this.withLock(id, () => this.loadLocked(id))
  }

  /** `load` for callers already holding the project's lock. */
  async loadLocked(id: string): Promise<Project> {
    const loaded = await this.#loadUnlocked(id)
    if (loaded === null) throw new AppFailure('notFound', { id })
    if (loaded.kind === 'quarantined') throw new AppFailure(loaded.report.error.code, loaded.report.error.params)
    return loaded.project
  }

  /**
   * Facts about the project on disk (caller holds the lock): from memory when the file still has the
   * size this store last saw (this store is the folder's only writer), otherwise from a full load.
   */
  async factsLocked(id: string): Promise<ProjectFacts> {
    const known = this.#facts.get(id)
    if (known && (await this.#fs.size(this.pathOf(id))) === known.size) return known
    const project = await this.loadLocked(id)
    return this.#facts.get(id) ?? factsOf(project)
  }

  async exists(id: string): Promise<boolean> {
    await this.ready()
    return (await this.#fs.size(this.pathOf(id))) !== null
  }

  /**
   * Validates and writes a project atomically (caller holds the lock), retrying transient errors; then
   * records a rotating snapshot when one is due (a failed snapshot never fails the save: the project
   * itself is on disk). Returns what was written.
   */
  async writeLocked(project: Project, options: { snapshot?: 'due' | 'never'; validated?: boolean } = {}): Promise<Project> {
    await this.assertWriter()
    // `validated`: the caller passes what the channel contract has just parsed (only dates changed).
    const valid = options.validated ? project : Project.parse(project)
    const text = serializeJson(valid)
    const path = this.pathOf(valid.id)
    this.#facts.delete(valid.id)
    await this.retry(() => atomicWrite(path, text, this.#fs))
    this.#facts.set(valid.id, { ...factsOf(valid), size: Buffer.byteLength(text) })
    if (options.snapshot !== 'never') await this.snapshots.record(valid.id, text, this.#now()).catch(() => null)
    return valid
  }

  /** Keeps the project's current file as a snapshot now (before a restore or a confirmed big deletion). */
  async snapshotCurrentLocked(id: string): Promise<void> {
    await this.assertWriter()
    const bytes = await this.#fs.readFile(this.pathOf(id))
    await this.retry(() => this.snapshots.record(id, bytes.toString('utf8'), this.#now(), true))
  }

  /** Runs a write, retrying transient errors (EBUSY, EPERM) with backoff. */
  retry<T>(task: () => Promise<T>): Promise<T> {
    return withTransientRetry(task, this.#options.retry)
  }

  /** Moves a project file to `deleted/` (recoverable by hand); caller holds the lock. */
  async moveToDeletedLocked(id: string): Promise<void> {
    await this.assertWriter()
    const path = this.pathOf(id)
    if ((await this.#fs.size(path)) === null) throw new AppFailure('notFound', { id })
    await this.#fs.mkdir(this.layout.deleted)
    const target = await freshName(this.#fs, this.layout.deleted, projectFileName(id), this.#now())
    await moveFile(this.#fs, path, target)
    await syncDirectory(this.layout.projects, this.#fs)
  }

  /** A fresh id that no project file uses. */
  async unusedId(newId: () => string): Promise<string> {
    for (;;) {
      const id = newId()
      if (!(await this.exists(id))) return id
    }
  }

  #adapter<T>(path: string): SafeJSONFile<T> {
    return new SafeJSONFile<T>(path, { fs: this.#fs, maxBytes: this.#maxBytes })
  }

  async #loadUnlocked(id: string): Promise<Loaded | null> {
    const path = this.pathOf(id)
    const file = projectFileName(id)
    const db = new Low<unknown>(this.#adapter<unknown>(path), null)
    try {
      await db.read()
    } catch (e) {
      if (e instanceof InvalidJsonError) {
        const reason = `invalid JSON: ${e.message}`
        return this.#quarantine(path, { error: { code: 'corruptFile', params: { file, reason } }, reason })
      }
      if (e instanceof AppFailure && e.code === 'fileTooLarge') {
        return this.#quarantine(path, { error: { code: e.code, params: e.params }, reason: `file too large (${e.params.size} bytes)` })
      }
      throw e
    }
    if (db.data === null && (await this.#fs.size(path)) === null) return null
    const decoded = decodeProject(db.data, file, this.#migrations)
    if (decoded.kind === 'bad') {
      // In the library, "not a Hiwar file" means a damaged one: say it is unreadable and quarantined.
      const error: AppError =
        decoded.error.code === 'notHiwarFile' ? { code: 'corruptFile', params: { file, reason: decoded.reason } } : decoded.error
      return this.#quarantine(path, { error, reason: decoded.reason })
    }
    if (decoded.project.id !== id) {
      const reason = `id "${decoded.project.id}" does not match the file name`
      return this.#quarantine(path, { error: { code: 'corruptFile', params: { file, reason } }, reason })
    }
    if (decoded.migratedFrom !== null && this.#access.mode === 'writer') {
      await backupFile(this.#fs, this.layout.backups, path, `v${decoded.migratedFrom}`, this.#now())
      await this.writeLocked(decoded.project)
    } else {
      const size = await this.#fs.size(path)
      if (size !== null) this.#facts.set(id, { ...factsOf(decoded.project), size })
    }
    return { kind: 'ok', project: decoded.project }
  }

  async #quarantine(path: string, bad: { error: AppError; reason: string }): Promise<Loaded> {
    if (this.#access.mode === 'readOnly') {
      // Not ours to move: the writer (or a later session) quarantines it. Report it where it is.
      const report = { file: basename(path), quarantinedAs: path, reason: bad.reason, at: this.#now().toISOString(), error: bad.error }
      return { kind: 'quarantined', report }
    }
    const report = await quarantineFile({
      fs: this.#fs,
      quarantineDir: this.layout.quarantine,
      path,
      error: bad.error,
      reason: bad.reason,
      now: this.#now()
    })
    this.recordQuarantine(report)
    return { kind: 'quarantined', report }
  }
}

const factsOf = (p: Project): ProjectFacts => ({ createdAt: p.createdAt, trashedAt: p.trashedAt, weight: contentWeight(p) })

function lockedError(holder: LockInfo | null): AppError {
  return {
    code: 'lockedByOtherInstance',
    params: holder ? { host: holder.hostname, pid: holder.pid, since: holder.startedAt } : { host: '?', pid: 0, since: '' }
  }
}

/** A lock of one store's own (tests posing as another process); released when the store closes. */
function privateLock(dir: string, fs: FsLayer, options: DataLockOptions): SharedLock {
  const lock = new DataFolderLock(dir, { fs, ...options })
  const outcome = lock.acquire()
  return { lock, outcome, close: () => outcome.then((o) => (o.kind === 'held' ? lock.release() : undefined), () => undefined) }
}
