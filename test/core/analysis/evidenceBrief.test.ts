import { describe, expect, test } from 'vitest'
import { Evidence } from '../../../src/core/model/evidence'
import {
  briefCompleteness,
  briefProgress,
  briefReferences,
  referenceOptionSources,
  removeSource,
  toggleId
} from '../../../src/core/analysis/evidenceBrief'

const full = { benefits: 'b', harms: 'h', costs: 'c', equity: 'e', monitoring: 'm' }

const base = () =>
  Evidence.parse({
    sources: [
      { id: 'src-who', title: 'WHO guideline on health workforce retention', scope: 'global', type: 'systematicReview' },
      { id: 'src-drs', title: 'Effectifs infirmiers par province', scope: 'local', type: 'localData' },
      { id: 'src-kii', title: 'Entretiens avec les délégués', scope: 'local', type: 'keyInformant' }
    ],
    options: [
      { id: 'opt-a', title: 'Incitations', ...full, sourceIds: ['src-who'] },
      { id: 'opt-b', title: 'Formation', ...full, harms: '  ', sourceIds: ['src-drs'] }
    ],
    brief: {
      keyMessages: 'Un message',
      problem: '',
      implementation: [
        { id: 'i1', barrier: 'Budget', strategy: 'Plaidoyer auprès du conseil régional' },
        { id: 'i2', barrier: 'Logement', strategy: '' },
        { id: 'i3', barrier: '', strategy: '' }
      ],
      referenceIds: ['src-who', 'gone']
    }
  })

const bySection = (e: Evidence) => Object.fromEntries(briefCompleteness(e).map((s) => [s.section, s]))

describe('brief completeness per section', () => {
  test('text sections are empty or complete', () => {
    const s = bySection(base())
    expect(s.keyMessages).toMatchObject({ status: 'complete', done: 1, total: 1 })
    expect(s.problem).toMatchObject({ status: 'empty', done: 0 })
  })

  test('options count facets and name what is missing', () => {
    const s = bySection(base())
    expect(s.options).toMatchObject({ status: 'partial', done: 9, total: 10 })
    expect(s.options!.notes).toEqual([{ code: 'optionMissing', params: { option: 'Formation', facets: ['harms'] } }])
  })

  test('fewer than two or more than three options are flagged', () => {
    const one = { ...base(), options: base().options.slice(0, 1) }
    expect(bySection(one).options).toMatchObject({ status: 'partial', done: 5, total: 10 })
    expect(bySection(one).options!.notes).toContainEqual({ code: 'tooFewOptions', params: { count: 1, min: 2 } })
    const opt = (id: string) => ({ id, title: id, description: '', ...full, sourceIds: [] })
    const four = { ...base(), options: [opt('w'), opt('x'), opt('y'), opt('z')] }
    expect(bySection(four).options).toMatchObject({ status: 'partial', done: 20, total: 20 })
    expect(bySection(four).options!.notes).toEqual([{ code: 'tooManyOptions', params: { count: 4, max: 3 } }])
    const three = { ...base(), options: [opt('x'), opt('y'), opt('z')] }
    expect(bySection(three).options!.status).toBe('complete')
    expect(bySection({ ...base(), options: [] }).options).toMatchObject({ status: 'empty', total: 10 })
  })

  test('implementation rows need both a barrier and a strategy; blank rows are ignored', () => {
    const s = bySection(base())
    expect(s.implementation).toMatchObject({ status: 'partial', done: 1, total: 2, notes: [{ code: 'implementationHalf', params: { count: 1 } }] })
  })

  test('references: unknown ids and option sources left out are pointed out', () => {
    const s = bySection(base())
    expect(s.references).toMatchObject({ status: 'partial', done: 1, total: 2 })
    expect(s.references!.notes).toEqual([
      { code: 'unknownReferences', params: { count: 1 } },
      { code: 'optionSourcesNotReferenced', params: { count: 1 } }
    ])
    expect(bySection(referenceOptionSources(base())).references!.status).toBe('complete')
  })

  test('an empty brief is empty everywhere, progress 0', () => {
    const empty = Evidence.parse({})
    expect(briefCompleteness(empty).map((s) => s.status)).toEqual(['empty', 'empty', 'empty', 'empty', 'empty'])
    expect(briefProgress(empty)).toBe(0)
    expect(briefProgress(base())).toBeCloseTo(1 / 5)
  })
})

describe('evidence edits', () => {
  test('removing a source removes it from options and references', () => {
    const e = removeSource(base(), 'src-who')
    expect(e.sources.map((s) => s.id)).toEqual(['src-drs', 'src-kii'])
    expect(e.options[0]!.sourceIds).toEqual([])
    expect(e.brief.referenceIds).toEqual(['gone'])
  })

  test('references come out in the order of the sources list', () => {
    const e = { ...base(), brief: { ...base().brief, referenceIds: ['src-kii', 'src-who'] } }
    expect(briefReferences(e).map((s) => s.id)).toEqual(['src-who', 'src-kii'])
  })

  test('referencing option sources appends only the missing ones', () => {
    expect(referenceOptionSources(base()).brief.referenceIds).toEqual(['src-who', 'gone', 'src-drs'])
    const again = referenceOptionSources(referenceOptionSources(base()))
    expect(again.brief.referenceIds).toEqual(['src-who', 'gone', 'src-drs'])
  })

  test('toggleId adds once and removes', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b'])
    expect(toggleId(['a', 'b'], 'b', true)).toEqual(['a', 'b'])
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b'])
  })
})
