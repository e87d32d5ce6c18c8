import { basename, join } from 'node:path'
import { QuarantineReport, type QuarantineEntry, type VersionInfo } from '../../core/api'
import type { AppError } from '../../core/result'
import { decodeProject, type Decoded } from './projectCodec'
import type { ProjectStore } from './projectStore'
import { InvalidJsonError, parseJsonText } from './safeJsonFile'
import type { StoredVersion } from './versions'

const REASON_SUFFIX = '.reason.json'
const PROJECT_ID = /^([A-Za-z0-9_-]{1,64})\.json$/

export const versionInfo = (v: StoredVersion): VersionInfo => ({ versionId: v.versionId, kind: v.kind, savedAt: v.savedAt, size: v.size })

/** Reads and decodes a stored copy (snapshot, backup, quarantined file) without touching it. */
export async function readStoredProject(store: ProjectStore, path: string): Promise<Decoded> {
  const file = basename(path)
  const size = await store.fs.size(path)
  if (size === null) return { kind: 'bad', error: { code: 'notFound', params: { file } }, reason: 'missing' }
  if (size > store.maxFileBytes) {
    return { kind: 'bad', error: { code: 'fileTooLarge', params: { size, max: store.maxFileBytes } }, reason: 'too large' }
  }
  try {
    return decodeProject(parseJsonText(path, await store.fs.readFile(path)), file)
  } catch (e) {
    if (!(e instanceof InvalidJsonError)) throw e
    const reason = `invalid JSON: ${e.message}`
    return { kind: 'bad', error: { code: 'corruptFile', params: { file, reason } }, reason }
  }
}

/** The newest snapshot or backup of a project that reads and validates, or null. */
export async function newestGoodVersion(store: ProjectStore, id: string): Promise<StoredVersion | null> {
  for (const version of await store.snapshots.list(id)) {
    if ((await readStoredProject(store, version.path)).kind === 'ok') return version
  }
  return null
}

const parseReport = async (store: ProjectStore, path: string): Promise<QuarantineReport | null> => {
  try {
    const parsed = QuarantineReport.safeParse(parseJsonText(path, await store.fs.readFile(path)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Everything in `<data>/quarantine/` (from this session and earlier ones), newest first, with the reason
 * kept beside each file and the newest good version that can replace it.
 */
export async function listQuarantine(store: ProjectStore): Promise<QuarantineEntry[]> {
  await store.ready()
  const dir = store.layout.quarantine
  const settingsName = basename(store.layout.settings)
  const entries: QuarantineEntry[] = []
  for (const name of await store.fs.readdir(dir)) {
    if (name.startsWith('.') || name.endsWith(REASON_SUFFIX) || !name.endsWith('.json')) continue
    const path = join(dir, name)
    const size = await store.fs.size(path)
    if (size === null) continue
    const report = await parseReport(store, path.replace(/\.json$/, REASON_SUFFIX))
    // Without its sidecar (it could not be written), the original name is the part before the stamp.
    const file = report?.file ?? `${name.split('.')[0] ?? name}.json`
    const idMatch = file === settingsName ? null : PROJECT_ID.exec(file)
    const projectId = idMatch?.[1] ?? null
    const error: AppError = report?.error ?? { code: 'corruptFile', params: { file, reason: '?' } }
    const newest = projectId ? await newestGoodVersion(store, projectId) : null
    entries.push({
      name,
      file,
      path,
      projectId,
      reason: report?.reason ?? '',
      at: report?.at ?? '',
      error,
      size,
      currentExists: projectId ? await currentIsGood(store, projectId) : false,
      newestGood: newest ? versionInfo(newest) : null
    })
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || a.name.localeCompare(b.name))
}

const currentIsGood = async (store: ProjectStore, id: string): Promise<boolean> =>
  (await readStoredProject(store, store.pathOf(id))).kind === 'ok'
