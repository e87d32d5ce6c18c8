import { describe, expect, test } from 'vitest'
import { buildSample } from '../../../src/core/samples'
import { stageChecks } from '../../../src/core/workflow/stages'
import type { Project } from '../../../src/core/model/project'

let n = 0
const sample = (): Project => buildSample('rabat2017', { id: 'rabat', name: 'Rabat', now: '2017-05-02T09:00:00.000Z', newId: () => `g${++n}` })
const done = (p: Project, stage: 'priority' | 'evidence', key: string) => stageChecks(p, stage).find((c) => c.key === key)!.done

describe('stage checklists of stages 1–2', () => {
  test('"scored" needs a ranking: all weights at zero or only stale scores do not count', () => {
    const p = sample()
    expect(done(p, 'priority', 'scored')).toBe(true)
    const zero = { ...p, priority: { ...p.priority, criteria: p.priority.criteria.map((c) => ({ ...c, weight: 0 })) } }
    expect(done(zero, 'priority', 'scored')).toBe(false)
    const noScorers = { ...p, priority: { ...p.priority, scorers: [] } }
    expect(done(noScorers, 'priority', 'scored')).toBe(false)
    const hanlon = { ...p, priority: { ...p.priority, method: 'hanlon' as const } }
    expect(done(hanlon, 'priority', 'scored')).toBe(true)
    expect(done({ ...hanlon, priority: { ...hanlon.priority, hanlon: [] } }, 'priority', 'scored')).toBe(false)
  })

  test('"chosen" needs an existing candidate and a rationale', () => {
    const p = sample()
    expect(done(p, 'priority', 'chosen')).toBe(true)
    expect(done({ ...p, priority: { ...p.priority, chosenProblemId: 'gone' } }, 'priority', 'chosen')).toBe(false)
    expect(done({ ...p, priority: { ...p.priority, choiceRationale: '  ' } }, 'priority', 'chosen')).toBe(false)
  })

  test('implementation needs a barrier with its strategy; references must point at existing sources', () => {
    const p = sample()
    expect(done(p, 'evidence', 'implementation')).toBe(true)
    const blank = { ...p, evidence: { ...p.evidence, brief: { ...p.evidence.brief, implementation: [{ id: 'i', barrier: 'Budget', strategy: '' }] } } }
    expect(done(blank, 'evidence', 'implementation')).toBe(false)
    const stale = { ...p, evidence: { ...p.evidence, brief: { ...p.evidence.brief, referenceIds: ['deleted-source'] } } }
    expect(done(stale, 'evidence', 'references')).toBe(false)
    expect(done(p, 'evidence', 'references')).toBe(true)
  })
})
