import { describe, expect, test } from 'vitest'
import { createBlankProject } from '../../../src/core/project/factory'
import { Participant } from '../../../src/core/model/design'
import { Project } from '../../../src/core/model/project'
import {
  addWalkIn,
  attendanceOf,
  attendanceSummary,
  halfDays,
  markUnmarked,
  nextStatus,
  setAttendance
} from '../../../src/core/minutes/attendance'
import { finaliseMinutes } from '../../../src/core/minutes/finalise'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

function workshop(): Project {
  const p = createBlankProject({ id: 'p', name: 'Atelier', now: '2017-07-01T08:00:00.000Z' })
  return {
    ...p,
    participants: ['Amina', 'Youssef', 'Khadija'].map((name, i) => Participant.parse({ id: `p${i + 1}`, name })),
    agenda: { ...p.agenda, days: [
      { id: 'd1', date: '2017-07-06', start: '09:00', blocks: [] },
      { id: 'd2', date: '2017-07-07', start: '09:00', blocks: [] }
    ] }
  }
}

describe('attendance', () => {
  test('half-days come from the agenda days', () => {
    expect(halfDays(workshop().agenda).map((h) => `${h.dayId}/${h.half}`)).toEqual(['d1/am', 'd1/pm', 'd2/am', 'd2/pm'])
  })

  test('marks per participant per half-day, with summary counts', () => {
    const p = workshop()
    let m = p.minutes
    m = must(setAttendance(m, { participantId: 'p1', dayId: 'd1', half: 'am' }, 'present'))
    m = must(setAttendance(m, { participantId: 'p2', dayId: 'd1', half: 'am' }, 'excused'))
    m = must(setAttendance(m, { participantId: 'p2', dayId: 'd1', half: 'am' }, 'absent'))
    m = must(markUnmarked(m, p.participants, { dayId: 'd1', half: 'am' }, 'present'))
    m = must(setAttendance(m, { participantId: 'p3', dayId: 'd1', half: 'pm' }, 'present'))
    m = must(setAttendance(m, { participantId: 'p3', dayId: 'd1', half: 'pm' }, null))
    expect(attendanceOf(m, { participantId: 'p2', dayId: 'd1', half: 'am' })).toBe('absent')
    expect(attendanceOf(m, { participantId: 'p3', dayId: 'd1', half: 'pm' })).toBeNull()
    const summary = attendanceSummary({ ...p, minutes: m })
    expect(summary.halfDays[0]).toMatchObject({ dayId: 'd1', half: 'am', present: 2, absent: 1, excused: 0, unmarked: 0 })
    expect(summary.halfDays[1]).toMatchObject({ present: 0, unmarked: 3 })
    expect(summary.attendedAtLeastOnce).toBe(2)
    expect(Project.safeParse({ ...p, minutes: m }).success).toBe(true)
  })

  test('marks of a deleted participant are kept but not counted', () => {
    const p = workshop()
    const m = must(setAttendance(p.minutes, { participantId: 'gone', dayId: 'd1', half: 'am' }, 'present'))
    const s = attendanceSummary({ ...p, minutes: m })
    expect(s.orphanMarks).toBe(1)
    expect(s.halfDays[0]!.present).toBe(0)
  })

  test('the keyboard toggle cycles through the statuses and back to unmarked', () => {
    expect([nextStatus(null), nextStatus('present'), nextStatus('absent'), nextStatus('excused')]).toEqual(['present', 'absent', 'excused', null])
  })

  test('a walk-in is added on the spot and marked present', () => {
    const p = workshop()
    let k = 0
    const r = must(addWalkIn(p, { name: ' Dr Hassan\u0000 Idrissi ', institution: 'Délégation de Salé', presentAt: { dayId: 'd1', half: 'pm' } }, () => `w${++k}`))
    expect(r.participant).toMatchObject({ id: 'w1', name: 'Dr Hassan Idrissi', walkIn: true, institution: 'Délégation de Salé' })
    expect(attendanceOf(r.project.minutes, { participantId: 'w1', dayId: 'd1', half: 'pm' })).toBe('present')
    expect(attendanceSummary(r.project).walkIns).toBe(1)
    expect(Project.safeParse(r.project).success).toBe(true)
    expect(addWalkIn(p, { name: '  ' }, () => 'x')).toMatchObject({ ok: false, error: { code: 'nameRequired' } })
  })

  test('final minutes lock attendance; a walk-in is still listed but not marked', () => {
    const p = workshop()
    const final = { ...p, minutes: must(finaliseMinutes(p.minutes, '2017-07-07T18:00:00.000Z')) }
    expect(setAttendance(final.minutes, { participantId: 'p1', dayId: 'd1', half: 'am' }, 'present')).toMatchObject({ ok: false, error: { code: 'minutesFinal' } })
    const r = must(addWalkIn(final, { name: 'Nadia', presentAt: { dayId: 'd1', half: 'am' } }, () => 'w1'))
    expect(r.project.participants).toHaveLength(4)
    expect(r.project.minutes.attendance).toHaveLength(0)
  })
})
