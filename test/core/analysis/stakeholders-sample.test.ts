import { describe, expect, test } from 'vitest'
import { buildSample } from '../../../src/core/samples'
import { Project } from '../../../src/core/model/project'
import { compareSnapshots, takeSnapshot } from '../../../src/core/analysis/stakeholderSnapshots'
import { feasibility, quadrantOf } from '../../../src/core/analysis/stakeholders'
import { participantBalance } from '../../../src/core/analysis/balance'
import { readiness } from '../../../src/core/analysis/readiness'

let n = 0
const project = buildSample('rabat2017', { id: 'sample', name: 'Rabat 2017', now: '2017-07-08T10:00:00.000Z', newId: () => `gen${++n}` })

describe('Rabat 2017 sample — stakeholders and design', () => {
  test('is a valid project', () => {
    expect(Project.safeParse(project).success).toBe(true)
  })

  test('about twenty stakeholders across the Moroccan categories, every field of the grid filled', () => {
    const items = project.stakeholders.items
    expect(items.length).toBeGreaterThanOrEqual(18)
    expect(new Set(items.map((s) => s.id)).size).toBe(items.length)
    const categoryIds = new Set(project.stakeholders.categories.map((c) => c.id))
    expect(items.every((s) => s.categoryId !== null && categoryIds.has(s.categoryId))).toBe(true)
    expect(new Set(items.map((s) => s.categoryId)).size).toBeGreaterThanOrEqual(14)
    expect(items.every((s) => s.position && s.power && s.interest && s.strategy && s.knowledge)).toBe(true)
    expect(items.find((s) => s.id === 'sh-drs-rsk')?.abbreviation).toBe('DRS RSK')
    expect(new Set(items.map((s) => quadrantOf(s)))).toEqual(new Set(['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor']))
  })

  test('the politics are contested but leaning to support', () => {
    const f = feasibility(project.stakeholders.items)
    expect(f.opponents).toBeGreaterThan(0)
    expect(f.reading.key).toBe('feasibility.reading.favourable')
  })

  test('two dated snapshots show who moved between the first map and the consultations', () => {
    const [first, second] = project.stakeholders.snapshots
    expect((first?.takenAt ?? '') < (second?.takenAt ?? '')).toBe(true)
    const c = compareSnapshots(first!, second!)
    expect(c.moved.find((m) => m.stakeholderId === 'sh-sii')).toMatchObject({ from: 'highOpposition', to: 'mediumOpposition', direction: 'towardSupport' })
    expect(c.added.map((e) => e.stakeholderId).sort()).toEqual(['sh-laureats', 'sh-ue'])
    expect(c.removed.map((e) => e.stakeholderId)).toEqual(['sh-dgct'])
    expect(c.powerChanged.map((x) => x.stakeholderId)).toEqual(['sh-dp-kenitra'])
    // The regional council moved again after the second snapshot.
    const now = compareSnapshots(second!, takeSnapshot(project.stakeholders.items, { id: 'now', label: 'now', takenAt: '2017-07-08T00:00:00Z' }))
    expect(now.moved.map((m) => [m.stakeholderId, m.to])).toEqual([['sh-crsk-social', 'mediumSupport']])
  })

  test('participants are chosen from the stakeholders (or added), with readable ids', () => {
    const ids = new Set(project.stakeholders.items.map((s) => s.id))
    const participants = project.participants
    expect(participants.length).toBeGreaterThanOrEqual(20)
    expect(participants.every((p) => p.id.startsWith('pt-'))).toBe(true)
    expect(participants.filter((p) => p.stakeholderId !== null).every((p) => ids.has(p.stakeholderId!))).toBe(true)
    expect(participants.some((p) => p.stakeholderId === null)).toBe(true)
    expect(new Set(participants.map((p) => p.invitationStatus))).toEqual(new Set(['invited', 'confirmed', 'declined']))
  })

  test('balance: within the 18–22 target with all three roles; the declined Wilaya leaves a category uncovered', () => {
    const b = participantBalance({ participants: project.participants, stakeholders: project.stakeholders.items, categories: project.stakeholders.categories, design: project.design })
    expect(b.size.status).toBe('within')
    expect(b.byRole.policymaker).toBeGreaterThan(0)
    expect(b.byRole.researcher).toBeGreaterThan(0)
    expect(b.missingCategories.map((c) => c.key).sort()).toEqual(['media', 'privateSector', 'waliGovernor'])
    expect(b.issues.some((i) => i.key === 'noOpponents')).toBe(false)
  })

  test('readiness before the dialogue: ground rules and brief are met', () => {
    const r = readiness(project)
    const status = Object.fromEntries(r.questions.map((q) => [q.key, q.status]))
    expect(status.groundRules).toBe('met')
    expect(status.preCirculatedBrief).toBe('met')
    expect(status.fairRepresentation).toBe('partial')
  })
})
