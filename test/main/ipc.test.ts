import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, ipcChannel } from '../../src/core/api'

type Handler = (event: unknown, input: unknown) => unknown
const registry = vi.hoisted(() => new Map<string, Handler>())
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Handler) => {
      if (registry.has(channel)) throw new Error(`second handler for ${channel}`)
      registry.set(channel, fn)
    },
    removeHandler: (channel: string) => registry.delete(channel)
  }
}))

const { registerIpc } = await import('../../src/main/ipc')
const { setup, value } = await import('./support')

const OWN = 'file:///app/out/renderer/index.html'
const isOwnPage = (url: string) => url.split('#')[0] === OWN
const eventFrom = (url: string | null, parent: unknown = null) => ({ senderFrame: url === null ? null : { url, parent } })

describe('registerIpc', () => {
  it('registers every channel of the contract, once, and can remove them', () => {
    const { api } = setup()
    const unregister = registerIpc(api, isOwnPage)
    expect([...registry.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort())
    unregister()
    expect(registry.size).toBe(0)
  })

  it('forwards our page’s calls to the same handler map (real files underneath)', async () => {
    const { api } = setup()
    const unregister = registerIpc(api, isOwnPage)
    const created = await registry.get(ipcChannel('createProject'))!(eventFrom(`${OWN}#/`), { name: 'Par IPC' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Par IPC' } })
    const list = (await registry.get(ipcChannel('listProjects'))!(eventFrom(OWN), undefined)) as { ok: true; value: { projects: unknown[] } }
    expect(list.value.projects).toHaveLength(1)
    unregister()
  })

  it('validates payloads: a bad one comes back as invalidInput', async () => {
    const { api } = setup()
    const unregister = registerIpc(api, isOwnPage)
    expect(await registry.get(ipcChannel('getProject'))!(eventFrom(OWN), { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' }
    })
    unregister()
  })

  it.each([
    ['a foreign page', eventFrom('https://evil.example/')],
    ['another local file', eventFrom('file:///tmp/evil.html')],
    ['a subframe of our page', eventFrom(OWN, { url: OWN })],
    ['a destroyed frame', eventFrom(null)]
  ])('refuses calls from %s without touching the map', async (_label, event) => {
    const { api, dataDir } = setup()
    const spy = vi.spyOn(api, 'createProject')
    const unregister = registerIpc(api, isOwnPage)
    const r = await registry.get(ipcChannel('createProject'))!(event, { name: 'Intrus' })
    expect(r).toEqual({ ok: false, error: { code: 'invalidInput', params: { field: 'sender' } } })
    expect(spy).not.toHaveBeenCalled()
    unregister()
    const fresh = setup({ dataDir })
    expect(value(await fresh.api.listProjects()).projects).toEqual([])
  })
})
