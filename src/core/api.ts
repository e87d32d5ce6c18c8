import { z } from 'zod'
import { Id, Lang } from './model/common'
import { Project, ProjectName, ProjectSummary } from './model/project'
import { Settings } from './model/settings'
import { DOCUMENT_KINDS, type DocumentKind } from './documents/kinds'
import { DIAGRAM_KEYS } from './documents/diagramKeys'
import { ERROR_CODES, type AppError, type Result } from './result'
import type { AppEvent, ChannelName, MenuCommand } from './channels'
import { PROJECT_SECTION_KEYS, type ProjectSectionKey } from './sections'

export { APP_EVENTS, APP_EVENT_CHANNEL, CHANNEL_NAMES, MENU_COMMANDS, MENU_EVENT_CHANNEL, ipcChannel } from './channels'
export type { AppEvent, ChannelName, MenuCommand } from './channels'

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

/** A bad file moved aside (never overwritten): what it was, where it went, why. */
export const QuarantineReport = z.object({
  /** The file's name where it was found (e.g. `3f2a….json`, `settings.json`). */
  file: z.string(),
  /** Full path of the untouched copy under `<data>/quarantine/` (a sidecar `.reason.json` sits beside it). */
  quarantinedAs: z.string(),
  /** Technical detail (JSON parser or schema message), shown as the `reason` of the translated message. */
  reason: z.string(),
  at: z.string(),
  /** The translated message to show: `errors.<code>` with `params`. */
  error: z.object({
    code: z.enum(ERROR_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()]))
  })
})
export type QuarantineReport = z.infer<typeof QuarantineReport>

export interface ProjectLibrary {
  projects: ProjectSummary[]
  /**
   * Every file moved to `quarantine/` since the app started (project files found bad while listing or
   * opening, a bad settings file), oldest first — so a report is never lost between two calls.
   */
  quarantined: QuarantineReport[]
}

export interface SavedInfo {
  updatedAt: string
  /**
   * Main's revision of the project after this save (changes with every write, even within one
   * millisecond): what the next `saveProjectSections` names as its `baseRevision`.
   */
  revision?: string
}

export { PROJECT_SECTION_KEYS, type ProjectSectionKey }

/** Unwraps `.default()` / `.prefault()`: an absent section must stay absent, not become its default. */
const sectionSchema = <K extends ProjectSectionKey>(key: K) => {
  const schema = Project.shape[key] as z.ZodType
  const inner = schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault ? (schema.unwrap() as z.ZodType) : schema
  return inner.optional() as unknown as z.ZodOptional<z.ZodType<Project[K]>>
}

/** Some sections of a project, each validated by its own schema (the whole project is not parsed). */
export const ProjectSections = z
  .object(Object.fromEntries(PROJECT_SECTION_KEYS.map((k) => [k, sectionSchema(k)])) as { [K in ProjectSectionKey]: z.ZodOptional<z.ZodType<Project[K]>> })
  .strict()
export type ProjectSections = Partial<Pick<Project, ProjectSectionKey>>

/** Keys a patch may not walk through (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor'])
const PathKey = z.union([
  z.string().min(1).max(200).refine((k) => !FORBIDDEN_KEYS.has(k), { message: 'invalidInput' }),
  z.number().int().min(0).max(10_000_000)
])
/** Where a patch applies: a section, then object keys and array indexes inside it. */
const PatchPath = z.tuple([z.enum(PROJECT_SECTION_KEYS)]).rest(PathKey).check(z.maxLength(64))

/**
 * One change inside a section, against the state main acknowledged last (`baseRevision`): `set` a key
 * of an object (or an index of an array) to a value, `del` a key of an object, `splice` an array. The
 * values are checked when main validates every section a patch touched with its schema, before
 * anything is written.
 */
export const PatchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path: PatchPath, value: z.unknown() }).strict(),
  z.object({ op: z.literal('del'), path: PatchPath }).strict(),
  z
    .object({
      op: z.literal('splice'),
      path: PatchPath,
      start: z.number().int().min(0).max(10_000_000),
      deleteCount: z.number().int().min(0).max(10_000_000),
      items: z.array(z.unknown()).max(100_000)
    })
    .strict()
])
export type PatchOp = z.infer<typeof PatchOp>
export type PatchPath = z.infer<typeof PatchPath>

/** What `saveProjectSections` did. */
export interface SectionsSaved {
  /**
   * false: main's copy of the project is not the one the renderer's changes were computed against
   * (`baseRevision` differs: a restore, a save from elsewhere, a restart of main) — nothing was
   * written; send the whole project with `saveProject`.
   */
  applied: boolean
  updatedAt: string
  revision: string
}

export interface ExportedFile {
  path: string
}

/** Whether this copy of Hiwar writes the data folder, or reads it only (and why). */
export interface StorageStatus {
  dataDir: string
  readOnly: boolean
  /** Why it is read-only (`errors.<code>`): another copy holds the folder, or the disk is read-only. */
  error: AppError | null
  /** The copy of Hiwar holding the folder, when that is the reason. */
  holder: { hostname: string; pid: number; since: string } | null
}

/** An older version of a project kept on disk (Versions screen). */
export interface VersionInfo {
  /** `snapshot/<file>` (rotating snapshot) or `backup/<file>` (copy made before a format upgrade). */
  versionId: string
  kind: 'snapshot' | 'backup'
  savedAt: string
  size: number
}

/** A file in `<data>/quarantine/`, with why it is there and what can be restored in its place. */
export interface QuarantineEntry {
  /** Its name inside the quarantine folder (what `restoreQuarantined` takes). */
  name: string
  /** Its name where it was found (`<id>.json`, `settings.json`). */
  file: string
  path: string
  /** The project it belonged to, when it was a project file. */
  projectId: string | null
  reason: string
  at: string
  error: AppError
  size: number
  /** Whether the project has a readable file again (the open copy was saved meanwhile). */
  currentExists: boolean
  /** The newest readable snapshot or backup of that project, or null when there is none. */
  newestGood: VersionInfo | null
}

export const STORAGE_FOLDERS = ['data', 'quarantine', 'snapshots', 'backups'] as const
export type StorageFolder = (typeof STORAGE_FOLDERS)[number]

const VersionId = z.string().regex(/^(snapshot|backup)\/[A-Za-z0-9._-]{1,200}$/)
const QuarantineName = z.string().regex(/^[A-Za-z0-9._-]{1,240}$/)

/** The Word documents written by one export (and where), in the order asked. */
export interface DocumentsExport {
  folder: string
  files: { kind: DocumentKind; path: string }[]
}

/** A diagram picture sent with an export: a PNG (base64) and the size it takes on the page, in CSS px. */
export const MAX_DIAGRAM_PNG_BASE64 = 12_000_000
export const DocumentImageInput = z
  .object({
    pngBase64: z.string().min(1).max(MAX_DIAGRAM_PNG_BASE64).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    widthPx: z.number().int().min(1).max(4000),
    heightPx: z.number().int().min(1).max(4000)
  })
  .strict()
export type DocumentImageInput = z.infer<typeof DocumentImageInput>

const ExportDocumentsInput = z
  .object({
    projectId: Id,
    kinds: z.array(z.enum(DOCUMENT_KINDS)).min(1).max(DOCUMENT_KINDS.length),
    lang: Lang,
    images: z.partialRecord(z.enum(DIAGRAM_KEYS), DocumentImageInput).optional(),
    /** "Save under another name" after `fileBusy`: the new name of the one document asked (`kinds` has one). */
    fileNameOverride: z.string().trim().min(1).max(200).optional(),
    /** Write into the folder chosen by the previous export of this session instead of asking again. */
    reuseFolder: z.boolean().optional()
  })
  .strict()
  .refine((v) => v.fileNameOverride === undefined || v.kinds.length === 1, { message: 'fileNameOverride needs exactly one kind', path: ['fileNameOverride'] })

/** A file this session exported (main opens or shows only those). */
const ExportedPath = z.object({ path: z.string().min(1).max(4096) }).strict()

const NoInput = z.object({}).strict().optional()
const ById = z.object({ id: Id }).strict()

export const contract = {
  listProjects: channel<ProjectLibrary>()(NoInput),
  createProject: channel<Project>()(
    z.object({ name: ProjectName, sample: z.enum(SAMPLE_IDS).nullable().optional() }).strict()
  ),
  getProject: channel<Project>()(ById),
  /** Saves the whole project (the renderer sends its current state; main validates and writes). */
  /**
   * Saves the whole project (the renderer sends its current state; main validates and writes). A save
   * that would drop most of the content on disk fails with `contentShrink` unless `confirmShrink`.
   */
  saveProject: channel<SavedInfo>()(z.object({ project: Project, confirmShrink: z.boolean().optional() }).strict()),
  /**
   * Saves only what changed in a project (the renderer's immutable state tells which): whole sections,
   * and patches inside sections against `baseRevision`. Main applies them to its copy of the project,
   * validates every section touched with its schema, and appends the change to the project's journal
   * with one fsync. Same shrink guard as `saveProject` (`contentShrink` unless `confirmShrink`).
   */
  saveProjectSections: channel<SectionsSaved>()(
    z
      .object({
        id: Id,
        sections: ProjectSections,
        patches: z.array(PatchOp).max(10_000).optional(),
        baseRevision: z.string().max(100).optional(),
        confirmShrink: z.boolean().optional()
      })
      .strict()
      .refine((v) => !v.patches?.length || v.baseRevision !== undefined, { message: 'invalidInput', path: ['baseRevision'] })
  ),
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
  setSettings: channel<Settings>()(z.object({ uiLanguage: Lang.optional(), docLanguage: Lang.optional() }).strict()),
  getStorageStatus: channel<StorageStatus>()(NoInput),
  /** Older versions of a project (rotating snapshots, pre-upgrade backups), newest first. */
  listVersions: channel<VersionInfo[]>()(ById),
  previewVersion: channel<{ version: VersionInfo; project: Project }>()(z.object({ id: Id, versionId: VersionId }).strict()),
  /** Makes an older version the current one (the current one is kept as a snapshot first). */
  restoreVersion: channel<Project>()(z.object({ id: Id, versionId: VersionId }).strict()),
  listQuarantine: channel<QuarantineEntry[]>()(NoInput),
  /** Restores the newest good version of a quarantined project (the quarantined file stays as it is). */
  restoreQuarantined: channel<ProjectSummary>()(z.object({ name: QuarantineName }).strict()),
  openStorageFolder: channel<{ path: string }>()(z.object({ folder: z.enum(STORAGE_FOLDERS) }).strict()),
  /** Writes the renderer's copy of a project to a file the user chooses (when the data folder cannot be written). */
  saveProjectCopy: channel<ExportedFile>()(z.object({ project: Project }).strict()),
  /** The renderer's answer to `prepareQuit`: whether everything was written. */
  quitReady: channel<{ quitting: boolean }>()(z.object({ saved: z.boolean() }).strict()),
  /**
   * Builds Word documents of a project in a language (diagrams as PNGs rendered by the renderer), asks
   * main for a folder (or reuses the last one) and writes them. A file held open elsewhere (Word) fails
   * with `fileBusy` {path, kind}: the renderer then offers `fileNameOverride`.
   */
  exportDocuments: channel<DocumentsExport>()(ExportDocumentsInput),
  /** Opens a document this session exported, with the system's default application. */
  openPath: channel<{ path: string }>()(ExportedPath),
  /** Shows a document this session exported in the system's file manager. */
  showItemInFolder: channel<{ path: string }>()(ExportedPath)
} as const satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>

export type Contract = typeof contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = Contract[C]['output']

/** What the renderer sees as `window.api`, and what `createHandlers` returns. */
export type AppApi = {
  [C in ChannelName]: (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
}

/** What the preload exposes as `window.api`: the channels, plus the native menu's commands. */
export type PreloadApi = AppApi & {
  /** Calls `cb` for each menu command; returns the function that stops listening. */
  onMenu(cb: (command: MenuCommand) => void): () => void
  /** Calls `cb` for each app event (`prepareQuit`); returns the function that stops listening. */
  onAppEvent(cb: (event: AppEvent) => void): () => void
}
