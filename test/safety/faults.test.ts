import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AppApi } from '../../src/core/api'
import type { Project } from '../../src/core/model/project'
import { createHandlers, type HandlerDeps } from '../../src/main/handlers'
import { isTempFileName } from '../../src/main/storage/atomicWrite'
import { errorFromFs } from '../../src/main/storage/fileErrors'
import { projectChanges } from '../../src/renderer/src/project/changes'
import { saveProjectChanges } from '../../src/renderer/src/project/saving'
import { faultyFs, type Op } from './support/faultyFs'
import { NIGHTLY, recordFigures } from './support/figures'

/**
 * Threats 2 and 6 — a save meets a failing disk. Every operation that changes the disk during a save
 * (open, write, fsync, close, rename, folder fsync, and the snapshot written after it) is failed in
 * turn with ENOSPC, EIO, EPERM and EROFS, once and persistently. Every time: the project file loads and
 * holds exactly the previous version (failure before the rename) or exactly the new one (after it); the
 * error reaches the caller translated (or, for a transient EPERM that goes away, the retry saves); no
 * temp file survives the next open; and once the disk is back, the same save goes through.
 */
const CODES = ['ENOSPC', 'EIO', 'EPERM', 'EROFS'] as const
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'hiwar-fault-'))
  dirs.push(d)
  return d
}
const noDialogs: HandlerDeps['dialogs'] = { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null }
const ok = <T,>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

/** A library with the Rabat sample saved once (so a snapshot exists), over a fault-injecting fs. */
async function library(snapshotEverySave: boolean) {
  const dataDir = freshDir()
  const faults = faultyFs()
  const api = createHandlers({
    dataDir,
    dialogs: noDialogs,
    fs: faults.fs,
    storage: { retry: { delaysMs: [0, 0, 0] }, snapshots: snapshotEverySave ? { minIntervalMs: 0 } : {} }
  })
  const created = ok(await api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
  const previous: Project = { ...created, framing: { ...created.framing, context: 'version précédente' } }
  ok(await api.saveProject({ project: previous }))
  const next: Project = { ...previous, framing: { ...previous.framing, context: 'version suivante' } }
  const file = join(dataDir, 'projects', `${created.id}.json`)
  return { dataDir, faults, api, id: created.id, next, file, before: readFileSync(file) }
}

/** What a fresh open of the folder (plain fs) finds: the project's context, and temp files left over. */
async function reopen(dataDir: string, id: string) {
  const api: AppApi = createHandlers({ dataDir, dialogs: noDialogs })
  const listed = ok(await api.listProjects())
  const project = ok(await api.getProject({ id }))
  const temps = readdirSync(join(dataDir, 'projects')).filter(isTempFileName)
  return { context: project.framing.context, quarantined: listed.quarantined.length, temps }
}

describe('fault injection: every disk operation of a save fails in turn', () => {
  it('the previous version stays intact (or the new one is complete), and the error is reported', async () => {
    // How many operations one save performs (with the snapshot it adds).
    const probe = await library(true)
    probe.faults.arm(null)
    ok(await probe.api.saveProject({ project: probe.next }))
    const ops: Op[] = [...probe.faults.state.log]
    probe.faults.disarm()
    expect(ops.slice(0, 8)).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'dirOpen', 'dirFsync', 'dirClose'])
    expect(ops.length).toBeGreaterThan(8) // …then the snapshot

    const renameAt = ops.indexOf('rename') + 1
    let injections = 0
    let runs = 0
    const outcomes = { previousIntact: 0, newComplete: 0, reported: 0, retriedAndSaved: 0 }
    const rounds = NIGHTLY ? 3 : 1
    for (let round = 0; round < rounds; round++) {
      for (let at = 1; at <= ops.length; at++) {
        for (const code of CODES) {
          for (const persistent of [false, true]) {
            const lib = await library(true)
            lib.faults.arm({ at, code, persistent })
            const r = await lib.api.saveProject({ project: lib.next })
            injections += lib.faults.state.injected
            lib.faults.disarm()
            runs++
            const label = `op ${at} (${ops[at - 1]}) ${code} ${persistent ? 'persistent' : 'once'}`
            const seen = await reopen(lib.dataDir, lib.id)
            expect(seen.quarantined, label).toBe(0)
            expect(seen.temps, label).toEqual([])
            expect(['version précédente', 'version suivante'], label).toContain(seen.context)
            if (r.ok) {
              expect(seen.context, label).toBe('version suivante')
              outcomes.newComplete++
              // A save that succeeded with an injected failure on the way: the failure was a transient
              // EPERM that the retry absorbed, or came after the file was in place (snapshot).
              if (at <= renameAt + 3) {
                expect(code, label).toBe('EPERM')
                outcomes.retriedAndSaved++
              }
            } else {
              outcomes.reported++
              expect(r.error, label).toEqual(errorFromFs({ code }))
              if (at <= renameAt) {
                // Failed before the rename: the file is the previous version, byte for byte.
                expect(readFileSync(lib.file).equals(lib.before), label).toBe(true)
                outcomes.previousIntact++
              } else {
                // The rename happened; only the folder fsync failed: the new version is complete.
                expect(seen.context, label).toBe('version suivante')
              }
            }
            // The data is still in the caller's hands: once the disk is back, the same save goes through.
            const again = await lib.api.saveProject({ project: lib.next })
            expect(again.ok, label).toBe(true)
            expect((await reopen(lib.dataDir, lib.id)).context, label).toBe('version suivante')
          }
        }
      }
    }
    recordFigures('fault-injection', {
      operationsPerSave: ops.length,
      operations: ops,
      codes: CODES,
      modes: ['once', 'persistent'],
      runs,
      injectedFailures: injections,
      ...outcomes,
      corrupt: 0,
      lost: 0
    })
    expect(runs).toBe(ops.length * CODES.length * 2 * rounds)
  }, 600_000)
})

/** A library whose project has one incremental save acknowledged (so its journal exists), over a faulty fs. */
async function journaled() {
  const dataDir = freshDir()
  const faults = faultyFs()
  const api = createHandlers({
    dataDir,
    dialogs: noDialogs,
    fs: faults.fs,
    storage: { retry: { delaysMs: [0, 0, 0] }, snapshots: { minIntervalMs: 0 }, journal: { idleFoldMs: null } }
  })
  const created = ok(await api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
  const opened = ok(await api.getProject({ id: created.id }))
  const previous: Project = { ...opened, framing: { ...opened.framing, context: 'version précédente' } }
  const first = ok(await saveProjectChanges(api)(previous, { ...projectChanges(opened, previous), baseRevision: opened.updatedAt }))
  const next: Project = { ...previous, framing: { ...previous.framing, context: 'version suivante' } }
  const save = () => saveProjectChanges(api)(next, { ...projectChanges(previous, next), baseRevision: first.revision ?? first.updatedAt })
  return { dataDir, faults, api, id: created.id, next, save }
}

describe('fault injection: the incremental path (journal append, and the fold a whole save makes first)', () => {
  it('an acknowledged incremental save is never lost, whatever operation fails and however', async () => {
    const outcomes = { appendRuns: 0, foldRuns: 0, reported: 0, saved: 0, previousKept: 0, inFlightLanded: 0 }
    // Operations of one incremental save (journal exists: open, write, fsync, close) and of a whole save
    // with an entry pending (fold: the file, then the journal's reset, then the snapshot; then the file).
    const probe = await journaled()
    probe.faults.arm(null)
    ok(await probe.save())
    const appendOps: Op[] = [...probe.faults.state.log]
    probe.faults.arm(null)
    ok(await probe.api.saveProject({ project: { ...probe.next, name: 'Entier' } }))
    const wholeOps: Op[] = [...probe.faults.state.log]
    probe.faults.disarm()
    expect(appendOps).toEqual(['open', 'write', 'fsync', 'close'])
    expect(wholeOps.length).toBeGreaterThan(8)

    for (const [kind, ops] of [['append', appendOps], ['whole', wholeOps]] as const) {
      for (let at = 1; at <= ops.length; at++) {
        for (const code of CODES) {
          for (const persistent of [false, true]) {
            const lib = await journaled()
            if (kind === 'whole') ok(await lib.save())
            const label = `${kind}: op ${at} (${ops[at - 1]}) ${code} ${persistent ? 'persistent' : 'once'}`
            const whole: Project = { ...lib.next, name: 'Entier' }
            lib.faults.arm({ at, code, persistent })
            const r = kind === 'append' ? await lib.save() : await lib.api.saveProject({ project: whole })
            lib.faults.disarm()
            outcomes[kind === 'append' ? 'appendRuns' : 'foldRuns']++
            const seen = await reopen(lib.dataDir, lib.id)
            const name = ok(await createHandlers({ dataDir: lib.dataDir, dialogs: noDialogs }).getProject({ id: lib.id })).name
            expect(seen.quarantined, label).toBe(0)
            expect(seen.temps, label).toEqual([])
            if (kind === 'append') {
              // The acknowledged save is there; the one in flight landed only if it was fully written.
              expect(['version précédente', 'version suivante'], label).toContain(seen.context)
              if (seen.context === 'version précédente') outcomes.previousKept++
              else if (!r.ok) outcomes.inFlightLanded++
            } else {
              // The incremental save before it was acknowledged: never lost, whether the whole save landed or not.
              expect(seen.context, label).toBe('version suivante')
              expect(['Atelier', 'Entier'], label).toContain(name)
            }
            if (r.ok) outcomes.saved++
            else {
              outcomes.reported++
              expect(r.error, label).toEqual(errorFromFs({ code }))
            }
            // Once the disk is back, the same save goes through (through the same, failed, store).
            const again = kind === 'append' ? await lib.save() : await lib.api.saveProject({ project: whole })
            expect(again.ok, label).toBe(true)
            const after = await reopen(lib.dataDir, lib.id)
            expect(after.context, label).toBe('version suivante')
          }
        }
      }
    }
    recordFigures('fault-injection-incremental', { appendOperations: appendOps, wholeSaveWithPendingEntryOperations: wholeOps, codes: CODES, ...outcomes, lost: 0, corrupt: 0 })
  }, 600_000)
})

/** `mount` needs root (and a kernel that lets this container mount tmpfs). */
function canMountTmpfs(): { ok: boolean; why: string } {
  if (process.platform !== 'linux') return { ok: false, why: 'not Linux' }
  if (process.getuid?.() !== 0) return { ok: false, why: 'not running as root' }
  const probe = freshDir()
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' })
    execFileSync('umount', [probe], { stdio: 'pipe' })
    return { ok: true, why: '' }
  } catch (e) {
    return { ok: false, why: `mount -t tmpfs failed: ${String(e).slice(0, 120)}` }
  }
}

const tmpfs = canMountTmpfs()

describe.skipIf(!tmpfs.ok)(`a real 64 KiB tmpfs (true disk full, true read-only folder)${tmpfs.ok ? '' : ` — skipped: ${tmpfs.why}`}`, () => {
  it('fills the disk: the save fails with diskFull, the last saved version is intact, freeing space lets it through', async () => {
    const mountPoint = freshDir()
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint])
    try {
      const dataDir = join(mountPoint, 'data')
      mkdirSync(dataDir)
      const api = createHandlers({ dataDir, dialogs: noDialogs, storage: { retry: { delaysMs: [] } } })
      const project = ok(await api.createProject({ name: 'Disque plein' }))
      // Leave little room: a ballast file the user could delete.
      const ballast = join(mountPoint, 'ballast.bin')
      writeFileSync(ballast, Buffer.alloc(24 * 1024))
      let lastSaved = ''
      let failure: { code: string } | null = null
      for (let i = 1; i <= 60 && !failure; i++) {
        const context = `Contexte ${i} `.repeat(i * 40).slice(0, 40_000)
        const r = await api.saveProject({ project: { ...project, framing: { ...project.framing, context } } })
        if (r.ok) lastSaved = context
        else failure = r.error
      }
      expect(failure).toEqual({ code: 'diskFull', params: {} })
      const file = JSON.parse(readFileSync(join(dataDir, 'projects', `${project.id}.json`), 'utf8')) as Project
      expect(file.framing.context).toBe(lastSaved)
      expect(readdirSync(join(dataDir, 'projects')).filter(isTempFileName)).toEqual([])
      // The user frees space: the very same save goes through.
      rmSync(ballast)
      const context = `${lastSaved} — après libération`
      expect((await api.saveProject({ project: { ...project, framing: { ...project.framing, context } } })).ok).toBe(true)
      expect((JSON.parse(readFileSync(join(dataDir, 'projects', `${project.id}.json`), 'utf8')) as Project).framing.context).toBe(context)
      recordFigures('tmpfs-disk-full', { filesystem: 'tmpfs size=64k', diskFullReported: true, previousIntact: true, savedAfterFreeing: true })
    } finally {
      execFileSync('umount', ['-l', mountPoint])
    }
  })

  it('a folder that turns read-only: the save fails with readOnly and the file is intact', async () => {
    const mountPoint = freshDir()
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint])
    try {
      const api = createHandlers({ dataDir: mountPoint, dialogs: noDialogs, storage: { retry: { delaysMs: [] } } })
      const project = ok(await api.createProject({ name: 'Lecture seule' }))
      const file = join(mountPoint, 'projects', `${project.id}.json`)
      const before = readFileSync(file)
      execFileSync('mount', ['-o', 'remount,ro', mountPoint])
      const r = await api.saveProject({ project: { ...project, framing: { ...project.framing, context: 'perdu ?' } } })
      expect(r).toEqual({ ok: false, error: { code: 'readOnly', params: {} } })
      expect(readFileSync(file).equals(before)).toBe(true)
      // The projects can still be read.
      const reader = createHandlers({ dataDir: join(mountPoint), dialogs: noDialogs })
      expect(ok(await reader.getProject({ id: project.id })).name).toBe('Lecture seule')
      recordFigures('tmpfs-read-only', { filesystem: 'tmpfs remounted ro', readOnlyReported: true, previousIntact: true })
    } finally {
      execFileSync('umount', ['-l', mountPoint])
    }
  })
})
