import type { Page } from 'playwright-core'
import type { AppApi } from '../../src/core/api'
import type { Lang } from '../../src/core/model/common'
import type { StageId } from '../../src/core/workflow/stages'
import type { HiwarApp } from './app'

/** What a screen definition gets to reach its screen. */
export interface ScreenContext {
  page: Page
  app: HiwarApp
  lang: Lang
  /** The Rabat 2017 sample project, created through the handlers before the walk. */
  sampleId: string
  dataDir: string
  handlers: AppApi
  /** Loads the app at a hash route, e.g. `#/trash`. */
  goto: (hash: string) => Promise<void>
  /** Opens a project at a stage and waits for its screen. */
  gotoStage: (projectId: string, stage: StageId) => Promise<void>
}

/** One PNG: `artifacts/screens/<lang>-<name>.png`. */
export interface ScreenDef {
  /** File-name part, e.g. `priority-grid` (letters, digits, dashes). */
  name: string
  /** Navigates (and clicks) until the screen to capture is showing. */
  go: (ctx: ScreenContext) => Promise<void>
}

/** What each `scripts/screens/*.ts` file exports. */
export interface ScreenModule {
  screens: ScreenDef[]
  /** Optional data set-up, run once (before the walk, through the handlers) for all languages. */
  prepare?: (ctx: { handlers: AppApi; sampleId: string; dataDir: string }) => Promise<void>
}
