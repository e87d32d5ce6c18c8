import { beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * The Electron checklist items that live in src/main/index.ts: the sandbox for every renderer, one
 * instance per user, and the quit sequence wired before anything can quit. Electron is faked.
 */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>()
  const app = {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn((event: string, fn: (...args: unknown[]) => unknown) => handlers.set(event, fn)),
    whenReady: vi.fn(() => new Promise(() => undefined)),
    getPath: vi.fn(() => '/tmp'),
    getVersion: vi.fn(() => '0.1.0'),
    isPackaged: true
  }
  return { app, handlers }
})
vi.mock('electron', () => ({
  app: fake.app,
  dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  BrowserWindow: vi.fn(),
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  shell: { openPath: vi.fn(), showItemInFolder: vi.fn(), openExternal: vi.fn() }
}))

beforeEach(() => {
  vi.resetModules()
  fake.handlers.clear()
  for (const f of [fake.app.enableSandbox, fake.app.requestSingleInstanceLock, fake.app.quit, fake.app.on, fake.app.whenReady]) f.mockClear()
})

describe('main process start-up', () => {
  it('enables the sandbox for every renderer before anything else, and takes the single-instance lock', async () => {
    await import('../../src/main/index')
    expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1)
    expect(fake.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!)
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect([...fake.handlers.keys()].sort()).toEqual(['before-quit', 'second-instance', 'window-all-closed'])
  })

  it('a second instance quits at once (the first one is focused instead)', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    await import('../../src/main/index')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.handlers.size).toBe(0)
  })

  it('before storage is open, quitting is not held back (nothing to write yet)', async () => {
    await import('../../src/main/index')
    const event = { preventDefault: vi.fn() }
    fake.handlers.get('before-quit')!(event)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })
})
