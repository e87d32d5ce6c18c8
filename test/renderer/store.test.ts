import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import fc from 'fast-check'
import { applyEdit, breakRun, initHistory, redo, undo } from '../../src/renderer/src/project/history'
import { ProjectStore } from '../../src/renderer/src/project/store'
import type { SaveState } from '../../src/renderer/src/project/autosave'
import { shortcutOf } from '../../src/renderer/src/project/shortcuts'
import { createFakeApi, sampleProject, type FakeApi } from './fakeApi'

describe('history', () => {
  test('consecutive edits with the same coalesce key make one undo step', () => {
    let h = initHistory('')
    for (const text of ['R', 'Ra', 'Rab', 'Rabat']) h = applyEdit(h, text, 'framing.context')
    expect(h.present).toBe('Rabat')
    expect(h.past).toEqual([''])
    h = undo(h)
    expect(h.present).toBe('')
    expect(redo(h).present).toBe('Rabat')
  })

  test('another key, no key, an undo or a break starts a new step', () => {
    let h = initHistory(0)
    h = applyEdit(h, 1, 'a')
    h = applyEdit(h, 2, 'a')
    h = applyEdit(h, 3, 'b')
    h = applyEdit(h, 4)
    h = applyEdit(h, 5, 'b')
    expect(h.past).toEqual([0, 2, 3, 4])
    h = breakRun(h)
    h = applyEdit(h, 6, 'b')
    expect(h.past).toEqual([0, 2, 3, 4, 5])
    h = undo(h)
    h = applyEdit(h, 7, 'b')
    expect(h.past).toEqual([0, 2, 3, 4, 5])
    expect(h.future).toEqual([])
  })

  test('an edit after undo drops the redo stack; identical state is no step', () => {
    let h = applyEdit(applyEdit(initHistory('a'), 'b'), 'c')
    h = undo(h)
    expect(h.future).toEqual(['c'])
    h = applyEdit(h, 'd')
    expect(h.future).toEqual([])
    expect(applyEdit(h, h.present)).toBe(h)
  })

  test('undo then redo of any sequence of edits returns to the same state (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.option(fc.constantFrom('x', 'y'), { nil: undefined })), { maxLength: 30 }), (edits) => {
        let h = initHistory(-1)
        for (const [v, key] of edits) h = applyEdit(h, v, key)
        const end = h.present
        const steps = h.past.length
        for (let i = 0; i < steps; i++) h = undo(h)
        expect(h.present).toBe(-1)
        for (let i = 0; i < steps; i++) h = redo(h)
        expect(h.present).toBe(end)
      })
    )
  })
})

describe('ProjectStore: undo/redo and autosave', () => {
  let api: FakeApi
  let store: ProjectStore
  let states: SaveState['status'][]

  beforeEach(() => {
    vi.useFakeTimers()
    const project = sampleProject()
    api = createFakeApi({ projects: [project] })
    store = new ProjectStore(project, { save: (p) => api.saveProject({ project: p }), delayMs: 600 })
    states = []
    store.subscribe(() => states.push(store.getSnapshot().saveState.status))
  })
  afterEach(() => {
    store.dispose()
    vi.useRealTimers()
  })

  const typeContext = (text: string) => {
    for (let i = 1; i <= text.length; i++) {
      const partial = text.slice(0, i)
      store.update((p) => ({ ...p, framing: { ...p.framing, context: partial } }), { coalesce: 'framing.context' })
    }
  }

  test('typing is applied at once, saved once after the debounce, with the latest text', async () => {
    typeContext('Régionalisation avancée')
    expect(store.getSnapshot().project.framing.context).toBe('Régionalisation avancée')
    expect(store.getSnapshot().saveState.status).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(599)
    expect(api.savedProjects).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    await vi.runOnlyPendingTimersAsync()
    expect(api.savedProjects).toHaveLength(1)
    expect(api.savedProjects[0]?.framing.context).toBe('Régionalisation avancée')
    expect(store.getSnapshot().saveState).toMatchObject({ status: 'saved', at: api.savedProjects[0]?.updatedAt })
  })

  test('the screens\' content changes with the project and undo state, not with the save state', async () => {
    const before = store.getContent()
    typeContext('Texte')
    const typed = store.getContent()
    expect(typed).not.toBe(before)
    expect(typed).toMatchObject({ project: store.getSnapshot().project, canUndo: true, canRedo: false })
    await vi.advanceTimersByTimeAsync(600)
    await vi.runOnlyPendingTimersAsync()
    // Unsaved → saving → saved: three new snapshots for the header, the same content for the screens.
    expect(states.slice(-2)).toEqual(['saving', 'saved'])
    expect(store.getContent()).toBe(typed)
    store.undo()
    expect(store.getContent()).not.toBe(typed)
    expect(store.getContent().canRedo).toBe(true)
  })

  test('a typing run is one undo step; undo and redo are saved too', async () => {
    const before = store.getSnapshot().project.framing.context
    typeContext('abc')
    store.update((p) => ({ ...p, framing: { ...p.framing, sponsor: 'drs' } }))
    expect(store.getSnapshot().canUndo).toBe(true)
    store.undo()
    expect(store.getSnapshot().project.framing.sponsor).not.toBe('drs')
    expect(store.getSnapshot().project.framing.context).toBe('abc')
    store.undo()
    expect(store.getSnapshot().project.framing.context).toBe(before)
    expect(store.getSnapshot().canUndo).toBe(false)
    store.redo()
    expect(store.getSnapshot().project.framing.context).toBe('abc')
    expect(await store.saveNow()).toBe(true)
    expect(api.projects.get('sample1')?.framing.context).toBe('abc')
  })

  test('saves are serialized: never two in flight, and the latest state wins', async () => {
    api.holdSaves = true
    typeContext('one')
    const first = store.saveNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(api.inFlight).toBe(1)
    typeContext('one two')
    const second = store.saveNow()
    await vi.advanceTimersByTimeAsync(700)
    expect(api.inFlight).toBe(1)
    api.holdSaves = false
    api.releaseSaves()
    expect(await first).toBe(true)
    expect(await second).toBe(true)
    expect(api.maxInFlight).toBe(1)
    expect(api.savedProjects.map((p) => p.framing.context)).toEqual(['one', 'one two'])
    expect(store.getSnapshot().saveState.status).toBe('saved')
  })

  test('a failed save keeps the data in memory, shows the error, and a retry writes it', async () => {
    api.saveError = { code: 'diskFull', params: {} }
    typeContext('à garder')
    expect(await store.saveNow()).toBe(false)
    const snap = store.getSnapshot()
    expect(snap.saveState).toMatchObject({ status: 'error', error: { code: 'diskFull' } })
    expect(snap.project.framing.context).toBe('à garder')
    // Further edits keep the error visible until a save succeeds.
    typeContext('à garder !')
    expect(store.getSnapshot().saveState.status).toBe('error')
    api.saveError = null
    expect(await store.saveNow()).toBe(true)
    expect(api.projects.get('sample1')?.framing.context).toBe('à garder !')
    expect(store.getSnapshot().saveState.status).toBe('saved')
  })

  test('an invalid project (text over the limit) is refused by validation and kept in memory', async () => {
    const huge = 'x'.repeat(50_001)
    store.update((p) => ({ ...p, framing: { ...p.framing, context: huge } }))
    expect(await store.saveNow()).toBe(false)
    expect(store.getSnapshot().saveState).toMatchObject({ status: 'error', error: { code: 'textTooLong' } })
    expect(store.getSnapshot().project.framing.context).toHaveLength(50_001)
  })

  test('a thrown save becomes an "unexpected" error instead of a crash', async () => {
    const throwing = new ProjectStore(sampleProject('s2'), { save: () => Promise.reject(new Error('boom')) })
    throwing.update((p) => ({ ...p, name: 'x' }))
    expect(await throwing.saveNow()).toBe(false)
    expect(throwing.getSnapshot().saveState).toMatchObject({ status: 'error', error: { code: 'unexpected', params: { message: 'boom' } } })
    throwing.dispose()
  })

  test('no change, no save', async () => {
    store.update((p) => p)
    expect(await store.saveNow()).toBe(true)
    expect(api.calls.filter((c) => c.channel === 'saveProject')).toHaveLength(0)
    expect(states).toEqual([])
  })
})

describe('keyboard shortcuts', () => {
  const key = (k: string, code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    shortcutOf({ key: k, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

  test('Ctrl/Cmd+S saves, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo', () => {
    expect(key('s', 'KeyS', { ctrlKey: true })).toBe('save')
    expect(key('s', 'KeyS', { metaKey: true })).toBe('save')
    expect(key('z', 'KeyZ', { ctrlKey: true })).toBe('undo')
    expect(key('Z', 'KeyZ', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(key('y', 'KeyY', { ctrlKey: true })).toBe('redo')
  })

  test('follows the letter on AZERTY, the physical key on an Arabic layout; plain keys are ignored', () => {
    expect(key('z', 'KeyW', { ctrlKey: true })).toBe('undo')
    expect(key('ئ', 'KeyZ', { ctrlKey: true })).toBe('undo')
    expect(key('س', 'KeyS', { ctrlKey: true })).toBe('save')
    expect(key('z', 'KeyZ')).toBeNull()
    expect(key('z', 'KeyZ', { ctrlKey: true, altKey: true })).toBeNull()
  })
})
