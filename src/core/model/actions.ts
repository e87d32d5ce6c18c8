import { z } from 'zod'
import { Id, IsoDate, ShortText, list, longText, optionalDate, text } from './common'

/** Stored statuses; "late" is never typed: it is derived from the due date (see workflow). */
export const STORED_ACTION_STATUSES = ['notStarted', 'inProgress', 'done', 'dropped'] as const
export const ACTION_STATUSES = ['notStarted', 'inProgress', 'done', 'late', 'dropped'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

export const ActionOwner = z.object({
  kind: z.enum(['participant', 'stakeholder', 'free']).default('free'),
  refId: Id.nullable().default(null),
  /** The owner's name as typed or as it was when chosen (kept if the person is deleted). */
  name: text()
})
export type ActionOwner = z.infer<typeof ActionOwner>

export const ActionItem = z.object({
  id: Id,
  title: ShortText.min(1),
  linkedTo: z
    .object({ kind: z.enum(['none', 'option', 'objective']).default('none'), refId: Id.nullable().default(null) })
    .prefault({}),
  owner: ActionOwner.prefault({}),
  partners: text(),
  startDate: optionalDate(),
  dueDate: optionalDate(),
  resources: longText(),
  budget: z.number().finite().min(0).max(1e12).nullable().default(null),
  fundingSource: text(),
  indicator: text(),
  baseline: text(),
  target: text(),
  verification: text(),
  status: z.enum(STORED_ACTION_STATUSES).default('notStarted'),
  risks: longText(),
  comments: longText(),
  /** The minutes entry ("action raised") this item came from. */
  sourceEntryId: Id.nullable().default(null)
})
export type ActionItem = z.infer<typeof ActionItem>

export const ActionProgress = z.object({
  actionId: Id,
  status: z.enum(STORED_ACTION_STATUSES),
  percent: z.number().int().min(0).max(100).nullable().default(null),
  note: longText()
})
export type ActionProgress = z.infer<typeof ActionProgress>

export const FollowUpMeeting = z.object({
  id: Id,
  date: IsoDate,
  notes: longText(),
  progress: list(ActionProgress)
})
export type FollowUpMeeting = z.infer<typeof FollowUpMeeting>

/** Stage 7 — action plan (plan d'action / feuille de route). */
export const Actions = z.object({
  currency: ShortText.default('MAD'),
  items: list(ActionItem),
  followUps: list(FollowUpMeeting)
})
export type Actions = z.infer<typeof Actions>
