import type { AppApi, SavedInfo } from '../../../core/api'
import type { Project } from '../../../core/model/project'
import { ok, type Result } from '../../../core/result'
import type { SaveChange } from './store'

/**
 * How the open project is written: only what changed since the last acknowledged save — whole
 * sections, or patches inside them (`saveProjectSections`, one journal line on disk). When main's copy
 * is not the one those changes were computed against (after a restore, a save made elsewhere such as
 * the shrink confirmation, a restart of main, a damaged file), main writes nothing and says so: then
 * the whole project goes (`saveProject`).
 */
export function saveProjectChanges(api: Pick<AppApi, 'saveProject' | 'saveProjectSections'>) {
  return async (project: Project, change: SaveChange): Promise<Result<SavedInfo>> => {
    const r = await api.saveProjectSections({
      id: project.id,
      sections: change.sections,
      ...(change.patches.length ? { patches: change.patches } : {}),
      baseRevision: change.baseRevision
    })
    if (!r.ok) return r
    if (r.value.applied) return ok({ updatedAt: r.value.updatedAt, revision: r.value.revision })
    return api.saveProject({ project })
  }
}
