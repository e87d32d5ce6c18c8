import type { Project, ProjectSummary } from '../model/project'
import { projectCompleteness } from '../workflow/stages'

/** The library line of a project, derived from the project itself. */
export function summarizeProject(p: Project): ProjectSummary {
  return {
    id: p.id,
    name: p.name,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    trashedAt: p.trashedAt,
    sample: p.sample,
    region: p.framing.region,
    level: p.framing.level,
    completeness: projectCompleteness(p)
  }
}
