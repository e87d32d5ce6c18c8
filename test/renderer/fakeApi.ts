import type { AppApi, ChannelInput, ProjectLibrary, ProjectSections, QuarantineReport } from '../../src/core/api'
import type { Settings } from '../../src/core/model/settings'
import { Project } from '../../src/core/model/project'
import { createBlankProject } from '../../src/core/project/factory'
import { summarizeProject } from '../../src/core/project/summary'
import { buildSample } from '../../src/core/samples'
import { fail, ok, type AppError, type Result } from '../../src/core/result'
import { errorFromZod } from '../../src/core/validation'
import { applyChecked } from '../../src/main/storage/sectionChange'
import type { RendererApi } from '../../src/renderer/src/api/ApiContext'
import type { MenuCommand } from '../../src/core/api'

/**
 * An in-memory AppApi for component tests (jsdom cannot run the real handlers: they need node:fs).
 * Validates saves with the real schema, counts calls, and lets a test hold or fail saves.
 */
export interface FakeApi extends RendererApi {
  projects: Map<string, Project>
  settings: Settings
  quarantined: QuarantineReport[]
  calls: Array<{ channel: keyof AppApi; input: unknown }>
  /** When set, saveProject answers this error instead of writing. */
  saveError: AppError | null
  /** When true, saveProject waits until `releaseSaves()` (to observe saves in flight). */
  holdSaves: boolean
  releaseSaves: () => void
  /** Number of saveProject calls running at this moment, and the most seen at once. */
  inFlight: number
  maxInFlight: number
  emitMenu: (command: MenuCommand) => void
  savedProjects: Project[]
}

let counter = 0
const nextId = () => `fake${++counter}${Math.random().toString(36).slice(2, 8)}`

export function createFakeApi(seed: { projects?: Project[]; settings?: Partial<Settings> } = {}): FakeApi {
  let clock = Date.parse('2017-07-06T10:42:00Z')
  const now = () => new Date((clock += 60_000)).toISOString()
  const waiting: Array<() => void> = []
  const menuListeners = new Set<(c: MenuCommand) => void>()

  const api = {
    projects: new Map((seed.projects ?? []).map((p) => [p.id, p])),
    settings: { uiLanguage: 'fr', docLanguage: 'fr', ...seed.settings } as Settings,
    quarantined: [] as QuarantineReport[],
    calls: [] as FakeApi['calls'],
    saveError: null as AppError | null,
    holdSaves: false,
    inFlight: 0,
    maxInFlight: 0,
    savedProjects: [] as Project[],
    releaseSaves: () => waiting.splice(0).forEach((go) => go()),
    emitMenu: (command: MenuCommand) => menuListeners.forEach((l) => l(command)),
    onMenu: (cb: (c: MenuCommand) => void) => {
      menuListeners.add(cb)
      return () => void menuListeners.delete(cb)
    }
  } as unknown as FakeApi

  const record = <C extends keyof AppApi>(channel: C, input: unknown) => api.calls.push({ channel, input })
  const found = (id: string): Result<Project> => {
    const p = api.projects.get(id)
    return p ? ok(p) : fail('notFound', { id })
  }
  const summary = (id: string) => {
    const p = api.projects.get(id)
    return p ? ok(summarizeProject(p)) : fail('notFound', { id })
  }

  Object.assign(api, {
    listProjects: async () => {
      record('listProjects', undefined)
      return ok<ProjectLibrary>({ projects: [...api.projects.values()].map(summarizeProject), quarantined: api.quarantined })
    },
    createProject: async (input: ChannelInput<'createProject'>) => {
      record('createProject', input)
      if (!input?.name.trim()) return fail('nameRequired')
      const id = nextId()
      const stamp = now()
      const p = input.sample ? buildSample(input.sample, { id, name: input.name, now: stamp, newId: nextId }) : createBlankProject({ id, name: input.name, now: stamp })
      api.projects.set(id, p)
      return ok(p)
    },
    getProject: async (input: ChannelInput<'getProject'>) => {
      record('getProject', input)
      return found(input?.id ?? '')
    },
    saveProject: async (input: ChannelInput<'saveProject'>) => {
      record('saveProject', input)
      api.inFlight++
      api.maxInFlight = Math.max(api.maxInFlight, api.inFlight)
      try {
        if (api.holdSaves) await new Promise<void>((go) => waiting.push(go))
        await Promise.resolve()
        if (api.saveError) return { ok: false as const, error: api.saveError }
        const parsed = Project.safeParse(input?.project)
        if (!parsed.success) {
          const e = errorFromZod(parsed.error)
          return fail(e.code, e.params)
        }
        const updatedAt = now()
        const saved = { ...parsed.data, updatedAt }
        api.projects.set(saved.id, saved)
        api.savedProjects.push(saved)
        return ok({ updatedAt })
      } finally {
        api.inFlight--
      }
    },
    saveProjectSections: async (input: ChannelInput<'saveProjectSections'>) => {
      // Same as saveProject (hold, fail, validate), for the changes only, applied to the stored copy as main does.
      record('saveProjectSections', input)
      api.inFlight++
      api.maxInFlight = Math.max(api.maxInFlight, api.inFlight)
      try {
        if (api.holdSaves) await new Promise<void>((go) => waiting.push(go))
        await Promise.resolve()
        if (api.saveError) return { ok: false as const, error: api.saveError }
        const current = api.projects.get(input?.id ?? '')
        if (!current) return fail('notFound')
        let merged: unknown
        try {
          merged = applyChecked(current, { sections: input?.sections as ProjectSections | undefined, patches: input?.patches }, { sectionsParsed: false }).project
        } catch {
          return fail('invalidInput', { field: 'patches' })
        }
        const parsed = Project.safeParse(merged)
        if (!parsed.success) {
          const e = errorFromZod(parsed.error)
          return fail(e.code, e.params)
        }
        const updatedAt = now()
        const saved = { ...parsed.data, updatedAt }
        api.projects.set(saved.id, saved)
        api.savedProjects.push(saved)
        return ok({ applied: true, updatedAt, revision: updatedAt })
      } finally {
        api.inFlight--
      }
    },
    renameProject: async (input: ChannelInput<'renameProject'>) => {
      record('renameProject', input)
      const p = api.projects.get(input?.id ?? '')
      if (!p) return fail('notFound')
      api.projects.set(p.id, { ...p, name: input!.name, updatedAt: now() })
      return summary(p.id)
    },
    duplicateProject: async (input: ChannelInput<'duplicateProject'>) => {
      record('duplicateProject', input)
      const p = api.projects.get(input?.id ?? '')
      if (!p) return fail('notFound')
      const id = nextId()
      api.projects.set(id, { ...p, id, name: input?.name ?? `${p.name} 2`, updatedAt: now(), trashedAt: null })
      return summary(id)
    },
    trashProject: async (input: ChannelInput<'trashProject'>) => {
      record('trashProject', input)
      const p = api.projects.get(input?.id ?? '')
      if (!p) return fail('notFound')
      api.projects.set(p.id, { ...p, trashedAt: now() })
      return summary(p.id)
    },
    restoreProject: async (input: ChannelInput<'restoreProject'>) => {
      record('restoreProject', input)
      const p = api.projects.get(input?.id ?? '')
      if (!p) return fail('notFound')
      api.projects.set(p.id, { ...p, trashedAt: null })
      return summary(p.id)
    },
    deleteProjectForever: async (input: ChannelInput<'deleteProjectForever'>) => {
      record('deleteProjectForever', input)
      const id = input?.id ?? ''
      return api.projects.delete(id) ? ok({ id }) : fail('notFound')
    },
    importProject: async () => {
      record('importProject', undefined)
      return fail('cancelled')
    },
    exportProject: async (input: ChannelInput<'exportProject'>) => {
      record('exportProject', input)
      return api.projects.has(input?.id ?? '') ? ok({ path: `/exports/${input!.id}.hiwar.json` }) : fail('notFound')
    },
    getSettings: async () => {
      record('getSettings', undefined)
      return ok(api.settings)
    },
    setSettings: async (input: ChannelInput<'setSettings'>) => {
      record('setSettings', input)
      api.settings = { ...api.settings, ...input }
      return ok(api.settings)
    },
    // Data-safety channels (src/main/handlers/safety.ts): a writable folder with no older versions.
    getStorageStatus: async () => {
      record('getStorageStatus', undefined)
      return ok({ dataDir: '/fake/data', readOnly: false, error: null, holder: null })
    },
    listVersions: async (input: ChannelInput<'listVersions'>) => {
      record('listVersions', input)
      return ok([])
    },
    previewVersion: async (input: ChannelInput<'previewVersion'>) => (record('previewVersion', input), fail('notFound')),
    restoreVersion: async (input: ChannelInput<'restoreVersion'>) => (record('restoreVersion', input), fail('notFound')),
    listQuarantine: async () => (record('listQuarantine', undefined), ok([])),
    restoreQuarantined: async (input: ChannelInput<'restoreQuarantined'>) => (record('restoreQuarantined', input), fail('notFound')),
    openStorageFolder: async (input: ChannelInput<'openStorageFolder'>) => (record('openStorageFolder', input), ok({ path: '/fake/data' })),
    saveProjectCopy: async (input: ChannelInput<'saveProjectCopy'>) => (record('saveProjectCopy', input), fail('cancelled')),
    quitReady: async (input: ChannelInput<'quitReady'>) => (record('quitReady', input), ok({ quitting: false }))
  })
  return api
}

/** The Rabat 2017 sample as a project object. */
export function sampleProject(id = 'sample1', name = 'Atelier Rabat 2017'): Project {
  return buildSample('rabat2017', { id, name, now: '2017-07-06T10:42:00.000Z', newId: nextId })
}
