import { IsoDate } from '../model/common'
import type { ActionProgress, Actions, FollowUpMeeting } from '../model/actions'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { stripUnsafe } from '../minutes/cleanText'
import { isOpen } from './status'

/**
 * Follow-up meetings (réunions de suivi). Each records a date and the progress of each action; a new
 * meeting starts with every action still open (not done, not dropped) carried forward, with the status
 * and percentage last recorded. Progress recorded at the latest meeting becomes the action's status.
 */

/** Meetings oldest first (by date; same date: order of creation). */
export function meetingsInOrder(actions: Actions): FollowUpMeeting[] {
  return actions.followUps
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.date === b.m.date ? a.i - b.i : a.m.date < b.m.date ? -1 : 1))
    .map(({ m }) => m)
}

export const latestMeeting = (actions: Actions): FollowUpMeeting | null => meetingsInOrder(actions).at(-1) ?? null

/** The progress last recorded for an action (the most recent meeting that mentions it). */
export function lastProgress(actions: Actions, actionId: string): { meeting: FollowUpMeeting; progress: ActionProgress } | null {
  for (const meeting of meetingsInOrder(actions).reverse()) {
    const progress = meeting.progress.find((p) => p.actionId === actionId)
    if (progress) return { meeting, progress }
  }
  return null
}

/** The rows a new meeting starts with: every open action, with its current status and last percentage. */
export function carryForward(actions: Actions): ActionProgress[] {
  return actions.items.filter(isOpen).map((a) => ({
    actionId: a.id,
    status: a.status,
    percent: lastProgress(actions, a.id)?.progress.percent ?? null,
    note: ''
  }))
}

export function addFollowUpMeeting(actions: Actions, date: string, newId: NewId): Result<{ actions: Actions; meeting: FollowUpMeeting }> {
  if (!IsoDate.safeParse(date).success) return fail('invalidInput', { field: 'date', count: 1, max: 0 })
  const meeting: FollowUpMeeting = { id: newId(), date, notes: '', progress: carryForward(actions) }
  return ok({ actions: { ...actions, followUps: [...actions.followUps, meeting] }, meeting })
}

export function updateMeeting(actions: Actions, meetingId: string, patch: { date?: string; notes?: string }): Result<Actions> {
  const meeting = actions.followUps.find((m) => m.id === meetingId)
  if (!meeting) return fail('notFound', { id: meetingId })
  if (patch.date !== undefined && !IsoDate.safeParse(patch.date).success) return fail('invalidInput', { field: 'date', count: 1, max: 0 })
  const next: FollowUpMeeting = {
    ...meeting,
    date: patch.date ?? meeting.date,
    notes: patch.notes !== undefined ? stripUnsafe(patch.notes) : meeting.notes
  }
  return ok({ ...actions, followUps: actions.followUps.map((m) => (m.id === meetingId ? next : m)) })
}

export function removeMeeting(actions: Actions, meetingId: string): Actions {
  return { ...actions, followUps: actions.followUps.filter((m) => m.id !== meetingId) }
}

export type ProgressPatch = Partial<Pick<ActionProgress, 'status' | 'percent' | 'note'>>

/**
 * Records an action's progress at a meeting (adding the row if the action was not carried, e.g. a done
 * action reopened). At the latest meeting, the status becomes the action's own status.
 */
export function recordProgress(actions: Actions, meetingId: string, actionId: string, patch: ProgressPatch): Result<Actions> {
  const meeting = actions.followUps.find((m) => m.id === meetingId)
  if (!meeting) return fail('notFound', { id: meetingId })
  const action = actions.items.find((a) => a.id === actionId)
  if (!action) return fail('notFound', { id: actionId })
  if (patch.percent !== undefined && patch.percent !== null && !(Number.isInteger(patch.percent) && patch.percent >= 0 && patch.percent <= 100)) {
    return fail('invalidInput', { field: 'percent', count: 1, max: 100 })
  }
  const current = meeting.progress.find((p) => p.actionId === actionId) ?? {
    actionId,
    status: action.status,
    percent: null,
    note: ''
  }
  const row: ActionProgress = {
    ...current,
    ...patch,
    note: patch.note !== undefined ? stripUnsafe(patch.note) : current.note
  }
  const progress = meeting.progress.some((p) => p.actionId === actionId)
    ? meeting.progress.map((p) => (p.actionId === actionId ? row : p))
    : [...meeting.progress, row]
  const followUps = actions.followUps.map((m) => (m.id === meetingId ? { ...m, progress } : m))
  const next: Actions = { ...actions, followUps }
  const isLatest = latestMeeting(next)?.id === meetingId
  return ok(isLatest ? { ...next, items: next.items.map((a) => (a.id === actionId ? { ...a, status: row.status } : a)) } : next)
}

/** Counts of a meeting's rows by recorded status. */
export function meetingSummary(meeting: FollowUpMeeting): Record<ActionProgress['status'], number> {
  const counts = { notStarted: 0, inProgress: 0, done: 0, dropped: 0 }
  for (const p of meeting.progress) counts[p.status] += 1
  return counts
}
