import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../src/core/api'
import { Project } from '../../src/core/model/project'
import { nodeFs, type FsLayer } from '../../src/main/storage/fsLayer'
import { readJson, setup, value } from './support'

describe('createHandlers — the project library on a real data folder', () => {
  it('implements every channel of the contract', () => {
    const { api } = setup()
    for (const name of CHANNEL_NAMES) expect(api[name], name).toBeTypeOf('function')
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('starts with an empty library', async () => {
    const { api, dataDir } = setup()
    expect(value(await api.listProjects())).toEqual({ projects: [], quarantined: [] })
    expect(existsSync(join(dataDir, 'projects'))).toBe(true)
  })

  it('creates a blank project as one JSON file named after its id, and reads it back', async () => {
    const { api, dataDir } = setup()
    const created = value(await api.createProject({ name: '  Dialogue Oriental  ' }))
    expect(created).toMatchObject({ id: 'id0001', name: 'Dialogue Oriental', schemaVersion: 1, sample: null, trashedAt: null })
    expect(created.priority.criteria.length).toBe(8)
    const onDisk = readJson(join(dataDir, 'projects', 'id0001.json'))
    expect(Project.parse(onDisk)).toEqual(created)
    expect(value(await api.getProject({ id: 'id0001' }))).toEqual(created)
    expect(readdirSync(join(dataDir, 'projects'))).toEqual(['id0001.json'])
  })

  it('creates the Rabat 2017 sample', async () => {
    const { api } = setup()
    const p = value(await api.createProject({ name: 'Atelier Rabat 2017', sample: 'rabat2017' }))
    expect(p.sample).toBe('rabat2017')
    expect(p.framing.region).toBe('rabatSaleKenitra')
    expect(p.priority.candidates).toHaveLength(4)
    const [summary] = value(await api.listProjects()).projects
    expect(summary).toMatchObject({ id: p.id, sample: 'rabat2017', region: 'rabatSaleKenitra', level: 'regional' })
    expect(summary?.completeness).toBeGreaterThan(0)
  })

  it('lists the projects beside a folder named like a project file, and leaves the folder alone', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    mkdirSync(join(dataDir, 'projects', 'dossier.json'))
    const listed = value(await api.listProjects())
    expect(listed.projects.map((s) => s.id)).toEqual([p.id])
    expect(listed.quarantined).toEqual([])
    expect(readdirSync(join(dataDir, 'projects')).sort()).toEqual(['dossier.json', `${p.id}.json`])
  })

  it('lists the most recently updated project first', async () => {
    const { api } = setup()
    const a = value(await api.createProject({ name: 'A' }))
    const b = value(await api.createProject({ name: 'B' }))
    expect(value(await api.listProjects()).projects.map((p) => p.name)).toEqual(['B', 'A'])
    value(await api.saveProject({ project: { ...a, framing: { ...a.framing, context: 'Contexte' } } }))
    expect(value(await api.listProjects()).projects.map((p) => p.id)).toEqual([a.id, b.id])
  })

  it('derives the list from the files: a project file dropped in the folder appears', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Source' }))
    const copy = { ...p, id: 'handcopied', name: 'Copié à la main' }
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dataDir, 'projects', 'handcopied.json'), JSON.stringify(copy))
    expect(value(await api.listProjects()).projects.map((s) => s.id).sort()).toEqual(['handcopied', p.id])
  })

  it('saves the whole project, stamps updatedAt, and keeps createdAt and trash state from disk', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const edited = {
      ...p,
      createdAt: '2001-01-01T00:00:00.000Z',
      framing: { ...p.framing, sponsor: 'drs' as const, context: 'La DRS porte le dialogue.' }
    }
    const saved = value(await api.saveProject({ project: edited }))
    expect(saved.updatedAt > p.updatedAt).toBe(true)
    const reread = value(await api.getProject({ id: p.id }))
    expect(reread.framing).toMatchObject({ sponsor: 'drs', context: 'La DRS porte le dialogue.' })
    expect(reread.createdAt).toBe(p.createdAt)
    expect(reread.updatedAt).toBe(saved.updatedAt)
    expect(readJson(join(dataDir, 'projects', `${p.id}.json`))).toEqual(reread)
  })

  it('refuses to save a project that does not exist (deleted meanwhile)', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    value(await api.deleteProjectForever({ id: p.id }))
    const r = await api.saveProject({ project: p })
    expect(r).toEqual({ ok: false, error: { code: 'notFound', params: { id: p.id } } })
    expect(existsSync(join(dataDir, 'projects', `${p.id}.json`))).toBe(false)
  })

  it('serialises concurrent saves: the last one wins and the file stays valid', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const saves = Array.from({ length: 20 }, (_, i) =>
      api.saveProject({ project: { ...p, framing: { ...p.framing, context: `version ${i}` } } })
    )
    const results = await Promise.all(saves)
    expect(results.every((r) => r.ok)).toBe(true)
    const disk = Project.parse(readJson(join(dataDir, 'projects', `${p.id}.json`)))
    expect(disk.framing.context).toBe('version 19')
    expect(readdirSync(join(dataDir, 'projects'))).toEqual([`${p.id}.json`])
  })

  it('applies saves in the order they arrived, even when checking the data-folder lock takes longer for the first ones', async () => {
    // Reading the lock file before queueing let a slow first read put 'version 0' after 'version 19'.
    let lockReads = 0
    const slowLockFs: FsLayer = {
      ...nodeFs,
      readFile: async (path) => {
        if (path.endsWith('hiwar.lock')) await new Promise((r) => setTimeout(r, Math.max(0, 40 - 2 * lockReads++)))
        return nodeFs.readFile(path)
      }
    }
    const { api } = setup({ fs: slowLockFs })
    const p = value(await api.createProject({ name: 'Projet' }))
    const whole = Array.from({ length: 10 }, (_, i) =>
      api.saveProject({ project: { ...p, framing: { ...p.framing, context: `version ${i}` } } })
    )
    const sections = Array.from({ length: 10 }, (_, i) =>
      api.saveProjectSections({ id: p.id, sections: { framing: { ...p.framing, context: `sections ${i}` } } })
    )
    const results = await Promise.all([...whole, ...sections])
    expect(results.every((r) => r.ok)).toBe(true)
    expect(value(await api.getProject({ id: p.id })).framing.context).toBe('sections 9')
  })

  it('renames', async () => {
    const { api } = setup()
    const p = value(await api.createProject({ name: 'Ancien nom' }))
    const summary = value(await api.renameProject({ id: p.id, name: 'حوار جهوي — الصحة' }))
    expect(summary.name).toBe('حوار جهوي — الصحة')
    expect(value(await api.getProject({ id: p.id })).name).toBe('حوار جهوي — الصحة')
  })

  it('duplicates under a fresh id with a translated "(copie)" name, leaving the original alone', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
    const before = readFileSync(join(dataDir, 'projects', `${p.id}.json`))
    const copy = value(await api.duplicateProject({ id: p.id }))
    expect(copy.id).not.toBe(p.id)
    expect(copy.name).toBe('Atelier (copie)')
    const full = value(await api.getProject({ id: copy.id }))
    expect(full.framing).toEqual(p.framing)
    expect(readFileSync(join(dataDir, 'projects', `${p.id}.json`))).toEqual(before)
    const named = value(await api.duplicateProject({ id: p.id, name: 'Variante' }))
    expect(named.name).toBe('Variante')
  })

  it('names the copy in the UI language', async () => {
    const { api } = setup()
    value(await api.setSettings({ uiLanguage: 'en' }))
    const p = value(await api.createProject({ name: 'Workshop' }))
    expect(value(await api.duplicateProject({ id: p.id })).name).toBe('Workshop (copy)')
  })

  it('trashes (the file stays) and restores', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const trashed = value(await api.trashProject({ id: p.id }))
    expect(trashed.trashedAt).not.toBeNull()
    expect(existsSync(join(dataDir, 'projects', `${p.id}.json`))).toBe(true)
    expect(value(await api.listProjects()).projects[0]?.trashedAt).toBe(trashed.trashedAt)
    // Trashing twice keeps the first date.
    expect(value(await api.trashProject({ id: p.id })).trashedAt).toBe(trashed.trashedAt)
    // A save from a stale renderer state does not un-trash it.
    value(await api.saveProject({ project: p }))
    expect(value(await api.getProject({ id: p.id })).trashedAt).toBe(trashed.trashedAt)
    expect(value(await api.restoreProject({ id: p.id })).trashedAt).toBeNull()
  })

  it('deletes for good by moving the file to deleted/ (recoverable by hand)', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const bytes = readFileSync(join(dataDir, 'projects', `${p.id}.json`))
    expect(value(await api.deleteProjectForever({ id: p.id }))).toEqual({ id: p.id })
    expect(value(await api.listProjects()).projects).toEqual([])
    const [kept] = readdirSync(join(dataDir, 'deleted'))
    expect(kept).toMatch(new RegExp(`^${p.id}\\..+\\.json$`))
    expect(readFileSync(join(dataDir, 'deleted', kept as string))).toEqual(bytes)
    expect(await api.getProject({ id: p.id })).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(await api.deleteProjectForever({ id: p.id })).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it.each(['getProject', 'renameProject', 'duplicateProject', 'trashProject', 'restoreProject', 'exportProject'] as const)(
    '%s of an unknown id says notFound',
    async (channel) => {
      const { api } = setup()
      const input = channel === 'renameProject' ? { id: 'nope', name: 'x' } : { id: 'nope' }
      const r = await (api[channel] as (i: unknown) => Promise<unknown>)(input)
      expect(r).toMatchObject({ ok: false, error: { code: 'notFound' } })
    }
  )

  it('removes temp files left by a killed writer when the library opens', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs')
    const first = setup()
    const p = value(await first.api.createProject({ name: 'Projet' }))
    mkdirSync(join(first.dataDir, 'projects'), { recursive: true })
    writeFileSync(join(first.dataDir, 'projects', `.${p.id}.json.tmp`), '{"half":')
    writeFileSync(join(first.dataDir, 'projects', `.${p.id}.json.ab12cd.tmp`), '')
    const { api } = setup({ dataDir: first.dataDir })
    expect(value(await api.listProjects()).projects.map((s) => s.id)).toEqual([p.id])
    expect(readdirSync(join(first.dataDir, 'projects'))).toEqual([`${p.id}.json`])
  })
})
