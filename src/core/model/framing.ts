import { z } from 'zod'
import { BudgetLine, ChecklistItem, Id, Lang, Person, ShortText, list, longText, optionalDate, text } from './common'
import { REGION_CODES } from './morocco'

export const SPONSORS = ['ministry', 'drs', 'regionalCouncil', 'whoOffice', 'other'] as const
export const LEVELS = ['national', 'regional', 'provincial'] as const
export const POLICY_PROCESSES = ['regionalPlan', 'sros', 'pmr', 'strategicPlan', 'lawOrRegulation', 'other'] as const

export const Milestone = z.object({
  id: Id,
  label: ShortText,
  date: optionalDate(),
  done: z.boolean().default(false)
})
export type Milestone = z.infer<typeof Milestone>

/** Stage 0 — framing (cadrage). */
export const Framing = z.object({
  sponsor: z.enum(SPONSORS).nullable().default(null),
  sponsorName: text(),
  level: z.enum(LEVELS).nullable().default(null),
  region: z.enum(REGION_CODES).nullable().default(null),
  province: text(),
  policyProcess: z.enum(POLICY_PROCESSES).nullable().default(null),
  policyProcessName: text(),
  context: longText(),
  steeringCommittee: list(Person),
  organisingTeam: list(Person),
  timeline: list(Milestone),
  budgetCurrency: ShortText.default('MAD'),
  budget: list(BudgetLine),
  languages: z.array(Lang).max(3).default(['fr']),
  checklist: list(ChecklistItem)
})
export type Framing = z.infer<typeof Framing>
