import { z } from 'zod'
import { CHANNEL_NAMES, contract, type AppApi, type ChannelName } from '../../core/api'
import { fail, ok, type Result } from '../../core/result'
import { errorFromZod } from '../../core/validation'
import { toAppError } from '../storage/fileErrors'
import { createContext, type HandlerContext, type HandlerDeps, type Implementations } from './context'
import type { ProjectStore } from '../storage/projectStore'
import { projectHandlers } from './projects'
import { safetyHandlers } from './safety'
import { settingsHandlers } from './settings'
import { documentsHandlers } from './documents'

export type { Dialogs, FileFilter, HandlerDeps, Shell } from './context'

/**
 * The handler modules, one per concern. A new concern (documents, exports…) adds its module file beside
 * these and one line here; TypeScript then checks that every channel of the contract is implemented.
 */
const implement = (ctx: HandlerContext): Implementations => ({
  ...projectHandlers(ctx),
  ...settingsHandlers(ctx),
  ...safetyHandlers(ctx),
  ...documentsHandlers(ctx)
})

/**
 * THE handler map: plain async functions, one per channel of `src/core/api.ts`, over the data folder in
 * `deps`. The same map is registered on IPC in the app, bound to `window.api` in the browser tests, and
 * called directly in the handler tests. Never throws: every outcome is a `Result`.
 */
export function createHandlers(deps: HandlerDeps): AppApi {
  return createBackend(deps).api
}

/** The handler map plus what main's lifecycle needs from the storage underneath it. */
export interface Backend {
  api: AppApi
  store: ProjectStore
  /** Waits for every queued save to reach the disk. */
  drain(): Promise<void>
  /** Drains, then releases the data-folder lock (on quit). */
  close(): Promise<void>
}

export function createBackend(deps: HandlerDeps): Backend {
  const ctx = createContext(deps)
  const impl = implement(ctx)
  const api = {} as Record<ChannelName, (input?: unknown) => Promise<Result<unknown>>>
  for (const name of CHANNEL_NAMES) {
    const run = impl[name] as (input: unknown) => Promise<unknown>
    if (typeof run !== 'function') throw new Error(`createHandlers: no implementation for channel "${name}"`)
    api[name] = async (input?: unknown) => {
      const parsed = contract[name].input.safeParse(input)
      if (!parsed.success) {
        const error = errorFromZod(parsed.error)
        return fail(error.code, error.params)
      }
      try {
        return ok(await run(parsed.data))
      } catch (e) {
        const error = e instanceof z.ZodError ? errorFromZod(e) : toAppError(e)
        return fail(error.code, error.params)
      }
    }
  }
  return { api: api as unknown as AppApi, store: ctx.store, drain: () => ctx.store.drain(), close: () => ctx.store.close() }
}
