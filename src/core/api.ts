import { z } from 'zod'
import { Id, Lang } from './model/common'
import { Project, ProjectName, ProjectSummary } from './model/project'
import { Settings } from './model/settings'
import type { Result } from './result'

/**
 * The channel contract between the renderer and main: one zod input schema per channel, one output
 * type. Main parses every payload with these schemas; the preload and the test harness expose exactly
 * these names. Add a channel here and everything else (preload, ipc, AppApi) follows.
 */
const channel =
  <O>() =>
  <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O })

export const SAMPLE_IDS = ['rabat2017'] as const
export type SampleId = (typeof SAMPLE_IDS)[number]

export const QuarantineReport = z.object({
  file: z.string(),
  quarantinedAs: z.string(),
  reason: z.string(),
  at: z.string()
})
export type QuarantineReport = z.infer<typeof QuarantineReport>

export interface ProjectLibrary {
  projects: ProjectSummary[]
  /** Files found bad while listing, moved to `quarantine/` (never overwritten). */
  quarantined: QuarantineReport[]
}

export interface SavedInfo {
  updatedAt: string
}

export interface ExportedFile {
  path: string
}

const NoInput = z.object({}).strict().optional()
const ById = z.object({ id: Id }).strict()

export const contract = {
  listProjects: channel<ProjectLibrary>()(NoInput),
  createProject: channel<Project>()(
    z.object({ name: ProjectName, sample: z.enum(SAMPLE_IDS).nullable().optional() }).strict()
  ),
  getProject: channel<Project>()(ById),
  /** Saves the whole project (the renderer sends its current state; main validates and writes). */
  saveProject: channel<SavedInfo>()(z.object({ project: Project }).strict()),
  renameProject: channel<ProjectSummary>()(z.object({ id: Id, name: ProjectName }).strict()),
  duplicateProject: channel<ProjectSummary>()(
    z.object({ id: Id, name: ProjectName.optional() }).strict()
  ),
  trashProject: channel<ProjectSummary>()(ById),
  restoreProject: channel<ProjectSummary>()(ById),
  deleteProjectForever: channel<{ id: string }>()(ById),
  /** Asks main for a file (native dialog), validates it, adds it to the library under a fresh id. */
  importProject: channel<ProjectSummary>()(NoInput),
  /** Asks main where to save (native dialog) and writes a portable `.hiwar.json` copy. */
  exportProject: channel<ExportedFile>()(ById),
  getSettings: channel<Settings>()(NoInput),
  setSettings: channel<Settings>()(z.object({ uiLanguage: Lang.optional(), docLanguage: Lang.optional() }).strict())
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = Contract[C]['output']

/** What the renderer sees as `window.api`, and what `createHandlers` returns. */
export type AppApi = {
  [C in ChannelName]: (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
}

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[]
/** The IPC channel string for an API name; the preload and `ipc.ts` both use it. */
export const ipcChannel = (name: ChannelName): string => `hiwar:${name}`

/** Events main pushes to the renderer (the native menu). */
export const MENU_COMMANDS = ['newProject', 'openLibrary', 'importProject', 'exportProject', 'save', 'undo', 'redo'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export const MENU_EVENT_CHANNEL = 'hiwar:menu'
