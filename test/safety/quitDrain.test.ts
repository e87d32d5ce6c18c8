import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AppApi } from '../../src/core/api'
import type { Project } from '../../src/core/model/project'
import { createBackend, type HandlerDeps } from '../../src/main/handlers'
import { QuitCoordinator } from '../../src/main/quit'
import { answerPrepareQuit, registerFlusher } from '../../src/renderer/src/features/versions/quitFlush'
import { ProjectStore } from '../../src/renderer/src/project/store'
import { NIGHTLY, recordFigures } from './support/figures'

/**
 * Threat 3 — quitting with an autosave still pending (the renderer debounces saves by 600 ms, and a save
 * may be on its way to main). The real quit sequence runs between the renderer's project store and
 * main's storage: main's `before-quit` asks the page (`prepareQuit`), the page writes what it holds and
 * answers (`quitReady`), main drains its save queue and releases the folder lock, the app quits. Then
 * the folder is opened again: the last edit is there, every time.
 */
const QUITS = NIGHTLY ? 1_000 : 100
const noDialogs: HandlerDeps['dialogs'] = { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null }
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** One app session: main's storage + quit sequence, and the renderer's store for the open project. */
function session(dataDir: string) {
  let coordinator: QuitCoordinator | null = null
  const backend = createBackend({ dataDir, dialogs: noDialogs, onQuitReady: (saved) => coordinator?.rendererReady(saved) ?? false })
  let quitted!: () => void
  const quit = new Promise<void>((r) => (quitted = r))
  const api: AppApi = backend.api
  coordinator = new QuitCoordinator({
    // The preload delivers `prepareQuit` to the page, which answers through the `quitReady` channel.
    askRenderer: () => {
      void answerPrepareQuit(api)
      return true
    },
    confirmUnsaved: async () => true,
    closeStorage: () => backend.close(),
    quit: () => quitted()
  })
  return { api, coordinator, quit }
}

describe('quit with pending edits', () => {
  it(`${QUITS}/${QUITS} quits keep the last edit`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hiwar-quit-'))
    dirs.push(dataDir)
    const first = session(dataDir)
    const created = await first.api.createProject({ name: 'Quitter' })
    if (!created.ok) throw new Error('create failed')
    first.coordinator.beforeQuit()
    await first.quit
    const id = created.value.id

    let kept = 0
    let pendingAtQuit = 0
    for (let i = 0; i < QUITS; i++) {
      const app = session(dataDir)
      const opened = await app.api.getProject({ id })
      if (!opened.ok) throw new Error(`open failed: ${opened.error.code}`)
      const store = new ProjectStore(opened.value, { save: (project: Project) => app.api.saveProject({ project }) })
      const unregister = registerFlusher(() => store.saveNow())
      // A few edits, some seconds apart in spirit: some saved already, the last ones still pending.
      const edits = 1 + (i % 5)
      let last = ''
      for (let e = 0; e < edits; e++) {
        last = `Quit ${i}, edit ${e}`
        store.update((p) => ({ ...p, framing: { ...p.framing, context: last } }), { coalesce: 'framing.context' })
        if (i % 3 === 0 && e === 0) void store.saveNow() // a save already on its way to main
        if (i % 7 === 0) await sleep(1)
      }
      if (store.dirty) pendingAtQuit++
      // The user quits (menu, Alt+F4, closing the window…).
      expect(app.coordinator.beforeQuit()).toBe(false)
      await app.quit
      unregister()
      store.dispose()

      const reopened = session(dataDir)
      const back = await reopened.api.getProject({ id })
      if (back.ok && back.value.framing.context === last) kept++
      reopened.coordinator.beforeQuit()
      await reopened.quit
    }
    recordFigures('quit-drain', { quits: QUITS, keptLastEdit: kept, pendingAtQuit })
    expect(kept).toBe(QUITS)
    expect(pendingAtQuit).toBeGreaterThan(QUITS / 2)
  }, 600_000)

  it('when the last edit cannot be written, main asks before quitting; staying keeps it in memory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hiwar-quit-'))
    dirs.push(dataDir)
    let coordinator: QuitCoordinator | null = null
    const backend = createBackend({ dataDir, dialogs: noDialogs, onQuitReady: (saved) => coordinator?.rendererReady(saved) ?? false })
    const created = await backend.api.createProject({ name: 'Disque plein' })
    if (!created.ok) throw new Error('create failed')
    // The disk refuses the save (as a full disk would): the store keeps the edit and reports the error.
    const store = new ProjectStore(created.value, {
      save: async () => ({ ok: false, error: { code: 'diskFull', params: {} } })
    })
    const unregister = registerFlusher(() => store.saveNow())
    store.update((p) => ({ ...p, framing: { ...p.framing, context: 'précieux' } }))
    const asked: string[] = []
    let quits = 0
    coordinator = new QuitCoordinator({
      askRenderer: () => {
        void answerPrepareQuit(backend.api)
        return true
      },
      confirmUnsaved: async () => {
        asked.push('quit anyway?')
        return false // the user stays
      },
      closeStorage: () => backend.close(),
      quit: () => void quits++
    })
    expect(coordinator.beforeQuit()).toBe(false)
    await sleep(50)
    expect(asked).toEqual(['quit anyway?'])
    expect(quits).toBe(0)
    expect(coordinator.state).toBe('running')
    expect(store.dirty).toBe(true)
    expect(store.getSnapshot().project.framing.context).toBe('précieux')
    unregister()
    store.dispose()
  })
})
