import type { Project, ProjectSummary } from '../../core/model/project'
import { createBlankProject } from '../../core/project/factory'
import { summarizeProject } from '../../core/project/summary'
import { AppFailure } from '../../core/result'
import { buildSample } from '../../core/samples'
import { errorFromZod } from '../../core/validation'
import { createI18n } from '../../core/i18n/create'
import { atomicWrite } from '../storage/atomicWrite'
import { PROJECT_EXPORT_SUFFIX, safeFileName, withExportSuffix } from '../storage/fileNames'
import { decodeProject } from '../storage/projectCodec'
import type { ProjectFacts } from '../storage/projectStore'
import { dropsFromWeight } from '../storage/shrinkGuard'
import { InvalidJsonError, parseJsonText, serializeJson } from '../storage/safeJsonFile'
import type { FileFilter, HandlerContext, Implementations } from './context'

type ProjectChannels =
  | 'listProjects'
  | 'createProject'
  | 'getProject'
  | 'saveProject'
  | 'saveProjectSections'
  | 'renameProject'
  | 'duplicateProject'
  | 'trashProject'
  | 'restoreProject'
  | 'deleteProjectForever'
  | 'importProject'
  | 'exportProject'

export const PROJECT_FILE_FILTERS: FileFilter[] = [{ name: 'Hiwar', extensions: ['json'] }]

const NAME_MAX = 200
const clip = (s: string, max: number): string => Array.from(s).slice(0, max).join('')

/** Most recently updated first. */
const byRecent = (a: ProjectSummary, b: ProjectSummary): number =>
  b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name)

/** The project library channels: list, create, open, save, rename, duplicate, trash, import, export. */
export function projectHandlers(ctx: HandlerContext): Pick<Implementations, ProjectChannels> {
  const { store } = ctx
  const stamp = (): string => ctx.now().toISOString()

  /** Loads, changes and writes one project under its lock. */
  const change = (id: string, edit: (p: Project) => Project): Promise<Project> =>
    store.withLock(id, async () => store.writeLocked(edit(await store.loadLocked(id))))

  return {
    async listProjects() {
      const { projects, quarantined } = await store.list()
      return { projects: projects.map(summarizeProject).sort(byRecent), quarantined }
    },

    async createProject({ name, sample }) {
      await store.ready()
      const id = await store.unusedId(ctx.newId)
      const now = stamp()
      const project = sample
        ? buildSample(sample, { id, name, now, newId: ctx.newId })
        : createBlankProject({ id, name, now })
      return store.withLock(id, () => store.writeLocked(project))
    },

    async getProject({ id }) {
      return store.load(id)
    },

    async saveProject({ project, confirmShrink }) {
      // The lock is taken before anything is awaited: saves are applied in the order they arrived.
      return store.withLock(project.id, async () => {
        await store.assertWriter()
        let onDisk: ProjectFacts | null
        try {
          onDisk = await store.factsLocked(project.id)
        } catch (e) {
          // A damaged file on disk has just been moved to quarantine (and reported): the renderer's
          // copy is the good one, write it. A project deleted meanwhile stays deleted.
          if (e instanceof AppFailure && e.code !== 'notFound') onDisk = null
          else throw e
        }
        // A save that wipes most of the project looks like a bug (an empty or stale state): ask first,
        // and once confirmed, keep what was on disk as a snapshot before writing.
        const drop = onDisk ? dropsFromWeight(onDisk.weight, project) : null
        if (drop && !confirmShrink) throw new AppFailure('contentShrink', drop)
        if (drop) await store.snapshotCurrentLocked(project.id)
        const written = await store.writeLocked(
          {
            ...project,
            createdAt: onDisk?.createdAt ?? project.createdAt,
            trashedAt: onDisk ? onDisk.trashedAt : project.trashedAt,
            updatedAt: stamp()
          },
          // The channel contract has just validated `project`; only its dates changed (valid ISO).
          { validated: true }
        )
        return { updatedAt: written.updatedAt, revision: store.revisionOf(written.id) }
      })
    },

    async saveProjectSections({ id, sections, patches, baseRevision, confirmShrink }) {
      // saveSectionsLocked checks write access inside the lock, so that saves keep their order.
      return store.withLock(id, () => store.saveSectionsLocked(id, { sections, patches }, { baseRevision, confirmShrink }))
    },

    async renameProject({ id, name }) {
      return summarizeProject(await change(id, (p) => ({ ...p, name, updatedAt: stamp() })))
    },

    async duplicateProject({ id, name }) {
      const source = await store.load(id)
      const uiLanguage = (await ctx.settings.get()).uiLanguage
      const copyName = name ?? clip(createI18n(uiLanguage).t('library.copyOf', { name: source.name }), NAME_MAX)
      const newId = await store.unusedId(ctx.newId)
      const now = stamp()
      const copy: Project = { ...structuredClone(source), id: newId, name: copyName, createdAt: now, updatedAt: now, trashedAt: null }
      return summarizeProject(await store.withLock(newId, () => store.writeLocked(copy)))
    },

    async trashProject({ id }) {
      return summarizeProject(await change(id, (p) => ({ ...p, trashedAt: p.trashedAt ?? stamp() })))
    },

    async restoreProject({ id }) {
      return summarizeProject(await change(id, (p) => ({ ...p, trashedAt: null })))
    },

    async deleteProjectForever({ id }) {
      await store.ready()
      await store.withLock(id, () => store.moveToDeletedLocked(id))
      return { id }
    },

    async importProject() {
      const path = await ctx.deps.dialogs.chooseOpenFile({ filters: PROJECT_FILE_FILTERS })
      if (path === null) throw new AppFailure('cancelled')
      await store.ready()
      const fs = store.fs
      const size = await fs.size(path)
      if (size === null) throw new AppFailure('notFound', { file: path })
      if (size > store.maxFileBytes) throw new AppFailure('fileTooLarge', { size, max: store.maxFileBytes })
      // Read only: the chosen file is never written, moved or renamed.
      const bytes = await fs.readFile(path)
      let raw: unknown
      try {
        raw = parseJsonText(path, bytes)
      } catch (e) {
        if (e instanceof InvalidJsonError) throw new AppFailure('notHiwarFile')
        throw e
      }
      const decoded = decodeProject(raw, path)
      if (decoded.kind === 'bad') {
        if (decoded.zodError) {
          const err = errorFromZod(decoded.zodError)
          throw new AppFailure(err.code, err.params)
        }
        throw new AppFailure(decoded.error.code, decoded.error.params)
      }
      const incoming = decoded.project
      const id = (await store.exists(incoming.id)) ? await store.unusedId(ctx.newId) : incoming.id
      const project: Project = { ...incoming, id, trashedAt: null, updatedAt: stamp() }
      return summarizeProject(await store.withLock(id, () => store.writeLocked(project)))
    },

    async exportProject({ id }) {
      const project = await store.load(id)
      const chosen = await ctx.deps.dialogs.chooseSaveFile({
        defaultName: `${safeFileName(project.name)}${PROJECT_EXPORT_SUFFIX}`,
        filters: PROJECT_FILE_FILTERS
      })
      if (chosen === null) throw new AppFailure('cancelled')
      const path = withExportSuffix(chosen)
      await store.retry(() => atomicWrite(path, serializeJson(project), store.fs))
      return { path }
    }
  }
}
