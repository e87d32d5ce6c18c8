// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { EVALUATION_FEATURES, type EvaluationFeature, type EvaluationResponse } from '../../src/core/model/evaluation'
import { evaluationResults } from '../../src/core/evaluation/stats'
import { evaluationChart, hasChartData } from '../../src/core/diagrams/evaluationChart'

type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
})

const names = (prefix: string) => Object.fromEntries(EVALUATION_FEATURES.map((f, i) => [f, `${prefix} ${i + 1}`])) as Record<EvaluationFeature, string>

function response(id: string, value: number | null, intention: number | null): EvaluationResponse {
  return {
    id,
    ratings: Object.fromEntries(EVALUATION_FEATURES.map((f) => [f, value])) as EvaluationResponse['ratings'],
    intentionToAct: intention,
    comments: '',
    enteredAt: '2017-07-07T16:00:00.000Z'
  }
}

describe('evaluation chart', () => {
  test('one bar per answered feature plus intention to act, means to one decimal', async () => {
    const results = evaluationResults([response('r1', 6, 7), response('r2', 5, null), response('r3', 6, 6)])
    const text = evaluationChart(results, { title: 'Évaluation "STP 14"', axis: 'Moyenne (1 à 7)', feature: names('Caractéristique'), intentionToAct: "Intention d'agir" })
    expect(text.split('\n')).toContain('xychart-beta horizontal')
    expect(text.startsWith('---\nconfig:\n')).toBe(true)
    expect(text).toContain(`title "Évaluation 'STP 14'"`)
    expect(text).toContain('"Caractéristique 12", "Intention d\'agir"]')
    expect(text).toContain(`bar [${Array(12).fill('5.7').join(', ')}, 6.5]`)
    expect(await mermaid.parse(text)).not.toBe(false)
  })

  test('unanswered features are left out; nothing answered → no chart', () => {
    const results = evaluationResults([response('r1', null, null)])
    expect(hasChartData(results)).toBe(false)
    const some = evaluationResults([{ ...response('r1', null, null), ratings: { ...response('r1', null, null).ratings, facilitator: 7 } }])
    expect(hasChartData(some)).toBe(true)
    expect(evaluationChart(some, { title: 't', axis: 'a', feature: names('F'), intentionToAct: 'I' })).toContain('x-axis ["F 10"]')
  })

  test('Arabic labels and hostile text parse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), async (label, title) => {
        const results = evaluationResults([response('r1', 4, 5)])
        const text = evaluationChart(results, { title: title || 'ت', axis: 'المتوسط', feature: { ...names('الميزة'), priorityIssue: label || 'x' }, intentionToAct: 'النية في العمل' })
        expect(await mermaid.parse(text)).not.toBe(false)
      }),
      { numRuns: 60, examples: [['', '<0='], ['<b>x</b>', 'a > b'], ['', ' '], ['%%', ''], ['a', '%%{init: {}}%%']] }
    )
  }, 60_000)
})
