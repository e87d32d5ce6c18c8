import { z } from 'zod'
import { Id, IsoDateTime, LongText, ShortText, list, text } from './common'

export const ENTRY_TYPES = ['keyPoint', 'agreement', 'disagreement', 'proposal', 'decision', 'actionRaised'] as const
export type EntryType = (typeof ENTRY_TYPES)[number]

export const MinuteEntry = z.object({
  id: Id,
  /** The agenda block the entry belongs to (null: general / not tied to a block). */
  blockId: Id.nullable().default(null),
  type: z.enum(ENTRY_TYPES).default('keyPoint'),
  text: LongText,
  /** Empty when the Chatham House rule is on. */
  speaker: text(),
  createdAt: IsoDateTime,
  /** The action-plan item this raised action became, if any. */
  actionId: Id.nullable().default(null)
})
export type MinuteEntry = z.infer<typeof MinuteEntry>

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const
export const HALF_DAYS = ['am', 'pm'] as const

export const AttendanceMark = z.object({
  participantId: Id,
  dayId: Id,
  half: z.enum(HALF_DAYS),
  status: z.enum(ATTENDANCE_STATUSES)
})
export type AttendanceMark = z.infer<typeof AttendanceMark>

/** What an amendment changed: an entry's text/type, a new or removed entry, the consensus statement, a mark. */
export const AMENDMENT_KINDS = ['editEntry', 'addEntry', 'removeEntry', 'consensus', 'attendance'] as const
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number]

/** A change made after the minutes were finalised: dated, reasoned, kept in a visible trail. */
export const Amendment = z.object({
  id: Id,
  at: IsoDateTime,
  author: text(),
  reason: ShortText.min(1),
  kind: z.enum(AMENDMENT_KINDS).default('editEntry'),
  entryId: Id.nullable().default(null),
  before: LongText.default(''),
  after: LongText.default(''),
  /** An entry's type before and after, when the amendment changed it. */
  typeChange: z.object({ before: z.enum(ENTRY_TYPES), after: z.enum(ENTRY_TYPES) }).nullable().default(null),
  /** For attendance amendments: whose mark, which half-day (before/after hold the statuses, '' = unmarked). */
  mark: z.object({ participantId: Id, dayId: Id, half: z.enum(HALF_DAYS) }).nullable().default(null)
})
export type Amendment = z.infer<typeof Amendment>

/** Stage 6 — minutes and attendance (déroulement et compte rendu). */
export const Minutes = z.object({
  status: z.enum(['draft', 'final']).default('draft'),
  finalisedAt: IsoDateTime.nullable().default(null),
  entries: list(MinuteEntry),
  attendance: list(AttendanceMark),
  amendments: list(Amendment),
  consensusStatement: LongText.default('')
})
export type Minutes = z.infer<typeof Minutes>
