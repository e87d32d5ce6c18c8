import { createContext, useContext, type ReactNode } from 'react'
import type { AppApi, PreloadApi } from '../../../core/api'

/**
 * What the renderer may call: the channel map of `src/core/api.ts`, plus the native-menu subscription
 * the preload adds (absent in tests and in the browser harness unless they provide it).
 */
export type RendererApi = AppApi & Partial<Pick<PreloadApi, 'onMenu' | 'onAppEvent'>>

declare global {
  interface Window {
    /** Set by the preload (Electron) or by the Chromium test harness; read only by `defaultApi()`. */
    api?: RendererApi
  }
}

const ApiContext = createContext<RendererApi | null>(null)

export function ApiProvider({ api, children }: { api: RendererApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

/** The API of the surrounding `ApiProvider`. Components never touch `window.api` themselves. */
export function useApi(): RendererApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it')
  return api
}

/** The API the preload exposed on `window.api`, or null when the page runs without one. */
export function defaultApi(): RendererApi | null {
  return typeof window !== 'undefined' && window.api ? window.api : null
}
