import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateDocument } from '../../../src/core/migrations'
import { Project } from '../../../src/core/model/project'
import { summarizeProject } from '../../../src/core/project/summary'

/** The frozen v1 file: hand-written once, never regenerated. Every future Hiwar must still open it. */
const FIXTURE = resolve(__dirname, '../../fixtures/project.v1.json')
const raw = (): unknown => JSON.parse(readFileSync(FIXTURE, 'utf8'))

describe('frozen fixture project.v1.json', () => {
  it('goes through the migration runner and validates as a current project', () => {
    const outcome = migrateDocument(raw())
    expect(['current', 'migrated']).toContain(outcome.kind)
    if (outcome.kind !== 'current' && outcome.kind !== 'migrated') return
    const project = Project.parse(outcome.doc)
    expect(project.id).toBe('fixturev1souss0001')
    expect(project.name).toBe('Dialogue régional — santé maternelle en Souss-Massa')
  })

  it('keeps its content and fills omitted fields with defaults', () => {
    const project = Project.parse(raw())
    expect(project.framing.region).toBe('soussMassa')
    expect(project.framing.steeringCommittee.map((p) => p.name)).toEqual(['Dr Rachid Ouazzani', 'Mme Fatima Zahra Bennani'])
    // Omitted in the file: defaults applied.
    expect(project.framing.steeringCommittee[0]?.email).toBe('')
    expect(project.framing.timeline[2]).toMatchObject({ date: null, done: false })
    expect(project.priority.candidates[1]).toMatchObject({ title: 'Transport sanitaire des urgences obstétricales', description: '' })
    expect(project.priority.tree.causes[0]?.children[0]?.text).toBe("Routes coupées l'hiver")
    expect(project.design.chathamHouse).toBe(true)
    expect(project.agenda.days[0]?.blocks.map((b) => b.durationMin)).toEqual([30, 45, 15, 90])
    expect(project.evaluation.responses[0]?.ratings.priorityIssue).toBe(7)
    expect(project.evaluation.responses[0]?.ratings.chathamHouse).toBeNull()
  })

  it('summarises for the library', () => {
    const summary = summarizeProject(Project.parse(raw()))
    expect(summary).toMatchObject({ id: 'fixturev1souss0001', region: 'soussMassa', level: 'regional', trashedAt: null })
    expect(summary.completeness).toBeGreaterThan(0)
    expect(summary.completeness).toBeLessThanOrEqual(1)
  })

  it('survives a save round trip unchanged (parse → JSON → parse)', () => {
    const once = Project.parse(raw())
    expect(Project.parse(JSON.parse(JSON.stringify(once)))).toEqual(once)
  })
})
