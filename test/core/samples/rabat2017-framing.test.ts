import { describe, expect, it } from 'vitest'
import { Project } from '../../../src/core/model/project'
import { buildSample, composeParts } from '../../../src/core/samples'
import { STAGE_CHECKS } from '../../../src/core/workflow/stages'

const counter = () => {
  let n = 0
  return () => `s${++n}`
}
const build = () => buildSample('rabat2017', { id: 'rabat', name: 'Atelier Rabat 2017', now: '2017-05-02T09:00:00.000Z', newId: counter() })

describe('the Rabat 2017 sample', () => {
  it('is a valid project carrying the given identity', () => {
    const p = build()
    expect(Project.parse(p)).toEqual(p)
    expect(p).toMatchObject({ id: 'rabat', name: 'Atelier Rabat 2017', sample: 'rabat2017', docLanguage: 'fr', trashedAt: null })
    expect(p.createdAt).toBe('2017-05-02T09:00:00.000Z')
  })

  it('frames a regional dialogue in Rabat-Salé-Kénitra commissioned by WHO and the Ministry', () => {
    const f = build().framing
    expect(f).toMatchObject({ sponsor: 'whoOffice', level: 'regional', region: 'rabatSaleKenitra', budgetCurrency: 'MAD' })
    expect(f.sponsorName).toMatch(/OMS/)
    expect(f.sponsorName).toMatch(/Ministère de la Santé/)
    expect(f.languages).toEqual(['fr', 'ar'])
    expect(f.context).toMatch(/régionalisation avancée/)
    expect(f.context).toMatch(/Marrakech/)
    expect(f.context).toMatch(/111-14/)
    expect(f.timeline.map((m) => m.date)).toEqual(expect.arrayContaining(['2017-07-06', '2017-07-07']))
    expect(f.budget.every((b) => (b.amount ?? 0) > 0)).toBe(true)
    expect(f.steeringCommittee.length).toBeGreaterThanOrEqual(3)
    expect(f.organisingTeam.length).toBeGreaterThanOrEqual(2)
  })

  it('completes every item of the framing checklist', () => {
    const checks = STAGE_CHECKS.framing(build())
    expect(checks.filter((c) => !c.done).map((c) => c.key)).toEqual([])
  })

  it('offers the four candidate problems of the seed and the default criteria', () => {
    const pr = build().priority
    expect(pr.candidates.map((c) => c.title)).toEqual([
      'Pénurie des infirmiers polyvalents',
      "Organisation de l'offre de soins en santé maternelle",
      'Prise en charge des personnes en situation de handicap',
      'Plan de développement sanitaire multi-région pour les régions du Sud'
    ])
    expect(pr.criteria.map((c) => c.key)).toContain('feasibility')
  })

  it('keeps the pre-loaded Moroccan stakeholder categories', () => {
    expect(build().stakeholders.categories.length).toBeGreaterThan(10)
  })

  it('gives every entity a distinct id', () => {
    const p = build()
    const ids = [...p.framing.steeringCommittee, ...p.framing.organisingTeam, ...p.framing.timeline, ...p.framing.budget, ...p.priority.candidates].map((x) => x.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses two parts that fill the same stage', () => {
    const args = { id: 'x', name: 'x', now: '2017-01-01T00:00:00.000Z', newId: counter() }
    expect(() => composeParts([() => ({ framing: {} }), () => ({ framing: {} })], args)).toThrow(/framing/)
  })
})
