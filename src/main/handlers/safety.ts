import { isAbsolute, relative, resolve } from 'node:path'
import type { Project } from '../../core/model/project'
import { summarizeProject } from '../../core/project/summary'
import { AppFailure } from '../../core/result'
import { atomicWrite } from '../storage/atomicWrite'
import { PROJECT_EXPORT_SUFFIX, safeFileName, withExportSuffix } from '../storage/fileNames'
import type { ProjectStore } from '../storage/projectStore'
import { listQuarantine, newestGoodVersion, readStoredProject, versionInfo } from '../storage/recovery'
import { serializeJson } from '../storage/safeJsonFile'
import type { StoredVersion } from '../storage/versions'
import type { HandlerContext, Implementations } from './context'
import { PROJECT_FILE_FILTERS } from './projects'

type SafetyChannels =
  | 'getStorageStatus'
  | 'listVersions'
  | 'previewVersion'
  | 'restoreVersion'
  | 'listQuarantine'
  | 'restoreQuarantined'
  | 'openStorageFolder'
  | 'saveProjectCopy'
  | 'quitReady'

/** Whether `path` is `dir` or lies inside it. */
const isInside = (dir: string, path: string): boolean => {
  const rel = relative(resolve(dir), resolve(path))
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** A stored version, decoded; a damaged one is reported (never restored). */
async function readVersion(store: ProjectStore, version: StoredVersion): Promise<Project> {
  const decoded = await readStoredProject(store, version.path)
  if (decoded.kind === 'bad') throw new AppFailure(decoded.error.code, decoded.error.params)
  return decoded.project
}

/**
 * Makes `version` the current content of project `id` (caller holds the project's lock). The current
 * file, when there is one, is kept as a snapshot first, so a restore can itself be undone.
 */
async function restoreLocked(ctx: HandlerContext, id: string, version: StoredVersion): Promise<Project> {
  const { store } = ctx
  const restored = await readVersion(store, version)
  let current: Project | null = null
  try {
    current = await store.loadLocked(id)
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e
  }
  if (current) await store.snapshotCurrentLocked(id)
  return store.writeLocked({
    ...restored,
    id,
    createdAt: current?.createdAt ?? restored.createdAt,
    trashedAt: current ? current.trashedAt : null,
    updatedAt: ctx.now().toISOString()
  })
}

/**
 * Data-safety channels: whether this copy writes the folder, the Versions screen (list, preview,
 * restore), the quarantine screen (list, restore the newest good version, open the folder), "save a
 * copy as" when the data folder cannot be written, and the renderer's answer before quitting.
 */
export function safetyHandlers(ctx: HandlerContext): Pick<Implementations, SafetyChannels> {
  const { store } = ctx

  const findVersion = async (id: string, versionId: string): Promise<StoredVersion> => {
    const version = await store.snapshots.find(id, versionId)
    if (!version) throw new AppFailure('notFound', { id: versionId })
    return version
  }

  return {
    async getStorageStatus() {
      const access = await store.access()
      const holder =
        access.mode === 'readOnly' && access.holder
          ? { hostname: access.holder.hostname, pid: access.holder.pid, since: access.holder.startedAt }
          : null
      return {
        dataDir: store.layout.root,
        readOnly: access.mode === 'readOnly',
        error: access.mode === 'readOnly' ? access.error : null,
        holder
      }
    },

    async listVersions({ id }) {
      await store.ready()
      return (await store.snapshots.list(id)).map(versionInfo)
    },

    async previewVersion({ id, versionId }) {
      await store.ready()
      const version = await findVersion(id, versionId)
      return { version: versionInfo(version), project: await readVersion(store, version) }
    },

    async restoreVersion({ id, versionId }) {
      await store.assertWriter()
      return store.withLock(id, async () => restoreLocked(ctx, id, await findVersion(id, versionId)))
    },

    async listQuarantine() {
      return listQuarantine(store)
    },

    async restoreQuarantined({ name }) {
      await store.assertWriter()
      const entry = (await listQuarantine(store)).find((e) => e.name === name)
      if (!entry) throw new AppFailure('notFound', { file: name })
      const id = entry.projectId
      if (!id) throw new AppFailure('noGoodVersion', { file: entry.file })
      return store.withLock(id, async () => {
        const version = await newestGoodVersion(store, id)
        if (!version) throw new AppFailure('noGoodVersion', { file: entry.file })
        return summarizeProject(await restoreLocked(ctx, id, version))
      })
    },

    async openStorageFolder({ folder }) {
      await store.ready()
      const path = folder === 'data' ? store.layout.root : store.layout[folder]
      if (!ctx.deps.shell) throw new AppFailure('unexpected', { message: 'no shell' })
      await store.fs.mkdir(path).catch(() => undefined)
      await ctx.deps.shell.openPath(path)
      return { path }
    },

    async saveProjectCopy({ project }) {
      const chosen = await ctx.deps.dialogs.chooseSaveFile({
        defaultName: `${safeFileName(project.name)}${PROJECT_EXPORT_SUFFIX}`,
        filters: PROJECT_FILE_FILTERS
      })
      if (chosen === null) throw new AppFailure('cancelled')
      const path = withExportSuffix(chosen)
      // A copy lands outside the data folder: inside it, it could replace a project or a snapshot.
      if (isInside(store.layout.root, path)) throw new AppFailure('invalidInput', { field: 'path' })
      await store.retry(() => atomicWrite(path, serializeJson(project), store.fs))
      return { path }
    },

    async quitReady({ saved }) {
      return { quitting: ctx.deps.onQuitReady?.(saved) ?? true }
    }
  }
}
