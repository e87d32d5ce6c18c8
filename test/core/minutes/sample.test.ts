import { describe, expect, test } from 'vitest'
import { buildSample } from '../../../src/core/samples'
import { Project } from '../../../src/core/model/project'
import { listTimedBlocks } from '../../../src/core/agenda'
import { attendanceSummary, halfDays } from '../../../src/core/minutes/attendance'
import { pendingRaisedActions } from '../../../src/core/minutes/raiseAction'
import { actionIssues } from '../../../src/core/actions/validate'
import { resolveLink, resolveOwner } from '../../../src/core/actions/owners'
import { actionPlanSummary } from '../../../src/core/actions/summary'
import { carryForward, latestMeeting } from '../../../src/core/actions/followUp'
import { evaluationResults } from '../../../src/core/evaluation/stats'
import { unassignedLessons } from '../../../src/core/evaluation/debrief'
import { stageChecks } from '../../../src/core/workflow/stages'

let k = 0
const sample = () => buildSample('rabat2017', { id: 'rabat', name: 'Rabat 2017', now: '2017-05-01T08:00:00.000Z', newId: () => `n${++k}` })

describe('Rabat 2017 sample — minutes, action plan, evaluation', () => {
  test('is a valid project', () => {
    expect(Project.safeParse(sample()).success).toBe(true)
  })

  test('minutes: entries of several existing blocks, no speaker (Chatham House), attendance of every participant per half-day', () => {
    const p = sample()
    const blocks = new Set(listTimedBlocks(p.agenda).map((b) => b.block.id))
    const used = new Set(p.minutes.entries.map((e) => e.blockId))
    expect(used.size).toBeGreaterThanOrEqual(8)
    for (const id of used) expect(blocks.has(id!)).toBe(true)
    expect(p.design.chathamHouse).toBe(true)
    expect(p.minutes.entries.every((e) => e.speaker === '')).toBe(true)
    expect(new Set(p.minutes.entries.map((e) => e.type))).toEqual(new Set(['keyPoint', 'agreement', 'disagreement', 'proposal', 'decision', 'actionRaised']))
    const s = attendanceSummary(p)
    expect(s.orphanMarks).toBe(0)
    expect(halfDays(p.agenda)).toHaveLength(4)
    for (const h of s.halfDays) expect(h.unmarked).toBe(0)
    expect(s.halfDays[0]!.present).toBeGreaterThan(15)
    expect(p.minutes.status).toBe('final')
    expect(p.minutes.amendments.length).toBeGreaterThan(0)
    expect(stageChecks(p, 'minutes').every((c) => c.done)).toBe(true)
  })

  test('actions: ~15 SMART actions, owners resolvable (one deleted, flagged), links alive, raised entries linked both ways', () => {
    const p = sample()
    const items = p.actions.items
    expect(items.length).toBeGreaterThanOrEqual(14)
    const owners = items.map((a) => resolveOwner(a.owner, p).state)
    expect(owners.filter((s) => s === 'deleted')).toHaveLength(1)
    expect(owners.filter((s) => s === 'none')).toHaveLength(0)
    for (const a of items) expect(resolveLink(a.linkedTo, p).state).not.toBe('deleted')
    for (const a of items) expect(actionIssues(a, p).filter((i) => i.severity === 'error')).toEqual([])
    expect(pendingRaisedActions(p)).toEqual([])
    for (const e of p.minutes.entries.filter((x) => x.type === 'actionRaised')) {
      const a = items.find((x) => x.id === e.actionId)
      expect(a?.sourceEntryId).toBe(e.id)
    }
    const summary = actionPlanSummary(items, '2018-02-01')
    expect(summary.byStatus.done).toBeGreaterThanOrEqual(4)
    expect(summary.byStatus.late).toBeGreaterThanOrEqual(1)
    expect(summary.byStatus.inProgress).toBeGreaterThanOrEqual(1)
    expect(summary.byStatus.dropped).toBe(1)
    expect(summary.budgetTotal).toBeGreaterThan(1_000_000)
    // The stored statuses are those of the latest follow-up meeting.
    const latest = latestMeeting(p.actions)!
    for (const row of latest.progress) expect(items.find((a) => a.id === row.actionId)!.status).toBe(row.status)
    expect(carryForward(p.actions).length).toBeGreaterThan(0)
    expect(stageChecks(p, 'actions').every((c) => c.done)).toBe(true)
  })

  test('evaluation: 20 anonymous responses with a realistic spread, lessons each with a person', () => {
    const p = sample()
    const r = evaluationResults(p.evaluation.responses)
    expect(r.responses).toBe(20)
    const means = r.features.map((f) => f.mean!)
    expect(Math.max(...means)).toBeGreaterThan(6.3)
    expect(Math.min(...means)).toBeLessThan(4.5)
    expect(r.features.find((f) => f.feature === 'preCirculatedBrief')!.n).toBe(19)
    expect(r.intentionToAct.shareFavourable!).toBeGreaterThan(0.7)
    expect(unassignedLessons(p.evaluation)).toEqual([])
    expect(stageChecks(p, 'evaluation').every((c) => c.done)).toBe(true)
  })
})
