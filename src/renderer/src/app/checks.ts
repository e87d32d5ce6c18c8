import type { Project } from '../../../core/model/project'
import { stageChecks, type Check, type StageId } from '../../../core/workflow/stages'

// A project state is never changed in place (every edit makes a new object), so its checks can be kept with it:
// a stage switch re-renders the navigation and the checklist without recomputing them (the priority checks
// rank every candidate problem — milliseconds on a large project).
const cache = new WeakMap<Project, Map<StageId, readonly Check[]>>()

/** The checklist of one stage for this project state, computed once per state. */
export function checksOf(project: Project, stage: StageId): readonly Check[] {
  let byStage = cache.get(project)
  if (!byStage) {
    byStage = new Map()
    cache.set(project, byStage)
  }
  let checks = byStage.get(stage)
  if (!checks) {
    checks = stageChecks(project, stage)
    byStage.set(stage, checks)
  }
  return checks
}

/** Share of a stage's checklist that is done, 0–1 (as `stageCompleteness`, from the kept checks). */
export function completenessOf(project: Project, stage: StageId): number {
  const checks = checksOf(project, stage)
  return checks.length === 0 ? 0 : checks.filter((c) => c.done).length / checks.length
}
