import { fileURLToPath } from 'node:url'
import { app, dialog, Menu, type BrowserWindow } from 'electron'
import { APP_EVENT_CHANNEL, MENU_EVENT_CHANNEL, type AppEvent, type MenuCommand } from '../core/api'
import { createI18n } from '../core/i18n/create'
import type { Lang } from '../core/model/common'
import { electronDialogs, electronShell } from './electronDeps'
import { createBackend } from './handlers'
import { registerIpc } from './ipc'
import { buildMenuTemplate } from './menu'
import { resolveDataDir } from './paths'
import { QuitCoordinator } from './quit'
import { isOwnPageUrl } from './security'
import { createMainWindow } from './window'

app.enableSandbox()

let mainWindow: BrowserWindow | null = null
let uiLanguage: Lang = 'fr'
/** Set once storage is open: before that there is nothing to write on quit. */
let quitter: QuitCoordinator | null = null

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.env, () => app.getPath('userData'))
  const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
  const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL

  const installMenu = (lang: Lang): void => {
    const i18n = createI18n(lang)
    const t = (key: string, params?: Record<string, string>): string => i18n.t(key, params ?? {})
    const actions = {
      send: (command: MenuCommand) => mainWindow?.webContents.send(MENU_EVENT_CHANNEL, command),
      openDataFolder: () => void electronShell.openPath(dataDir),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: t('menu.about'),
          message: t('app.name'),
          detail: t('menu.aboutText', { version: app.getVersion() })
        })
    }
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(t, actions, process.platform)))
  }

  const backend = createBackend({
    dataDir,
    appVersion: app.getVersion(),
    dialogs: electronDialogs(() => mainWindow, () => app.getPath('documents')),
    shell: electronShell,
    onSettingsChanged: (settings) => {
      uiLanguage = settings.uiLanguage
      installMenu(settings.uiLanguage)
    },
    onQuitReady: (saved) => quitter?.rendererReady(saved) ?? false
  })
  const api = backend.api
  quitter = new QuitCoordinator({
    askRenderer: () => {
      const contents = mainWindow?.webContents
      if (!contents || contents.isDestroyed()) return false
      const event: AppEvent = 'prepareQuit'
      contents.send(APP_EVENT_CHANNEL, event)
      return true
    },
    confirmUnsaved: async () => {
      const t = createI18n(uiLanguage).getFixedT(uiLanguage, 'safety')
      const options = {
        type: 'warning' as const,
        title: t('quit.title'),
        message: t('quit.unsaved'),
        detail: t('quit.detail'),
        buttons: [t('quit.stay'), t('quit.quitAnyway')],
        defaultId: 0,
        cancelId: 0
      }
      const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options)
      return answer.response === 1
    },
    closeStorage: () => backend.close(),
    quit: () => app.quit()
  })
  registerIpc(api, (url) => isOwnPageUrl(url, { rendererFile, devServerUrl }))
  const settings = await api.getSettings()
  uiLanguage = settings.ok ? settings.value.uiLanguage : 'fr'
  installMenu(uiLanguage)
  mainWindow = await createMainWindow({ preloadPath, rendererFile, devServerUrl })
  // Closing the window quits the app: run the quit sequence first, while the page can still answer.
  mainWindow.on('close', (event) => {
    if (quitter && !quitter.beforeQuit()) event.preventDefault()
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // No pending edit is lost on quit: the renderer writes what it holds, main drains its queue.
  app.on('before-quit', (event) => {
    if (quitter && !quitter.beforeQuit()) event.preventDefault()
  })
  app.whenReady().then(start, (e: unknown) => {
    dialog.showErrorBox('Hiwar', e instanceof Error ? e.message : String(e))
    app.quit()
  })
}
