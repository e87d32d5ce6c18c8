import { describe, expect, test } from 'vitest'
import { Agenda, type AgendaBlock } from '../../../src/core/model/agenda'
import { newBlock, newDay } from '../../../src/core/agenda/edit'
import { blockIssues, dayIssues, validateAgenda } from '../../../src/core/agenda/validate'

const agendaOf = (start: string, blocks: AgendaBlock[], date: string | null = '2017-07-06') => ({ days: [newDay('d', { start, date, blocks })], live: [] })

describe('validateAgenda', () => {
  test('a sound day has no issue', () => {
    expect(validateAgenda(agendaOf('09:00', [newBlock('a', { title: 'Ouverture', durationMin: 30 })]))).toEqual([])
  })

  test('a day running past midnight is an error naming the late end and the first block over', () => {
    const a = agendaOf('22:00', [newBlock('a', { title: 'Dîner', durationMin: 90 }), newBlock('b', { title: 'Veillée', durationMin: 120 })])
    const issues = validateAgenda(a)
    expect(issues).toContainEqual({ key: 'dayPastMidnight', severity: 'error', dayId: 'd', blockId: 'b', params: { day: 1, end: '01:30', over: 90 } })
    expect(dayIssues(issues, 'd').map((i) => i.key)).toEqual(['dayPastMidnight'])
    // nothing is dropped: the data is as typed
    expect(a.days[0]!.blocks.map((b) => b.durationMin)).toEqual([90, 120])
  })

  test('negative, fractional and absurd durations that reach the data are named (e.g. an old or hand-edited file)', () => {
    const bad = [
      { ...newBlock('neg', { title: 'N' }), durationMin: -10 },
      { ...newBlock('frac', { title: 'F' }), durationMin: 12.5 },
      { ...newBlock('huge', { title: 'H' }), durationMin: 99999 },
      { ...newBlock('nan', { title: 'Z' }), durationMin: Number.NaN }
    ]
    const issues = validateAgenda({ days: [newDay('d', { start: '00:00', blocks: bad })], live: [] })
    expect(blockIssues(issues, 'neg')).toEqual([{ key: 'durationNegative', severity: 'error', dayId: 'd', blockId: 'neg', params: { day: 1, block: 1, title: 'N', value: -10 } }])
    expect(blockIssues(issues, 'frac')[0]?.key).toBe('durationInvalid')
    expect(blockIssues(issues, 'huge')[0]).toMatchObject({ key: 'durationTooLong', params: { max: 1440 } })
    expect(blockIssues(issues, 'nan')[0]?.key).toBe('durationInvalid')
  })

  test('warnings: zero minutes, a very long block, a missing title, a very long day', () => {
    const a = agendaOf('07:00', [
      newBlock('z', { title: 'Rien', durationMin: 0 }),
      newBlock('l', { title: 'Marathon', durationMin: 300 }),
      newBlock('t', { title: '  ', durationMin: 30 }),
      newBlock('m', { title: 'Soirée', durationMin: 500 })
    ])
    const keys = validateAgenda(a).map((i) => [i.key, i.severity, i.blockId ?? null])
    expect(keys).toEqual([
      ['durationZero', 'warning', 'z'],
      ['durationLong', 'warning', 'l'],
      ['titleMissing', 'warning', 't'],
      ['durationLong', 'warning', 'm'],
      ['dayTooLong', 'warning', null]
    ])
  })

  test('two days on the same date, or out of order, are flagged', () => {
    const a = Agenda.parse({
      days: [newDay('a', { date: '2017-07-07' }), newDay('b', { date: '2017-07-06' }), newDay('c', { date: '2017-07-06' })]
    })
    expect(validateAgenda(a).map((i) => [i.key, i.dayId, i.params])).toEqual([
      ['dateOrder', 'b', { day: 2 }],
      ['duplicateDate', 'c', { day: 3, other: 2 }]
    ])
  })
})
