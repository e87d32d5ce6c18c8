import { describe, expect, test } from 'vitest'
import { Participant } from '../../../src/core/model/design'
import { Stakeholder } from '../../../src/core/model/stakeholders'
import { defaultStakeholderCategories } from '../../../src/core/project/factory'
import { isBalanced, participantBalance } from '../../../src/core/analysis/balance'

const categories = defaultStakeholderCategories()
const sh = (id: string, categoryId: string, extra: Partial<Stakeholder> = {}): Stakeholder => Stakeholder.parse({ id, name: id, categoryId, ...extra })
const pt = (id: string, extra: Partial<Participant> = {}): Participant => Participant.parse({ id, name: id, ...extra })
const design = { targetSizeMin: 18, targetSizeMax: 22 }

const stakeholders = [
  sh('drs', 'cat-drs', { position: 'highSupport', power: 'high' }),
  sh('union', 'cat-professionalOrder', { position: 'mediumOpposition', power: 'medium' }),
  sh('ispits', 'cat-university', { position: 'lowSupport', power: 'low' })
]

/** n participants of a role, all linked to the given stakeholder. */
const many = (n: number, role: Participant['role'], stakeholderId: string | null = null, extra: Partial<Participant> = {}) =>
  Array.from({ length: n }, (_, i) => pt(`${role}-${stakeholderId ?? 'free'}-${i}`, { role, stakeholderId, consentToList: true, ...extra }))

describe('participant balance', () => {
  test('a balanced table of 20: every role, every category, an opponent, within target', () => {
    const participants = [...many(7, 'policymaker', 'drs'), ...many(8, 'stakeholder', 'union'), ...many(5, 'researcher', 'ispits')]
    const b = participantBalance({ participants, stakeholders, categories, design })
    expect(b.counted).toBe(20)
    expect(b.shares).toEqual({ policymaker: 35, stakeholder: 40, researcher: 25 })
    expect(b.size.status).toBe('within')
    expect(b.missingCategories).toEqual([])
    expect(b.issues).toEqual([])
    expect(isBalanced(b)).toBe(true)
  })

  test('flags a missing role, a dominant role and a small share', () => {
    const dominated = participantBalance({ participants: [...many(14, 'policymaker', 'drs'), ...many(6, 'stakeholder', 'union')], stakeholders, categories, design })
    expect(dominated.issues.map((i) => [i.key, i.params.role])).toEqual(
      expect.arrayContaining([
        ['dominantRole', 'policymaker'],
        ['missingRole', 'researcher']
      ])
    )
    const few = participantBalance({ participants: [...many(10, 'policymaker', 'drs'), ...many(9, 'stakeholder', 'union'), ...many(1, 'researcher', 'ispits')], stakeholders, categories, design })
    expect(few.issues.find((i) => i.key === 'fewRole')?.params).toMatchObject({ role: 'researcher', share: 5 })
    expect(isBalanced(few)).toBe(false)
  })

  test('lists the categories of the table that have no participant', () => {
    const b = participantBalance({ participants: [...many(10, 'policymaker', 'drs'), ...many(10, 'researcher', 'union')], stakeholders, categories, design })
    expect(b.missingCategories.map((c) => c.key)).toEqual(['university'])
    expect(b.issues.find((i) => i.key === 'missingCategories')?.params.count).toBe(1)
  })

  test('warns when no opponent of weight is invited', () => {
    const b = participantBalance({ participants: [...many(10, 'policymaker', 'drs'), ...many(10, 'researcher', 'ispits')], stakeholders, categories, design })
    expect(b.issues.some((i) => i.key === 'noOpponents')).toBe(true)
  })

  test('size outside the target warns; declined, facilitators and observers do not count', () => {
    const small = participantBalance({
      participants: [...many(3, 'policymaker', 'drs'), ...many(3, 'stakeholder', 'union'), ...many(3, 'researcher', 'ispits'), ...many(5, 'stakeholder', 'union', { invitationStatus: 'declined' }), ...many(2, 'facilitator'), ...many(1, 'observer')],
      stakeholders,
      categories,
      design
    })
    expect(small.counted).toBe(9)
    expect(small.size).toEqual({ count: 9, min: 18, max: 22, status: 'below' })
    expect(small.issues.find((i) => i.key === 'sizeBelow')?.params).toEqual({ count: 9, min: 18, max: 22 })
    expect(small.byRole.facilitator).toBe(2)
    const big = participantBalance({ participants: [...many(10, 'policymaker', 'drs'), ...many(10, 'stakeholder', 'union'), ...many(5, 'researcher', 'ispits')], stakeholders, categories, design })
    expect(big.size.status).toBe('above')
    expect(big.issues.some((i) => i.key === 'sizeAbove')).toBe(true)
  })

  test('counts capacities and consent; missing consent is information, not a warning', () => {
    const participants = [...many(7, 'policymaker', 'drs'), ...many(7, 'stakeholder', 'union', { capacity: 'personal', consentToList: false }), ...many(6, 'researcher', 'ispits')]
    const b = participantBalance({ participants, stakeholders, categories, design })
    expect(b.capacity).toEqual({ official: 13, personal: 7 })
    expect(b.consenting).toBe(13)
    expect(b.issues).toEqual([{ key: 'consentMissing', severity: 'info', params: { count: 7 } }])
    expect(isBalanced(b)).toBe(true)
  })

  test('no participants: nothing to warn about but not balanced either', () => {
    const b = participantBalance({ participants: [], stakeholders, categories, design })
    expect(b.issues.map((i) => i.key)).toEqual(['sizeBelow'])
    expect(isBalanced(b)).toBe(false)
  })

  test('a target typed backwards (min above max) is read as a range', () => {
    const b = participantBalance({ participants: many(20, 'policymaker'), stakeholders: [], categories, design: { targetSizeMin: 22, targetSizeMax: 18 } })
    expect(b.size).toMatchObject({ min: 18, max: 22, status: 'within' })
  })
})
