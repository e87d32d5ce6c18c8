import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SavedInfo } from '../../src/core/api'
import { Project } from '../../src/core/model/project'
import { ok, type Result } from '../../src/core/result'
import { buildSample } from '../../src/core/samples'
import { applyChecked } from '../../src/main/storage/sectionChange'
import { projectChanges } from '../../src/renderer/src/project/changes'
import { saveProjectChanges } from '../../src/renderer/src/project/saving'
import { ProjectStore, type SaveChange } from '../../src/renderer/src/project/store'
import { setup, value } from './support'

/**
 * The renderer's side of incremental saves: what `projectChanges` finds between two immutable states,
 * and what the project store sends (the changes since the last ACKNOWLEDGED state, with its revision).
 * Lives with the main tests: it is plain TypeScript, and main applies what it produces.
 */
const sample = (): Project => buildSample('rabat2017', { id: 'p1', name: 'Atelier', now: '2017-07-06T09:00:00.000Z', newId: (() => { let n = 0; return () => `n${++n}` })() })

describe('projectChanges', () => {
  it('one text typed in one minute point: one patch of that text, nothing else', () => {
    const before = sample()
    const entries = before.minutes.entries
    const after: Project = { ...before, minutes: { ...before.minutes, entries: entries.map((e, i) => (i === 1 ? { ...e, text: `${e.text}!` } : e)) } }
    expect(projectChanges(before, after)).toEqual({ sections: {}, patches: [{ op: 'set', path: ['minutes', 'entries', 1, 'text'], value: `${entries[1]!.text}!` }] })
  })

  it('a renamed project sends the name as a whole section; an unchanged state sends nothing', () => {
    const before = sample()
    expect(projectChanges(before, { ...before, name: 'Autre' })).toEqual({ sections: { name: 'Autre' }, patches: [] })
    expect(projectChanges(before, before)).toEqual({ sections: {}, patches: [] })
  })

  it('property: main applying the changes to the acknowledged state gives exactly the new state', () => {
    const base = Project.parse(sample())
    const edit = fc.oneof(
      fc.string({ maxLength: 30 }).map((t) => (p: Project): Project => ({ ...p, framing: { ...p.framing, context: t } })),
      fc.nat().map((i) => (p: Project): Project => ({ ...p, minutes: { ...p.minutes, entries: p.minutes.entries.filter((_, j) => j !== i % Math.max(1, p.minutes.entries.length)) } })),
      fc.string({ maxLength: 30 }).map((t) => (p: Project): Project => ({ ...p, minutes: { ...p.minutes, entries: [...p.minutes.entries, { id: `x${t.length}${p.minutes.entries.length}`, blockId: null, type: 'keyPoint', text: t, speaker: '', createdAt: p.createdAt, actionId: null }] } })),
      fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(([i, t]) => (p: Project): Project => ({ ...p, stakeholders: { ...p.stakeholders, items: p.stakeholders.items.map((s, j) => (j === i % Math.max(1, p.stakeholders.items.length) ? { ...s, gains: t } : s)) } })),
      fc.constant((p: Project): Project => ({ ...p, participants: [...p.participants].reverse() }))
    )
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const after = edits.reduce((p, e) => e(p), base)
        const applied = applyChecked(base, projectChanges(base, after), { sectionsParsed: false }).project
        expect(applied).toEqual(Project.parse(after))
      }),
      { numRuns: 200 }
    )
  })
})

describe('ProjectStore: what an autosave sends', () => {
  it('the changes since the last acknowledged save, with its revision; a failed save is sent again with the next change', async () => {
    const start = sample()
    const sent: SaveChange[] = []
    let fail = false
    let n = 0
    const store = new ProjectStore(start, {
      delayMs: 1,
      save: async (_p, change): Promise<Result<SavedInfo>> => {
        sent.push(change)
        if (fail) return { ok: false, error: { code: 'diskFull', params: {} } }
        n++
        return ok({ updatedAt: `2017-07-06T10:00:0${n}.000Z`, revision: `r${n}` })
      }
    })
    store.update((p) => ({ ...p, framing: { ...p.framing, context: 'un' } }))
    expect(await store.saveNow()).toBe(true)
    expect(sent[0]).toEqual({ sections: {}, patches: [{ op: 'set', path: ['framing', 'context'], value: 'un' }], baseRevision: start.updatedAt })
    fail = true
    store.update((p) => ({ ...p, name: 'Nouveau nom' }))
    expect(await store.saveNow()).toBe(false)
    fail = false
    store.update((p) => ({ ...p, framing: { ...p.framing, context: 'deux' } }))
    expect(await store.saveNow()).toBe(true)
    // The failed name change is still in what is sent, against the last acknowledged revision.
    expect(sent[2]).toEqual({ sections: { name: 'Nouveau nom' }, patches: [{ op: 'set', path: ['framing', 'context'], value: 'deux' }], baseRevision: 'r1' })
    store.dispose()
  })
})

describe('ProjectStore over the real handlers: the shrink confirmation (SaveSafety) still works', () => {
  it('a wiping edit is held back; "save anyway" (a whole save with confirmShrink) then the pending save go through', async () => {
    const { api } = setup({ storage: { journal: { idleFoldMs: null } } })
    const created = value(await api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
    const opened = value(await api.getProject({ id: created.id }))
    const store = new ProjectStore(opened, { save: saveProjectChanges(api), delayMs: 1 })
    const blank = Project.parse({ schemaVersion: 1, id: opened.id, name: opened.name, createdAt: opened.createdAt, updatedAt: opened.updatedAt, participants: [] })
    store.update((p) => ({ ...p, stakeholders: blank.stakeholders, priority: blank.priority, evidence: blank.evidence, minutes: blank.minutes, actions: blank.actions, agenda: blank.agenda, framing: blank.framing, design: blank.design, participants: [] }))
    expect(await store.saveNow()).toBe(false)
    expect(store.getSnapshot().saveState).toMatchObject({ status: 'error', error: { code: 'contentShrink' } })
    // What SaveSafety's "save anyway" does: the whole project, confirmed; then the store's own save.
    const wiped = store.getSnapshot().project
    value(await api.saveProject({ project: wiped, confirmShrink: true }))
    expect(await store.saveNow()).toBe(true)
    expect(store.getSnapshot().saveState.status).toBe('saved')
    // And the next incremental save goes through on the new base.
    store.update((p) => ({ ...p, framing: { ...p.framing, context: 'repris' } }))
    expect(await store.saveNow()).toBe(true)
    expect(value(await api.getProject({ id: opened.id })).framing.context).toBe('repris')
    store.dispose()
  })
})
