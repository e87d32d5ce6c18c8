import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { Project } from '../../../core/model/project'
import { useApi } from '../api/ApiContext'
import type { SaveState } from './autosave'
import type { ProjectStore, UpdateOptions } from './store'
import { shortcutOf } from './shortcuts'

export interface ProjectContextValue {
  project: Project
  update: (recipe: (p: Project) => Project, options?: UpdateOptions) => void
  undo: () => void
  redo: () => void
  canUndo: boolean
  canRedo: boolean
  saveNow: () => Promise<boolean>
  /** Ends the current typing run so the next edit is its own undo step (fields call it on blur). */
  endEditRun: () => void
}

const StoreContext = createContext<ProjectStore | null>(null)

/**
 * Provides the open project to stage screens, and binds the app-level shortcuts while it is mounted:
 * Ctrl/Cmd+S saves now; Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y redo — always at app level,
 * also inside text fields (their native undo would fight the controlled value and the project history;
 * typing in one field is coalesced into one undo step instead). Also follows the native menu commands.
 */
export function ProjectProvider({ store, children }: { store: ProjectStore; children: ReactNode }) {
  const api = useApi()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutOf(e)
      if (!action) return
      e.preventDefault()
      if (action === 'save') void store.saveNow()
      else if (action === 'undo') store.undo()
      else store.redo()
    }
    window.addEventListener('keydown', onKey)
    // Leaving a field ends its typing run: coming back to it later is a new undo step.
    const onFocusOut = () => store.endEditRun()
    window.addEventListener('focusout', onFocusOut)
    const offMenu = api.onMenu?.((command) => {
      if (command === 'save') void store.saveNow()
      else if (command === 'undo') store.undo()
      else if (command === 'redo') store.redo()
    })
    // Best effort when the window goes away: start writing what is not on disk yet.
    const onUnload = () => {
      if (store.dirty) void store.saveNow()
    }
    window.addEventListener('beforeunload', onUnload)
    window.addEventListener('pagehide', onUnload)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('focusout', onFocusOut)
      window.removeEventListener('beforeunload', onUnload)
      window.removeEventListener('pagehide', onUnload)
      offMenu?.()
    }
  }, [store, api])
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** The store itself (for the project shell: flush before leaving, dirty check). */
export function useProjectStore(): ProjectStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useProject() needs a <ProjectProvider> above it')
  return store
}

/** The open project and how to change it. Every stage screen starts here. */
export function useProject(): ProjectContextValue {
  const store = useProjectStore()
  // Not the save state: a screen re-renders when the project changes, not when it is being saved.
  const content = useSyncExternalStore(store.subscribe, store.getContent)
  return useMemo(
    () => ({
      project: content.project,
      canUndo: content.canUndo,
      canRedo: content.canRedo,
      update: store.update,
      undo: store.undo,
      redo: store.redo,
      saveNow: store.saveNow,
      endEditRun: store.endEditRun
    }),
    [content, store]
  )
}

/** Whether the open project is saved, being saved, or could not be saved (the header and its warnings). */
export function useSaveState(): SaveState {
  const store = useProjectStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot).saveState
}

type SectionKey = Exclude<keyof Project, 'schemaVersion' | 'id' | 'createdAt' | 'updatedAt' | 'trashedAt' | 'sample'>
/** A patch merged into an object section; array sections (participants) take a function only. */
type SectionChange<V> = ((current: V) => V) | (V extends unknown[] ? never : V extends object ? Partial<V> : V)

/**
 * One section of the project and a setter: `set({ venue: 'Rabat' }, 'design.venue')` merges a patch
 * into an object section, `set((d) => ({ ...d, dates: [] }))` replaces it. The optional second argument
 * is the coalesce key (use the field path, so typing in one field is one undo step).
 */
export function useProjectSection<K extends SectionKey>(key: K): [Project[K], (change: SectionChange<Project[K]>, coalesce?: string) => void] {
  const { project, update } = useProject()
  const set = useCallback(
    (change: SectionChange<Project[K]>, coalesce?: string) => {
      update(
        (p) => {
          const current = p[key]
          const next =
            typeof change === 'function'
              ? (change as (c: Project[K]) => Project[K])(current)
              : typeof current === 'object' && current !== null && !Array.isArray(current)
                ? ({ ...current, ...(change as object) } as Project[K])
                : (change as Project[K])
          return Object.is(next, current) ? p : { ...p, [key]: next }
        },
        coalesce === undefined ? {} : { coalesce }
      )
    },
    [update, key]
  )
  return [project[key], set]
}
