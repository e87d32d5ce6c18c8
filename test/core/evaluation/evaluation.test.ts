import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { EVALUATION_FEATURES, Evaluation } from '../../../src/core/model/evaluation'
import { evaluationResults, rankedFeatures, ratingStats } from '../../../src/core/evaluation/stats'
import { addResponse, answeredCount, draftOf, emptyDraft, isBlankDraft, updateResponse } from '../../../src/core/evaluation/responses'
import { addLesson, lessonsByPerson, unassignedLessons, updateLesson } from '../../../src/core/evaluation/debrief'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}
let k = 0
const ctx = { now: '2017-07-07T16:30:00.000Z', newId: () => `r${++k}` }

describe('rating statistics', () => {
  test('mean, median, distribution 1..7, share ≥ 5, n answered (blanks not counted)', () => {
    const s = ratingStats([7, 5, 4, null, 6, 6, 1])
    expect(s.n).toBe(6)
    expect(s.mean).toBeCloseTo(29 / 6)
    expect(s.median).toBe(5.5)
    expect(s.distribution).toEqual([1, 0, 0, 1, 1, 2, 1])
    expect(s.shareFavourable).toBeCloseTo(4 / 6)
    expect(ratingStats([null, null])).toEqual({ n: 0, mean: null, median: null, distribution: [0, 0, 0, 0, 0, 0, 0], shareFavourable: null })
  })

  test('property: distribution sums to n, mean within 1..7, share within 0..1', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }), { maxLength: 60 }), (values) => {
        const s = ratingStats(values)
        expect(s.distribution.reduce((a, b) => a + b, 0)).toBe(s.n)
        expect(s.n).toBe(values.filter((v) => v !== null).length)
        if (s.n > 0) {
          expect(s.mean!).toBeGreaterThanOrEqual(1)
          expect(s.mean!).toBeLessThanOrEqual(7)
          expect(s.shareFavourable!).toBeGreaterThanOrEqual(0)
          expect(s.shareFavourable!).toBeLessThanOrEqual(1)
        }
      })
    )
  })
})

describe('responses', () => {
  test('entered one by one, anonymous, results per feature and intention to act', () => {
    let ev = Evaluation.parse({})
    const d1 = emptyDraft()
    EVALUATION_FEATURES.forEach((f, i) => (d1.ratings[f] = (i % 7) + 1))
    d1.intentionToAct = 6
    d1.comments = 'Très utile\u0000 pour la région'
    ev = must(addResponse(ev, d1, ctx)).evaluation
    const d2 = { ...emptyDraft(), ratings: { ...emptyDraft().ratings, priorityIssue: 7 }, intentionToAct: 7 }
    ev = must(addResponse(ev, d2, ctx)).evaluation
    expect(Evaluation.safeParse(ev).success).toBe(true)
    expect(Object.keys(ev.responses[0]!).sort()).toEqual(['comments', 'enteredAt', 'id', 'intentionToAct', 'ratings'])
    expect(ev.responses[0]!.comments).toBe('Très utile pour la région')
    const res = evaluationResults(ev.responses)
    expect(res.responses).toBe(2)
    expect(res.features[0]).toMatchObject({ feature: 'priorityIssue', n: 2, mean: 4, distribution: [1, 0, 0, 0, 0, 0, 1], shareFavourable: 0.5 })
    expect(res.features[1]).toMatchObject({ feature: 'problemDiscussed', n: 1, mean: 2 })
    expect(res.intentionToAct).toMatchObject({ n: 2, mean: 6.5, shareFavourable: 1 })
    expect(res.comments).toEqual(['Très utile pour la région'])
    expect(rankedFeatures(res)[0]!.feature).toBe('fullRangeOfFactors')
    expect(answeredCount(draftOf(ev.responses[0]!))).toBe(13)
  })

  test('a blank form or an out-of-range rating is refused; a response can be corrected', () => {
    const ev = Evaluation.parse({})
    expect(isBlankDraft(emptyDraft())).toBe(true)
    expect(addResponse(ev, emptyDraft(), ctx)).toMatchObject({ ok: false, error: { params: { field: 'ratings' } } })
    expect(addResponse(ev, { ...emptyDraft(), ratings: { facilitator: 8 } }, ctx)).toMatchObject({ ok: false, error: { params: { field: 'facilitator' } } })
    expect(addResponse(ev, { ...emptyDraft(), intentionToAct: 0 }, ctx)).toMatchObject({ ok: false, error: { params: { field: 'intentionToAct' } } })
    const { evaluation, response } = must(addResponse(ev, { ...emptyDraft(), intentionToAct: 3 }, ctx))
    const fixed = must(updateResponse(evaluation, response.id, { ...draftOf(response), intentionToAct: 5 }))
    expect(fixed.responses[0]).toMatchObject({ id: response.id, intentionToAct: 5, enteredAt: response.enteredAt })
  })
})

describe('debrief', () => {
  test('lessons each assigned to a person', () => {
    let ev = Evaluation.parse({})
    const a = must(addLesson(ev, () => 'l1'))
    ev = must(updateLesson(a.evaluation, 'l1', { lesson: 'Envoyer la note 2 semaines avant', owner: '' }))
    expect(unassignedLessons(ev).map((l) => l.id)).toEqual(['l1'])
    ev = must(updateLesson(ev, 'l1', { owner: 'Dr Benjelloun\u0000', dueDate: '2017-09-01' }))
    ev = must(updateLesson(must(addLesson(ev, () => 'l2')).evaluation, 'l2', { lesson: 'Prévoir l\'interprétation', owner: 'Dr Benjelloun' }))
    expect(unassignedLessons(ev)).toEqual([])
    expect(lessonsByPerson(ev)).toEqual([{ owner: 'Dr Benjelloun', count: 2 }])
    expect(updateLesson(ev, 'l1', { dueDate: '2017-13-01' })).toMatchObject({ ok: false })
    expect(Evaluation.safeParse(ev).success).toBe(true)
  })
})
