import { describe, expect, test } from 'vitest'
import { Stakeholder, StakeholderSnapshot } from '../../../src/core/model/stakeholders'
import { compareSnapshots, powerRose, snapshotsNewestFirst, takeSnapshot } from '../../../src/core/analysis/stakeholderSnapshots'

const sh = (id: string, extra: Partial<Stakeholder> = {}): Stakeholder => Stakeholder.parse({ id, name: extra.name ?? id, ...extra })

describe('snapshots', () => {
  test('a snapshot freezes name, position, power and interest with its date and label', () => {
    const items = [sh('drs', { name: 'DRS', position: 'highSupport', power: 'high', interest: 5, engagement: 'not frozen' })]
    const snap = takeSnapshot(items, { id: 'snap1', label: '  Avant le dialogue ', takenAt: '2017-06-01T09:00:00.000Z' })
    expect(StakeholderSnapshot.parse(snap)).toEqual(snap)
    expect(snap).toEqual({
      id: 'snap1',
      label: 'Avant le dialogue',
      takenAt: '2017-06-01T09:00:00.000Z',
      entries: [{ stakeholderId: 'drs', name: 'DRS', position: 'highSupport', power: 'high', interest: 5 }]
    })
    // Later edits of the table do not change the snapshot.
    items[0] = { ...items[0]!, position: 'lowOpposition' }
    expect(snap.entries[0]?.position).toBe('highSupport')
  })

  test('comparison tells who moved which way, power and interest changes, added and removed', () => {
    const before = takeSnapshot(
      [
        sh('union', { name: 'Syndicat', position: 'highOpposition', power: 'medium', interest: 5 }),
        sh('council', { name: 'Conseil régional', position: 'nonMobilised', power: 'high', interest: 2 }),
        sh('anam', { name: 'ANAM', position: 'lowSupport', power: 'medium', interest: 3 }),
        sh('press', { name: 'Presse', position: null, power: 'low', interest: 1 }),
        sh('gone', { name: 'Ancien acteur', position: 'lowSupport' })
      ],
      { id: 'a', label: 'Juin', takenAt: '2017-06-01T09:00:00.000Z' }
    )
    const after = takeSnapshot(
      [
        sh('union', { name: 'Syndicat', position: 'lowOpposition', power: 'medium', interest: 5 }),
        sh('council', { name: 'Conseil régional', position: 'mediumSupport', power: 'high', interest: 4 }),
        sh('anam', { name: 'ANAM', position: 'lowOpposition', power: 'high', interest: 3 }),
        sh('press', { name: 'Presse', position: 'nonMobilised', power: 'low', interest: 1 }),
        sh('who', { name: 'OMS', position: 'highSupport' })
      ],
      { id: 'b', label: 'Juillet', takenAt: '2017-07-07T17:00:00.000Z' }
    )
    const c = compareSnapshots(before, after)
    expect(c.moved.map((m) => [m.stakeholderId, m.direction, m.delta])).toEqual([
      // Biggest moves first, ties by name; a position newly filled in has no direction.
      ['anam', 'towardOpposition', -2],
      ['council', 'towardSupport', 2],
      ['union', 'towardSupport', 2],
      ['press', null, 0]
    ])
    expect(c.powerChanged).toEqual([{ stakeholderId: 'anam', name: 'ANAM', from: 'medium', to: 'high' }])
    expect(powerRose(c.powerChanged[0]!)).toBe(true)
    expect(c.interestChanged.map((x) => [x.stakeholderId, x.from, x.to])).toEqual([['council', 2, 4]])
    expect(c.added.map((e) => e.stakeholderId)).toEqual(['who'])
    expect(c.removed.map((e) => e.stakeholderId)).toEqual(['gone'])
    expect(c.unchanged).toBe(0)
  })

  test('two identical snapshots compare as unchanged', () => {
    const items = [sh('a', { position: 'lowSupport' }), sh('b')]
    const c = compareSnapshots(takeSnapshot(items, { id: 'x', label: 'x', takenAt: '2017-01-01T00:00:00Z' }), { entries: takeSnapshot(items, { id: 'y', label: 'y', takenAt: '2017-01-02T00:00:00Z' }).entries })
    expect(c).toEqual({ moved: [], powerChanged: [], interestChanged: [], added: [], removed: [], unchanged: 2 })
  })

  test('snapshots list newest first', () => {
    const s = (id: string, takenAt: string) => ({ id, label: id, takenAt, entries: [] })
    expect(snapshotsNewestFirst([s('old', '2017-05-01T00:00:00Z'), s('new', '2017-07-01T00:00:00Z')]).map((x) => x.id)).toEqual(['new', 'old'])
  })
})
