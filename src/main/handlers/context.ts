import type { z } from 'zod'
import type { ChannelName, ChannelOutput, Contract } from '../../core/api'
import type { Settings } from '../../core/model/settings'
import { newId as defaultNewId } from '../../core/project/factory'
import type { FsLayer } from '../storage/fsLayer'
import { ProjectStore, type StoreOptions } from '../storage/projectStore'
import { SettingsStore } from '../storage/settingsStore'

export interface FileFilter {
  name: string
  extensions: string[]
}

/** Native dialogs, injected: Electron's in the app, scripted ones in tests and the e2e harness. */
export interface Dialogs {
  /** The chosen file's path, or null when the user cancelled. */
  chooseOpenFile(opts: { filters: FileFilter[] }): Promise<string | null>
  chooseSaveFile(opts: { defaultName: string; filters: FileFilter[] }): Promise<string | null>
  chooseFolder(): Promise<string | null>
}

export interface Shell {
  openPath(p: string): Promise<void>
  showItemInFolder(p: string): void
}

/** Everything the handler map needs from the outside world. No Electron type appears here. */
export interface HandlerDeps {
  dataDir: string
  now?: () => Date
  newId?: () => string
  appVersion?: string
  dialogs: Dialogs
  shell?: Shell
  /** The file-system layer (the data-safety tests inject failures here). */
  fs?: FsLayer
  /** Largest project file accepted on load or import (default 50 MB). */
  maxFileBytes?: number
  /** Called after settings were saved (main rebuilds the translated menu). */
  onSettingsChanged?: (settings: Settings) => void
  /**
   * The renderer's answer to `prepareQuit` (`saved`: everything was written). Main returns whether it
   * goes on quitting (it asks the user first when something could not be saved).
   */
  onQuitReady?: (saved: boolean) => boolean
  /** Storage tuning: the data-folder lock, snapshot policy, transient-error retries, journal folding. */
  storage?: Pick<StoreOptions, 'lock' | 'heartbeatMs' | 'snapshots' | 'retry' | 'journal'>
}

/** What each handler module receives. */
export interface HandlerContext {
  deps: HandlerDeps
  store: ProjectStore
  settings: SettingsStore
  now: () => Date
  newId: () => string
}

export function createContext(deps: HandlerDeps): HandlerContext {
  const now = deps.now ?? (() => new Date())
  const store = new ProjectStore({ ...deps.storage, dataDir: deps.dataDir, now, fs: deps.fs, maxFileBytes: deps.maxFileBytes })
  return { deps, store, settings: new SettingsStore(store, now), now, newId: deps.newId ?? defaultNewId }
}

/**
 * A channel's implementation: receives the input already parsed by the contract, returns the value or
 * throws (`AppFailure` for expected failures; fs errors are mapped; anything else is `unexpected`).
 */
export type Implementation<C extends ChannelName> = (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>>

export type Implementations = { [C in ChannelName]: Implementation<C> }
