import { describe, expect, test } from 'vitest'
import { createBlankProject } from '../../../src/core/project/factory'
import { Participant } from '../../../src/core/model/design'
import { Stakeholder } from '../../../src/core/model/stakeholders'
import type { Project } from '../../../src/core/model/project'
import { ActionItem } from '../../../src/core/model/actions'
import { READINESS_QUESTIONS, readiness } from '../../../src/core/analysis/readiness'

const blank = () => createBlankProject({ id: 'p1', name: 'Test', now: '2017-06-01T08:00:00.000Z' })

const byKey = (p: Project) => Object.fromEntries(readiness(p).questions.map((q) => [q.key, q]))

describe('STP-14 readiness view', () => {
  test('six questions in the order of SUPPORT tool 14, the last one after the dialogue', () => {
    const r = readiness(blank())
    expect(r.questions.map((q) => q.key)).toEqual([...READINESS_QUESTIONS])
    expect(r.questions.map((q) => q.phase)).toEqual(['before', 'before', 'before', 'before', 'before', 'after'])
    expect(r.totalBefore).toBe(5)
  })

  test('a blank project: ground rules are on by default (Chatham House, no consensus) but no facilitator', () => {
    const q = byKey(blank())
    expect(q.priorityIssue?.status).toBe('notMet')
    expect(q.groundRules?.status).toBe('partial')
    expect(q.groundRules?.checks.map((c) => [c.key, c.done])).toEqual([
      ['facilitator', false],
      ['chathamHouse', true],
      ['consensusNotSought', true]
    ])
    expect(q.outputsFollowUp?.status).toBe('notMet')
    expect(readiness(blank()).readyBefore).toBe(0)
  })

  test('answers follow the project: problem, brief, agenda, participants, rules, outputs', () => {
    const p = blank()
    const stakeholders = ['drs', 'union', 'ispits'].map((id, i) =>
      Stakeholder.parse({ id, name: id, categoryId: ['cat-drs', 'cat-professionalOrder', 'cat-university'][i], position: i === 1 ? 'mediumOpposition' : 'highSupport', power: 'high' })
    )
    const roles = ['policymaker', 'stakeholder', 'researcher'] as const
    const participants = Array.from({ length: 20 }, (_, i) =>
      Participant.parse({ id: `pt${i}`, name: `P${i}`, role: roles[i % 3], stakeholderId: stakeholders[i % 3]!.id, invitationStatus: 'confirmed', preReadingSentOn: '2017-06-20', consentToList: true })
    )
    const ready: Project = {
      ...p,
      framing: { ...p.framing, policyProcess: 'regionalPlan' },
      priority: { ...p.priority, chosenProblemId: 'pb1', choiceRationale: 'Ampleur et faisabilité', statement: 'Pénurie' },
      evidence: {
        ...p.evidence,
        options: [
          { id: 'o1', title: 'A', description: '', benefits: '', harms: '', costs: '', equity: '', monitoring: '', sourceIds: [] },
          { id: 'o2', title: 'B', description: '', benefits: '', harms: '', costs: '', equity: '', monitoring: '', sourceIds: [] }
        ],
        brief: { ...p.evidence.brief, keyMessages: 'Messages', implementation: [{ id: 'i1', barrier: 'x', strategy: 'y' }] }
      },
      agenda: {
        ...p.agenda,
        days: [
          {
            id: 'd1',
            date: '2017-07-06',
            start: '09:00',
            blocks: (['plenary', 'groupWork', 'plenary'] as const).map((type, i) => ({ id: `b${i}`, title: 'x', type, durationMin: 60, speaker: '', objective: '', notes: '', materials: '' }))
          }
        ]
      },
      stakeholders: { ...p.stakeholders, items: stakeholders },
      participants,
      design: { ...p.design, facilitator: 'Pr Lahlou' }
    }
    const r = readiness(ready)
    expect(r.questions.filter((q) => q.phase === 'before').map((q) => [q.key, q.status])).toEqual([
      ['priorityIssue', 'met'],
      ['deliberation', 'met'],
      ['preCirculatedBrief', 'met'],
      ['fairRepresentation', 'met'],
      ['groundRules', 'met']
    ])
    expect(r.readyBefore).toBe(5)
    // Turning off non-attribution or losing the opponent shows at once.
    const noRule = byKey({ ...ready, design: { ...ready.design, chathamHouse: false } })
    expect(noRule.groundRules?.status).toBe('partial')
    const noOpponent = byKey({ ...ready, participants: participants.map((x) => (x.stakeholderId === 'union' ? { ...x, stakeholderId: 'drs' } : x)) })
    const checks = Object.fromEntries(noOpponent.fairRepresentation!.checks.map((c) => [c.key, c.done]))
    expect(checks).toMatchObject({ dissentIncluded: false, categoriesCovered: false, rolesMixed: true })
    // Two deliberation blocks are not enough for problem, options and implementation.
    const short = byKey({ ...ready, agenda: { ...ready.agenda, days: [{ ...ready.agenda.days[0]!, blocks: ready.agenda.days[0]!.blocks.slice(0, 2) }] } })
    expect(short.deliberation?.checks.find((c) => c.key === 'deliberationTime')).toMatchObject({ done: false, params: { count: 2, min: 3 } })
  })

  test('outputs and follow-up are met once minutes are final, actions owned and dated, and a follow-up held', () => {
    const p = blank()
    const done: Project = {
      ...p,
      minutes: { ...p.minutes, status: 'final' },
      actions: {
        ...p.actions,
        items: [ActionItem.parse({ id: 'a1', title: 'Former', owner: { name: 'DRS' }, dueDate: '2017-12-31' })],
        followUps: [{ id: 'f1', date: '2017-10-01', notes: '', progress: [] }]
      }
    }
    expect(byKey(done).outputsFollowUp?.status).toBe('met')
  })
})
