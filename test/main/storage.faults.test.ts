import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeFs, type FsLayer } from '../../src/main/storage/fsLayer'
import { setup, value } from './support'

/** The real fs, except that writes (temp-file opens) fail with `code` while `broken.on` is true. */
function breakableFs(code: string) {
  const broken = { on: false }
  const fs: FsLayer = {
    ...nodeFs,
    open: async (path, flags) => {
      if (broken.on && flags !== 'r') throw Object.assign(new Error(`${code}: injected`), { code })
      return nodeFs.open(path, flags)
    }
  }
  return { fs, broken }
}

describe('file-system failures reach the user as translated errors, and the saved file survives', () => {
  it.each([
    ['ENOSPC', 'diskFull'],
    ['EROFS', 'readOnly'],
    ['EACCES', 'readOnly'],
    ['EBUSY', 'fileBusy'],
    ['EPERM', 'fileBusy'],
    ['EIO', 'ioError']
  ])('%s while saving → %s; the previous version is intact', async (code, expected) => {
    const { fs, broken } = breakableFs(code)
    const { api, dataDir } = setup({ fs })
    const p = value(await api.createProject({ name: 'Projet' }))
    const file = join(dataDir, 'projects', `${p.id}.json`)
    const before = readFileSync(file, 'utf8')
    broken.on = true
    const r = await api.saveProject({ project: { ...p, framing: { ...p.framing, context: 'perdu ?' } } })
    expect(r).toMatchObject({ ok: false, error: { code: expected } })
    if (expected === 'ioError') expect(r).toMatchObject({ error: { params: { reason: 'EIO' } } })
    expect(readFileSync(file, 'utf8')).toBe(before)
    // Once the disk is back, the same save goes through.
    broken.on = false
    expect((await api.saveProject({ project: { ...p, framing: { ...p.framing, context: 'sauvé' } } })).ok).toBe(true)
    expect(value(await api.getProject({ id: p.id })).framing.context).toBe('sauvé')
  })
})
