import { describe, expect, test } from 'vitest'
import { createBlankProject } from '../../../src/core/project/factory'
import { Participant } from '../../../src/core/model/design'
import type { Project } from '../../../src/core/model/project'
import { blankAction } from '../../../src/core/actions/items'
import { stageChecks } from '../../../src/core/workflow/stages'

const done = (p: Project, stage: 'minutes' | 'actions' | 'evaluation') => Object.fromEntries(stageChecks(p, stage).map((c) => [c.key, c.done]))

function base(): Project {
  const p = createBlankProject({ id: 'p', name: 'Atelier', now: '2017-07-01T08:00:00.000Z' })
  return {
    ...p,
    participants: [Participant.parse({ id: 'p1', name: 'A' }), Participant.parse({ id: 'p2', name: 'B' })],
    agenda: { ...p.agenda, days: [{ id: 'd1', date: '2017-07-06', start: '09:00', blocks: [] }] }
  }
}

describe('stage checklists of the workshop stages', () => {
  test('minutes: attendance counts only when every participant has a mark on a day of the agenda', () => {
    const p = base()
    const mark = (participantId: string, dayId = 'd1') => ({ participantId, dayId, half: 'am' as const, status: 'present' as const })
    expect(done({ ...p, minutes: { ...p.minutes, attendance: [mark('p1')] } }, 'minutes').attendance).toBe(false)
    expect(done({ ...p, minutes: { ...p.minutes, attendance: [mark('p1'), mark('p2', 'gone')] } }, 'minutes').attendance).toBe(false)
    expect(done({ ...p, minutes: { ...p.minutes, attendance: [mark('p1'), mark('p2')] } }, 'minutes').attendance).toBe(true)
    expect(done({ ...p, minutes: { ...p.minutes, status: 'final', finalisedAt: '2017-07-07T18:00:00.000Z' } }, 'minutes').final).toBe(true)
  })

  test('actions: a due date on every action, never before its start', () => {
    const p = base()
    const ok = { ...blankAction('a', 'A'), owner: { kind: 'free' as const, refId: null, name: 'DRS' }, startDate: '2017-08-01', dueDate: '2017-09-01' }
    expect(done({ ...p, actions: { ...p.actions, items: [ok] } }, 'actions').dueDates).toBe(true)
    expect(done({ ...p, actions: { ...p.actions, items: [{ ...ok, dueDate: '2017-07-01' }] } }, 'actions').dueDates).toBe(false)
    expect(done({ ...p, actions: { ...p.actions, items: [{ ...ok, dueDate: null }] } }, 'actions').dueDates).toBe(false)
  })

  test('evaluation: the debrief counts when its lessons each have a person', () => {
    const p = base()
    const lesson = (owner: string) => ({ id: `l${owner}`, lesson: 'Envoyer la note plus tôt', owner, dueDate: null })
    expect(done({ ...p, evaluation: { ...p.evaluation, debrief: [lesson('')] } }, 'evaluation').debrief).toBe(false)
    expect(done({ ...p, evaluation: { ...p.evaluation, debrief: [lesson('Mme Berrada'), lesson('')] } }, 'evaluation').debrief).toBe(false)
    expect(done({ ...p, evaluation: { ...p.evaluation, debrief: [lesson('Mme Berrada')] } }, 'evaluation').debrief).toBe(true)
  })
})
