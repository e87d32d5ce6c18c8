import { z } from 'zod'
import { Id, IsoDateTime, ShortText, list, longText, text } from './common'
import { STAKEHOLDER_CATEGORY_KEYS } from './morocco'

/** PolicyMaker's 7-point position scale, from strongest support to strongest opposition. */
export const POSITIONS = [
  'highSupport',
  'mediumSupport',
  'lowSupport',
  'nonMobilised',
  'lowOpposition',
  'mediumOpposition',
  'highOpposition'
] as const
export const Position = z.enum(POSITIONS)
export type Position = z.infer<typeof Position>

export const POWERS = ['high', 'medium', 'low'] as const
export const Power = z.enum(POWERS)
export type Power = z.infer<typeof Power>

export const STAKEHOLDER_LEVELS = ['national', 'regional', 'local'] as const
export const STRATEGIES = ['strengthenSupport', 'mobilise', 'reduceOpposition', 'monitor'] as const
export const CAPACITIES = ['official', 'personal'] as const

export const StakeholderCategory = z.object({
  id: Id,
  /** Key of a pre-loaded Moroccan category (label translated), or null for a user-defined one. */
  key: z.enum(STAKEHOLDER_CATEGORY_KEYS).nullable().default(null),
  label: text()
})
export type StakeholderCategory = z.infer<typeof StakeholderCategory>

/** One row of the stakeholder table (Schmeer 1999 + PolicyMaker 5). */
export const Stakeholder = z.object({
  id: Id,
  name: ShortText.min(1),
  abbreviation: text(),
  organisation: text(),
  role: text(),
  categoryId: Id.nullable().default(null),
  level: z.enum(STAKEHOLDER_LEVELS).nullable().default(null),
  internal: z.enum(['internal', 'external']).nullable().default(null),
  /** Knowledge of the policy, 1 none – 3 a lot. */
  knowledge: z.number().int().min(1).max(3).nullable().default(null),
  position: Position.nullable().default(null),
  power: Power.nullable().default(null),
  /** Interest in the issue, 1–5. */
  interest: z.number().int().min(1).max(5).nullable().default(null),
  resources: longText(),
  leadership: z.boolean().default(false),
  alliances: longText(),
  gains: longText(),
  losses: longText(),
  strategy: z.enum(STRATEGIES).nullable().default(null),
  engagement: longText(),
  invited: z.boolean().default(false),
  capacity: z.enum(CAPACITIES).default('official'),
  contact: text()
})
export type Stakeholder = z.infer<typeof Stakeholder>

export const SnapshotEntry = z.object({
  stakeholderId: Id,
  name: ShortText,
  position: Position.nullable(),
  power: Power.nullable(),
  interest: z.number().int().min(1).max(5).nullable()
})
export type SnapshotEntry = z.infer<typeof SnapshotEntry>

/** Positions frozen on a date, to show how the politics moved. */
export const StakeholderSnapshot = z.object({
  id: Id,
  label: ShortText,
  takenAt: IsoDateTime,
  entries: list(SnapshotEntry)
})
export type StakeholderSnapshot = z.infer<typeof StakeholderSnapshot>

/** Stage 3 — stakeholders (cartographie des parties prenantes). */
export const Stakeholders = z.object({
  categories: list(StakeholderCategory),
  items: list(Stakeholder),
  snapshots: list(StakeholderSnapshot)
})
export type Stakeholders = z.infer<typeof Stakeholders>
