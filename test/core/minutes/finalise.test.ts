import { describe, expect, test } from 'vitest'
import { Minutes } from '../../../src/core/model/minutes'
import { addEntry } from '../../../src/core/minutes/entries'
import {
  amendAddEntry,
  amendAttendance,
  amendConsensus,
  amendEntry,
  amendRemoveEntry,
  amendmentTrail,
  amendmentsOfEntry,
  finaliseMinutes
} from '../../../src/core/minutes/finalise'
import { setAttendance } from '../../../src/core/minutes/attendance'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}
let n = 0
const newId = () => `id${++n}`
const meta = (now: string, reason = 'Correction demandée par la DRS') => ({ reason, author: 'Rapporteur', now, newId })

function finalMinutes(): Minutes {
  let m = Minutes.parse({})
  m = must(addEntry(m, { blockId: 'b1', type: 'proposal', text: 'Former 150 infirmiers' }, { chathamHouse: true, now: '2017-07-06T10:00:00.000Z', newId: () => 'x1' })).minutes
  m = must(addEntry(m, { blockId: 'b1', type: 'keyPoint', text: 'Point secondaire' }, { chathamHouse: true, now: '2017-07-06T10:05:00.000Z', newId: () => 'x2' })).minutes
  m = must(setAttendance(m, { participantId: 'p1', dayId: 'd1', half: 'am' }, 'absent'))
  return must(finaliseMinutes(m, '2017-07-07T18:00:00.000Z'))
}

describe('finalise and amend', () => {
  test('an amendment changes the entry and keeps before/after, date, reason and author', () => {
    const m = must(amendEntry(finalMinutes(), 'x1', { text: 'Former 200 infirmiers', type: 'decision' }, meta('2017-07-10T09:00:00.000Z')))
    expect(m.entries.find((e) => e.id === 'x1')).toMatchObject({ text: 'Former 200 infirmiers', type: 'decision' })
    expect(m.status).toBe('final')
    expect(m.amendments).toHaveLength(1)
    expect(m.amendments[0]).toMatchObject({
      kind: 'editEntry',
      entryId: 'x1',
      before: 'Former 150 infirmiers',
      after: 'Former 200 infirmiers',
      typeChange: { before: 'proposal', after: 'decision' },
      reason: 'Correction demandée par la DRS',
      author: 'Rapporteur',
      at: '2017-07-10T09:00:00.000Z'
    })
    expect(amendmentsOfEntry(m, 'x1')).toHaveLength(1)
    expect(Minutes.safeParse(m).success).toBe(true)
  })

  test('a reason is required, a no-op is refused, a draft is edited directly', () => {
    expect(amendEntry(finalMinutes(), 'x1', { text: 'y' }, meta('2017-07-10T09:00:00.000Z', '  \u0000 '))).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', params: { field: 'reason' } }
    })
    expect(amendEntry(finalMinutes(), 'x1', { text: 'Former 150 infirmiers' }, meta('2017-07-10T09:00:00.000Z'))).toMatchObject({
      ok: false,
      error: { params: { field: 'after' } }
    })
    expect(amendEntry(Minutes.parse({ entries: [{ id: 'x1', text: 'a', createdAt: '2017-07-06T10:00:00.000Z' }] }), 'x1', { text: 'b' }, meta('2017-07-10T09:00:00.000Z'))).toMatchObject({
      ok: false,
      error: { params: { field: 'status' } }
    })
  })

  test('adding and removing entries, the consensus statement and attendance go through the trail', () => {
    let m = finalMinutes()
    const added = must(amendAddEntry(m, { blockId: 'b1', type: 'agreement', text: 'Accord sur le principe', speaker: 'X' }, { chathamHouse: true }, meta('2017-07-10T09:00:00.000Z')))
    m = added.minutes
    expect(added.entry.speaker).toBe('')
    m = must(amendRemoveEntry(m, 'x2', meta('2017-07-11T09:00:00.000Z', 'Doublon')))
    m = must(amendConsensus(m, 'Les participants conviennent de…', meta('2017-07-12T09:00:00.000Z')))
    m = must(amendAttendance(m, { participantId: 'p1', dayId: 'd1', half: 'am' }, 'excused', meta('2017-07-13T09:00:00.000Z', 'Excuse reçue')))
    expect(m.entries.map((e) => e.id)).toEqual(['x1', added.entry.id])
    expect(m.consensusStatement).toBe('Les participants conviennent de…')
    expect(m.attendance).toEqual([{ participantId: 'p1', dayId: 'd1', half: 'am', status: 'excused' }])
    expect(m.amendments.map((a) => a.kind)).toEqual(['addEntry', 'removeEntry', 'consensus', 'attendance'])
    expect(m.amendments[1]).toMatchObject({ before: 'Point secondaire', after: '', reason: 'Doublon' })
    expect(m.amendments[3]).toMatchObject({ before: 'absent', after: 'excused', mark: { participantId: 'p1', dayId: 'd1', half: 'am' } })
    expect(amendmentTrail(m).map((a) => a.kind)).toEqual(['attendance', 'consensus', 'removeEntry', 'addEntry'])
    expect(Minutes.safeParse(m).success).toBe(true)
  })
})
