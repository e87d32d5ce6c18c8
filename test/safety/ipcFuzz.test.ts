import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, ipcChannel } from '../../src/core/api'
import { ERROR_CODES } from '../../src/core/result'
import { NIGHTLY, recordFigures } from './support/figures'

/**
 * Threat 12 — a compromised renderer reaching the disk through IPC. Every channel is called through the
 * real `registerIpc` (with Electron's ipcMain faked) with arbitrary payloads — anything structured clone
 * can carry: nested objects and arrays, null prototypes, Maps, Sets, typed arrays, BigInts, dates,
 * sparse arrays, huge strings. Every call answers a typed `Result` (never throws, never hangs); the
 * library still opens afterwards. Calls from anything but our page's top frame are refused before
 * reaching the handler map.
 */
type Handler = (event: unknown, input: unknown) => unknown
const registry = vi.hoisted(() => new Map<string, Handler>())
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Handler) => registry.set(channel, fn),
    removeHandler: (channel: string) => registry.delete(channel)
  }
}))

const { registerIpc } = await import('../../src/main/ipc')
const { createHandlers } = await import('../../src/main/handlers')

const OWN = 'file:///opt/Hiwar/resources/app.asar/out/renderer/index.html'
const isOwnPage = (url: string) => url.split('#')[0] === OWN
const fromOwnPage = { senderFrame: { url: `${OWN}#/`, parent: null } }
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function wired(beforeRegister: (api: ReturnType<typeof createHandlers>) => void = () => undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hiwar-ipcfuzz-'))
  dirs.push(dataDir)
  const opened: string[] = []
  const api = createHandlers({
    dataDir,
    dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null },
    shell: { openPath: async (p) => void opened.push(p), showItemInFolder: (p) => void opened.push(p) }
  })
  beforeRegister(api)
  const unregister = registerIpc(api, isOwnPage)
  return { api, dataDir, unregister, opened }
}

const payload = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
    maxDepth: 4
  }),
  // Shapes close to real payloads, with wrong or hostile values.
  fc.record({ id: fc.oneof(fc.string(), fc.constantFrom('../../etc/passwd', '..', 'a/b', 'CON', '')), name: fc.anything() }, { requiredKeys: [] }),
  fc.record({ project: fc.anything({ maxDepth: 3 }), confirmShrink: fc.anything() }, { requiredKeys: [] }),
  fc.record({ versionId: fc.oneof(fc.string(), fc.constant('snapshot/../../projects/x.json')), id: fc.string() }, { requiredKeys: [] }),
  fc.record({ name: fc.oneof(fc.string(), fc.constant('../projects/x.json')), folder: fc.string() }, { requiredKeys: [] }),
  fc.string({ minLength: 100_000, maxLength: 100_001 }).map((s) => ({ name: s }))
)

const isResult = (r: unknown): boolean => {
  if (typeof r !== 'object' || r === null) return false
  const o = r as { ok?: unknown; error?: { code?: unknown; params?: unknown } }
  if (o.ok === true) return 'value' in o
  return o.ok === false && (ERROR_CODES as readonly unknown[]).includes(o.error?.code) && typeof o.error?.params === 'object'
}

describe('IPC fuzzing', () => {
  it('every channel answers arbitrary payloads with a typed Result, never a crash', async () => {
    const { unregister, api } = wired()
    const runs = NIGHTLY ? 2_000 : 150
    let calls = 0
    const codes = new Map<string, number>()
    for (const name of CHANNEL_NAMES) {
      const handler = registry.get(ipcChannel(name))!
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          calls++
          const r = await handler(fromOwnPage, input)
          expect(isResult(r), `${name} → ${JSON.stringify(r)?.slice(0, 200)}`).toBe(true)
          const code = (r as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok'
          codes.set(code, (codes.get(code) ?? 0) + 1)
        }),
        { numRuns: runs }
      )
    }
    // The library is still whole afterwards.
    const listed = await api.listProjects()
    expect(listed.ok && listed.value.quarantined).toEqual([])
    unregister()
    recordFigures('ipc-fuzz', { channels: CHANNEL_NAMES.length, calls, outcomes: Object.fromEntries(codes), crashes: 0 })
    expect(calls).toBe(CHANNEL_NAMES.length * runs)
  }, 600_000)

  it('a sender that is not our page is refused on every channel, before the handler map is reached', async () => {
    const spies: { mock: { calls: unknown[] } }[] = []
    const { unregister } = wired((api) => {
      for (const n of CHANNEL_NAMES) spies.push(vi.spyOn(api, n))
    })
    const strangers = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      { senderFrame: { url: `${OWN}#/`, parent: { url: OWN } } },
      { senderFrame: { url: 'devtools://devtools/bundled/inspector.html', parent: null } },
      { senderFrame: null },
      {}
    ]
    for (const name of CHANNEL_NAMES) {
      for (const event of strangers) {
        const r = await registry.get(ipcChannel(name))!(event, {})
        expect(r, `${name} from ${JSON.stringify(event)}`).toEqual({ ok: false, error: { code: 'invalidInput', params: { field: 'sender' } } })
      }
    }
    expect(spies).toHaveLength(CHANNEL_NAMES.length)
    for (const spy of spies) expect(spy.mock.calls).toEqual([])
    unregister()
  })
})
