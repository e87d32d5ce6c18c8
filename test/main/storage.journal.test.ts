import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contract, type AppApi } from '../../src/core/api'
import { MinuteEntry } from '../../src/core/model/minutes'
import { Project } from '../../src/core/model/project'
import { decodeJournal, encodeEntry, replay, type JournalEntry } from '../../src/main/storage/journal'
import { applyChecked } from '../../src/main/storage/sectionChange'
import { contentWeight } from '../../src/main/storage/shrinkGuard'
import { projectChanges } from '../../src/renderer/src/project/changes'
import { saveProjectChanges } from '../../src/renderer/src/project/saving'
import { createBackend } from '../../src/main/handlers'
import { scriptedDialogs, setup, tempDir, value } from './support'

/** The part of a project a save must keep exactly (main sets the dates). */
const content = (p: Project) => ({ ...p, createdAt: '', updatedAt: '', trashedAt: null })

const journalOf = (dataDir: string, id: string) => join(dataDir, 'projects', `${id}.journal`)
const fileOf = (dataDir: string, id: string) => join(dataDir, 'projects', `${id}.json`)

let seq = 0
const minute = (text: string) => MinuteEntry.parse({ id: `mi${++seq}`, text, createdAt: '2017-07-06T10:00:00.000Z' })

/** Edits as the stage screens make them: immutable, only the changed path gets new objects. */
type Edit = (p: Project) => Project
const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc.string({ maxLength: 120 }).map((t): Edit => (p) => ({ ...p, minutes: { ...p.minutes, entries: [...p.minutes.entries, minute(t)] } })),
  fc.tuple(fc.nat(), fc.string({ maxLength: 60 })).map(
    ([i, t]): Edit =>
      (p) => {
        const entries = p.minutes.entries
        if (entries.length === 0) return p
        const k = i % entries.length
        return { ...p, minutes: { ...p.minutes, entries: entries.map((e, j) => (j === k ? { ...e, text: `${e.text}${t}` } : e)) } }
      }
  ),
  fc.nat().map(
    (i): Edit =>
      (p) => {
        const entries = p.minutes.entries
        if (entries.length === 0) return p
        return { ...p, minutes: { ...p.minutes, entries: entries.filter((_, j) => j !== i % entries.length) } }
      }
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(
    ([i, t]): Edit =>
      (p) => {
        const items = p.stakeholders.items
        if (items.length === 0) return p
        const k = i % items.length
        return { ...p, stakeholders: { ...p.stakeholders, items: items.map((s, j) => (j === k ? { ...s, gains: t } : s)) } }
      }
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map((n): Edit => (p) => ({ ...p, name: n.trim() || 'Nom' })),
  fc.string({ maxLength: 300 }).map((t): Edit => (p) => ({ ...p, framing: { ...p.framing, context: t } })),
  fc.constant<Edit>((p) => ({ ...p, participants: [] })),
  fc.constant<Edit>((p) => ({ ...p, minutes: { ...p.minutes, entries: [...p.minutes.entries].reverse() } }))
)

describe('journal lines', () => {
  const entry = (i: number): JournalEntry => ({
    updatedAt: new Date(Date.UTC(2017, 6, 6, 10, 0, i)).toISOString(),
    sections: { name: `Nom ${i} — اسم ${i}` },
    patches: [{ op: 'set', path: ['framing', 'context'], value: `contexte\n${i}` }]
  })

  it('round-trips any entries (arbitrary text, newlines, Arabic, emoji) byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (texts) => {
        const entries: JournalEntry[] = texts.map(([a, b], i) => ({
          updatedAt: new Date(Date.UTC(2017, 6, 6, 10, 0, i)).toISOString(),
          sections: { name: a || 'x' },
          patches: [{ op: 'set', path: ['framing', 'context'], value: b }]
        }))
        const bytes = Buffer.from(entries.map(encodeEntry).join(''))
        const decoded = decodeJournal(bytes)
        expect(decoded.entries).toEqual(entries)
        expect(decoded.tornBytes).toBe(0)
        expect(decoded.damaged).toEqual([])
      })
    )
  })

  it('drops a torn tail wherever the last line was cut, and keeps every whole entry before it', () => {
    const whole = [entry(1), entry(2), entry(3)].map(encodeEntry).join('')
    const last = encodeEntry(entry(4))
    for (let cut = 0; cut < Buffer.byteLength(last); cut++) {
      const bytes = Buffer.concat([Buffer.from(whole), Buffer.from(last).subarray(0, cut)])
      const decoded = decodeJournal(bytes)
      expect(decoded.entries, `cut at ${cut}`).toEqual([entry(1), entry(2), entry(3)])
      expect(decoded.tornBytes).toBe(cut)
      expect(decoded.damaged).toEqual([])
    }
  })

  it('a damaged entry followed by good ones: the entries before it only, the damage and the later ones counted', () => {
    const lines = [entry(1), entry(2), entry(3), entry(4)].map(encodeEntry)
    const bytes = Buffer.from(lines.join(''))
    // Flip one byte inside the second entry's JSON.
    const at = Buffer.byteLength(lines[0]!) + Buffer.byteLength(lines[1]!) - 5
    bytes[at] = bytes[at]! ^ 0x20
    const decoded = decodeJournal(bytes)
    expect(decoded.entries).toEqual([entry(1)])
    expect(decoded.damaged).toEqual(['line 2: checksum mismatch'])
    expect(decoded.afterDamage).toBe(2)
    expect(decoded.tornBytes).toBe(0)
  })

  it('replay skips the entries the file already holds (a fold whose journal reset did not happen)', () => {
    const file = Project.parse({ schemaVersion: 1, id: 'p1', name: 'Atelier', createdAt: '2017-07-06T09:00:00.000Z', updatedAt: '2017-07-06T10:00:02.000Z', participants: [] })
    const r = replay(file, [entry(1), entry(2), entry(3)])
    expect(r).toMatchObject({ applied: 1, alreadyFolded: 2, failure: null })
    expect(r.project.name).toBe('Nom 3 — اسم 3')
    expect(r.project.updatedAt).toBe(entry(3).updatedAt)
  })
})

describe('patches: checked where they land', () => {
  const base = Project.parse({ schemaVersion: 1, id: 'p1', name: 'Atelier', createdAt: '2017-07-06T09:00:00.000Z', updatedAt: '2017-07-06T09:00:00.000Z', participants: [] })

  it('validates a new item with its schema, and keeps the weight of each section exact', () => {
    const withPoint = applyChecked(base, { patches: [{ op: 'splice', path: ['minutes', 'entries'], start: 0, deleteCount: 0, items: [{ id: 'm1', text: 'Un point', createdAt: '2017-07-06T10:00:00.000Z' }] }] }, { sectionsParsed: true })
    expect(withPoint.project.minutes.entries[0]).toEqual(MinuteEntry.parse({ id: 'm1', text: 'Un point', createdAt: '2017-07-06T10:00:00.000Z' }))
    expect((withPoint.weightDeltas.get('minutes') ?? 0) + contentWeight(base)).toBe(contentWeight(withPoint.project))
    const edited = applyChecked(withPoint.project, { patches: [{ op: 'set', path: ['minutes', 'entries', 0, 'text'], value: 'Un point précisé' }] }, { sectionsParsed: true })
    expect((edited.weightDeltas.get('minutes') ?? 0) + contentWeight(withPoint.project)).toBe(contentWeight(edited.project))
  })

  it('refuses a value of the wrong type, a path that does not exist, a splice out of range', () => {
    expect(() => applyChecked(base, { patches: [{ op: 'set', path: ['framing', 'context'], value: 42 }] }, { sectionsParsed: true })).toThrow()
    expect(() => applyChecked(base, { patches: [{ op: 'set', path: ['minutes', 'entries', 3, 'text'], value: 'x' }] }, { sectionsParsed: true })).toThrow(/invalidInput/)
    expect(() => applyChecked(base, { patches: [{ op: 'splice', path: ['minutes', 'entries'], start: 2, deleteCount: 0, items: [] }] }, { sectionsParsed: true })).toThrow(/invalidInput/)
    expect(() => applyChecked(base, { patches: [{ op: 'splice', path: ['minutes', 'entries'], start: 0, deleteCount: 0, items: [{ id: 'x' }] }] }, { sectionsParsed: true })).toThrow()
  })

  it('the channel contract refuses prototype keys, unknown sections, and patches without a base revision', () => {
    const input = contract.saveProjectSections.input
    expect(input.safeParse({ id: 'p1', sections: {}, patches: [{ op: 'set', path: ['framing', '__proto__', 'x'], value: 1 }], baseRevision: 'r' }).success).toBe(false)
    expect(input.safeParse({ id: 'p1', sections: {}, patches: [{ op: 'set', path: ['createdAt'], value: 'x' }], baseRevision: 'r' }).success).toBe(false)
    expect(input.safeParse({ id: 'p1', sections: { createdAt: 'x' } }).success).toBe(false)
    expect(input.safeParse({ id: 'p1', sections: {}, patches: [{ op: 'del', path: ['framing', 'context'] }] }).success).toBe(false)
    // Absent sections stay absent (no defaults filled in).
    expect(input.parse({ id: 'p1', sections: { name: 'X' } }).sections).toEqual({ name: 'X' })
  })
})

describe('incremental saves through the handlers', () => {
  async function opened(options: Parameters<typeof setup>[0] = {}) {
    const ctx = setup({ storage: { journal: { idleFoldMs: null } }, ...options })
    const created = value(await ctx.api.createProject({ name: 'Atelier', sample: 'rabat2017' }))
    return { ...ctx, id: created.id, project: value(await ctx.api.getProject({ id: created.id })) }
  }

  it('appends one journal line per save; a reopen replays it; the file is untouched until the fold', async () => {
    const { api, dataDir, id, project } = await opened()
    const before = readFileSync(fileOf(dataDir, id))
    const next: Project = { ...project, minutes: { ...project.minutes, entries: [...project.minutes.entries, minute('Nouveau point')] } }
    const changes = projectChanges(project, next)
    expect(changes.sections).toEqual({})
    expect(changes.patches).toHaveLength(1)
    const r = value(await api.saveProjectSections({ id, ...changes, baseRevision: project.updatedAt }))
    expect(r.applied).toBe(true)
    expect(readFileSync(fileOf(dataDir, id)).equals(before)).toBe(true)
    expect(readFileSync(journalOf(dataDir, id), 'utf8').split('\n').filter(Boolean)).toHaveLength(1)
    // Another process (a restart) sees the change: the file plus the journal.
    const { api: other } = setup({ dataDir })
    const reopened = value(await other.getProject({ id }))
    expect(content(reopened)).toEqual(content(next))
    expect(reopened.updatedAt).toBe(r.updatedAt)
    // Opening folded it: the file holds the change, the journal is empty.
    expect(content(Project.parse(JSON.parse(readFileSync(fileOf(dataDir, id), 'utf8'))))).toEqual(content(next))
    expect(readFileSync(journalOf(dataDir, id)).length).toBe(0)
  })

  it('a stale base revision writes nothing and asks for the whole project', async () => {
    const { api, dataDir, id, project } = await opened()
    value(await api.renameProject({ id, name: 'Renommé' }))
    const r = value(await api.saveProjectSections({ id, sections: {}, patches: [{ op: 'set', path: ['framing', 'context'], value: 'x' }], baseRevision: project.updatedAt }))
    expect(r.applied).toBe(false)
    expect(existsSync(journalOf(dataDir, id)) ? readFileSync(journalOf(dataDir, id)).length : 0).toBe(0)
    // The renderer's saver then sends the whole project.
    const calls: string[] = []
    const spy: Pick<AppApi, 'saveProject' | 'saveProjectSections'> = {
      saveProject: (i) => (calls.push('saveProject'), api.saveProject(i)),
      saveProjectSections: (i) => (calls.push('saveProjectSections'), api.saveProjectSections(i))
    }
    const next = { ...project, framing: { ...project.framing, context: 'x' } }
    value(await saveProjectChanges(spy)(next, { ...projectChanges(project, next), baseRevision: project.updatedAt }))
    expect(calls).toEqual(['saveProjectSections', 'saveProject'])
    expect(value(await api.getProject({ id })).framing.context).toBe('x')
  })

  it('the shrink guard holds an incremental save that wipes most of the project; confirmed, the old state is a snapshot', async () => {
    const { api, id, project } = await opened()
    // A logic bug: every stage's section back to empty.
    const blank = Project.parse({ schemaVersion: 1, id, name: project.name, createdAt: project.createdAt, updatedAt: project.updatedAt, participants: [] })
    const { framing, priority, evidence, stakeholders, design, participants, agenda, minutes, actions, evaluation } = blank
    const wiped: Project = { ...project, framing, priority, evidence, stakeholders, design, participants, agenda, minutes, actions, evaluation }
    expect(contentWeight(wiped)).toBeLessThan(contentWeight(project) / 2)
    const changes = projectChanges(project, wiped)
    const refused = await api.saveProjectSections({ id, ...changes, baseRevision: project.updatedAt })
    expect(refused).toMatchObject({ ok: false, error: { code: 'contentShrink' } })
    const versionsBefore = value(await api.listVersions({ id })).length
    const done = value(await api.saveProjectSections({ id, ...changes, baseRevision: project.updatedAt, confirmShrink: true }))
    expect(done.applied).toBe(true)
    const versions = value(await api.listVersions({ id }))
    expect(versions.length).toBeGreaterThan(versionsBefore)
    const kept = value(await api.previewVersion({ id, versionId: versions[0]!.versionId })).project
    expect(content(kept)).toEqual(content(project))
    expect(content(value(await api.getProject({ id })))).toEqual(content(wiped))
  })

  it('an invalid value is refused with the zod error and nothing is written', async () => {
    const { api, dataDir, id, project } = await opened()
    const r = await api.saveProjectSections({ id, sections: {}, patches: [{ op: 'set', path: ['minutes', 'status'], value: 'nope' }], baseRevision: project.updatedAt })
    expect(r.ok).toBe(false)
    expect(existsSync(journalOf(dataDir, id)) ? readFileSync(journalOf(dataDir, id)).length : 0).toBe(0)
  })

  it('folds on close, and before a delete (the deleted file holds every change)', async () => {
    const { api, dataDir, id, project } = await opened()
    const next = { ...project, framing: { ...project.framing, context: 'avant suppression' } }
    value(await api.saveProjectSections({ id, ...projectChanges(project, next), baseRevision: project.updatedAt }))
    value(await api.deleteProjectForever({ id }))
    const [deleted] = readdirSync(join(dataDir, 'deleted'))
    expect(Project.parse(JSON.parse(readFileSync(join(dataDir, 'deleted', deleted!), 'utf8'))).framing.context).toBe('avant suppression')
    expect(existsSync(journalOf(dataDir, id))).toBe(false)
  })

  it('a journal with a damaged entry between good ones: the entries before it apply, a copy goes to quarantine, the old file is a snapshot', async () => {
    const { api, dataDir, id, project } = await opened()
    let state = project
    let revision = project.updatedAt
    for (const context of ['un', 'deux', 'trois']) {
      const next = { ...state, framing: { ...state.framing, context } }
      revision = value(await api.saveProjectSections({ id, ...projectChanges(state, next), baseRevision: revision })).revision
      state = next
    }
    const path = journalOf(dataDir, id)
    const bytes = readFileSync(path)
    const second = bytes.indexOf('"deux"')
    bytes[second + 2] = 'X'.charCodeAt(0)
    writeFileSync(path, bytes)
    const { api: other } = setup({ dataDir })
    const library = value(await other.listProjects())
    expect(library.quarantined).toHaveLength(1)
    expect(library.quarantined[0]).toMatchObject({ file: `${id}.journal`, error: { code: 'corruptFile' } })
    expect(library.quarantined[0]!.reason).toMatch(/1 entries applied, 2 from the damage on kept in this copy only/)
    expect(readFileSync(library.quarantined[0]!.quarantinedAs).equals(bytes)).toBe(true)
    expect(value(await other.getProject({ id })).framing.context).toBe('un')
    const versions = value(await other.listVersions({ id }))
    expect(versions.length).toBeGreaterThan(0)
  })

  it('a torn last line (a kill during the append) is dropped without a report', async () => {
    const { api, dataDir, id, project } = await opened()
    const next = { ...project, framing: { ...project.framing, context: 'gardé' } }
    value(await api.saveProjectSections({ id, ...projectChanges(project, next), baseRevision: project.updatedAt }))
    appendFileSync(journalOf(dataDir, id), 'HJ1 120 0123')
    const { api: other } = setup({ dataDir })
    expect(value(await other.listProjects()).quarantined).toEqual([])
    expect(value(await other.getProject({ id })).framing.context).toBe('gardé')
    expect(readFileSync(journalOf(dataDir, id)).length).toBe(0)
  })

  it('any sequence of incremental saves, whole saves, folds and reopens, then a reopen: the last saved state', async () => {
    const dataDir = tempDir()
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: edits.map((edit) => ({ kind: 'save' as const, edit })) },
            { weight: 1, arbitrary: edits.map((edit) => ({ kind: 'whole' as const, edit })) },
            { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) }
          ),
          { maxLength: 14 }
        ),
        fc.integer({ min: 1, max: 4 }),
        async (steps, maxEntries) => {
          // One storage at a time on the folder, as in the app: the previous one finishes its background
          // fold before the next opens (a "reopen" is a new process).
          const openBackend = () => createBackend({ dataDir, dialogs: scriptedDialogs().dialogs, storage: { journal: { idleFoldMs: null, maxEntries } } })
          let backend = openBackend()
          let ctx = { api: backend.api }
          const created = value(await ctx.api.createProject({ name: 'Propriété', sample: 'rabat2017' }))
          let acked = value(await ctx.api.getProject({ id: created.id }))
          let revision = acked.updatedAt
          for (const step of steps) {
            if (step.kind === 'reopen') {
              await new Promise((r) => setTimeout(r, 5))
              await backend.drain()
              backend = openBackend()
              ctx = { api: backend.api }
              acked = value(await ctx.api.getProject({ id: created.id }))
              revision = acked.updatedAt
              continue
            }
            const next = Project.parse(step.edit(acked))
            // What the renderer holds is the parsed state too (its fields are already valid).
            let saved: { updatedAt: string; revision?: string }
            if (step.kind === 'whole') saved = value(await ctx.api.saveProject({ project: next, confirmShrink: true }))
            else {
              // As the renderer's saver does (confirmed, since a random edit may drop much of a section).
              const { sections, patches } = projectChanges(acked, next)
              const r = value(await ctx.api.saveProjectSections({ id: created.id, sections, ...(patches.length ? { patches } : {}), baseRevision: revision, confirmShrink: true }))
              saved = r.applied ? r : value(await ctx.api.saveProject({ project: next, confirmShrink: true }))
            }
            acked = next
            revision = saved.revision ?? saved.updatedAt
            // Let the background fold of a full journal run now and then.
            await new Promise((r) => setTimeout(r, 0))
          }
          await new Promise((r) => setTimeout(r, 5))
          await backend.drain()
          const { api: fresh } = setup({ dataDir })
          expect(content(value(await fresh.getProject({ id: created.id })))).toEqual(content(acked))
        }
      ),
      { numRuns: 40 }
    )
  }, 120_000)
})
