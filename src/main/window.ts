import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from './security'

/** The main window's options: an isolated, sandboxed renderer with no Node and web security on. */
export function mainWindowOptions(args: { preloadPath: string; title?: string }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: args.title ?? 'Hiwar',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: args.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    }
  }
}

/** Adds our CSP to every response (the renderer's meta tag says the same) and denies all permissions. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * No navigation away from our page, no new windows, no webviews. A link to an allow-listed help page
 * opens in the user's browser; anything else is simply refused.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void = openAllowedExternal): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/** `shell.openExternal`, only ever through the allow-list. */
export function openAllowedExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url)
}

/** Creates the main window on our page (the built file, or the dev server in development). */
export async function createMainWindow(args: {
  preloadPath: string
  rendererFile: string
  devServerUrl?: string | undefined
}): Promise<BrowserWindow> {
  const win = new BrowserWindow(mainWindowOptions({ preloadPath: args.preloadPath }))
  hardenSession(win.webContents.session)
  hardenWebContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  if (args.devServerUrl) await win.loadURL(args.devServerUrl)
  else await win.loadFile(args.rendererFile)
  return win
}
