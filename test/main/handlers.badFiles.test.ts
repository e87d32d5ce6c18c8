import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { QuarantineReport } from '../../src/core/api'
import { readJson, setup, snapshotTree, value } from './support'

const FIXTURE = readFileSync(join(__dirname, '../fixtures/project.v1.json'))

/** A data folder with one good project (the fixture) and one bad file `bad0001.json`. */
function withBadFile(bytes: string | Buffer) {
  const ctx = setup()
  const projects = join(ctx.dataDir, 'projects')
  mkdirSync(projects, { recursive: true })
  writeFileSync(join(projects, 'fixturev1souss0001.json'), FIXTURE)
  writeFileSync(join(projects, 'bad0001.json'), bytes)
  return { ...ctx, projects, bytes: Buffer.from(bytes) }
}

const fixtureText = FIXTURE.toString('utf8')
const BAD_FILES: [string, string | Buffer, string][] = [
  ['empty', '', 'corruptFile'],
  ['whitespace only', '  \n', 'corruptFile'],
  ['null', 'null', 'corruptFile'],
  ['truncated JSON', fixtureText.slice(0, fixtureText.length / 2), 'corruptFile'],
  ['binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9f]), 'corruptFile'],
  ['an array', '[1,2,3]', 'corruptFile'],
  ['wrong shape (name is a number)', JSON.stringify({ ...JSON.parse(fixtureText), id: 'bad0001', name: 42 }), 'corruptFile'],
  ['missing required fields', JSON.stringify({ schemaVersion: 1, id: 'bad0001' }), 'corruptFile'],
  ['another id inside', JSON.stringify({ ...JSON.parse(fixtureText), id: 'someoneelse' }), 'corruptFile'],
  ['a future version', JSON.stringify({ ...JSON.parse(fixtureText), id: 'bad0001', schemaVersion: 99 }), 'unknownSchemaVersion']
]

describe('bad project files are quarantined, reported, never overwritten', () => {
  it.each(BAD_FILES)('%s: listing moves it aside with its exact bytes and reports it', async (_label, bytes, code) => {
    const { api, dataDir, projects } = withBadFile(bytes)
    const good = snapshotTree(projects)['fixturev1souss0001.json']
    const library = value(await api.listProjects())
    expect(library.projects.map((p) => p.id)).toEqual(['fixturev1souss0001'])
    expect(library.quarantined).toHaveLength(1)
    const [report] = library.quarantined
    expect(QuarantineReport.parse(report)).toEqual(report)
    expect(report).toMatchObject({ file: 'bad0001.json', error: { code } })
    // Moved, byte for byte, with a sidecar saying why.
    expect(existsSync(join(projects, 'bad0001.json'))).toBe(false)
    expect(readFileSync(report!.quarantinedAs)).toEqual(Buffer.from(bytes))
    expect(report!.quarantinedAs.startsWith(join(dataDir, 'quarantine'))).toBe(true)
    const sidecar = readJson(report!.quarantinedAs.replace(/\.json$/, '.reason.json'))
    expect(sidecar).toMatchObject({ file: 'bad0001.json', reason: report!.reason })
    // The good project was not touched.
    expect(snapshotTree(projects)).toEqual({ 'fixturev1souss0001.json': good })
    // Nothing was created in the library in its place.
    expect(readdirSync(projects)).toEqual(['fixturev1souss0001.json'])
  })

  it('opening a bad file reports the translated error and quarantines it', async () => {
    const { api, projects, bytes } = withBadFile('{"schemaVersion": 1, "id": "bad0001", "name": ')
    const r = await api.getProject({ id: 'bad0001' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('corruptFile')
    expect(r.error.params).toMatchObject({ file: 'bad0001.json' })
    expect(String(r.error.params.reason)).toMatch(/invalid JSON/)
    expect(existsSync(join(projects, 'bad0001.json'))).toBe(false)
    const [report] = value(await api.listProjects()).quarantined
    expect(readFileSync(report!.quarantinedAs)).toEqual(bytes)
  })

  it('a future-version file says "update Hiwar" with the version', async () => {
    const { api } = withBadFile(JSON.stringify({ ...JSON.parse(fixtureText), id: 'bad0001', schemaVersion: 7 }))
    expect(await api.getProject({ id: 'bad0001' })).toEqual({
      ok: false,
      error: { code: 'unknownSchemaVersion', params: { version: 7, file: 'bad0001.json' } }
    })
  })

  it('keeps every report of the session, and two bad files with the same name never collide', async () => {
    const { api, projects, dataDir } = withBadFile('null')
    value(await api.listProjects())
    writeFileSync(join(projects, 'bad0001.json'), '[]')
    const { quarantined } = value(await api.listProjects())
    expect(quarantined).toHaveLength(2)
    expect(new Set(quarantined.map((q) => q.quarantinedAs)).size).toBe(2)
    expect(readdirSync(join(dataDir, 'quarantine')).filter((n) => !n.endsWith('.reason.json'))).toHaveLength(2)
  })

  it('a file whose name is not an id is quarantined too', async () => {
    const { api, projects } = withBadFile('null')
    writeFileSync(join(projects, 'mon projet (copie).json'), FIXTURE)
    const { quarantined } = value(await api.listProjects())
    expect(quarantined.map((q) => q.file).sort()).toEqual(['bad0001.json', 'mon projet (copie).json'])
  })

  it('a file above the size limit is refused (fileTooLarge) and moved aside, not read', async () => {
    const { api, dataDir } = setup({ maxFileBytes: 1000 })
    const dir = join(dataDir, 'projects')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'big0001.json'), FIXTURE)
    const r = await api.getProject({ id: 'big0001' })
    expect(r).toMatchObject({ ok: false, error: { code: 'fileTooLarge', params: { size: FIXTURE.length, max: 1000 } } })
    expect(existsSync(join(dir, 'big0001.json'))).toBe(false)
    const [report] = value(await api.listProjects()).quarantined
    expect(readFileSync(report!.quarantinedAs)).toEqual(FIXTURE)
  })

  it('saving over a damaged file keeps the damaged bytes in quarantine and writes the good copy', async () => {
    const { api, dataDir } = setup()
    const p = value(await api.createProject({ name: 'Projet' }))
    const path = join(dataDir, 'projects', `${p.id}.json`)
    writeFileSync(path, '{ damaged')
    const edited = { ...p, framing: { ...p.framing, context: 'Texte en mémoire' } }
    expect((await api.saveProject({ project: edited })).ok).toBe(true)
    expect(value(await api.getProject({ id: p.id })).framing.context).toBe('Texte en mémoire')
    const [report] = value(await api.listProjects()).quarantined
    expect(readFileSync(report!.quarantinedAs, 'utf8')).toBe('{ damaged')
  })
})

describe('fuzzed project files', () => {
  it('any mutation of a valid file is either loaded as a valid project or quarantined byte for byte — never a crash, never an overwrite', async () => {
    const fc = (await import('fast-check')).default
    const { Project } = await import('../../src/core/model/project')
    const base = FIXTURE.toString('utf8').replace('fixturev1souss0001', 'fuzz0001')
    const mutation = fc.oneof(
      // Cut the file anywhere.
      fc.nat({ max: base.length }).map((n) => base.slice(0, n)),
      // Overwrite a run of characters with random text.
      fc.tuple(fc.nat({ max: base.length }), fc.string({ maxLength: 12 })).map(([i, s]) => base.slice(0, i) + s + base.slice(i + s.length)),
      // Replace one JSON value by another.
      fc.tuple(fc.constantFrom('"fr"', 'true', '1', 'null', '"2017-11-16"', '[]', '{}'), fc.jsonValue()).map(([needle, v]) =>
        base.replace(needle, JSON.stringify(v) ?? 'null')
      )
    )
    const { api, dataDir } = setup()
    const projects = join(dataDir, 'projects')
    mkdirSync(projects, { recursive: true })
    let seen = 0
    await fc.assert(
      fc.asyncProperty(mutation, async (text) => {
        const path = join(projects, 'fuzz0001.json')
        writeFileSync(path, text)
        const r = await api.getProject({ id: 'fuzz0001' })
        if (r.ok) {
          expect(Project.parse(r.value)).toEqual(r.value)
          expect(readFileSync(path, 'utf8')).toBe(text)
        } else {
          expect(['corruptFile', 'unknownSchemaVersion']).toContain(r.error.code)
          expect(existsSync(path)).toBe(false)
          const reports = value(await api.listProjects()).quarantined
          expect(reports).toHaveLength(++seen)
          expect(readFileSync(reports[reports.length - 1]!.quarantinedAs, 'utf8')).toBe(text)
        }
      }),
      { numRuns: 200 }
    )
  })
})
