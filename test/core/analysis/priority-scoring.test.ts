import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { Priority, type HanlonScore } from '../../../src/core/model/priority'
import {
  HANLON_BPR_MAX,
  basicPriorityRating,
  checkGridScore,
  checkHanlon,
  checkWeight,
  hanlonScoreOf,
  pearlProduct,
  rankByGrid,
  rankByHanlon,
  rankCandidates,
  rankWithTies
} from '../../../src/core/analysis/prioritisation'

const allMet = { propriety: true, economics: true, acceptability: true, resources: true, legality: true }

/** Two criteria (weights 2 and 1), three candidates, two scorers. */
function gridFixture(weights: [number, number] = [2, 1]) {
  return Priority.parse({
    criteria: [
      { id: 'magnitude', key: 'magnitude', weight: weights[0] },
      { id: 'feasibility', key: 'feasibility', weight: weights[1] }
    ],
    candidates: [
      { id: 'nurses', title: 'Pénurie des infirmiers polyvalents' },
      { id: 'maternal', title: 'Organisation des soins maternels' },
      { id: 'disability', title: 'Prise en charge du handicap' }
    ],
    scorers: [
      { id: 'drs', name: 'Directeur régional' },
      { id: 'sp', name: 'Service de santé publique' }
    ],
    scores: [
      // nurses: magnitude 5,4 (mean 4.5), feasibility 3,3 (mean 3) → 2×4.5 + 3 = 12
      { scorerId: 'drs', problemId: 'nurses', criterionId: 'magnitude', value: 5 },
      { scorerId: 'sp', problemId: 'nurses', criterionId: 'magnitude', value: 4 },
      { scorerId: 'drs', problemId: 'nurses', criterionId: 'feasibility', value: 3 },
      { scorerId: 'sp', problemId: 'nurses', criterionId: 'feasibility', value: 3 },
      // maternal: magnitude 4,4 (4), feasibility 4,4 (4) → 12: tie with nurses under weights 2/1
      { scorerId: 'drs', problemId: 'maternal', criterionId: 'magnitude', value: 4 },
      { scorerId: 'sp', problemId: 'maternal', criterionId: 'magnitude', value: 4 },
      { scorerId: 'drs', problemId: 'maternal', criterionId: 'feasibility', value: 4 },
      { scorerId: 'sp', problemId: 'maternal', criterionId: 'feasibility', value: 4 },
      // disability: magnitude 2 (one scorer only), feasibility 5,3 (4) → 4 + 4 = 8
      { scorerId: 'drs', problemId: 'disability', criterionId: 'magnitude', value: 2 },
      { scorerId: 'drs', problemId: 'disability', criterionId: 'feasibility', value: 5 },
      { scorerId: 'sp', problemId: 'disability', criterionId: 'feasibility', value: 3 }
    ]
  })
}

describe('score and weight checks', () => {
  test('grid scores must be whole numbers from 1 to 5', () => {
    expect(checkGridScore(1)).toEqual({ ok: true, value: 1 })
    expect(checkGridScore(' 5 ')).toEqual({ ok: true, value: 5 })
    expect(checkGridScore(0)).toEqual({ ok: false, issue: { code: 'outOfRange', params: { min: 1, max: 5 } } })
    expect(checkGridScore('6')).toEqual({ ok: false, issue: { code: 'outOfRange', params: { min: 1, max: 5 } } })
    expect(checkGridScore('3,5')).toEqual({ ok: false, issue: { code: 'notAnInteger', params: { min: 1, max: 5 } } })
    expect(checkGridScore('abc')).toMatchObject({ ok: false, issue: { code: 'notANumber' } })
    expect(checkGridScore('')).toMatchObject({ ok: false, issue: { code: 'notANumber' } })
    expect(checkGridScore(Number.NaN)).toMatchObject({ ok: false, issue: { code: 'notANumber' } })
  })

  test('weights go from 0 to 100 and accept a decimal comma', () => {
    expect(checkWeight('0')).toEqual({ ok: true, value: 0 })
    expect(checkWeight('1,5')).toEqual({ ok: true, value: 1.5 })
    expect(checkWeight(-1)).toMatchObject({ ok: false, issue: { code: 'outOfRange', params: { min: 0, max: 100 } } })
    expect(checkWeight(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, issue: { code: 'notANumber' } })
  })

  test('Hanlon components have their own ranges: A 0–10, B 0–20, C 0–10', () => {
    expect(checkHanlon('a', 10).ok).toBe(true)
    expect(checkHanlon('a', 11)).toMatchObject({ ok: false, issue: { code: 'outOfRange', params: { min: 0, max: 10 } } })
    expect(checkHanlon('b', 20).ok).toBe(true)
    expect(checkHanlon('b', 21)).toMatchObject({ ok: false, issue: { params: { max: 20 } } })
    expect(checkHanlon('c', '7,5')).toEqual({ ok: true, value: 7.5 })
    expect(checkHanlon('c', -0.5).ok).toBe(false)
  })
})

describe('ranking with ties', () => {
  test('equal scores share a rank and the next rank skips (1, 1, 3)', () => {
    const r = rankWithTies(['a', 'b', 'c', 'd'], (x) => ({ a: 5, b: 9, c: 9, d: null })[x] ?? null)
    expect(r.map((x) => [x.item, x.rank, x.tied])).toEqual([
      ['b', 1, true],
      ['c', 1, true],
      ['a', 3, false],
      ['d', null, false]
    ])
  })

  test('floating-point noise does not break a tie', () => {
    const r = rankWithTies(['x', 'y'], (k) => (k === 'x' ? 0.1 + 0.2 : 0.3))
    expect(r.every((l) => l.rank === 1 && l.tied)).toBe(true)
  })

  test('ranks are a competition ranking for any scores (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 30 }), (scores) => {
        const items = scores.map((s, i) => ({ i, s }))
        const ranked = rankWithTies(items, (x) => x.s)
        expect(ranked).toHaveLength(items.length)
        for (const line of ranked) {
          if (line.item.s === null) {
            expect(line.rank).toBeNull()
            continue
          }
          const better = items.filter((x) => x.s !== null && x.s > (line.item.s as number)).length
          const equal = items.filter((x) => x.s === line.item.s).length
          expect(line.rank).toBe(better + 1)
          expect(line.tied).toBe(equal > 1)
        }
      })
    )
  })
})

describe('weighted grid', () => {
  test('means per criterion over the scorers, weighted total, normalised score', () => {
    const ranking = rankByGrid(gridFixture())
    expect(ranking.state).toBe('ok')
    expect(ranking.maxTotal).toBe(15)
    const nurses = ranking.rows.find((r) => r.problem.id === 'nurses')!
    expect(nurses.means).toEqual([
      { criterionId: 'magnitude', mean: 4.5, count: 2 },
      { criterionId: 'feasibility', mean: 3, count: 2 }
    ])
    expect(nurses.weightedTotal).toBe(12)
    expect(nurses.normalised).toBeCloseTo(12 / 15)
    const disability = ranking.rows.find((r) => r.problem.id === 'disability')!
    expect(disability.means[0]).toEqual({ criterionId: 'magnitude', mean: 2, count: 1 })
    expect(disability.weightedTotal).toBe(8)
  })

  test('ties are shown with equal ranks', () => {
    const rows = rankByGrid(gridFixture()).rows
    expect(rows.map((r) => [r.problem.id, r.rank, r.tied])).toEqual([
      ['nurses', 1, true],
      ['maternal', 1, true],
      ['disability', 3, false]
    ])
  })

  test('changing a weight re-ranks at once', () => {
    // Magnitude alone: nurses 4.5 > maternal 4 > disability 2.
    const byMagnitude = rankByGrid(gridFixture([1, 0])).rows
    expect(byMagnitude.map((r) => [r.problem.id, r.rank])).toEqual([
      ['nurses', 1],
      ['maternal', 2],
      ['disability', 3]
    ])
    // Feasibility alone: maternal 4 and disability 4 tie first, nurses 3rd.
    const byFeasibility = rankByGrid(gridFixture([0, 1])).rows
    expect(byFeasibility.map((r) => [r.problem.id, r.rank, r.tied])).toEqual([
      ['maternal', 1, true],
      ['disability', 1, true],
      ['nurses', 3, false]
    ])
  })

  test('all weights at zero: a clear state, no NaN, no rank', () => {
    const ranking = rankByGrid(gridFixture([0, 0]))
    expect(ranking.state).toBe('zeroWeights')
    expect(ranking.maxTotal).toBe(0)
    for (const row of ranking.rows) {
      expect(row.normalised).toBeNull()
      expect(row.rank).toBeNull()
      expect(Number.isNaN(row.weightedTotal)).toBe(false)
    }
    // The means are still there to show.
    expect(ranking.rows[0]!.means[0]!.mean).toBe(4.5)
  })

  test('empty states: no candidates, no criteria, nothing scored', () => {
    const base = gridFixture()
    expect(rankByGrid({ ...base, candidates: [] }).state).toBe('noCandidates')
    expect(rankByGrid({ ...base, criteria: [] }).state).toBe('noCriteria')
    const unscored = rankByGrid({ ...base, scores: [] })
    expect(unscored.state).toBe('noScores')
    expect(unscored.rows.every((r) => r.rank === null && r.normalised === null)).toBe(true)
  })

  test('a missing criterion counts as nothing and flags the candidate incomplete', () => {
    const p = gridFixture()
    const partial = { ...p, scores: p.scores.filter((s) => !(s.problemId === 'maternal' && s.criterionId === 'feasibility')) }
    const maternal = rankByGrid(partial).rows.find((r) => r.problem.id === 'maternal')!
    expect(maternal.missingCriteria).toBe(1)
    expect(maternal.weightedTotal).toBe(8)
    expect(maternal.normalised).toBeCloseTo(8 / 15)
  })

  test('a candidate nobody scored is listed last without a rank', () => {
    const p = gridFixture()
    const withNew = { ...p, candidates: [{ id: 'south', title: 'Plan multi-région Sud', description: '', source: '', affectedGroups: '' }, ...p.candidates] }
    const rows = rankByGrid(withNew).rows
    expect(rows.at(-1)).toMatchObject({ problem: { id: 'south' }, rank: null, normalised: null })
  })

  test('scores of removed scorers, candidates or criteria and out-of-range values are ignored', () => {
    const p = gridFixture()
    const noisy = {
      ...p,
      scores: [
        ...p.scores,
        { scorerId: 'ghost', problemId: 'disability', criterionId: 'magnitude', value: 5 },
        { scorerId: 'drs', problemId: 'gone', criterionId: 'magnitude', value: 5 },
        { scorerId: 'sp', problemId: 'disability', criterionId: 'magnitude', value: 9 }
      ]
    }
    expect(rankByGrid(noisy)).toEqual(rankByGrid(p))
  })

  test('the normalised score stays within 0–1 and never NaN (property)', () => {
    const cell = fc.record({
      scorerId: fc.constantFrom('drs', 'sp'),
      problemId: fc.constantFrom('nurses', 'maternal', 'disability'),
      criterionId: fc.constantFrom('magnitude', 'feasibility'),
      value: fc.integer({ min: 1, max: 5 })
    })
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), fc.array(cell, { maxLength: 40 }), (w, scores) => {
        const ranking = rankByGrid({ ...gridFixture(w), scores })
        for (const row of ranking.rows) {
          expect(Number.isNaN(row.weightedTotal)).toBe(false)
          if (row.normalised !== null) {
            expect(row.normalised).toBeGreaterThanOrEqual(0)
            expect(row.normalised).toBeLessThanOrEqual(1 + 1e-9)
          }
        }
        if (w[0] + w[1] === 0) expect(ranking.state).toBe('zeroWeights')
      })
    )
  })
})

describe('Hanlon', () => {
  test('BPR = (A + B) × C / 3, at most 100', () => {
    expect(basicPriorityRating(6, 12, 5)).toBe(30)
    expect(basicPriorityRating(10, 20, 10)).toBe(HANLON_BPR_MAX)
    expect(basicPriorityRating(0, 0, 10)).toBe(0)
  })

  test('the PEARL product is 0 as soon as one factor is not met', () => {
    expect(pearlProduct(allMet)).toBe(1)
    expect(pearlProduct({ ...allMet, legality: false })).toBe(0)
    expect(hanlonScoreOf({ a: 6, b: 12, c: 5, pearl: allMet })).toBe(30)
    expect(hanlonScoreOf({ a: 6, b: 12, c: 5, pearl: { ...allMet, economics: false } })).toBe(0)
  })

  const hanlonFixture = (hanlon: HanlonScore[]) =>
    Priority.parse({
      method: 'hanlon',
      candidates: [
        { id: 'nurses', title: 'Pénurie des infirmiers' },
        { id: 'maternal', title: 'Santé maternelle' },
        { id: 'disability', title: 'Handicap' },
        { id: 'south', title: 'Régions du Sud' }
      ],
      scorers: [
        { id: 's1', name: 'A' },
        { id: 's2', name: 'B' }
      ],
      hanlon
    })
  const h = (scorerId: string, problemId: string, a: number, b: number, c: number, pearl = allMet): HanlonScore => ({ scorerId, problemId, a, b, c, pearl })

  test('components are averaged over the scorers, then BPR × PEARL ranks the candidates', () => {
    const ranking = rankByHanlon(
      hanlonFixture([
        h('s1', 'nurses', 8, 16, 6),
        h('s2', 'nurses', 6, 14, 6), // means 7, 15, 6 → 44
        h('s1', 'maternal', 6, 18, 5), // 40
        h('s1', 'disability', 3, 15, 4, { ...allMet, resources: false }) // BPR 24, PEARL 0
      ])
    )
    expect(ranking.state).toBe('ok')
    const [first, second, third, fourth] = ranking.rows
    expect(first).toMatchObject({ problem: { id: 'nurses' }, a: 7, b: 15, c: 6, bpr: 44, priorityScore: 44, rank: 1, tied: false, count: 2 })
    expect(second).toMatchObject({ problem: { id: 'maternal' }, priorityScore: 40, rank: 2 })
    expect(third).toMatchObject({ problem: { id: 'disability' }, bpr: 24, priorityScore: 0, excluded: true, failedPearl: ['resources'], rank: null })
    expect(fourth).toMatchObject({ problem: { id: 'south' }, bpr: null, priorityScore: null, excluded: false, rank: null })
  })

  test('one scorer saying "no" to a PEARL factor excludes the problem', () => {
    const ranking = rankByHanlon(hanlonFixture([h('s1', 'nurses', 9, 19, 9), h('s2', 'nurses', 9, 19, 9, { ...allMet, legality: false, propriety: false })]))
    expect(ranking.rows[0]).toMatchObject({ problem: { id: 'nurses' }, excluded: true, failedPearl: ['propriety', 'legality'], rank: null })
  })

  test('equal priority scores tie', () => {
    const ranking = rankByHanlon(hanlonFixture([h('s1', 'nurses', 6, 12, 5), h('s1', 'maternal', 8, 10, 5), h('s1', 'south', 1, 1, 3)]))
    expect(ranking.rows.slice(0, 3).map((r) => [r.problem.id, r.rank, r.tied])).toEqual([
      ['nurses', 1, true],
      ['maternal', 1, true],
      ['south', 3, false]
    ])
  })

  test('no Hanlon score yet: a state, not a ranking', () => {
    expect(rankByHanlon(hanlonFixture([])).state).toBe('noScores')
    expect(rankByHanlon({ ...hanlonFixture([]), candidates: [] }).state).toBe('noCandidates')
  })
})

describe('rankCandidates follows the chosen method', () => {
  test('grid: scores out of 100 and incomplete flags', () => {
    const ranking = rankCandidates(gridFixture())
    expect(ranking.method).toBe('grid')
    expect(ranking.lines[0]!.score).toBeCloseTo(80)
    expect(ranking.lines.find((l) => l.problem.id === 'disability')!.incomplete).toBe(false)
  })

  test('Hanlon: the same candidates ranked by BPR × PEARL', () => {
    const p = {
      ...gridFixture(),
      method: 'hanlon' as const,
      hanlon: [{ scorerId: 'drs', problemId: 'disability', a: 5, b: 10, c: 6, pearl: allMet }]
    }
    const ranking = rankCandidates(p)
    expect(ranking.method).toBe('hanlon')
    expect(ranking.lines[0]).toMatchObject({ problem: { id: 'disability' }, rank: 1, score: 30, incomplete: true })
  })
})
