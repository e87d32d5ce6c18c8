import { beforeEach, describe, expect, it, vi } from 'vitest'

// Importing electron outside Electron tries to download the binary: mock it.
const electron = vi.hoisted(() => {
  const windows: { options: unknown; loaded: string[] }[] = []
  class BrowserWindow {
    loaded: string[] = []
    webContents = {
      session: { webRequest: { onHeadersReceived: () => undefined }, setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined },
      on: () => undefined,
      setWindowOpenHandler: () => undefined
    }
    constructor(readonly options: unknown) {
      windows.push(this as unknown as { options: unknown; loaded: string[] })
    }
    once() {}
    async loadFile(p: string) {
      this.loaded.push(`file:${p}`)
    }
    async loadURL(u: string) {
      this.loaded.push(`url:${u}`)
    }
  }
  return { openExternal: vi.fn(async () => undefined), BrowserWindow, windows }
})
vi.mock('electron', () => ({
  BrowserWindow: electron.BrowserWindow,
  shell: { openExternal: electron.openExternal }
}))

const { createMainWindow, hardenSession, hardenWebContents, mainWindowOptions, openAllowedExternal } = await import('../../src/main/window')
const { CONTENT_SECURITY_POLICY } = await import('../../src/main/security')

type Listener = (...args: unknown[]) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  return {
    on: (event: string, fn: Listener) => listeners.set(event, fn),
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => {
      openHandler = fn
    },
    emit: (event: string) => {
      const e = { preventDefault: vi.fn() }
      listeners.get(event)?.(e, 'https://evil.example/')
      return e
    },
    open: (url: string) => openHandler?.({ url })
  }
}

beforeEach(() => electron.openExternal.mockClear())

describe('main window options', () => {
  it('isolate and sandbox the renderer, with no Node and web security on', () => {
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs' })
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false
    })
    expect(options.show).toBe(false)
  })

  it('enable no experimental Blink feature and disable middle-click (Auxclick) navigation', () => {
    const prefs = mainWindowOptions({ preloadPath: '/p.cjs' }).webPreferences!
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('the packaged app loads its own bundled file, never a remote page; the dev server only when one is given', async () => {
    electron.windows.length = 0
    await createMainWindow({ preloadPath: '/app/out/preload/index.cjs', rendererFile: '/app/out/renderer/index.html' })
    expect(electron.windows[0]!.loaded).toEqual(['file:/app/out/renderer/index.html'])
    expect(electron.windows[0]!.options).toEqual(mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs' }))
    await createMainWindow({ preloadPath: '/p.cjs', rendererFile: '/r.html', devServerUrl: 'http://localhost:5173' })
    expect(electron.windows[1]!.loaded).toEqual(['url:http://localhost:5173'])
  })
})

describe('web contents hardening', () => {
  it('prevents every navigation, redirect and webview', () => {
    const contents = fakeContents()
    hardenWebContents(contents as never, vi.fn())
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.emit(event).preventDefault, event).toHaveBeenCalled()
    }
  })

  it('denies every new window; an allow-listed help link opens in the browser instead', () => {
    const contents = fakeContents()
    const openExternal = vi.fn()
    hardenWebContents(contents as never, openExternal)
    expect(contents.open('https://www.who.int/health-topics')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://www.who.int/health-topics')
    for (const url of ['https://x.com.evil.com', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(contents.open(url)).toEqual({ action: 'deny' })
    }
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('openAllowedExternal calls shell.openExternal only for allow-listed URLs', () => {
    openAllowedExternal('https://x.com.evil.com')
    openAllowedExternal('javascript:alert(1)')
    expect(electron.openExternal).not.toHaveBeenCalled()
    openAllowedExternal('https://iris.who.int/x')
    expect(electron.openExternal).toHaveBeenCalledWith('https://iris.who.int/x')
  })
})

describe('session hardening', () => {
  it('adds the CSP header to responses and denies every permission', () => {
    let headersHook: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null
    let checkHandler: (() => boolean) | null = null
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof headersHook) => (headersHook = fn) },
      setPermissionRequestHandler: (fn: typeof requestHandler) => (requestHandler = fn),
      setPermissionCheckHandler: (fn: typeof checkHandler) => (checkHandler = fn)
    }
    hardenSession(session as never)

    const cb = vi.fn()
    headersHook!({ responseHeaders: { 'Content-Type': ['text/html'] } }, cb)
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn()
      requestHandler!({}, permission, answer)
      expect(answer, permission).toHaveBeenCalledWith(false)
    }
    expect(checkHandler!()).toBe(false)
  })
})
