import { describe, expect, test } from 'vitest'
import { buildSample } from '../../../src/core/samples'
import { scheduleAgenda } from '../../../src/core/agenda/schedule'
import { validateAgenda } from '../../../src/core/agenda/validate'
import { Project } from '../../../src/core/model/project'
import { stageChecks } from '../../../src/core/workflow/stages'

let n = 0
const project = buildSample('rabat2017', { id: 'rabat', name: 'Rabat 2017', now: '2024-01-01T10:00:00.000Z', newId: () => `id${n++}` })

describe('Rabat 2017 sample agenda', () => {
  test('two days, 6 and 7 July 2017, with the readable ids the other stages use', () => {
    expect(project.agenda.days.map((d) => [d.id, d.date, d.start])).toEqual([
      ['day-1', '2017-07-06', '08:30'],
      ['day-2', '2017-07-07', '09:00']
    ])
    const ids = project.agenda.days.flatMap((d) => d.blocks.map((b) => b.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(['blk-d1-opening', 'blk-d1-who-framework', 'blk-d1-problems', 'blk-d2-steps', 'blk-d2-evaluation', 'blk-d2-closing']))
    expect(Project.safeParse(project).success).toBe(true)
  })

  test('realistic times: day 1 08:30–17:15, day 2 09:00–16:00, lunch around 12:30–14:00', () => {
    const [d1, d2] = scheduleAgenda(project.agenda)
    expect([d1!.start, d1!.end, d2!.start, d2!.end]).toEqual(['08:30', '17:15', '09:00', '16:00'])
    expect(d1!.blocks.find((b) => b.block.id === 'blk-d1-lunch')).toMatchObject({ start: '12:30', end: '14:00' })
    expect(d2!.blocks.find((b) => b.block.id === 'blk-d2-lunch')).toMatchObject({ start: '13:00', end: '14:00' })
  })

  test('covers the workshop: opening, presentations, breaks, meals, group work, closing and evaluation, with no issue', () => {
    const types = new Set(project.agenda.days.flatMap((d) => d.blocks.map((b) => b.type)))
    expect([...types].sort()).toEqual(['break', 'closing', 'evaluation', 'groupWork', 'meal', 'opening', 'plenary', 'presentation'])
    expect(validateAgenda(project.agenda)).toEqual([])
    const deliberations = project.agenda.days.flatMap((d) => d.blocks).filter((b) => b.type === 'plenary' || b.type === 'groupWork')
    expect(deliberations.every((b) => b.objective.length > 0 && b.notes.length > 0)).toBe(true)
  })
})

describe('agenda checklist', () => {
  test('"blocks programmed" holds only while the times hold (a day past midnight undoes it)', () => {
    const done = (p: typeof project) => Object.fromEntries(stageChecks(p, 'agenda').map((c) => [c.key, c.done]))
    expect(done(project)).toEqual({ days: true, blocks: true, deliberation: true, evaluationBlock: true })
    const late = { ...project, agenda: { ...project.agenda, days: project.agenda.days.map((d, i) => (i === 1 ? { ...d, start: '20:00' } : d)) } }
    expect(done(late).blocks).toBe(false)
  })
})
