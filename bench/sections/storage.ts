/**
 * (c) Saving and opening the large project through the REAL storage (createHandlers over a data folder on
 * disk: zod on the way in, lowdb, temp file + fsync + rename + folder fsync), and (f) how save time grows
 * with the project. Diagnostic rows split a save into its parts so a miss can be attributed.
 */
import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppApi } from '../../src/core/api'
import { Project } from '../../src/core/model/project'
import { buildLargeProject } from '../../src/core/samples/large'
import { createHandlers } from '../../src/main/handlers'
import { atomicWrite } from '../../src/main/storage/atomicWrite'
import { parseJsonText, serializeJson } from '../../src/main/storage/safeJsonFile'
import { contentWeight } from '../../src/main/storage/shrinkGuard'
import { BENCH_NOW, BENCH_SEED, tempDir } from '../lib/env'
import type { Report } from '../lib/report'
import { profileInProcess } from '../lib/profile'
import { repeat, type Sample } from '../lib/stats'

const SECTION = '(c) Save and open (real storage, fsync)'

interface Library {
  api: AppApi
  dataDir: string
  project: Project
}

/** A data folder holding the large project at `scale`, imported through the handlers like a user would. */
export async function libraryWithLarge(scale: number): Promise<Library> {
  const dataDir = await tempDir(`store-x${scale}`)
  const file = join(dataDir, `large-x${scale}.hiwar.json`)
  await writeFile(file, serializeJson(buildLargeProject({ seed: BENCH_SEED, scale, now: BENCH_NOW })))
  const api = createHandlers({
    dataDir,
    dialogs: { chooseOpenFile: async () => file, chooseSaveFile: async () => null, chooseFolder: async () => null }
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

  report.add({
    id: 'save.large.p95',
    section: SECTION,
    label: `Save large project (${(bytes / 1e6).toFixed(2)} MB), edit → fsync'd`,
    unit: 'ms',
    sample: await timeSaves(lib, { minRuns: 30, maxRuns: 60, budgetMs: 8_000 }),
    target: { stat: 'p95', max: 15, text: 'p95 ≤ 15 ms' }
  })

  report.add({
    id: 'load.large',
    section: SECTION,
    label: 'Open large project (read + JSON + migrate + zod)',
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

  if (options.profile) {
    let current = lib.project
    console.log(
      await profileInProcess('save-large', async () => {
        for (let i = 0; i < 30; i++) {
          current = typedEdit(current, 1000 + i)
          const r = await lib.api.saveProject({ project: current })
          if (!r.ok) throw new Error(r.error.code)
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
