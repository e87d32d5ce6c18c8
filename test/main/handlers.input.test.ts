import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, type AppApi } from '../../src/core/api'
import { LIMITS } from '../../src/core/model/common'
import { setup, snapshotTree, value } from './support'

type Loose = Record<string, (input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>
const loose = (api: AppApi): Loose => api as unknown as Loose

describe('every payload is checked against the contract', () => {
  it.each([
    ['an empty name', { name: '' }, 'nameRequired'],
    ['a blank name', { name: '   \t ' }, 'nameRequired'],
    ['a name of 201 characters', { name: 'n'.repeat(201) }, 'nameTooLong'],
    ['an unknown sample', { name: 'x', sample: 'casablanca' }, 'invalidInput'],
    ['an extra key', { name: 'x', evil: true }, 'invalidInput'],
    ['no name', {}, 'invalidInput']
  ])('createProject with %s is refused, nothing written', async (_label, input, code) => {
    const { api, dataDir } = setup()
    expect(await loose(api).createProject!(input)).toMatchObject({ ok: false, error: { code } })
    expect(value(await api.listProjects()).projects).toEqual([])
    expect(snapshotTree(dataDir)).toEqual({})
  })

  it('renaming to an empty name is refused and the file is unchanged', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const before = snapshotTree(dataDir)
    expect(await api.renameProject({ id: p.id, name: '' })).toMatchObject({ ok: false, error: { code: 'nameRequired' } })
    expect(snapshotTree(dataDir)).toEqual(before)
  })

  it('a 10 MB pasted text → textTooLong, and the file on disk is unchanged', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const file = join(dataDir, 'projects', `${p.id}.json`)
    const before = readFileSync(file)
    const huge = 'Compte rendu '.repeat(800_000) // ≈ 10 MB
    const r = await api.saveProject({ project: { ...p, framing: { ...p.framing, context: huge } } })
    expect(r).toEqual({ ok: false, error: { code: 'textTooLong', params: { field: 'project.framing.context', max: LIMITS.longText } } })
    expect(readFileSync(file)).toEqual(before)
  })

  it.each(['../../etc/passwd', 'a/b', 'x.json', '', 'a'.repeat(65), 'نص'])('the id %j is refused before touching the disk', async (id) => {
    const { api, dataDir } = setup()
    for (const channel of ['getProject', 'trashProject', 'restoreProject', 'deleteProjectForever', 'exportProject']) {
      const r = await loose(api)[channel]!({ id })
      expect(r.ok).toBe(false)
      // A too-long id reads as "text too long (max 64)"; anything else as invalid input.
      expect(['invalidInput', 'textTooLong']).toContain(r.error?.code)
    }
    expect(snapshotTree(dataDir)).toEqual({})
  })

  it('a saved project must be a whole valid project', async () => {
    const { api } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const bad = [{ ...p, schemaVersion: 2 }, { ...p, framing: { ...p.framing, region: 'Atlantis' } }, { id: p.id }, null, 'project']
    for (const project of bad) {
      expect(await loose(api).saveProject!({ project })).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    }
  })

  it('any payload shape on any channel gives a Result, never a throw, and never corrupts the library', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const file = join(dataDir, 'projects', `${p.id}.json`)
    const before = readFileSync(file)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES.filter((c) => c !== 'importProject' && c !== 'exportProject')), fc.anything(), async (channel, input) => {
        const r = await loose(api)[channel]!(input)
        expect(typeof r.ok).toBe('boolean')
        if (!r.ok) expect(typeof r.error?.code).toBe('string')
      }),
      { numRuns: 300 }
    )
    // Random inputs cannot produce a valid rename/save of this id, so its bytes are intact.
    expect(readFileSync(file)).toEqual(before)
  })

  it('an unexpected exception becomes fail("unexpected"), not a rejected promise', async () => {
    const { api } = setup({
      dialogs: {
        chooseOpenFile: async () => {
          throw new Error('dialog exploded')
        },
        chooseSaveFile: async () => null,
        chooseFolder: async () => null
      }
    })
    expect(await api.importProject()).toEqual({ ok: false, error: { code: 'unexpected', params: { message: 'dialog exploded' } } })
  })
})
