import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/core/model/project'
import { createBlankProject } from '../../src/core/project/factory'
import { fileStamp } from '../../src/main/storage/layout'
import { DEFAULT_SNAPSHOT_POLICY, dayOf, snapshotDue, snapshotsToKeep } from '../../src/main/storage/snapshotPolicy'
import { parseFileStamp } from '../../src/main/storage/versions'
import { setup, value } from './support'

const DAY = 86_400_000
const MIN = 60_000

describe('snapshot policy', () => {
  it('a save adds a snapshot only when the newest is at least 5 minutes old', () => {
    const t = Date.parse('2017-07-06T10:00:00Z')
    expect(snapshotDue(null, t)).toBe(true)
    expect(snapshotDue(t - 4 * MIN, t)).toBe(false)
    expect(snapshotDue(t - 5 * MIN, t)).toBe(true)
    // A clock set back: take one (never lose the chance to keep a version).
    expect(snapshotDue(t + MIN, t)).toBe(true)
  })

  it('keeps the 10 newest and the newest of each of the last 14 days, nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * DAY }), { maxLength: 80 }), fc.integer({ min: 0, max: 40 * DAY }), (offsets, nowOffset) => {
        const base = Date.parse('2017-01-01T00:00:00Z')
        const now = base + 40 * DAY + nowOffset
        const times = offsets.map((o) => base + o)
        const keep = snapshotsToKeep(times, now)
        const unique = [...new Set(times)].sort((a, b) => b - a)
        for (const t of unique.slice(0, 10)) expect(keep.has(t)).toBe(true)
        const days = new Set(Array.from({ length: 14 }, (_, i) => dayOf(now - i * DAY)))
        for (const day of days) {
          const newestOfDay = unique.find((t) => dayOf(t) === day)
          if (newestOfDay !== undefined) expect(keep.has(newestOfDay)).toBe(true)
        }
        for (const t of keep) expect(unique.slice(0, 10).includes(t) || days.has(dayOf(t))).toBe(true)
        expect(keep.size).toBeLessThanOrEqual(DEFAULT_SNAPSHOT_POLICY.keepRecent + DEFAULT_SNAPSHOT_POLICY.keepDaily)
      })
    )
  })

  it('file stamps read back to the instant they were written from', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        expect(parseFileStamp(`${fileStamp(d)}.json`)).toBe(d.getTime())
        expect(parseFileStamp(`${fileStamp(d)}-2.json`)).toBe(d.getTime())
        expect(parseFileStamp(`abc.v1.${fileStamp(d)}.json`)).toBe(d.getTime())
      })
    )
    expect(parseFileStamp('notes.json')).toBeNull()
  })
})

/** A clock we move by hand, for the snapshot spacing. */
function manualClock(start = Date.parse('2017-07-06T09:00:00.000Z')) {
  let t = start
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) }
}

describe('rotating snapshots through the handlers', () => {
  it('saves minutes apart make snapshots; the oldest beyond the policy are pruned', async () => {
    const clock = manualClock()
    const { api, dataDir } = setup({ now: clock.now })
    const p = value(await api.createProject({ name: 'Versions' }))
    for (let i = 1; i <= 30; i++) {
      clock.advance(6 * MIN)
      value(await api.saveProject({ project: { ...p, framing: { ...p.framing, context: `v${i}` } } }))
      clock.advance(MIN)
      // A save one minute later adds no snapshot.
      value(await api.saveProject({ project: { ...p, framing: { ...p.framing, context: `v${i}b` } } }))
    }
    const versions = value(await api.listVersions({ id: p.id }))
    // All on one day: only the 10 most recent are kept.
    expect(versions).toHaveLength(10)
    expect(versions.every((v) => v.kind === 'snapshot')).toBe(true)
    expect(versions.map((v) => v.savedAt)).toEqual([...versions.map((v) => v.savedAt)].sort().reverse())
    const newest = value(await api.previewVersion({ id: p.id, versionId: versions[0]!.versionId }))
    expect(newest.project.framing.context).toBe('v30')
    expect(readdirSync(join(dataDir, 'snapshots', p.id))).toHaveLength(10)
  })

  it('one a day is kept for 14 days', async () => {
    const clock = manualClock()
    const { api } = setup({ now: clock.now })
    const p = value(await api.createProject({ name: 'Quinze jours' }))
    for (let day = 1; day <= 20; day++) {
      clock.advance(DAY)
      for (let k = 0; k < (day === 20 ? 12 : 1); k++) {
        clock.advance(6 * MIN)
        value(await api.saveProject({ project: { ...p, framing: { ...p.framing, context: `d${day}-${k}` } } }))
      }
    }
    const versions = value(await api.listVersions({ id: p.id }))
    const days = new Set(versions.map((v) => v.savedAt.slice(0, 10)))
    expect(days.size).toBe(14)
    // 10 from the last day + one for each of the 13 days before.
    expect(versions).toHaveLength(10 + 13)
  })

  it('restoring a version keeps the current one as a snapshot first, so a restore can be undone', async () => {
    const clock = manualClock()
    const { api } = setup({ now: clock.now })
    const p = value(await api.createProject({ name: 'Retour' }))
    clock.advance(10 * MIN)
    value(await api.saveProject({ project: { ...p, framing: { ...p.framing, context: 'ancienne' } } }))
    clock.advance(MIN)
    value(await api.saveProject({ project: { ...p, framing: { ...p.framing, context: 'actuelle' } } }))
    const old = value(await api.listVersions({ id: p.id })).find((v) => v.savedAt === '2017-07-06T09:10:00.000Z')!
    clock.advance(MIN)
    const restored = value(await api.restoreVersion({ id: p.id, versionId: old.versionId }))
    expect(restored.framing.context).toBe('ancienne')
    expect(restored.createdAt).toBe(p.createdAt)
    expect(value(await api.getProject({ id: p.id })).framing.context).toBe('ancienne')
    const after = value(await api.listVersions({ id: p.id }))
    const previews = await Promise.all(after.map((v) => api.previewVersion({ id: p.id, versionId: v.versionId })))
    expect(previews.map((r) => value(r).project.framing.context)).toContain('actuelle')
  })

  it('only listed versions can be previewed or restored (no path from the caller reaches the disk)', async () => {
    const { api } = setup()
    const p = value(await api.createProject({ name: 'Chemins' }))
    for (const versionId of ['snapshot/../../projects/x.json', 'snapshot/../settings.json', 'backup/', 'other/x.json', '../x']) {
      const r = await api.previewVersion({ id: p.id, versionId })
      expect(r.ok, versionId).toBe(false)
      expect((await api.restoreVersion({ id: p.id, versionId })).ok, versionId).toBe(false)
    }
    expect(await api.previewVersion({ id: p.id, versionId: 'snapshot/2000-01-01T00-00-00-000Z.json' })).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('a damaged snapshot is reported, never restored', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Abîmé' }))
    const name = `${fileStamp(new Date('2017-07-06T08:00:00.000Z'))}.json`
    writeFileSync(join(dataDir, 'snapshots', p.id, name), '{"schemaVersion":1,"id":')
    const before = readFileSync(join(dataDir, 'projects', `${p.id}.json`))
    expect(await api.restoreVersion({ id: p.id, versionId: `snapshot/${name}` })).toMatchObject({ ok: false, error: { code: 'corruptFile' } })
    expect(readFileSync(join(dataDir, 'projects', `${p.id}.json`)).equals(before)).toBe(true)
  })

  it('pre-upgrade backups are listed with the snapshots and restore through the migrations', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Sauvegarde' }))
    mkdirSync(join(dataDir, 'backups'), { recursive: true })
    const backup: Project = { ...p, framing: { ...p.framing, context: 'avant mise à jour' } }
    writeFileSync(join(dataDir, 'backups', `${p.id}.v1.${fileStamp(new Date('2017-07-01T08:00:00.000Z'))}.json`), JSON.stringify(backup))
    const versions = value(await api.listVersions({ id: p.id }))
    const b = versions.find((v) => v.kind === 'backup')!
    expect(b.savedAt).toBe('2017-07-01T08:00:00.000Z')
    expect(value(await api.restoreVersion({ id: p.id, versionId: b.versionId })).framing.context).toBe('avant mise à jour')
  })
})

describe('the shrink guard', () => {
  it('a save that drops most of the content is held back until confirmed; the dropped version stays recoverable', async () => {
    const { api } = setup()
    const p = value(await api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
    // What a logic bug would send: an empty state with the project's id.
    const emptied: Project = createBlankProject({ id: p.id, name: p.name, now: p.createdAt })
    const r = await api.saveProject({ project: emptied })
    expect(r).toMatchObject({ ok: false, error: { code: 'contentShrink' } })
    const params = (r as unknown as { error: { params: { before: number; after: number } } }).error.params
    expect(params.after).toBeLessThan(params.before / 2)
    expect(value(await api.getProject({ id: p.id })).participants.length).toBe(p.participants.length)
    value(await api.saveProject({ project: emptied, confirmShrink: true }))
    expect(value(await api.getProject({ id: p.id })).participants).toEqual([])
    const versions = value(await api.listVersions({ id: p.id }))
    const kept = value(await api.previewVersion({ id: p.id, versionId: versions[0]!.versionId })).project
    expect(kept.participants.length).toBe(p.participants.length)
  })

  it('ordinary edits, even deleting a few rows, never ask', async () => {
    const { api } = setup()
    const p = value(await api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
    const fewer = { ...p, participants: p.participants.slice(0, Math.ceil(p.participants.length * 0.8)) }
    expect((await api.saveProject({ project: fewer })).ok).toBe(true)
    // A small project has nothing to protect: the guard stays out of the way.
    const blank = value(await api.createProject({ name: 'Petit' }))
    expect((await api.saveProject({ project: { ...blank, framing: { ...blank.framing, context: '' } } })).ok).toBe(true)
  })
})
