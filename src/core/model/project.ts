import { z } from 'zod'
import { Id, IsoDateTime, Lang, ShortText } from './common'
import { Framing } from './framing'
import { Priority } from './priority'
import { Evidence } from './evidence'
import { Stakeholders } from './stakeholders'
import { Design, Participants } from './design'
import { Agenda } from './agenda'
import { Minutes } from './minutes'
import { Actions } from './actions'
import { Evaluation } from './evaluation'

/** The schema version this build writes. Older files go through `src/core/migrations`. */
export const CURRENT_SCHEMA_VERSION = 1 as const

export const ProjectName = z.string().trim().min(1, { message: 'nameRequired' }).max(200, { message: 'nameTooLong' })

/** A dialogue project: everything of the nine stages, one JSON file on disk. */
export const Project = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  name: ProjectName,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Set when the project is in the trash (restorable until deleted for good). */
  trashedAt: IsoDateTime.nullable().default(null),
  /** The sample it was created from, if any. */
  sample: ShortText.nullable().default(null),
  /** Preferred language of this project's Word documents. */
  docLanguage: Lang.default('fr'),
  framing: Framing.prefault({}),
  priority: Priority.prefault({}),
  evidence: Evidence.prefault({}),
  stakeholders: Stakeholders.prefault({}),
  design: Design.prefault({}),
  participants: Participants,
  agenda: Agenda.prefault({}),
  minutes: Minutes.prefault({}),
  actions: Actions.prefault({}),
  evaluation: Evaluation.prefault({})
})
export type Project = z.infer<typeof Project>
/** What a project looks like before defaults are applied (e.g. a hand-written fixture). */
export type ProjectInput = z.input<typeof Project>

/** The line a project makes in the library (derived from the file, never stored apart). */
export const ProjectSummary = z.object({
  id: Id,
  name: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  trashedAt: IsoDateTime.nullable(),
  sample: z.string().nullable(),
  region: z.string().nullable(),
  level: z.string().nullable(),
  completeness: z.number().min(0).max(1)
})
export type ProjectSummary = z.infer<typeof ProjectSummary>
