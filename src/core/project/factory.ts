import { CURRENT_SCHEMA_VERSION, Project, type ProjectInput } from '../model/project'
import { STAKEHOLDER_CATEGORY_KEYS } from '../model/morocco'
import { DEFAULT_CRITERIA_KEYS } from '../model/priority'

export type NewId = () => string

/** Ids are random UUIDs without dashes: stable, collision-free, safe in file names. */
export const newId: NewId = () => globalThis.crypto.randomUUID().replaceAll('-', '')

/** The pre-loaded Moroccan stakeholder categories, with ids derived from their keys. */
export const defaultStakeholderCategories = () =>
  STAKEHOLDER_CATEGORY_KEYS.map((key) => ({ id: `cat-${key}`, key, label: '' }))

/** The default weighted grid of domain.md, each criterion weighing 1. */
export const defaultCriteria = () =>
  DEFAULT_CRITERIA_KEYS.map((key) => ({ id: `crit-${key}`, key, label: '', weight: 1 }))

/** A blank project: every stage present and empty, the reference lists pre-loaded. */
export function createBlankProject(args: { id: string; name: string; now: string; extra?: Partial<ProjectInput> }): Project {
  const input: ProjectInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: args.id,
    name: args.name,
    createdAt: args.now,
    updatedAt: args.now,
    priority: { criteria: defaultCriteria() },
    stakeholders: { categories: defaultStakeholderCategories() },
    ...args.extra
  }
  return Project.parse(input)
}

