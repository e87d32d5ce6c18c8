import { describe, expect, it, vi } from 'vitest'
import { APP_EVENT_CHANNEL, CHANNEL_NAMES, ipcChannel, MENU_EVENT_CHANNEL, type AppEvent, type MenuCommand } from '../../src/core/api'
import { buildPreloadApi, type PreloadIpc } from '../../src/preload/buildApi'
import { runtimeImports, setup } from './support'

function fakeIpc() {
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const ipc: PreloadIpc & { emit(channel: string, payload: unknown): void; count(channel: string): number } = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
      return () => set.delete(listener)
    },
    emit: (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload)),
    count: (channel) => listeners.get(channel)?.size ?? 0
  }
  return ipc
}

describe('the preload api (window.api)', () => {
  it('exposes exactly the channels, onMenu and onAppEvent, nothing else', () => {
    const api = buildPreloadApi(fakeIpc(), MENU_EVENT_CHANNEL, APP_EVENT_CHANNEL)
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenu', 'onAppEvent'].sort())
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('each function invokes its own channel with the input, once', async () => {
    const ipc = fakeIpc()
    const api = buildPreloadApi(ipc, MENU_EVENT_CHANNEL, APP_EVENT_CHANNEL)
    for (const name of CHANNEL_NAMES) {
      const input = { probe: name }
      const r = await (api[name] as (i: unknown) => Promise<unknown>)(input)
      expect(r).toEqual({ ok: true, value: { channel: ipcChannel(name), input } })
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(CHANNEL_NAMES.length)
  })

  it('onMenu delivers known commands only, and unsubscribes', () => {
    const ipc = fakeIpc()
    const api = buildPreloadApi(ipc, MENU_EVENT_CHANNEL, APP_EVENT_CHANNEL)
    const got: MenuCommand[] = []
    const off = api.onMenu((c) => got.push(c))
    ipc.emit(MENU_EVENT_CHANNEL, 'save')
    ipc.emit(MENU_EVENT_CHANNEL, 'rm -rf')
    ipc.emit(MENU_EVENT_CHANNEL, { command: 'save' })
    ipc.emit('hiwar:other', 'undo')
    expect(got).toEqual(['save'])
    off()
    expect(ipc.count(MENU_EVENT_CHANNEL)).toBe(0)
    ipc.emit(MENU_EVENT_CHANNEL, 'undo')
    expect(got).toEqual(['save'])
  })

  it('onAppEvent delivers prepareQuit only, on its own channel, and unsubscribes', () => {
    const ipc = fakeIpc()
    const api = buildPreloadApi(ipc, MENU_EVENT_CHANNEL, APP_EVENT_CHANNEL)
    const got: AppEvent[] = []
    const off = api.onAppEvent((e) => got.push(e))
    ipc.emit(APP_EVENT_CHANNEL, 'prepareQuit')
    ipc.emit(APP_EVENT_CHANNEL, 'save')
    ipc.emit(MENU_EVENT_CHANNEL, 'prepareQuit')
    expect(got).toEqual(['prepareQuit'])
    off()
    expect(ipc.count(APP_EVENT_CHANNEL)).toBe(0)
  })

  it('wired to the real handler map, behaves like the map itself', async () => {
    const { api: handlers } = setup()
    const map = handlers as unknown as Record<string, (i: unknown) => Promise<unknown>>
    const byChannel = new Map(CHANNEL_NAMES.map((n) => [ipcChannel(n), map[n]!]))
    const api = buildPreloadApi({ invoke: (ch, input) => byChannel.get(ch)!(input), subscribe: () => () => undefined }, MENU_EVENT_CHANNEL, APP_EVENT_CHANNEL)
    const created = await api.createProject({ name: 'Via preload' })
    expect(created.ok).toBe(true)
    expect(await api.createProject({ name: '' })).toMatchObject({ ok: false, error: { code: 'nameRequired' } })
  })
})

describe('the preload bundle can run sandboxed', () => {
  it('imports (at runtime) nothing but electron and zod-free local modules', () => {
    const { files, external } = runtimeImports('src/preload/index.ts')
    expect(external).toEqual(['electron'])
    expect(files).toEqual(['src/core/channels.ts', 'src/preload/buildApi.ts', 'src/preload/index.ts'])
  })

  it('the zod-free channel list is exactly the contract', async () => {
    const { contract } = await import('../../src/core/api')
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort())
  })
})
