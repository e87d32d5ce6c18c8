import { describe, expect, it, vi } from 'vitest'
import { QuitCoordinator, type QuitDeps } from '../../src/main/quit'
import { DEFAULT_RETRY_DELAYS_MS, withTransientRetry } from '../../src/main/storage/transientRetry'
import { nodeFs, type FsLayer } from '../../src/main/storage/fsLayer'
import { setup, value } from './support'

const fsError = (code: string) => Object.assign(new Error(code), { code })

describe('transient errors are retried with backoff', () => {
  it('EBUSY / EPERM / EAGAIN: waits and tries again, with growing pauses', async () => {
    for (const code of ['EBUSY', 'EPERM', 'EAGAIN']) {
      const waits: number[] = []
      let calls = 0
      const result = await withTransientRetry(
        async () => {
          if (++calls < 4) throw fsError(code)
          return 'écrit'
        },
        { sleep: async (ms) => void waits.push(ms) }
      )
      expect(result).toBe('écrit')
      expect(waits).toEqual(DEFAULT_RETRY_DELAYS_MS.slice(0, 3))
    }
    expect([...DEFAULT_RETRY_DELAYS_MS]).toEqual([...DEFAULT_RETRY_DELAYS_MS].sort((a, b) => a - b))
  })

  it('other errors are not retried; a transient error that lasts is thrown after the last pause', async () => {
    let calls = 0
    await expect(withTransientRetry(async () => (calls++, Promise.reject(fsError('ENOSPC'))), { sleep: async () => {} })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(calls).toBe(1)
    calls = 0
    await expect(withTransientRetry(async () => (calls++, Promise.reject(fsError('EBUSY'))), { sleep: async () => {}, delaysMs: [1, 2] })).rejects.toMatchObject({ code: 'EBUSY' })
    expect(calls).toBe(3)
  })

  it('a save that meets a file briefly held by an antivirus (EBUSY on rename twice) goes through', async () => {
    let busy = 2
    const fs: FsLayer = {
      ...nodeFs,
      rename: async (from, to) => {
        if (to.endsWith('.json') && to.includes('projects') && busy-- > 0) throw fsError('EBUSY')
        return nodeFs.rename(from, to)
      }
    }
    const { api } = setup({ fs, storage: { retry: { delaysMs: [0, 0, 0] } } })
    const p = value(await api.createProject({ name: 'Antivirus' }))
    busy = 2
    expect((await api.saveProject({ project: { ...p, framing: { ...p.framing, context: 'passé' } } })).ok).toBe(true)
    expect(value(await api.getProject({ id: p.id })).framing.context).toBe('passé')
  })
})

function coordinator(overrides: Partial<QuitDeps> = {}) {
  const log: string[] = []
  const deps: QuitDeps = {
    askRenderer: () => (log.push('ask'), true),
    confirmUnsaved: async () => (log.push('confirm'), true),
    closeStorage: async () => void log.push('close'),
    quit: () => void log.push('quit'),
    timeoutMs: 50,
    ...overrides
  }
  return { q: new QuitCoordinator(deps), log }
}

describe('the quit sequence', () => {
  it('asks the page, waits for its answer, closes storage, then lets the quit through', async () => {
    const { q, log } = coordinator()
    expect(q.beforeQuit()).toBe(false)
    expect(q.beforeQuit()).toBe(false) // a second quit request while preparing changes nothing
    expect(log).toEqual(['ask'])
    expect(q.rendererReady(true)).toBe(true)
    await vi.waitFor(() => expect(log).toEqual(['ask', 'close', 'quit']))
    expect(q.beforeQuit()).toBe(true)
  })

  it('without a window, storage is closed at once', async () => {
    const { q, log } = coordinator({ askRenderer: () => (log.push('ask'), false) })
    q.beforeQuit()
    await vi.waitFor(() => expect(log).toEqual(['ask', 'close', 'quit']))
  })

  it('a page that does not answer does not block quitting', async () => {
    const { q, log } = coordinator()
    q.beforeQuit()
    await vi.waitFor(() => expect(log).toEqual(['ask', 'close', 'quit']))
  })

  it('unsaved changes: the user is asked; staying cancels the quit, quitting goes on', async () => {
    const stay = coordinator({ confirmUnsaved: async () => false })
    stay.q.beforeQuit()
    stay.q.rendererReady(false)
    await vi.waitFor(() => expect(stay.q.state).toBe('running'))
    expect(stay.log).toEqual(['ask'])
    const go = coordinator()
    go.q.beforeQuit()
    go.q.rendererReady(false)
    await vi.waitFor(() => expect(go.log).toEqual(['ask', 'confirm', 'close', 'quit']))
  })

  it('an answer that comes when no quit is under way is ignored', () => {
    const { q, log } = coordinator()
    expect(q.rendererReady(true)).toBe(false)
    expect(log).toEqual([])
  })
})
