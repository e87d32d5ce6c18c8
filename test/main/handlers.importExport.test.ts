import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Project } from '../../src/core/model/project'
import { readJson, setup, tempDir, value } from './support'

const FIXTURE_PATH = join(__dirname, '../fixtures/project.v1.json')

/** A file outside the data folder, with its bytes and mtime to prove it was never touched. */
function outsideFile(content: string | Buffer, name = 'projet.hiwar.json') {
  const path = join(tempDir('hiwar-outside-'), name)
  writeFileSync(path, content)
  return { path, bytes: readFileSync(path), mtime: statSync(path).mtimeMs }
}
const untouched = (f: { path: string; bytes: Buffer; mtime: number }) => {
  expect(readFileSync(f.path).equals(f.bytes), 'source bytes unchanged').toBe(true)
  expect(statSync(f.path).mtimeMs).toBe(f.mtime)
}

describe('import', () => {
  it('adds a valid project file to the library, never modifying the source', async () => {
    const src = outsideFile(readFileSync(FIXTURE_PATH))
    const { api, dataDir, asked } = setup({}, { open: [src.path] })
    const summary = value(await api.importProject())
    expect(summary).toMatchObject({ id: 'fixturev1souss0001', name: 'Dialogue régional — santé maternelle en Souss-Massa', trashedAt: null })
    expect(asked[0]).toEqual({ kind: 'open', opts: { filters: [{ name: 'Hiwar', extensions: ['json'] }] } })
    const stored = Project.parse(readJson(join(dataDir, 'projects', 'fixturev1souss0001.json')))
    expect(stored.framing.region).toBe('soussMassa')
    untouched(src)
  })

  it('gives a fresh id when the id already exists (importing twice keeps both)', async () => {
    const src = outsideFile(readFileSync(FIXTURE_PATH))
    const { api } = setup({}, { open: [src.path, src.path] })
    const first = value(await api.importProject())
    const second = value(await api.importProject())
    expect(second.id).not.toBe(first.id)
    expect(value(await api.listProjects()).projects).toHaveLength(2)
    untouched(src)
  })

  it('a cancelled dialog says cancelled and changes nothing', async () => {
    const { api } = setup({}, { open: [null] })
    expect(await api.importProject()).toEqual({ ok: false, error: { code: 'cancelled', params: {} } })
    expect(value(await api.listProjects()).projects).toEqual([])
  })

  it.each([
    ['a Word file', Buffer.from('PK\u0003\u0004binary docx'), 'notHiwarFile'],
    ['plain text', 'Compte rendu de la réunion', 'notHiwarFile'],
    ['JSON that is not a project', '{"hello":"world"}', 'notHiwarFile'],
    ['JSON null', 'null', 'notHiwarFile'],
    ['an empty file', '', 'notHiwarFile'],
    ['a future version', JSON.stringify({ ...(readJson(FIXTURE_PATH) as object), schemaVersion: 3 }), 'unknownSchemaVersion'],
    ['a Hiwar file with a wrong shape', JSON.stringify({ ...(readJson(FIXTURE_PATH) as object), framing: { region: 'Atlantis' } }), 'invalidInput']
  ])('refuses %s without touching anything', async (_label, content, code) => {
    const src = outsideFile(content)
    const { api, dataDir } = setup({}, { open: [src.path] })
    const r = await api.importProject()
    expect(r).toMatchObject({ ok: false, error: { code } })
    expect(value(await api.listProjects())).toEqual({ projects: [], quarantined: [] })
    expect(existsSync(join(dataDir, 'quarantine'))).toBe(false)
    untouched(src)
  })

  it('reports the version of a future file', async () => {
    const src = outsideFile(JSON.stringify({ ...(readJson(FIXTURE_PATH) as object), schemaVersion: 3 }))
    const { api } = setup({}, { open: [src.path] })
    expect(await api.importProject()).toMatchObject({ ok: false, error: { code: 'unknownSchemaVersion', params: { version: 3 } } })
  })

  it('a file with a 10 MB text says textTooLong', async () => {
    const fixture = readJson(FIXTURE_PATH) as { framing: object }
    const src = outsideFile(JSON.stringify({ ...fixture, framing: { ...fixture.framing, context: 'x'.repeat(10_000_000) } }))
    const { api } = setup({}, { open: [src.path] })
    expect(await api.importProject()).toMatchObject({ ok: false, error: { code: 'textTooLong', params: { field: 'framing.context' } } })
    untouched(src)
  })

  it('refuses a file above the size limit before reading it', async () => {
    const src = outsideFile(readFileSync(FIXTURE_PATH))
    const { api } = setup({ maxFileBytes: 100 }, { open: [src.path] })
    expect(await api.importProject()).toMatchObject({ ok: false, error: { code: 'fileTooLarge', params: { max: 100 } } })
  })

  it('a file that vanished says notFound', async () => {
    const { api } = setup({}, { open: [join(tempDir(), 'gone.json')] })
    expect(await api.importProject()).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })
})

describe('export', () => {
  it('writes a portable copy where the user chose, and it imports back identically', async () => {
    const out = tempDir('hiwar-export-')
    const target = join(out, 'atelier.hiwar.json')
    const { api, asked } = setup({}, { save: [target] })
    const p = value(await api.createProject({ name: 'Atelier Rabat: 2017/07', sample: 'rabat2017' }))
    expect(value(await api.exportProject({ id: p.id }))).toEqual({ path: target })
    expect(asked[0]).toMatchObject({ kind: 'save', opts: { defaultName: 'Atelier Rabat_ 2017_07.hiwar.json' } })
    expect(Project.parse(readJson(target))).toEqual(p)

    const other = setup({}, { open: [target] })
    const imported = value(await other.api.importProject())
    const full = value(await other.api.getProject({ id: imported.id }))
    expect({ ...full, updatedAt: p.updatedAt }).toEqual(p)
  })

  it('adds .hiwar.json when the chosen name has no .json extension', async () => {
    const out = tempDir('hiwar-export-')
    const { api } = setup({}, { save: [join(out, 'sauvegarde')] })
    const p = value(await api.createProject({ name: 'Projet' }))
    expect(value(await api.exportProject({ id: p.id })).path).toBe(join(out, 'sauvegarde.hiwar.json'))
    expect(existsSync(join(out, 'sauvegarde.hiwar.json'))).toBe(true)
  })

  it('a cancelled dialog says cancelled and writes nothing', async () => {
    const { api } = setup({}, { save: [null] })
    const p = value(await api.createProject({ name: 'Projet' }))
    expect(await api.exportProject({ id: p.id })).toEqual({ ok: false, error: { code: 'cancelled', params: {} } })
  })

  it('a folder that does not exist gives an ioError, not a crash', async () => {
    const { api } = setup({}, { save: [join(tempDir(), 'missing', 'dir', 'x.hiwar.json')] })
    const p = value(await api.createProject({ name: 'Projet' }))
    expect(await api.exportProject({ id: p.id })).toEqual({ ok: false, error: { code: 'ioError', params: { reason: 'ENOENT' } } })
  })
})
