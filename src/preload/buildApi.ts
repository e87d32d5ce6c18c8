import type { PreloadApi } from '../core/api'
import { APP_EVENTS, CHANNEL_NAMES, MENU_COMMANDS, ipcChannel, type AppEvent, type MenuCommand } from '../core/channels'

/** The IPC primitives the api object needs (Electron's `ipcRenderer` in the app, fakes in tests). */
export interface PreloadIpc {
  invoke(channel: string, input: unknown): Promise<unknown>
  /** Subscribes to a main → renderer channel; returns the unsubscribe function. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void
}

const isMenuCommand = (v: unknown): v is MenuCommand => typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v)
const isAppEvent = (v: unknown): v is AppEvent => typeof v === 'string' && (APP_EVENTS as readonly string[]).includes(v)

/**
 * `window.api`: one function per channel of the contract, each a single `invoke` of its channel, plus
 * `onMenu` and `onAppEvent`. Nothing else (no raw ipcRenderer, no process, no Node).
 */
export function buildPreloadApi(ipc: PreloadIpc, menuChannel: string, appEventChannel: string): PreloadApi {
  const api: Record<string, unknown> = {}
  for (const name of CHANNEL_NAMES) {
    const channel = ipcChannel(name)
    api[name] = (input?: unknown) => ipc.invoke(channel, input)
  }
  api.onMenu = (cb: (command: MenuCommand) => void) =>
    ipc.subscribe(menuChannel, (payload) => {
      if (isMenuCommand(payload)) cb(payload)
    })
  api.onAppEvent = (cb: (event: AppEvent) => void) =>
    ipc.subscribe(appEventChannel, (payload) => {
      if (isAppEvent(payload)) cb(payload)
    })
  return Object.freeze(api) as unknown as PreloadApi
}
