/**
 * (c) Saving and opening the large project through the REAL storage (createHandlers over a data folder on
 * disk: zod on the way in, lowdb, temp file + fsync + rename + folder fsync), and (f) how save time grows
 * with the project. Diagnostic rows split a save into its parts so a miss can be attributed.
 */
import { copyFile, open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppApi } from '../../src/core/api'
import { Project } from '../../src/core/model/project'
import { buildLargeProject } from '../../src/core/samples/large'
import { createBackend, createHandlers, type HandlerDeps } from '../../src/main/handlers'
import { saveProjectChanges } from '../../src/renderer/src/project/saving'
import { projectChanges } from '../../src/renderer/src/project/changes'
import { atomicWrite } from '../../src/main/storage/atomicWrite'
import { parseJsonText, serializeJson } from '../../src/main/storage/safeJsonFile'
import { contentWeight } from '../../src/main/storage/shrinkGuard'
import { BENCH_NOW, BENCH_SEED, tempDir } from '../lib/env'
import type { Report } from '../lib/report'
import { profileInProcess } from '../lib/profile'
import { repeat, summarize, type Sample } from '../lib/stats'

const SECTION = '(c) Save and open (real storage, fsync)'

interface Library {
  api: AppApi
  dataDir: string
  project: Project
}

/** A data folder holding the large project at `scale`, imported through the handlers like a user would. */
export async function libraryWithLarge(scale: number, storage?: HandlerDeps['storage']): Promise<Library> {
  const dataDir = await tempDir(`store-x${scale}`)
  const file = join(dataDir, `large-x${scale}.hiwar.json`)
  await writeFile(file, serializeJson(buildLargeProject({ seed: BENCH_SEED, scale, now: BENCH_NOW })))
  const api = createHandlers({
    dataDir,
    dialogs: { chooseOpenFile: async () => file, chooseSaveFile: async () => null, chooseFolder: async () => null },
    storage
  })
  const imported = await api.importProject()
  if (!imported.ok) throw new Error(`import of the large project failed: ${imported.error.code} ${JSON.stringify(imported.error.params)}`)
  const loaded = await api.getProject({ id: imported.value.id })
  if (!loaded.ok) throw new Error(`getProject failed: ${loaded.error.code}`)
  return { api, dataDir, project: loaded.value }
}

/** One keystroke's worth of change in a minute point, a different one each time (what autosave sends). */
export function typedEdit(project: Project, i: number): Project {
  const entries = project.minutes.entries
  const k = i % entries.length
  return {
    ...project,
    minutes: {
      ...project.minutes,
      entries: entries.map((e, j) => (j === k ? { ...e, text: `${e.text}${i % 2 ? ' ' : 'a'}` } : e))
    }
  }
}

/**
 * A realistic autosave's worth of editing in a workshop: one minute point added (typed in the notes
 * panel) and one stakeholder's engagement note edited — two top-level sections change (minutes,
 * stakeholders), everything else keeps its reference, as in the renderer's immutable store.
 */
export function workshopEdit(project: Project, i: number): Project {
  const items = project.stakeholders.items
  const k = i % items.length
  const point = {
    id: `bench-pt-${i}`,
    blockId: null,
    type: 'keyPoint' as const,
    text: `Point ${i} : la commission régionale confirme le calendrier de recrutement et demande un suivi trimestriel.`,
    speaker: '',
    createdAt: BENCH_NOW,
    actionId: null
  }
  return {
    ...project,
    minutes: { ...project.minutes, entries: [...project.minutes.entries, point] },
    stakeholders: { ...project.stakeholders, items: items.map((s, j) => (j === k ? { ...s, engagement: `${s.engagement} (${i})` } : s)) }
  }
}

/**
 * Times the renderer's save path for `workshopEdit`s: the sections whose reference changed since the
 * last acknowledged state go through `saveProjectSections` (contract zod of those sections, merge,
 * shrink guard, one journal line appended and fsynced). Returns the wall-time sample and the bytes sent.
 */
async function timeSectionSaves(
  lib: Library,
  options: { minRuns: number; maxRuns: number; budgetMs: number },
  cpuMs?: number[]
): Promise<{ sample: Sample; sentBytes: number[] }> {
  const save = saveProjectChanges(lib.api)
  let acked = { project: lib.project, revision: lib.project.updatedAt }
  let current = lib.project
  let runs = 0
  const sentBytes: number[] = []
  let sent: unknown = null
  const sample = await repeat(
    async () => {
      // What the renderer's store does on autosave: diff by reference against the acknowledged state.
      const changes = projectChanges(acked.project, current)
      const c0 = process.cpuUsage()
      const r = await save(current, { ...changes, baseRevision: acked.revision })
      const c = process.cpuUsage(c0)
      if (!r.ok) throw new Error(`saveProjectSections failed: ${r.error.code} ${JSON.stringify(r.error.params)}`)
      if (runs++ >= 2) cpuMs?.push((c.user + c.system) / 1000)
      sent = changes
      acked = { project: current, revision: r.value.revision ?? r.value.updatedAt }
    },
    {
      warmup: 2,
      ...options,
      between: (i) => {
        if (sent) sentBytes.push(Buffer.byteLength(JSON.stringify(sent)))
        current = workshopEdit(current, i)
      }
    }
  )
  return { sample, sentBytes }
}

/**
 * Times saveProject (edit → validated → written → fsynced) on a library; returns the wall-time sample.
 * `cpuMs`, when given, receives the process CPU time of each measured save (load-independent).
 */
export async function timeSaves(
  lib: Library,
  options: { minRuns: number; maxRuns: number; budgetMs: number },
  cpuMs?: number[]
): Promise<Sample> {
  let current = lib.project
  let runs = 0
  return repeat(
    async () => {
      const c0 = process.cpuUsage()
      const r = await lib.api.saveProject({ project: current })
      const c = process.cpuUsage(c0)
      // The first two calls are the warm-up of `repeat`.
      if (cpuMs && runs++ >= 2) cpuMs.push((c.user + c.system) / 1000)
      if (!r.ok) throw new Error(`saveProject failed: ${r.error.code} ${JSON.stringify(r.error.params)}`)
    },
    { warmup: 2, ...options, between: (i) => void (current = typedEdit(current, i)) }
  )
}

/** The physical floor of a durable save on this disk: one write and one fsync, nothing else. */
async function writeAndSync(path: string, text: string): Promise<void> {
  const handle = await open(path, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export async function runStorage(report: Report, options: { profile: boolean } = { profile: false }): Promise<void> {
  console.log(`\n${SECTION}`)
  const lib = await libraryWithLarge(1)
  const id = lib.project.id
  const bytes = Buffer.byteLength(serializeJson(lib.project))

  // The save as the app makes it now: only the changed sections, appended to the project's journal.
  // The journal is folded into the file in the background (after 2 s without saves, or past 500 entries
  // / 4 MB); a save that meets a fold waits for its rename only.
  const sectionCpu: number[] = []
  const incremental = await timeSectionSaves(lib, { minRuns: 40, maxRuns: 80, budgetMs: 8_000 }, sectionCpu)
  const sentKb = incremental.sentBytes.reduce((a, b) => a + b, 0) / Math.max(1, incremental.sentBytes.length) / 1000
  report.add({
    id: 'save.large.p95',
    section: SECTION,
    label: `Save large project (${(bytes / 1e6).toFixed(2)} MB): 1 minute point added + 1 stakeholder edited → fsync'd (patches of minutes + stakeholders, ${sentKb.toFixed(1)} KB sent, one journal line)`,
    unit: 'ms',
    sample: incremental.sample,
    target: { stat: 'p95', max: 15, text: 'p95 ≤ 15 ms' }
  })
  report.add({
    id: 'save.large.sections.cpu',
    section: SECTION,
    label: 'same, CPU time of the save (main process)',
    unit: 'ms',
    sample: summarize(sectionCpu)
  })

  // The whole project through saveProject (the fallback path, and what every save did before).
  const fullCpu: number[] = []
  report.add({
    id: 'save.large.full',
    section: SECTION,
    label: `Save large project, whole project (saveProject: zod of all, full atomic rewrite + fsync), for comparison`,
    unit: 'ms',
    sample: await timeSaves(lib, { minRuns: 20, maxRuns: 40, budgetMs: 6_000 }, fullCpu)
  })
  report.add({ id: 'save.large.full.cpu', section: SECTION, label: 'same, CPU time of the save', unit: 'ms', sample: summarize(fullCpu) })

  report.add({
    id: 'load.large',
    section: SECTION,
    label: 'Open large project (read + JSON + migrate + zod; no pending journal)',
    unit: 'ms',
    sample: await repeat(
      async () => {
        const r = await lib.api.getProject({ id })
        if (!r.ok) throw new Error(`getProject failed: ${r.error.code}`)
      },
      { warmup: 2, minRuns: 20, maxRuns: 40, budgetMs: 5_000 }
    ),
    target: { stat: 'median', max: 50, text: 'median ≤ 50 ms' }
  })

  // What moved off the typing path: one fold (the whole file rewritten with the journal's entries).
  const folding = await tempDir('store-fold')
  const foldFile = join(folding, 'large.hiwar.json')
  await writeFile(foldFile, serializeJson(buildLargeProject({ seed: BENCH_SEED, scale: 1, now: BENCH_NOW })))
  const backend = createBackend({
    dataDir: folding,
    dialogs: { chooseOpenFile: async () => foldFile, chooseSaveFile: async () => null, chooseFolder: async () => null },
    storage: { journal: { idleFoldMs: null } }
  })
  const imported = await backend.api.importProject()
  if (!imported.ok) throw new Error('import failed')
  const foldOpened = await backend.api.getProject({ id: imported.value.id })
  if (!foldOpened.ok) throw new Error('getProject failed')
  let foldState = foldOpened.value
  let foldRevision = foldState.updatedAt
  report.add({
    id: 'save.large.fold',
    section: SECTION,
    label: 'Fold of the journal into the file, in the background (serialise + temp file + fsync; rename under the lock)',
    unit: 'ms',
    sample: await repeat(() => backend.store.fold(foldState.id), {
      warmup: 1,
      minRuns: 10,
      maxRuns: 20,
      budgetMs: 3_000,
      between: async (i) => {
        const next = workshopEdit(foldState, 9000 + i)
        const r = await backend.api.saveProjectSections({ id: foldState.id, ...projectChanges(foldState, next), baseRevision: foldRevision })
        if (!r.ok || !r.value.applied) throw new Error('saveProjectSections failed before a fold')
        foldState = next
        foldRevision = r.value.revision
      }
    })
  })
  await backend.close()

  // Opening after a crash: the file plus 20 unfolded journal entries, replayed, then folded at once.
  const crashed = await libraryWithLarge(1, { journal: { idleFoldMs: null } })
  let state = crashed.project
  let revision = state.updatedAt
  for (let i = 0; i < 20; i++) {
    const next = workshopEdit(state, 5000 + i)
    const r = await crashed.api.saveProjectSections({ id: state.id, ...projectChanges(state, next), baseRevision: revision })
    if (!r.ok || !r.value.applied) throw new Error('saveProjectSections failed while preparing the crash state')
    state = next
    revision = r.value.revision
  }
  const projectFile = join(crashed.dataDir, 'projects', `${state.id}.json`)
  const journalFile = join(crashed.dataDir, 'projects', `${state.id}.journal`)
  await copyFile(projectFile, `${projectFile}.bench-copy`)
  await copyFile(journalFile, `${journalFile}.bench-copy`)
  report.add({
    id: 'load.large.journal',
    section: SECTION,
    label: 'Open large project after a crash: file + 20 journal entries (replay, then fold into the file)',
    unit: 'ms',
    sample: await repeat(
      async () => {
        const api = createHandlers({ dataDir: crashed.dataDir, dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null } })
        const t0 = performance.now()
        const r = await api.getProject({ id: state.id })
        const ms = performance.now() - t0
        if (!r.ok) throw new Error(`getProject failed: ${r.error.code}`)
        return ms
      },
      {
        warmup: 1,
        minRuns: 8,
        maxRuns: 15,
        budgetMs: 4_000,
        between: async () => {
          await copyFile(`${projectFile}.bench-copy`, projectFile)
          await copyFile(`${journalFile}.bench-copy`, journalFile)
        }
      }
    )
  })

  if (options.profile) {
    const opened = await lib.api.getProject({ id })
    if (!opened.ok) throw new Error(opened.error.code)
    let current = opened.value
    let revision = current.updatedAt
    console.log(
      await profileInProcess('save-large', async () => {
        for (let i = 0; i < 30; i++) {
          const next = workshopEdit(current, 1000 + i)
          const r = await lib.api.saveProjectSections({ id, ...projectChanges(current, next), baseRevision: revision })
          if (!r.ok || !r.value.applied) throw new Error(r.ok ? 'not applied' : r.error.code)
          current = next
          revision = r.value.revision
        }
      })
    )
  }

  // The parts of a save, measured alone (diagnostics: where the milliseconds of a save go).
  const text = serializeJson(lib.project)
  const parts: [string, string, () => unknown][] = [
    ['save.part.zod', 'part: zod Project.parse of the project (the channel input check)', () => Project.parse(lib.project)],
    ['save.part.stringify', 'part: JSON.stringify (2-space indent)', () => serializeJson(lib.project)],
    ['save.part.parse', 'part: JSON.parse of the file (opening)', () => parseJsonText('x', Buffer.from(text))],
    ['save.part.weight', 'part: contentWeight walk (the shrink guard)', () => void contentWeight(lib.project)],
    ['save.part.write', 'part: atomic write alone (temp, fsync, rename, dir fsync)', () => atomicWrite(join(lib.dataDir, 'probe.json'), text)],
    ['save.floor.fsync', 'floor: write + fsync of the same bytes (no temp, no rename)', () => writeAndSync(join(lib.dataDir, 'floor.json'), text)],
    ['save.floor.fsyncSmall', 'floor: write + fsync of 200 bytes (a journal line)', () => writeAndSync(join(lib.dataDir, 'small.json'), text.slice(0, 200))],
    ['save.part.clone', 'part: structuredClone (≈ IPC serialisation in Electron)', () => structuredClone(lib.project)]
  ]
  for (const [pid, label, fn] of parts) {
    report.add({ id: pid, section: SECTION, label, unit: 'ms', sample: await repeat(fn, { warmup: 2, minRuns: 15, maxRuns: 40, budgetMs: 3_000 }) })
  }
}
