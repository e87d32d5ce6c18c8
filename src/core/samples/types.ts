import type { ProjectInput } from '../model/project'

/** What every sample builder receives: the new project's identity and an id source for its entities. */
export interface SampleArgs {
  id: string
  name: string
  /** ISO instant of creation. */
  now: string
  newId: () => string
}

/** The stage data of a project a sample part fills (identity fields are set by the composer). */
export type SampleStages = Omit<ProjectInput, 'schemaVersion' | 'id' | 'name' | 'createdAt' | 'updatedAt'>

/** One stage's (or a few stages') share of a sample project. Parts must not fill the same stage twice. */
export type SamplePart = (args: SampleArgs) => Partial<SampleStages>
