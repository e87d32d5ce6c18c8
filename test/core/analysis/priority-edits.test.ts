import { describe, expect, test } from 'vitest'
import { Priority } from '../../../src/core/model/priority'
import {
  chooseProblem,
  clearHanlon,
  removeCandidate,
  removeCriterion,
  removeScorer,
  setGridScore,
  setHanlonComponent,
  setPearl,
  setWeight
} from '../../../src/core/analysis/priorityEdits'
import { rankByGrid, rankByHanlon } from '../../../src/core/analysis/prioritisation'

const base = () =>
  Priority.parse({
    criteria: [
      { id: 'c1', key: 'magnitude', weight: 1 },
      { id: 'c2', key: 'equity', weight: 1 }
    ],
    candidates: [
      { id: 'p1', title: 'Pénurie des infirmiers polyvalents' },
      { id: 'p2', title: 'Santé maternelle' }
    ],
    scorers: [
      { id: 's1', name: 'DRS' },
      { id: 's2', name: 'Délégué provincial' }
    ],
    scores: [{ scorerId: 's1', problemId: 'p1', criterionId: 'c1', value: 4 }],
    hanlon: [{ scorerId: 's2', problemId: 'p2', a: 5, b: 10, c: 6 }],
    chosenProblemId: 'p1'
  })

const cell = { scorerId: 's1', problemId: 'p1', criterionId: 'c1' }

describe('grid score edits', () => {
  test('replaces an existing score and adds a new one', () => {
    const first = setGridScore(base(), cell, '5')
    expect(first.ok && first.priority.scores).toEqual([{ ...cell, value: 5 }])
    const second = setGridScore(base(), { ...cell, criterionId: 'c2' }, 2)
    expect(second.ok && second.priority.scores).toHaveLength(2)
  })

  test('an out-of-range score is refused with a message and the old value is kept', () => {
    const p = base()
    const edit = setGridScore(p, cell, '7')
    expect(edit).toEqual({ ok: false, issue: { code: 'outOfRange', params: { min: 1, max: 5 } } })
    expect(p.scores[0]!.value).toBe(4)
  })

  test('an empty value clears the score', () => {
    const edit = setGridScore(base(), cell, ' ')
    expect(edit.ok && edit.priority.scores).toEqual([])
    const cleared = setGridScore(base(), cell, null)
    expect(cleared.ok && cleared.priority.scores).toEqual([])
  })

  test('the input is not mutated', () => {
    const p = base()
    const snapshot = structuredClone(p)
    setGridScore(p, cell, 1)
    setWeight(p, 'c1', 3)
    removeCandidate(p, 'p1')
    expect(p).toEqual(snapshot)
  })
})

describe('weights', () => {
  test('a new weight re-ranks at once', () => {
    let p = base()
    for (const [c, problemId, value] of [
      ['c1', 'p1', 5],
      ['c2', 'p1', 1],
      ['c1', 'p2', 2],
      ['c2', 'p2', 5]
    ] as const) {
      const e = setGridScore(p, { scorerId: 's1', problemId, criterionId: c }, value)
      if (e.ok) p = e.priority
    }
    // equal weights: p1 = 6, p2 = 7
    expect(rankByGrid(p).rows[0]!.problem.id).toBe('p2')
    const heavier = setWeight(p, 'c1', '3')
    expect(heavier.ok).toBe(true)
    if (heavier.ok) expect(rankByGrid(heavier.priority).rows[0]!.problem.id).toBe('p1') // 16 vs 11
  })

  test('negative or huge weights are refused', () => {
    expect(setWeight(base(), 'c1', -2)).toMatchObject({ ok: false, issue: { code: 'outOfRange' } })
    expect(setWeight(base(), 'c1', '1000')).toMatchObject({ ok: false, issue: { code: 'outOfRange', params: { max: 100 } } })
    expect(setWeight(base(), 'c1', 'lourd')).toMatchObject({ ok: false, issue: { code: 'notANumber' } })
  })
})

describe('Hanlon edits', () => {
  test('typing one component creates the scorer’s row with the others at zero', () => {
    const edit = setHanlonComponent(base(), 's1', 'p1', 'b', '15')
    expect(edit.ok).toBe(true)
    if (!edit.ok) return
    const row = edit.priority.hanlon.find((h) => h.scorerId === 's1')
    expect(row).toMatchObject({ problemId: 'p1', a: 0, b: 15, c: 0 })
    expect(Object.values(row!.pearl).every(Boolean)).toBe(true)
  })

  test('components out of their range are refused', () => {
    expect(setHanlonComponent(base(), 's2', 'p2', 'b', 25)).toMatchObject({ ok: false, issue: { params: { max: 20 } } })
    expect(setHanlonComponent(base(), 's2', 'p2', 'a', 11)).toMatchObject({ ok: false, issue: { params: { max: 10 } } })
  })

  test('a PEARL toggle excludes the problem; clearing removes the row', () => {
    const p = setPearl(base(), 's2', 'p2', 'legality', false)
    expect(rankByHanlon(p).rows.find((r) => r.problem.id === 'p2')).toMatchObject({ excluded: true, failedPearl: ['legality'] })
    expect(clearHanlon(p, 's2', 'p2').hanlon).toEqual([])
  })
})

describe('removals keep the stage consistent', () => {
  test('removing a candidate removes its scores and un-chooses it', () => {
    const p = removeCandidate(base(), 'p1')
    expect(p.candidates.map((c) => c.id)).toEqual(['p2'])
    expect(p.scores).toEqual([])
    expect(p.chosenProblemId).toBeNull()
    expect(removeCandidate(base(), 'p2').chosenProblemId).toBe('p1')
  })

  test('removing a scorer removes the scores they gave', () => {
    expect(removeScorer(base(), 's1').scores).toEqual([])
    expect(removeScorer(base(), 's2').hanlon).toEqual([])
  })

  test('removing a criterion removes its scores', () => {
    const p = removeCriterion(base(), 'c1')
    expect(p.criteria.map((c) => c.id)).toEqual(['c2'])
    expect(p.scores).toEqual([])
  })

  test('choosing an unknown problem changes nothing', () => {
    expect(chooseProblem(base(), 'nope').chosenProblemId).toBe('p1')
    expect(chooseProblem(base(), 'p2').chosenProblemId).toBe('p2')
    expect(chooseProblem(base(), null).chosenProblemId).toBeNull()
  })
})
