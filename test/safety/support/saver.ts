/**
 * The child process of the kill loop (test/safety/killLoop.test.ts), bundled into one .mjs and run with
 * plain node: opens the data folder through the REAL handler map, then saves a growing ~1 MB project in
 * a loop, printing `ack <n>` on stdout after each save that the handler acknowledged. The parent kills
 * it with SIGKILL at a random moment. Arguments: <dataDir> <projectId>.
 *
 * Most saves are incremental, as the app makes them (`saveProjectSections`: the changes since the last
 * acknowledged state, appended to the journal with one fsync, folded into the file in the background
 * after a few entries or a short pause); one in four sends the whole project (`saveProject`), which
 * folds the journal first. So kills land in appends, in background folds and in whole writes.
 *
 * It uses the project handlers exactly as `createHandlers` wires them (payload parsed by the channel
 * contract, then the handler, then the store), without the handler modules it does not need (the Word
 * exporter would triple the start-up time of each of the thousand children).
 */
import { contract } from '../../../src/core/api'
import type { Project } from '../../../src/core/model/project'
import { createContext } from '../../../src/main/handlers/context'
import { projectHandlers } from '../../../src/main/handlers/projects'
import { projectChanges } from '../../../src/renderer/src/project/changes'

const [dataDir, id] = process.argv.slice(2) as [string, string]
const COUNTER = /^Kill loop (\d+)$/
const MAX_BYTES = 1_300_000
const FILLER = 'Compte rendu : la séance a examiné les options stratégiques — تمت مناقشة الخيارات — '.repeat(24)

const say = (line: string): void => {
  // Pipes are synchronous on Linux: once written, the parent gets the line even if we are killed next.
  process.stdout.write(`${line}\n`)
}

/** The next state: counter in the name, one more minute entry (~2 KB), oldest added ones dropped past the cap. */
function grow(project: Project, n: number, approxBytes: number): Project {
  let entries = [
    ...project.minutes.entries,
    { id: `kl${n}`, blockId: null, type: 'keyPoint' as const, text: `${n} ${FILLER}`, speaker: '', createdAt: new Date().toISOString(), actionId: null }
  ]
  if (approxBytes > MAX_BYTES) {
    const first = entries.findIndex((e) => e.id.startsWith('kl'))
    if (first >= 0) entries = entries.filter((_, i) => i !== first)
  }
  return { ...project, name: `Kill loop ${n}`, minutes: { ...project.minutes, entries } }
}

async function main(): Promise<void> {
  process.stdout.on('error', () => process.exit(0))
  const handlers = projectHandlers(
    createContext({
      dataDir,
      dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null },
      // Fold often, so that kills also land inside folds (the app's defaults: 2 s, 500 entries).
      storage: { journal: { idleFoldMs: 150, maxEntries: 2 + Math.floor(Math.random() * 10) } }
    })
  )
  const api = {
    getProject: (input: unknown) => handlers.getProject(contract.getProject.input.parse(input)),
    saveProject: (input: unknown) => handlers.saveProject(contract.saveProject.input.parse(input)),
    saveProjectSections: (input: unknown) => handlers.saveProjectSections(contract.saveProjectSections.input.parse(input))
  }
  let project: Project
  try {
    project = await api.getProject({ id })
  } catch (e) {
    say(`error open ${e instanceof Error ? e.message : String(e)}`)
    process.exit(2)
  }
  let n = Number(COUNTER.exec(project.name)?.[1] ?? 0)
  let acked = project
  let revision = project.updatedAt
  let bytes = JSON.stringify(project).length
  const cpu = process.cpuUsage()
  say(`ready ${n} ${Math.round((cpu.user + cpu.system) / 1000)}`)
  // For profiling by hand: HIWAR_SAVER_MAX=<saves> stops after that many saves.
  const max = Number(process.env.HIWAR_SAVER_MAX ?? Infinity)
  for (let done = 0; done < max; done++) {
    n++
    project = grow(project, n, bytes)
    bytes += 2_100
    if (bytes > MAX_BYTES) bytes -= 2_100
    try {
      if (Math.random() < 0.75) {
        const { sections, patches } = projectChanges(acked, project)
        const r = await api.saveProjectSections({ id, sections, ...(patches.length ? { patches } : {}), baseRevision: revision, confirmShrink: true })
        revision = r.applied ? r.revision : ((await api.saveProject({ project, confirmShrink: true })).revision ?? '')
      } else revision = (await api.saveProject({ project, confirmShrink: true })).revision ?? ''
      acked = project
    } catch (e) {
      say(`error save ${e instanceof Error ? e.message : String(e)}`)
      process.exit(3)
    }
    say(`ack ${n} ${Math.round(process.cpuUsage().user / 1000)}`)
  }
}

void main()
