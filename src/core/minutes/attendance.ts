import { LIMITS } from '../model/common'
import type { Agenda } from '../model/agenda'
import type { Participant } from '../model/design'
import { ATTENDANCE_STATUSES, HALF_DAYS, type AttendanceMark, type Minutes } from '../model/minutes'
import type { Project } from '../model/project'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { cleanLine } from './cleanText'
import { isLocked } from './entries'

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]
export type Half = (typeof HALF_DAYS)[number]

/** One column of the attendance grid: a day of the agenda, morning or afternoon. */
export interface HalfDay {
  dayId: string
  /** 0-based position of the day in the agenda. */
  dayIndex: number
  date: string | null
  half: Half
}

export type MarkKey = Omit<AttendanceMark, 'status'>

/** The half-days of the workshop, from the agenda days (day 1 morning, day 1 afternoon, day 2 …). */
export function halfDays(agenda: Agenda): HalfDay[] {
  return agenda.days.flatMap((d, dayIndex) => HALF_DAYS.map((half) => ({ dayId: d.id, dayIndex, date: d.date, half })))
}

const sameKey = (a: MarkKey) => (m: MarkKey) => m.participantId === a.participantId && m.dayId === a.dayId && m.half === a.half

export const attendanceOf = (minutes: Minutes, key: MarkKey): AttendanceStatus | null =>
  minutes.attendance.find(sameKey(key))?.status ?? null

/** Sets (or clears, with `null`) one mark. Final minutes: `minutesFinal` (use `amendAttendance`). */
export function setAttendance(minutes: Minutes, key: MarkKey, status: AttendanceStatus | null): Result<Minutes> {
  if (isLocked(minutes)) return fail('minutesFinal')
  const rest = minutes.attendance.filter((m) => !sameKey(key)(m))
  return ok({ ...minutes, attendance: status === null ? rest : [...rest, { ...key, status }] })
}

/** Marks everyone not yet marked in one half-day (the "all the others present" shortcut). */
export function markUnmarked(
  minutes: Minutes,
  participants: readonly Participant[],
  slot: Pick<HalfDay, 'dayId' | 'half'>,
  status: AttendanceStatus
): Result<Minutes> {
  if (isLocked(minutes)) return fail('minutesFinal')
  const added: AttendanceMark[] = participants
    .filter((p) => attendanceOf(minutes, { participantId: p.id, ...slot }) === null)
    .map((p) => ({ participantId: p.id, dayId: slot.dayId, half: slot.half, status }))
  return ok({ ...minutes, attendance: [...minutes.attendance, ...added] })
}

/** The next status when a grid cell is toggled by keyboard or click: – → present → absent → excused → –. */
export function nextStatus(status: AttendanceStatus | null): AttendanceStatus | null {
  if (status === null) return 'present'
  const i = ATTENDANCE_STATUSES.indexOf(status)
  return i === ATTENDANCE_STATUSES.length - 1 ? null : ATTENDANCE_STATUSES[i + 1]!
}

export interface HalfDaySummary extends HalfDay {
  present: number
  absent: number
  excused: number
  unmarked: number
}

export interface AttendanceSummary {
  halfDays: HalfDaySummary[]
  participants: number
  walkIns: number
  /** Participants present at least once. */
  attendedAtLeastOnce: number
  /** Marks whose participant or day no longer exists (kept, not counted). */
  orphanMarks: number
}

export function attendanceSummary(project: Pick<Project, 'agenda' | 'minutes' | 'participants'>): AttendanceSummary {
  const slots = halfDays(project.agenda)
  const people = new Set(project.participants.map((p) => p.id))
  const days = new Set(project.agenda.days.map((d) => d.id))
  const valid = project.minutes.attendance.filter((m) => people.has(m.participantId) && days.has(m.dayId))
  const summaries = slots.map((slot) => {
    const marks = valid.filter((m) => m.dayId === slot.dayId && m.half === slot.half)
    const count = (s: AttendanceStatus) => marks.filter((m) => m.status === s).length
    return {
      ...slot,
      present: count('present'),
      absent: count('absent'),
      excused: count('excused'),
      unmarked: people.size - marks.length
    }
  })
  return {
    halfDays: summaries,
    participants: people.size,
    walkIns: project.participants.filter((p) => p.walkIn).length,
    attendedAtLeastOnce: new Set(valid.filter((m) => m.status === 'present').map((m) => m.participantId)).size,
    orphanMarks: project.minutes.attendance.length - valid.length
  }
}

export interface WalkInDraft {
  name: string
  function?: string
  institution?: string
  /** Mark the person present in this half-day straight away (the usual case). */
  presentAt?: Pick<HalfDay, 'dayId' | 'half'>
}

/**
 * Adds someone who came without an invitation: a participant with `walkIn: true`, marked present in the
 * current half-day. Works on final minutes too for the participant list; the mark then needs an amendment,
 * so it is only set while the minutes are draft.
 */
export function addWalkIn(
  project: Project,
  draft: WalkInDraft,
  newId: NewId
): Result<{ project: Project; participant: Participant }> {
  const name = cleanLine(draft.name)
  if (name.length === 0) return fail('nameRequired')
  if (name.length > LIMITS.shortText) return fail('textTooLong', { field: 'name', max: LIMITS.shortText })
  if (project.participants.length >= LIMITS.listItems) {
    return fail('invalidInput', { field: 'participants', count: project.participants.length, max: LIMITS.listItems })
  }
  const participant: Participant = {
    id: newId(),
    stakeholderId: null,
    name,
    function: cleanLine(draft.function ?? '').slice(0, LIMITS.shortText),
    institution: cleanLine(draft.institution ?? '').slice(0, LIMITS.shortText),
    email: '',
    phone: '',
    role: 'stakeholder',
    capacity: 'official',
    consentToList: false,
    invitationStatus: 'confirmed',
    invitedOn: null,
    respondedOn: null,
    preReadingSentOn: null,
    walkIn: true,
    notes: ''
  }
  let minutes = project.minutes
  if (draft.presentAt && !isLocked(minutes)) {
    const marked = setAttendance(minutes, { participantId: participant.id, ...draft.presentAt }, 'present')
    if (marked.ok) minutes = marked.value
  }
  return ok({ project: { ...project, participants: [...project.participants, participant], minutes }, participant })
}
