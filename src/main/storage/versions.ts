import { join } from 'node:path'
import { atomicWrite } from './atomicWrite'
import type { FsLayer } from './fsLayer'
import { fileStamp, type DataLayout } from './layout'
import { DEFAULT_SNAPSHOT_POLICY, snapshotDue, snapshotsToKeep, type SnapshotPolicy } from './snapshotPolicy'

/** One older version of a project on disk: a rotating snapshot, or the copy made before a migration. */
export interface StoredVersion {
  /** `snapshot/<file>` or `backup/<file>`: what the Versions screen sends back to preview or restore. */
  versionId: string
  kind: 'snapshot' | 'backup'
  /** When it was written (from its file name). */
  savedAt: string
  size: number
  path: string
}

const STAMP = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.json$/

/** `2017-07-06T10-42-00-000Z` (as `fileStamp` writes it) → epoch ms, or null. */
export function parseFileStamp(name: string): number | null {
  const m = STAMP.exec(name)
  if (!m?.[1]) return null
  const [date, time] = m[1].split('T') as [string, string]
  const [h, mi, s, ms] = time.replace(/Z$/, '').split('-')
  const t = Date.parse(`${date}T${h}:${mi}:${s}.${ms}Z`)
  return Number.isNaN(t) ? null : t
}

/**
 * Rotating snapshots of each project under `<data>/snapshots/<id>/<stamp>.json`: a save adds one when
 * the newest is at least `minIntervalMs` old (or when forced, before a restore or a confirmed big
 * deletion); then the folder is pruned to the policy (the last N, plus one a day for D days). Backups
 * made before a migration (`<data>/backups/<id>.v<N>.<stamp>.json`) are listed with them.
 */
export class SnapshotStore {
  constructor(
    private readonly layout: DataLayout,
    private readonly fs: FsLayer,
    private readonly policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY
  ) {}

  dirOf(id: string): string {
    return join(this.layout.snapshots, id)
  }

  /** Snapshots of one project, newest first. */
  async snapshots(id: string): Promise<StoredVersion[]> {
    const dir = this.dirOf(id)
    const out: StoredVersion[] = []
    for (const name of await this.fs.readdir(dir)) {
      if (name.startsWith('.')) continue
      const at = parseFileStamp(name)
      if (at === null) continue
      const path = join(dir, name)
      const size = await this.fs.size(path)
      if (size === null) continue
      out.push({ versionId: `snapshot/${name}`, kind: 'snapshot', savedAt: new Date(at).toISOString(), size, path })
    }
    return out.sort(newestFirst)
  }

  /** Pre-migration backups of one project, newest first. */
  async backups(id: string): Promise<StoredVersion[]> {
    const out: StoredVersion[] = []
    for (const name of await this.fs.readdir(this.layout.backups)) {
      if (!name.startsWith(`${id}.`) || name.startsWith('.')) continue
      const at = parseFileStamp(name)
      if (at === null) continue
      const path = join(this.layout.backups, name)
      const size = await this.fs.size(path)
      if (size === null) continue
      out.push({ versionId: `backup/${name}`, kind: 'backup', savedAt: new Date(at).toISOString(), size, path })
    }
    return out.sort(newestFirst)
  }

  /** Every older version of a project, newest first. */
  async list(id: string): Promise<StoredVersion[]> {
    return [...(await this.snapshots(id)), ...(await this.backups(id))].sort(newestFirst)
  }

  /** The version with this id, looked up in the listing (never a path built from the caller's text). */
  async find(id: string, versionId: string): Promise<StoredVersion | null> {
    return (await this.list(id)).find((v) => v.versionId === versionId) ?? null
  }

  /**
   * Records `text` (the project file as just written) as a snapshot when one is due, or always when
   * `force`. Returns the snapshot written, or null when none was due.
   */
  async record(id: string, text: string | (() => string), now: Date, force = false): Promise<StoredVersion | null> {
    const existing = await this.snapshots(id)
    const newest = existing[0] ? Date.parse(existing[0].savedAt) : null
    if (!force && !snapshotDue(newest, now.getTime(), this.policy)) return null
    const dir = this.dirOf(id)
    await this.fs.mkdir(dir)
    const target = await this.#freeName(dir, fileStamp(now))
    const body = typeof text === 'string' ? text : text()
    await atomicWrite(target, body, this.fs)
    await this.prune(id, now)
    const name = target.slice(dir.length + 1)
    return { versionId: `snapshot/${name}`, kind: 'snapshot', savedAt: now.toISOString(), size: Buffer.byteLength(body), path: target }
  }

  async #freeName(dir: string, stamp: string): Promise<string> {
    for (let n = 1; ; n++) {
      const candidate = join(dir, `${stamp}${n === 1 ? '' : `-${n}`}.json`)
      if ((await this.fs.size(candidate)) === null) return candidate
    }
  }

  /** Deletes the snapshots the policy no longer keeps. */
  async prune(id: string, now: Date): Promise<void> {
    const all = await this.snapshots(id)
    const keep = snapshotsToKeep(
      all.map((v) => Date.parse(v.savedAt)),
      now.getTime(),
      this.policy
    )
    // Two snapshots of the same instant (`…Z.json`, `…Z-2.json`): keep the first one seen only.
    const kept = new Set<number>()
    for (const v of all) {
      const t = Date.parse(v.savedAt)
      if (keep.has(t) && !kept.has(t)) {
        kept.add(t)
        continue
      }
      await this.fs.unlink(v.path).catch(() => undefined)
    }
  }
}

const newestFirst = (a: StoredVersion, b: StoredVersion): number => b.savedAt.localeCompare(a.savedAt) || b.versionId.localeCompare(a.versionId)
