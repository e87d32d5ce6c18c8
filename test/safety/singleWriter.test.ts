import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import type { Project } from '../../src/core/model/project'
import { createBackend, createHandlers, type HandlerDeps } from '../../src/main/handlers'
import { DataFolderLock, LOCK_FILE_NAME, type LockInfo } from '../../src/main/storage/dataLock'
import { nodeFs } from '../../src/main/storage/fsLayer'
import { recordFigures } from './support/figures'

/**
 * Threat 4 — a second copy of Hiwar (a second computer on a shared folder, a copy started by hand)
 * writing the same data folder. One process holds `<data>/hiwar.lock`; any other opens read-only, says
 * so (`lockedByOtherInstance`) and writes nothing. A lock whose holder is gone (its pid no longer runs
 * on this computer, or it was not renewed for 10 minutes) is taken over.
 */
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'hiwar-lock-'))
  dirs.push(d)
  return d
}
const noDialogs: HandlerDeps['dialogs'] = { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null }

/** A clock we move by hand. */
function clock(start = Date.parse('2017-07-06T09:00:00.000Z')) {
  let t = start
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) }
}

describe('DataFolderLock', () => {
  it('the first process takes the lock; a second live process on this computer is refused', async () => {
    const dir = freshDir()
    const c = clock()
    const first = new DataFolderLock(dir, { now: c.now, pid: 100, hostname: 'pc-a', isProcessAlive: () => true })
    const held = await first.acquire()
    expect(held).toMatchObject({ kind: 'held', info: { pid: 100, hostname: 'pc-a', app: 'hiwar' } })
    const second = new DataFolderLock(dir, { now: c.now, pid: 200, hostname: 'pc-a', isProcessAlive: () => true })
    const busy = await second.acquire()
    expect(busy).toMatchObject({ kind: 'busy', holder: { pid: 100, hostname: 'pc-a' } })
    expect(await first.stillHeld()).toBe(true)
  })

  it('a lock whose pid is gone on this computer is stale and taken over', async () => {
    const dir = freshDir()
    const c = clock()
    await new DataFolderLock(dir, { now: c.now, pid: 100, hostname: 'pc-a' }).acquire()
    const next = new DataFolderLock(dir, { now: c.now, pid: 200, hostname: 'pc-a', isProcessAlive: (pid) => pid !== 100 })
    expect(await next.acquire()).toMatchObject({ kind: 'held', info: { pid: 200 } })
    expect((JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')) as LockInfo).pid).toBe(200)
  })

  it('another computer’s lock is respected while it is renewed, and taken over after 10 minutes of silence', async () => {
    const dir = freshDir()
    const c = clock()
    const remote = new DataFolderLock(dir, { now: c.now, pid: 100, hostname: 'pc-b' })
    await remote.acquire()
    const local = () => new DataFolderLock(dir, { now: c.now, pid: 100, hostname: 'pc-a', isProcessAlive: () => false })
    c.advance(9 * 60_000)
    // Same pid number, but on another computer: the pid says nothing; the age does.
    expect(await local().acquire()).toMatchObject({ kind: 'busy', holder: { hostname: 'pc-b' } })
    expect(await remote.refresh()).toBe(true)
    c.advance(9 * 60_000)
    expect(await local().acquire()).toMatchObject({ kind: 'busy' })
    c.advance(2 * 60_000)
    const taker = local()
    expect(await taker.acquire()).toMatchObject({ kind: 'held', info: { hostname: 'pc-a' } })
    // The old holder notices before its next write, and does not renew a lock that is not its own.
    expect(await remote.stillHeld()).toBe(false)
    expect(await remote.refresh()).toBe(false)
    await remote.release()
    expect(await taker.stillHeld()).toBe(true)
  })

  it('a lock file that is not a lock (holder killed while creating it) is taken over after a moment', async () => {
    for (const content of ['', '{"app":"hiw', 'null', '{"app":"other"}']) {
      const dir = freshDir()
      writeFileSync(join(dir, LOCK_FILE_NAME), content)
      const waits: number[] = []
      const lock = new DataFolderLock(dir, { pid: 5, hostname: 'pc-a', sleep: async (ms) => void waits.push(ms) })
      expect(await lock.acquire(), JSON.stringify(content)).toMatchObject({ kind: 'held' })
      expect(waits).toEqual([150])
    }
  })

  it('release removes only our own lock', async () => {
    const dir = freshDir()
    const c = clock()
    const a = new DataFolderLock(dir, { now: c.now, pid: 1, hostname: 'h', isProcessAlive: () => false })
    await a.acquire()
    const b = new DataFolderLock(dir, { now: c.now, pid: 2, hostname: 'h', isProcessAlive: (pid) => pid !== 1 })
    await b.acquire() // a's pid is "dead": b takes over
    await a.release()
    expect(await b.stillHeld()).toBe(true)
    await b.release()
    expect(await nodeFs.size(join(dir, LOCK_FILE_NAME))).toBeNull()
  })
})

describe('the store with another copy holding the folder', () => {
  it('opens read-only, says so, refuses every write and changes no file', async () => {
    const dataDir = freshDir()
    const writer = createHandlers({ dataDir, dialogs: noDialogs })
    const created = await writer.createProject({ name: 'Atelier partagé' })
    if (!created.ok) throw new Error('create failed')
    const file = join(dataDir, 'projects', `${created.value.id}.json`)
    const before = readFileSync(file)
    // The second copy: same folder, posing as another process of this computer that is alive.
    const other = createHandlers({
      dataDir,
      dialogs: noDialogs,
      storage: { lock: { pid: process.pid + 1, isProcessAlive: () => true } }
    })
    const status = await other.getStorageStatus()
    expect(status).toMatchObject({ ok: true, value: { readOnly: true, error: { code: 'lockedByOtherInstance' }, holder: { pid: process.pid } } })
    expect((await other.listProjects()).ok).toBe(true)
    const project = (await other.getProject({ id: created.value.id })) as { ok: true; value: Project }
    expect(project.value.name).toBe('Atelier partagé')
    const refused = [
      await other.saveProject({ project: { ...project.value, name: 'Écrasé ?' } }),
      await other.createProject({ name: 'Nouveau' }),
      await other.renameProject({ id: created.value.id, name: 'Renommé' }),
      await other.trashProject({ id: created.value.id }),
      await other.deleteProjectForever({ id: created.value.id })
    ]
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'lockedByOtherInstance' } })
    // Settings changed there are kept in memory only.
    expect(await other.setSettings({ uiLanguage: 'ar' })).toMatchObject({ ok: true, value: { uiLanguage: 'ar' } })
    expect(readFileSync(file).equals(before)).toBe(true)
    expect((await writer.getSettings()).ok && (await writer.getSettings())).toMatchObject({ value: { uiLanguage: 'fr' } })
  })

  it('a real second process holds the folder: this one is read-only; once that process is killed, the lock is taken over', async () => {
    const dataDir = freshDir()
    // Prepare a project with a lock of its own, released afterwards (as on quit).
    const prep = createBackend({ dataDir, dialogs: noDialogs, storage: { lock: {} } })
    const created = await prep.api.createProject({ name: 'Deux copies' })
    if (!created.ok) throw new Error('create failed')
    await prep.close()
    const holderScript = resolve(__dirname, 'support/holder.ts')
    const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] })
    const exited = new Promise<void>((r) => child.on('close', () => r()))
    const line = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r))
    expect(line).toBe(`held ${child.pid} false`)

    const second = createHandlers({ dataDir, dialogs: noDialogs })
    const status = await second.getStorageStatus()
    expect(status).toMatchObject({ ok: true, value: { readOnly: true, holder: { pid: child.pid } } })
    const r = await second.renameProject({ id: created.value.id, name: 'Pas par moi' })
    expect(r).toMatchObject({ ok: false, error: { code: 'lockedByOtherInstance' } })

    child.kill('SIGKILL')
    await exited
    const third = createHandlers({ dataDir, dialogs: noDialogs })
    expect(await third.getStorageStatus()).toMatchObject({ ok: true, value: { readOnly: false } })
    expect(await third.renameProject({ id: created.value.id, name: 'Repris' })).toMatchObject({ ok: true, value: { name: 'Repris' } })
    recordFigures('single-writer', { secondProcessRefused: true, staleLockTakenOverAfterKill: true, filesChangedByReader: 0 })
  }, 60_000)
})
