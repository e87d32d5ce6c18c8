import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import { PROJECT_SECTION_KEYS, type ProjectSectionKey, type QuarantineReport, type SectionsSaved } from '../../core/api'
import { MIGRATIONS, type Migration } from '../../core/migrations'
import { Project } from '../../core/model/project'
import { AppFailure, type AppError } from '../../core/result'
import { atomicWrite, cleanTempFiles, stageWrite, syncDirectory } from './atomicWrite'
import { DataFolderLock, type DataLockOptions, type LockInfo } from './dataLock'
import { errorFromFs, isFsError } from './fileErrors'
import { isCode, nodeFs, type FsLayer } from './fsLayer'
import { KeyedMutex } from './keyedMutex'
import { dataLayout, projectFileName, PROJECT_FILE_SUFFIX, type DataLayout } from './layout'
import { decodeJournal, encodeEntry, journalFileName, replay, type DecodedJournal, type Replayed } from './journal'
import { applyChecked, type SectionChange } from './sectionChange'
import { backupFile, freshName, moveFile, quarantineCopy, quarantineFile } from './moveAside'
import { openSharedLock, type SharedLock } from './processLocks'
import { decodeProject } from './projectCodec'
import { DEFAULT_MAX_FILE_BYTES, InvalidJsonError, SafeJSONFile, serializeJson } from './safeJsonFile'
import { DEFAULT_SNAPSHOT_POLICY, type SnapshotPolicy } from './snapshotPolicy'
import { withTransientRetry, type RetryOptions } from './transientRetry'
import { contentWeight, shrinkOf } from './shrinkGuard'
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
  /** When the journal of incremental saves is folded into the project file. */
  journal?: Partial<JournalPolicy>
}

/**
 * When a project's journal is folded into its file (atomic write, off the save's path): after a pause
 * in saving, or as soon as it holds many entries or bytes; and always on close, before a snapshot of
 * the current file, before a delete, and when a project is opened with entries left by a crash.
 */
export interface JournalPolicy {
  /** Fold this long after the last incremental save (null: never on a timer). Default 2 s. */
  idleFoldMs: number | null
  /** Fold once the journal holds this many entries (default 500)… */
  maxEntries: number
  /** …or this many bytes (default 4 MB). */
  maxBytes: number
}

export const DEFAULT_JOURNAL_POLICY: JournalPolicy = { idleFoldMs: 2_000, maxEntries: 500, maxBytes: 4 * 1024 * 1024 }

/** Projects whose full state this store keeps in memory (those with unfolded entries are always kept). */
const LIVE_LIMIT = 4

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

/**
 * What this store knows of one project it opened or wrote: its current state (the file plus the
 * journal's entries), the weight of each section (the shrink guard), and the files' sizes then (any
 * other change of the files makes the store read them again).
 */
interface Live {
  project: Project
  weights: Map<ProjectSectionKey, number>
  weight: number
  /** Changes with every write (see `SavedInfo.revision`). */
  revision: string
  mainSize: number
  /** Size of the journal file (null: there is none). */
  journalSize: number | null
  /** The journal's entries not folded into the file yet, as written. */
  lines: string[]
  /** The journal ends with bytes that are not an entry (a failed append, a torn line): no append until a fold. */
  broken: boolean
  /** Bumped by every write of the project file (a fold started before another write gives up). */
  generation: number
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
  /** The projects this store keeps in memory (most recently used last). */
  readonly #live = new Map<string, Live>()
  readonly #journal: JournalPolicy
  readonly #idleTimers = new Map<string, ReturnType<typeof setTimeout>>()
  readonly #folds = new Map<string, Promise<void>>()
  #revisions = 0

  constructor(options: StoreOptions) {
    this.#options = options
    this.layout = dataLayout(options.dataDir)
    this.#fs = options.fs ?? nodeFs
    this.#now = options.now
    this.#maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    this.#migrations = options.migrations ?? MIGRATIONS
    this.#journal = { ...DEFAULT_JOURNAL_POLICY, ...options.journal }
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
  async drain(): Promise<void> {
    await Promise.all([...this.#folds.values()].map((f) => f.catch(() => undefined)))
    await this.#locks.idle()
  }

  /**
   * Finishes pending work, folds every journal into its project file (best effort: a journal that
   * cannot be folded stays, and is replayed on the next open) and releases the data-folder lock. The
   * store cannot be used afterwards.
   */
  async close(): Promise<void> {
    if (this.#closed) return
    for (const timer of this.#idleTimers.values()) clearTimeout(timer)
    this.#idleTimers.clear()
    await this.drain()
    for (const [id, live] of this.#live) {
      if (live.lines.length > 0 || live.broken) await this.fold(id).catch(() => undefined)
    }
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

  journalPathOf(id: string): string {
    return join(this.layout.projects, journalFileName(id))
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
        ? // A folder named like a project file is not a project: left alone, and not listed.
          await this.withLock(id, () => this.#loadUnlocked(id)).catch((e: unknown) => {
            if (isCode(e, 'EISDIR')) return null
            throw e
          })
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
    const live = await this.#liveLocked(id)
    return { createdAt: live.project.createdAt, trashedAt: live.project.trashedAt, weight: live.weight }
  }

  /** The project's state in memory when the files are as this store left them, else read again. */
  async #liveLocked(id: string): Promise<Live> {
    const known = this.#live.get(id)
    if (known && (await this.#diskMatches(id, known))) return known
    await this.loadLocked(id)
    const live = this.#live.get(id)
    if (!live) throw new AppFailure('notFound', { id })
    return live
  }

  async #diskMatches(id: string, live: Live): Promise<boolean> {
    return (await this.#fs.size(this.pathOf(id))) === live.mainSize && (await this.#fs.size(this.journalPathOf(id))) === live.journalSize
  }

  /** Whether a project file (or a journal left by one) has this id. */
  async exists(id: string): Promise<boolean> {
    await this.ready()
    return (await this.#fs.size(this.pathOf(id))) !== null || (await this.#fs.size(this.journalPathOf(id))) !== null
  }

  /**
   * Validates and writes a project atomically (caller holds the lock), retrying transient errors; then
   * records a rotating snapshot when one is due (a failed snapshot never fails the save: the project
   * itself is on disk). Unfolded journal entries are folded into the file first, so that no entry of
   * the journal is ever replayed over a newer state. Returns what was written.
   */
  async writeLocked(project: Project, options: { snapshot?: 'due' | 'never'; validated?: boolean } = {}): Promise<Project> {
    await this.assertWriter()
    // `validated`: the caller passes what the channel contract has just parsed (only dates changed).
    const valid = options.validated ? project : Project.parse(project)
    const id = valid.id
    const known = this.#live.get(id)
    const live = known && (await this.#diskMatches(id, known)) ? known : null
    if (live && (live.lines.length > 0 || live.broken)) await this.#foldLocked(live)
    else if (!live && ((await this.#fs.size(this.journalPathOf(id))) ?? 0) > 0) {
      // A journal this store has not read: fold it (or, without a project file, set it aside).
      if ((await this.#fs.size(this.pathOf(id))) === null) await this.#setAsideOrphanJournal(id)
      else await this.loadLocked(id)
    }
    await this.#writeMainLocked(valid, serializeJson(valid), { snapshot: options.snapshot !== 'never' })
    return valid
  }

  /**
   * Saves some sections of a project (caller holds the lock): validated by the channel contract, merged
   * onto this store's copy, appended to the project's journal with one fsync. `applied: false` (nothing
   * written) when `baseRevision` is not this store's revision, or the file on disk is damaged: the
   * caller sends the whole project instead.
   */
  async saveSectionsLocked(id: string, change: SectionChange, options: { baseRevision?: string; confirmShrink?: boolean } = {}): Promise<SectionsSaved> {
    await this.assertWriter()
    let live: Live
    try {
      live = await this.#liveLocked(id)
    } catch (e) {
      // A damaged file has just been quarantined (and reported): only the whole project can replace it.
      if (e instanceof AppFailure && e.code !== 'notFound') return { applied: false, updatedAt: '', revision: '' }
      throw e
    }
    if (options.baseRevision !== undefined && options.baseRevision !== live.revision) {
      return { applied: false, updatedAt: live.project.updatedAt, revision: live.revision }
    }
    // Each patch is checked where it lands (whole sections were parsed by the channel contract).
    const checked = applyChecked(live.project, change, { sectionsParsed: true })
    const validated = checked.project
    const weights = new Map<ProjectSectionKey, number>()
    for (const k of checked.touched) {
      const delta = checked.weightDeltas.get(k)
      weights.set(k, delta !== undefined ? (live.weights.get(k) ?? 0) + delta : contentWeight({ [k]: validated[k] }))
    }
    let after = live.weight
    for (const k of checked.touched) after += (weights.get(k) ?? 0) - (live.weights.get(k) ?? 0)
    // Same guard as a whole save: a change that wipes most of the project needs a confirmation, and
    // then the current state is kept as a snapshot first.
    const drop = shrinkOf(live.weight, after)
    if (drop && !options.confirmShrink) throw new AppFailure('contentShrink', drop)
    if (drop) {
      await this.snapshotCurrentLocked(id)
      live = await this.#liveLocked(id)
    }
    // Strictly later than the state it changes: the journal's replay tells folded entries by it.
    const updatedAt = new Date(Math.max(this.#now().getTime(), Date.parse(live.project.updatedAt) + 1)).toISOString()
    const merged: Project = { ...validated, updatedAt }
    if (live.broken) {
      // The journal ends with a failed append: no entry may follow it. Write the whole file instead.
      await this.writeLocked(merged, { validated: true })
      return { applied: true, updatedAt, revision: this.revisionOf(id) }
    }
    const line = encodeEntry({ updatedAt, ...(change.sections ? { sections: change.sections } : {}), ...(change.patches?.length ? { patches: change.patches } : {}) })
    await this.#appendLocked(id, live, line)
    // (No await from here on: the lines and the state change together.)
    live.lines.push(line)
    live.journalSize = (live.journalSize ?? 0) + Buffer.byteLength(line)
    live.project = merged
    for (const k of checked.touched) live.weights.set(k, weights.get(k) ?? 0)
    live.weight = after
    live.revision = this.#nextRevision(updatedAt, live.revision)
    this.#scheduleFold(id, live)
    return { applied: true, updatedAt, revision: live.revision }
  }

  /** Appends one entry with one fsync. After a failure the journal is `broken` until the next fold. */
  async #appendLocked(id: string, live: Live, line: string): Promise<void> {
    const path = this.journalPathOf(id)
    const created = live.journalSize === null
    // Opening may be retried (nothing written yet); a failed write or fsync is not (a half line may be there).
    const file = await this.retry(() => this.#fs.open(path, 'a'))
    try {
      await file.writeFile(line)
      await file.sync()
    } catch (e) {
      live.broken = true
      live.journalSize = await this.#fs.size(path).catch(() => null)
      await file.close().catch(() => undefined)
      throw e
    }
    try {
      await file.close()
      // A new journal file: its name in the folder must survive a power cut too.
      if (created) await syncDirectory(this.layout.projects, this.#fs)
    } catch (e) {
      live.broken = true
      live.journalSize = await this.#fs.size(path).catch(() => null)
      throw e
    }
  }

  /** Folds soon: at once when the journal is big, else after a pause in saving. */
  #scheduleFold(id: string, live: Live): void {
    const old = this.#idleTimers.get(id)
    if (old) clearTimeout(old)
    this.#idleTimers.delete(id)
    const full = live.lines.length >= this.#journal.maxEntries || (live.journalSize ?? 0) >= this.#journal.maxBytes
    const delay = full ? 0 : this.#journal.idleFoldMs
    if (delay === null) return
    const timer = setTimeout(() => {
      this.#idleTimers.delete(id)
      void this.fold(id).catch(() => undefined)
    }, delay)
    timer.unref?.()
    this.#idleTimers.set(id, timer)
  }

  /**
   * Writes the project's current state into its file and empties its journal, without holding the
   * project's lock during the slow part: the temp file is written and fsynced first, the lock is taken
   * only for the rename and the journal's reset (saves made meanwhile stay in the journal). Gives up
   * when anything else wrote the project meanwhile. A no-op without unfolded entries.
   */
  fold(id: string): Promise<void> {
    const running = this.#folds.get(id)
    if (running) return running
    const run = this.#foldOnce(id).finally(() => this.#folds.delete(id))
    this.#folds.set(id, run)
    return run
  }

  async #foldOnce(id: string): Promise<void> {
    const live = this.#live.get(id)
    if (!live || (live.lines.length === 0 && !live.broken) || this.#closed || this.#access.mode !== 'writer') return
    if (live.broken) {
      // A journal with a bad tail is folded the plain way, under the lock.
      await this.withLock(id, async () => {
        if (this.#live.get(id) === live && (await this.#diskMatches(id, live))) await this.#foldLocked(live)
      })
      return
    }
    const generation = live.generation
    const folded = live.lines.length
    const text = serializeJson(live.project)
    const staged = await this.retry(() => stageWrite(this.pathOf(id), text, this.#fs))
    try {
      await this.withLock(id, async () => {
        if (this.#closed || this.#live.get(id) !== live || live.generation !== generation || !(await this.#diskMatches(id, live))) return
        await staged.commit()
        live.generation++
        live.mainSize = Buffer.byteLength(text)
        await this.#resetJournalLocked(id, live, folded)
        await this.snapshots.record(id, text, this.#now()).catch(() => null)
      })
    } finally {
      await staged.abort()
    }
  }

  /** `fold` for a caller holding the lock: one plain atomic write of the current state. */
  async #foldLocked(live: Live): Promise<void> {
    await this.#writeMainLocked(live.project, serializeJson(live.project), { snapshot: true })
  }

  /**
   * After the file was written with the state of the journal's first `folded` entries: the journal keeps
   * only the entries appended since (atomic rewrite). A failure leaves the journal as it was, which is
   * consistent (replaying entries the file already holds changes nothing); the next fold tries again.
   */
  async #resetJournalLocked(id: string, live: Live, folded: number): Promise<void> {
    if (live.journalSize === null || (live.journalSize === 0 && !live.broken)) return
    const rest = live.lines.slice(folded)
    const text = rest.join('')
    try {
      await this.retry(() => atomicWrite(this.journalPathOf(id), text, this.#fs))
    } catch {
      return
    }
    live.lines = rest
    live.journalSize = Buffer.byteLength(text)
    live.broken = false
  }

  /** Writes the project file with `project`, which must hold every unfolded entry; then resets the journal. */
  async #writeMainLocked(project: Project, text: string, options: { snapshot: boolean }): Promise<void> {
    const id = project.id
    const previous = this.#live.get(id)
    // On failure the state in memory stays: the file is the previous one (or, after a failed folder
    // fsync, the new one) and the sizes tell which the next time that state is used.
    await this.retry(() => atomicWrite(this.pathOf(id), text, this.#fs))
    this.#live.delete(id)
    const live = this.#newLive(project, Buffer.byteLength(text), {
      journalSize: await this.#fs.size(this.journalPathOf(id)),
      lines: previous?.lines ?? [],
      broken: previous?.broken ?? false,
      generation: (previous?.generation ?? 0) + 1,
      revision: this.#nextRevision(project.updatedAt, previous?.revision)
    })
    await this.#resetJournalLocked(id, live, live.lines.length)
    this.#remember(id, live)
    if (options.snapshot) await this.snapshots.record(id, text, this.#now()).catch(() => null)
  }

  #newLive(project: Project, mainSize: number, rest: Pick<Live, 'journalSize' | 'lines' | 'broken' | 'generation' | 'revision'>): Live {
    const weights = new Map<ProjectSectionKey, number>()
    let weight = 0
    for (const k of PROJECT_SECTION_KEYS) {
      const w = contentWeight({ [k]: project[k] })
      weights.set(k, w)
      weight += w
    }
    return { project, weights, weight, mainSize, ...rest }
  }

  /** Keeps a project in memory, forgetting the least recently used ones that have nothing to fold. */
  #remember(id: string, live: Live): void {
    this.#live.delete(id)
    this.#live.set(id, live)
    for (const [other, l] of this.#live) {
      if (this.#live.size <= LIVE_LIMIT) break
      if (other !== id && l.lines.length === 0 && !l.broken) this.#live.delete(other)
    }
  }

  /** This store's revision of a project it holds in memory ('' when it holds none). */
  revisionOf(id: string): string {
    return this.#live.get(id)?.revision ?? ''
  }

  /** `updatedAt` itself (what the renderer knows after opening), made unique when a clock repeats. */
  #nextRevision(updatedAt: string, previous: string | undefined): string {
    return previous === undefined || !previous.startsWith(updatedAt) ? updatedAt : `${updatedAt}#${++this.#revisions}`
  }

  /** Keeps the project's current file as a snapshot now (before a restore or a confirmed big deletion). */
  async snapshotCurrentLocked(id: string): Promise<void> {
    await this.assertWriter()
    const live = this.#live.get(id)
    if (live && (live.lines.length > 0 || live.broken)) await this.#foldLocked(live)
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
    // The file must hold everything before it goes: fold the journal (reading it if need be).
    const live = this.#live.get(id)
    if (live && (await this.#diskMatches(id, live))) {
      if (live.lines.length > 0 || live.broken) await this.#foldLocked(live)
    } else if (((await this.#fs.size(this.journalPathOf(id))) ?? 0) > 0) await this.loadLocked(id)
    await this.#fs.mkdir(this.layout.deleted)
    const target = await freshName(this.#fs, this.layout.deleted, projectFileName(id), this.#now())
    await moveFile(this.#fs, path, target)
    this.#forget(id)
    // The journal is empty now (or holds entries the moved file already has).
    await this.#fs.unlink(this.journalPathOf(id)).catch(() => undefined)
    await syncDirectory(this.layout.projects, this.#fs)
  }

  #forget(id: string): void {
    this.#live.delete(id)
    const timer = this.#idleTimers.get(id)
    if (timer) clearTimeout(timer)
    this.#idleTimers.delete(id)
  }

  /** A journal without a project file (left by a crash during a delete): kept in quarantine, never applied. */
  async #setAsideOrphanJournal(id: string): Promise<void> {
    const path = this.journalPathOf(id)
    const reason = 'journal without its project file'
    await this.#quarantine(path, { error: { code: 'corruptFile', params: { file: journalFileName(id), reason } }, reason })
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
        return this.#quarantineWithJournal(id, { error: { code: 'corruptFile', params: { file, reason } }, reason })
      }
      if (e instanceof AppFailure && e.code === 'fileTooLarge') {
        return this.#quarantineWithJournal(id, { error: { code: e.code, params: e.params }, reason: `file too large (${e.params.size} bytes)` })
      }
      throw e
    }
    const mainSize = await this.#fs.size(path)
    if (db.data === null && mainSize === null) return null
    const decoded = decodeProject(db.data, file, this.#migrations)
    if (decoded.kind === 'bad') {
      // In the library, "not a Hiwar file" means a damaged one: say it is unreadable and quarantined.
      const error: AppError =
        decoded.error.code === 'notHiwarFile' ? { code: 'corruptFile', params: { file, reason: decoded.reason } } : decoded.error
      return this.#quarantineWithJournal(id, { error, reason: decoded.reason })
    }
    if (decoded.project.id !== id) {
      const reason = `id "${decoded.project.id}" does not match the file name`
      return this.#quarantineWithJournal(id, { error: { code: 'corruptFile', params: { file, reason } }, reason })
    }
    const known = this.#live.get(id)
    const journalSize = await this.#fs.size(this.journalPathOf(id))
    // The files are as this store left them: the same state (and revision) as in memory.
    const unchanged = known !== undefined && known.mainSize === mainSize && known.journalSize === journalSize
    const journal = await this.#readJournal(id, journalSize)
    const replayed: Replayed | null = journal ? replay(decoded.project, journal.entries) : null
    const project = replayed ? replayed.project : decoded.project
    const writer = this.#access.mode === 'writer'
    if (writer && journal && replayed && (journal.damaged.length > 0 || journal.unreadable || replayed.failure !== null)) {
      await this.#reportDamagedJournal(id, journal, replayed)
    }
    if (decoded.migratedFrom !== null && writer) {
      await backupFile(this.#fs, this.layout.backups, path, `v${decoded.migratedFrom}`, this.#now())
      await this.#writeMainLocked(project, serializeJson(project), { snapshot: true })
      return { kind: 'ok', project }
    }
    const live = this.#newLive(project, mainSize ?? 0, {
      journalSize,
      lines: journal?.lines ?? [],
      broken: journal !== null && (journal.tornBytes > 0 || journal.damaged.length > 0 || journal.unreadable || replayed?.failure != null),
      generation: (known?.generation ?? 0) + 1,
      revision: unchanged ? known.revision : project.updatedAt
    })
    this.#remember(id, live)
    // Entries left by a crash (or a journal with a bad tail): fold them now, while opening. Best effort:
    // when the disk refuses, the journal stays as it is and the next save folds it.
    if (writer && (live.lines.length > 0 || live.broken)) await this.#foldLocked(live).catch(() => undefined)
    return { kind: 'ok', project }
  }

  /** The journal's entries (null: none), or an unreadable journal (too large) reported `broken`. */
  async #readJournal(id: string, size: number | null): Promise<(DecodedJournal & { unreadable: boolean; bytes: Uint8Array }) | null> {
    if (size === null || size === 0) return null
    if (size > this.#maxBytes) {
      return { entries: [], lines: [], tornBytes: 0, damaged: [`${size} bytes is more than ${this.#maxBytes}`], afterDamage: 0, unreadable: true, bytes: new Uint8Array() }
    }
    const bytes = await this.#fs.readFile(this.journalPathOf(id))
    return { ...decodeJournal(bytes), unreadable: false, bytes }
  }

  /**
   * A journal with damaged entries between good ones (the disk, or a hand, changed it): an untouched
   * copy goes to quarantine and is reported; the current file is kept as a snapshot; the good entries
   * are applied and folded by the caller.
   */
  async #reportDamagedJournal(id: string, journal: DecodedJournal & { bytes: Uint8Array; unreadable: boolean }, replayed: Replayed): Promise<void> {
    const file = journalFileName(id)
    const problems = [...journal.damaged, ...(replayed.failure ? [replayed.failure] : [])]
    const notApplied = journal.entries.length - replayed.alreadyFolded - replayed.applied + journal.damaged.length + journal.afterDamage
    const reason = `damaged journal (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '…' : ''}); ${replayed.applied} entries applied, ${notApplied} from the damage on kept in this copy only`
    const error: AppError = { code: 'corruptFile', params: { file, reason } }
    if (journal.unreadable) {
      // Too large to read: moved aside as it is (never applied, never overwritten).
      await this.#quarantine(this.journalPathOf(id), { error, reason })
      return
    }
    const report = await quarantineCopy({
      fs: this.#fs,
      quarantineDir: this.layout.quarantine,
      path: this.journalPathOf(id),
      bytes: journal.bytes,
      error,
      reason,
      now: this.#now()
    })
    this.recordQuarantine(report)
    const bytes = await this.#fs.readFile(this.pathOf(id))
    await this.retry(() => this.snapshots.record(id, bytes.toString('utf8'), this.#now(), true)).catch(() => null)
  }

  /** Quarantines a bad project file, and its journal with it (its entries belong to that file). */
  async #quarantineWithJournal(id: string, bad: { error: AppError; reason: string }): Promise<Loaded> {
    const loaded = await this.#quarantine(this.pathOf(id), bad)
    this.#forget(id)
    if (this.#access.mode === 'writer' && (await this.#fs.size(this.journalPathOf(id))) !== null) {
      const reason = `journal of a quarantined project file (${bad.reason})`
      const report = await quarantineFile({
        fs: this.#fs,
        quarantineDir: this.layout.quarantine,
        path: this.journalPathOf(id),
        error: { code: 'corruptFile', params: { file: journalFileName(id), reason } },
        reason,
        now: this.#now()
      })
      void report
    }
    return loaded
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
