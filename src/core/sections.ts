import type { Project } from './model/project'

/**
 * The top-level parts of a project that a save may send on their own (`saveProjectSections`). The
 * bookkeeping fields (id, schemaVersion, createdAt, updatedAt, trashedAt) are main's business. Zod-free,
 * so the renderer can import it without the contract.
 */
export const PROJECT_SECTION_KEYS = [
  'name',
  'sample',
  'docLanguage',
  'framing',
  'priority',
  'evidence',
  'stakeholders',
  'design',
  'participants',
  'agenda',
  'minutes',
  'actions',
  'evaluation'
] as const satisfies readonly (keyof Project)[]
export type ProjectSectionKey = (typeof PROJECT_SECTION_KEYS)[number]
