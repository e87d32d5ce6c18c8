import type { SavedInfo } from '../../../core/api'
import type { Project } from '../../../core/model/project'
import type { Result } from '../../../core/result'
import { Autosaver, type SaveState } from './autosave'
import { projectChanges, type ProjectChanges } from './changes'
import { applyEdit, breakRun, initHistory, redo, undo, type History } from './history'

export interface UpdateOptions {
  /** Consecutive updates with the same key (typing in one field) make one undo step. */
  coalesce?: string
}

/** What the screens show: a new object only when the project or the undo/redo state changes. */
export interface ProjectContent {
  project: Project
  canUndo: boolean
  canRedo: boolean
}

export interface ProjectSnapshot extends ProjectContent {
  saveState: SaveState
}

/** What changed since the last save main acknowledged (the store's states are immutable: by reference). */
export interface SaveChange extends ProjectChanges {
  /** Main's revision of the acknowledged state (`SavedInfo.revision`, or `updatedAt` as opened). */
  baseRevision: string
}

export interface ProjectStoreOptions {
  /** Writes a state: `project` is the whole of it, `change` what differs from the last acknowledged one. */
  save: (project: Project, change: SaveChange) => Promise<Result<SavedInfo>>
  delayMs?: number
}

/**
 * The open project: immutable states with undo/redo, autosaved (debounced, serialized) through `save`.
 * Framework-free so it is tested without React; `ProjectProvider` exposes it with useSyncExternalStore.
 */
export class ProjectStore {
  private history: History<Project>
  private saveState: SaveState
  private snapshot: ProjectSnapshot
  private content: ProjectContent
  private readonly listeners = new Set<() => void>()
  private readonly saver: Autosaver<Project>
  /** The last state main acknowledged, and main's revision of it (saves are serialized by the Autosaver). */
  private acked: { project: Project; revision: string }

  constructor(project: Project, options: ProjectStoreOptions) {
    this.history = initHistory(project)
    this.saveState = { status: 'saved', at: project.updatedAt }
    this.acked = { project, revision: project.updatedAt }
    this.saver = new Autosaver<Project>({
      save: async (doc) => {
        const base = this.acked
        const result = await options.save(doc, { ...projectChanges(base.project, doc), baseRevision: base.revision })
        if (result.ok) this.acked = { project: doc, revision: result.value.revision ?? result.value.updatedAt }
        return result
      },
      savedAt: project.updatedAt,
      delayMs: options.delayMs,
      onState: (state) => {
        this.saveState = state
        this.publish()
      }
    })
    this.content = this.makeContent()
    this.snapshot = { ...this.content, saveState: this.saveState }
  }

  getSnapshot = (): ProjectSnapshot => this.snapshot

  /** The same as `getSnapshot` without the save state: autosaving does not re-render the screens. */
  getContent = (): ProjectContent => this.content

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Applies an immutable edit: `recipe` returns the next project (or the same object for no change). */
  update = (recipe: (p: Project) => Project, options: UpdateOptions = {}): void => {
    const next = recipe(this.history.present)
    const history = applyEdit(this.history, next, options.coalesce)
    if (history === this.history) return
    this.commit(history)
  }

  undo = (): void => this.commit(undo(this.history))

  redo = (): void => this.commit(redo(this.history))

  /** Makes the next edit a new undo step even if it has the same coalesce key (e.g. on field blur). */
  endEditRun = (): void => {
    this.history = breakRun(this.history)
  }

  /** Saves now, after any save in flight. Resolves true when the latest state is on disk. */
  saveNow = (): Promise<boolean> => this.saver.flush()

  get dirty(): boolean {
    return this.saver.dirty
  }

  dispose(): void {
    this.saver.dispose()
    this.listeners.clear()
  }

  private commit(history: History<Project>): void {
    if (history === this.history) return
    const changed = history.present !== this.history.present
    this.history = history
    if (changed) this.saver.changed(history.present)
    this.publish()
  }

  private publish(): void {
    const content = this.makeContent()
    const same = content.project === this.content.project && content.canUndo === this.content.canUndo && content.canRedo === this.content.canRedo
    if (!same) this.content = content
    this.snapshot = { ...this.content, saveState: this.saveState }
    for (const l of this.listeners) l()
  }

  private makeContent(): ProjectContent {
    return {
      project: this.history.present,
      canUndo: this.history.past.length > 0,
      canRedo: this.history.future.length > 0
    }
  }
}
