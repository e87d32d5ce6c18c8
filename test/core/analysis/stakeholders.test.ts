import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { POSITIONS, POWERS, Stakeholder, type Position, type Power } from '../../../src/core/model/stakeholders'
import {
  FEASIBILITY_THRESHOLDS,
  POSITION_VALUE,
  duplicateNameIds,
  feasibility,
  filterStakeholders,
  normaliseName,
  placeOnGrid,
  positionFromValue,
  quadrantOf,
  sortStakeholders,
  stanceOf,
  suggestStrategy
} from '../../../src/core/analysis/stakeholders'

const sh = (id: string, extra: Partial<Stakeholder> = {}): Stakeholder => Stakeholder.parse({ id, name: extra.name ?? id, ...extra })

describe('position scale', () => {
  test('maps the 7-point scale to +3 … −3 in order', () => {
    expect(POSITIONS.map((p) => POSITION_VALUE[p])).toEqual([3, 2, 1, 0, -1, -2, -3])
  })

  test('numbers map back to positions, rounded and clamped', () => {
    expect(positionFromValue(2)).toBe('mediumSupport')
    expect(positionFromValue(-3)).toBe('highOpposition')
    expect(positionFromValue(0.4)).toBe('nonMobilised')
    expect(positionFromValue(12)).toBe('highSupport')
    expect(positionFromValue(-7)).toBe('highOpposition')
    expect(positionFromValue(Number.NaN)).toBe('nonMobilised')
  })

  test('round trip value → position → value for every position', () => {
    for (const p of POSITIONS) expect(positionFromValue(POSITION_VALUE[p])).toBe(p)
  })

  test('stance groups supporters, non-mobilised and opponents', () => {
    expect(stanceOf('lowSupport')).toBe('supporter')
    expect(stanceOf('nonMobilised')).toBe('nonMobilised')
    expect(stanceOf('lowOpposition')).toBe('opponent')
  })
})

describe('Mendelow quadrants', () => {
  const cases: [Power, number, string][] = [
    ['high', 5, 'manageClosely'],
    ['high', 3, 'manageClosely'],
    ['medium', 3, 'manageClosely'],
    ['high', 2, 'keepSatisfied'],
    ['medium', 1, 'keepSatisfied'],
    ['low', 3, 'keepInformed'],
    ['low', 5, 'keepInformed'],
    ['low', 2, 'monitor'],
    ['low', 1, 'monitor']
  ]
  test.each(cases)('power %s, interest %i → %s', (power, interest, q) => {
    expect(quadrantOf({ power, interest })).toBe(q)
  })

  test('no quadrant until both power and interest are assessed', () => {
    expect(quadrantOf({ power: null, interest: 4 })).toBeNull()
    expect(quadrantOf({ power: 'high', interest: null })).toBeNull()
  })

  test('grid points stay inside their quadrant, never on the dividing lines, even when many share a cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ power: fc.constantFrom(...POWERS), interest: fc.integer({ min: 1, max: 5 }) }), { maxLength: 40 }),
        (rows) => {
          const items = rows.map((r, i) => sh(`s${i}`, r))
          const { points, unplaced } = placeOnGrid(items)
          expect(unplaced).toHaveLength(0)
          expect(points.map((p) => p.stakeholder.id)).toEqual(items.map((s) => s.id))
          for (const p of points) {
            expect(p.x).toBeGreaterThan(0)
            expect(p.x).toBeLessThan(1)
            const right = p.x > 0.5
            const top = p.y > 0.5
            expect(p.x).not.toBe(0.5)
            expect(p.y).not.toBe(0.5)
            const expected = top ? (right ? 'manageClosely' : 'keepSatisfied') : right ? 'keepInformed' : 'monitor'
            expect(p.quadrant).toBe(expected)
          }
        }
      )
    )
  })

  test('stakeholders sharing a cell get distinct points; unassessed ones are listed apart', () => {
    const items = [sh('a', { power: 'high', interest: 5 }), sh('b', { power: 'high', interest: 5 }), sh('c', { power: 'high', interest: 5 }), sh('d')]
    const { points, unplaced } = placeOnGrid(items)
    const coords = new Set(points.map((p) => `${p.x},${p.y}`))
    expect(coords.size).toBe(3)
    expect(unplaced.map((s) => s.id)).toEqual(['d'])
  })
})

describe('feasibility index', () => {
  test('sums position × power for supporters and opponents, power alone for the non-mobilised', () => {
    const f = feasibility([
      sh('ministry', { position: 'highSupport', power: 'high' }), // 3 × 3 = 9
      sh('drs', { position: 'mediumSupport', power: 'medium' }), // 2 × 2 = 4
      sh('union', { position: 'mediumOpposition', power: 'high' }), // 2 × 3 = 6
      sh('private', { position: 'lowOpposition', power: 'low' }), // 1 × 1 = 1
      sh('council', { position: 'nonMobilised', power: 'high' }), // 3
      sh('media', { position: 'nonMobilised', power: 'low' }), // 1
      sh('unknown', { position: 'lowSupport' }) // no power: not counted
    ])
    expect(f.support).toBe(13)
    expect(f.opposition).toBe(7)
    expect(f.nonMobilised).toBe(4)
    expect([f.supporters, f.opponents, f.nonMobilisedCount, f.unassessed]).toEqual([2, 2, 2, 1])
    expect(f.net).toBe(6)
    expect(f.supportShare).toBe(65)
    expect(f.reading.key).toBe('feasibility.reading.contested')
    expect(f.reading.params).toMatchObject({ support: 13, opposition: 7, share: 65 })
    expect(f.hints.map((h) => h.key)).toEqual(['feasibility.hint.swing', 'feasibility.hint.unassessed'])
  })

  test('the reading follows the documented thresholds', () => {
    const withShare = (support: Position, opposition: Position) =>
      feasibility([sh('s', { position: support, power: 'high' }), sh('o', { position: opposition, power: 'high' })])
    expect(withShare('highSupport', 'lowOpposition').supportShare).toBe(75)
    expect(withShare('highSupport', 'lowOpposition').reading.key).toBe('feasibility.reading.favourable')
    expect(withShare('mediumSupport', 'mediumOpposition').reading.key).toBe('feasibility.reading.contested')
    expect(withShare('lowSupport', 'highOpposition').reading.key).toBe('feasibility.reading.unfavourable')
    expect(FEASIBILITY_THRESHOLDS.favourable).toBeGreaterThan(FEASIBILITY_THRESHOLDS.contested)
  })

  test('no data and all non-mobilised get their own readings', () => {
    expect(feasibility([]).reading.key).toBe('feasibility.reading.noData')
    expect(feasibility([sh('x', { position: 'highSupport' })]).reading.key).toBe('feasibility.reading.noData')
    const neutral = feasibility([sh('x', { position: 'nonMobilised', power: 'medium' })])
    expect(neutral.reading.key).toBe('feasibility.reading.allNonMobilised')
    expect(neutral.supportShare).toBeNull()
    expect(neutral.nonMobilised).toBe(2)
  })

  test('support and opposition are never negative and net = support − opposition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ position: fc.option(fc.constantFrom(...POSITIONS)), power: fc.option(fc.constantFrom(...POWERS)) }), { maxLength: 30 }),
        (rows) => {
          const f = feasibility(rows.map((r, i) => sh(`s${i}`, r)))
          expect(f.support).toBeGreaterThanOrEqual(0)
          expect(f.opposition).toBeGreaterThanOrEqual(0)
          expect(f.net).toBe(f.support - f.opposition)
          expect(f.supporters + f.opponents + f.nonMobilisedCount + f.unassessed).toBe(rows.length)
        }
      )
    )
  })
})

describe('suggested strategy', () => {
  test('by stance, with low-power low-interest actors monitored', () => {
    expect(suggestStrategy({ position: 'highSupport', power: 'high', interest: 5 })).toBe('strengthenSupport')
    expect(suggestStrategy({ position: 'nonMobilised', power: 'high', interest: 2 })).toBe('mobilise')
    expect(suggestStrategy({ position: 'mediumOpposition', power: 'medium', interest: 4 })).toBe('reduceOpposition')
    expect(suggestStrategy({ position: 'mediumOpposition', power: 'low', interest: 1 })).toBe('monitor')
    expect(suggestStrategy({ position: 'lowSupport', power: null, interest: null })).toBe('strengthenSupport')
    expect(suggestStrategy({ position: null, power: 'high', interest: 5 })).toBeNull()
  })
})

describe('names, duplicates, filters and sort', () => {
  test('names compare without case, accents, Arabic diacritics or extra spaces', () => {
    expect(normaliseName('  Délégation   Provinciale ')).toBe(normaliseName('delegation provinciale'))
    expect(normaliseName('نَقَابَة')).toBe(normaliseName('نقابة'))
  })

  test('duplicate names are flagged on every row that shares the name', () => {
    const ids = duplicateNameIds([
      { id: 'a', name: 'DRS Rabat' },
      { id: 'b', name: 'drs  rabat' },
      { id: 'c', name: 'CHU Ibn Sina' },
      { id: 'd', name: '' },
      { id: 'e', name: '' }
    ])
    expect([...ids].sort()).toEqual(['a', 'b'])
  })

  const table = [
    sh('drs', { name: 'Direction régionale de la santé', abbreviation: 'DRS', categoryId: 'cat-drs', position: 'highSupport', power: 'high', interest: 5 }),
    sh('union', { name: 'Syndicat des infirmiers', categoryId: 'cat-professionalOrder', position: 'mediumOpposition', power: 'medium', interest: 5 }),
    sh('media', { name: 'Presse régionale', categoryId: 'cat-media', position: 'nonMobilised', power: 'low', interest: 2 }),
    sh('new', { name: 'Association Amal' })
  ]

  test('filters by category, stance, exact position, power, quadrant and text', () => {
    const ids = (f: Parameters<typeof filterStakeholders>[1]) => filterStakeholders(table, f).map((s) => s.id)
    expect(ids({ categoryId: 'cat-media' })).toEqual(['media'])
    expect(ids({ stance: 'opponent' })).toEqual(['union'])
    expect(ids({ position: 'highSupport' })).toEqual(['drs'])
    expect(ids({ power: 'low' })).toEqual(['media'])
    expect(ids({ quadrant: 'manageClosely' })).toEqual(['drs', 'union'])
    expect(ids({ query: 'sante' })).toEqual(['drs'])
    expect(ids({ query: 'drs' })).toEqual(['drs'])
    expect(ids({})).toEqual(['drs', 'union', 'media', 'new'])
  })

  test('sorts by power and position, unassessed rows always last', () => {
    expect(sortStakeholders(table, 'power', 'desc').map((s) => s.id)).toEqual(['drs', 'union', 'media', 'new'])
    expect(sortStakeholders(table, 'power', 'asc').map((s) => s.id)).toEqual(['media', 'union', 'drs', 'new'])
    expect(sortStakeholders(table, 'position', 'asc').map((s) => s.id)).toEqual(['union', 'media', 'drs', 'new'])
    expect(sortStakeholders(table, 'name').map((s) => s.id)).toEqual(['new', 'drs', 'media', 'union'])
    expect(sortStakeholders(table, 'table').map((s) => s.id)).toEqual(['drs', 'union', 'media', 'new'])
  })
})
