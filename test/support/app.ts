import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHANNEL_NAMES, type AppApi, type MenuCommand } from '../../src/core/api'
import type { Lang } from '../../src/core/model/common'
import type { Project } from '../../src/core/model/project'
import type { StageId } from '../../src/core/workflow/stages'
import { createHandlers } from '../../src/main/handlers'
import { rendererDir } from './build-renderer'
import { readSavedProject } from './savedProject'
import { serveStatic } from './static-server'

/** Debian Chromium, never a downloaded browser; the flags of the team brief. */
export const CHROMIUM_PATH = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** What the fake native dialogs answer next (null = the user cancelled). Tests set these. */
export interface ScriptedDialogs {
  openFile: string | null
  saveFile: string | null
  folder: string | null
  /** Every dialog the app asked for, in order. */
  calls: Array<{ kind: 'openFile' | 'saveFile' | 'folder'; opts?: unknown }>
}

export interface OpenAppOptions {
  /** UI language saved in settings before the app starts (default: whatever settings hold, i.e. fr). */
  lang?: Lang
  /** Reuse a data folder (default: a fresh mkdtemp folder, removed by close()). */
  dataDir?: string
  dialogs?: Partial<Omit<ScriptedDialogs, 'calls'>>
  /** Hash to open first, e.g. `#/trash` (default: the library). */
  hash?: string
  viewport?: { width: number; height: number }
}

export interface HiwarApp {
  page: Page
  context: BrowserContext
  dataDir: string
  /** The very handler map `window.api` is bound to (same data folder). */
  handlers: AppApi
  dialogs: ScriptedDialogs
  /** Page errors, console errors and blocked network requests seen so far. */
  errors: string[]
  /** Navigates to a hash route and waits for the screen. */
  goto: (hash: string) => Promise<void>
  gotoStage: (projectId: string, stage: StageId) => Promise<void>
  /** Creates the Rabat 2017 sample through the handlers; returns its id. */
  createSample: (name?: string) => Promise<string>
  /** The project as written on disk (parsed JSON of `<data>/projects/<id>.json`). */
  readProjectFile: (id: string) => Promise<Project>
  /** Polls what is saved (autosave is debounced and asynchronous) until `check` holds; throws after 20 s. */
  waitForSavedProject: (id: string, check: (p: Project) => boolean) => Promise<Project>
  /** Simulates a native-menu command. */
  sendMenu: (command: MenuCommand) => Promise<void>
  /** Throws when any page error, console error or outside request happened. */
  assertNoErrors: () => void
  close: () => Promise<void>
}

/** Waits until the header says the last edit is saved. */
export const waitUntilSaved = (page: Page) => page.waitForSelector('.save-state--saved', { timeout: 15_000 })

const BINDING_PREFIX = '__hiwar_'

/**
 * Opens the built renderer in Chromium with `window.api` bound — through `exposeFunction` — to the REAL
 * handler map over a data folder of its own. Other helpers' e2e tests start here.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<HiwarApp> {
  const ownDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'hiwar-e2e-data-')))
  await mkdir(dataDir, { recursive: true })
  const dialogs: ScriptedDialogs = { openFile: null, saveFile: null, folder: null, calls: [], ...options.dialogs }
  const handlers = createHandlers({
    dataDir,
    dialogs: {
      chooseOpenFile: async (opts) => (dialogs.calls.push({ kind: 'openFile', opts }), dialogs.openFile),
      chooseSaveFile: async (opts) => (dialogs.calls.push({ kind: 'saveFile', opts }), dialogs.saveFile),
      chooseFolder: async () => (dialogs.calls.push({ kind: 'folder' }), dialogs.folder)
    },
    shell: { openPath: async () => {}, showItemInFolder: () => {} }
  })
  if (options.lang) {
    const r = await handlers.setSettings({ uiLanguage: options.lang })
    if (!r.ok) throw new Error(`setSettings failed: ${r.error.code}`)
  }

  const server = await serveStatic(await rendererDir())
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.lang === 'ar' ? 'ar-MA' : options.lang === 'en' ? 'en-GB' : 'fr-MA',
    timezoneId: 'Africa/Casablanca'
  })
  const errors: string[] = []
  // No network, ever: anything not served by our loopback server is blocked and reported.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    errors.push(`blocked request: ${url}`)
    return route.abort()
  })
  // Payloads cross as JSON text, as cheap as Electron's structured clone: Playwright's own argument
  // serializer walks every value in JavaScript (0.5 s for the large project), which Electron never pays.
  for (const name of CHANNEL_NAMES) {
    const handler = handlers[name] as (input?: unknown) => Promise<unknown>
    await context.exposeFunction(`${BINDING_PREFIX}${name}`, async (input?: string) =>
      JSON.stringify(await handler(input === undefined ? undefined : JSON.parse(input)))
    )
  }
  await context.addInitScript(
    ({ names, prefix }) => {
      const w = globalThis as unknown as Record<string, unknown>
      const listeners = new Set<(command: string) => void>()
      const api: Record<string, unknown> = {}
      for (const name of names) {
        const binding = w[`${prefix}${name}`] as (input?: string) => Promise<string>
        api[name] = async (input?: unknown) => JSON.parse(await binding(input === undefined ? undefined : JSON.stringify(input))) as unknown
      }
      api.onMenu = (cb: (command: string) => void) => {
        listeners.add(cb)
        return () => listeners.delete(cb)
      }
      w.__hiwarMenu = (command: string) => listeners.forEach((l) => l(command))
      w.api = Object.freeze(api)
    },
    { names: [...CHANNEL_NAMES], prefix: BINDING_PREFIX }
  )

  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`)
  })

  const waitForScreen = () => page.waitForSelector('.library, .project, .project-missing', { timeout: 20_000 })
  /** Loads the app at a hash route (a full load, so the screen reads fresh data from the handlers). */
  const goto = async (hash: string) => {
    const url = `${server.url}${hash.startsWith('#') ? hash : `#${hash}`}`
    if (page.url() === url) await page.reload()
    else {
      // Changing only the hash of a loaded page does not reload it: leave first.
      if (page.url().startsWith(server.url)) await page.goto('about:blank')
      await page.goto(url)
    }
    await waitForScreen()
  }
  await goto(options.hash ?? '#/')

  return {
    page,
    context,
    dataDir,
    handlers,
    dialogs,
    errors,
    goto,
    gotoStage: async (id, stage) => {
      await goto(`#/project/${encodeURIComponent(id)}/${stage}`)
      await page.waitForSelector(`.stage-nav__link[data-stage="${stage}"][aria-current="step"]`)
      await page.waitForSelector('#stage-main .stage-screen, #stage-main .empty-state')
    },
    createSample: async (name = 'Atelier Rabat 2017') => {
      const r = await handlers.createProject({ name, sample: 'rabat2017' })
      if (!r.ok) throw new Error(`createProject(sample) failed: ${r.error.code} ${JSON.stringify(r.error.params)}`)
      return r.value.id
    },
    readProjectFile: (id) => readSavedProject(dataDir, id),
    waitForSavedProject: async (id, check) => {
      const deadline = Date.now() + 20_000
      for (;;) {
        const project = await readSavedProject(dataDir, id)
        if (check(project)) return project
        if (Date.now() > deadline) throw new Error(`project ${id} never reached the expected state (last saved ${project.updatedAt})`)
        await new Promise((r) => setTimeout(r, 200))
      }
    },
    sendMenu: async (command) => {
      await page.evaluate((c) => (globalThis as unknown as { __hiwarMenu: (c: string) => void }).__hiwarMenu(c), command)
    },
    assertNoErrors: () => {
      if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
    },
    close: async () => {
      await context.close().catch(() => {})
      await browser.close().catch(() => {})
      await server.close()
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/** Saves a full-page PNG under artifacts/screens/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string, dir = resolve('artifacts/screens')): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`)
  await page.evaluate('document.fonts.ready.then(() => true)')
  await page.screenshot({ path, fullPage: false })
  return path
}

/** `<html lang dir>` of the page, e.g. `['ar', 'rtl']`. */
export async function documentLangDir(page: Page): Promise<[string, string]> {
  return (await page.evaluate('[document.documentElement.lang, document.documentElement.dir]')) as [string, string]
}
