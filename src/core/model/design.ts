import { z } from 'zod'
import { BudgetLine, ChecklistItem, Id, IsoDate, Lang, ShortText, list, longText, optionalDate, text } from './common'
import { CAPACITIES } from './stakeholders'

/** Stage 4 — dialogue design (conception du dialogue). */
export const Design = z.object({
  objectives: longText(),
  expectedResults: longText(),
  openness: z.enum(['closed', 'open']).default('closed'),
  targetSizeMin: z.number().int().min(1).max(1000).default(18),
  targetSizeMax: z.number().int().min(1).max(1000).default(22),
  dates: z.array(IsoDate).max(14).default([]),
  venue: text(),
  city: text(),
  facilitator: text(),
  rapporteur: text(),
  /** Chatham House rule: what is said may be used, never who said it. */
  chathamHouse: z.boolean().default(true),
  consensusNotSought: z.boolean().default(true),
  interpretation: z.array(Lang).max(3).default([]),
  logistics: list(ChecklistItem),
  budget: list(BudgetLine),
  preReadingPackSentOn: optionalDate()
})
export type Design = z.infer<typeof Design>

export const PARTICIPANT_ROLES = ['policymaker', 'stakeholder', 'researcher', 'facilitator', 'observer'] as const
export const INVITATION_STATUSES = ['toInvite', 'invited', 'confirmed', 'declined'] as const

export const Participant = z.object({
  id: Id,
  /** The stakeholder this participant represents, when chosen from the table. */
  stakeholderId: Id.nullable().default(null),
  name: ShortText.min(1),
  function: text(),
  institution: text(),
  email: text(),
  phone: text(),
  role: z.enum(PARTICIPANT_ROLES).default('stakeholder'),
  capacity: z.enum(CAPACITIES).default('official'),
  consentToList: z.boolean().default(false),
  invitationStatus: z.enum(INVITATION_STATUSES).default('toInvite'),
  invitedOn: optionalDate(),
  respondedOn: optionalDate(),
  preReadingSentOn: optionalDate(),
  /** Added on the day (not invited beforehand). */
  walkIn: z.boolean().default(false),
  notes: longText()
})
export type Participant = z.infer<typeof Participant>

export const Participants = list(Participant)
