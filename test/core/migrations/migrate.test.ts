import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { migrateDocument, MIGRATIONS, type Migration } from '../../../src/core/migrations'
import { CURRENT_SCHEMA_VERSION, Project } from '../../../src/core/model/project'

const fixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/project.v1.json'), 'utf8')) as Record<string, unknown>

describe('migrateDocument', () => {
  it('passes a current document through untouched', () => {
    const doc = fixture()
    const outcome = migrateDocument(doc)
    expect(outcome).toEqual({ kind: 'current', doc })
  })

  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function')
  })

  it('reports a future version without touching it', () => {
    const doc = { ...fixture(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }
    const before = structuredClone(doc)
    expect(migrateDocument(doc)).toEqual({ kind: 'future', version: CURRENT_SCHEMA_VERSION + 1 })
    expect(doc).toEqual(before)
  })

  it.each([
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'hello'],
    ['an object without schemaVersion', { name: 'x' }],
    ['a string schemaVersion', { schemaVersion: '1' }],
    ['a fractional schemaVersion', { schemaVersion: 1.5 }]
  ])('says %s is not a Hiwar document', (_label, raw) => {
    expect(migrateDocument(raw)).toEqual({ kind: 'notHiwar' })
  })

  it('refuses versions below 1', () => {
    expect(migrateDocument({ schemaVersion: 0 })).toEqual({ kind: 'unsupported', version: 0 })
  })

  describe('with a fake v1 → v2 migration', () => {
    // What v2 might do: move the free-text province into a list, bump the version.
    const toV2: Migration = (doc) => {
      const framing = (doc.framing ?? {}) as Record<string, unknown>
      const { province, ...rest } = framing
      return { ...doc, schemaVersion: 2, framing: { ...rest, provinces: province ? [province] : [] } }
    }

    it('upgrades a v1 document to v2 on a copy, leaving the input unchanged', () => {
      const doc = fixture()
      const before = structuredClone(doc)
      const outcome = migrateDocument(doc, { 1: toV2 }, 2)
      expect(outcome.kind).toBe('migrated')
      if (outcome.kind !== 'migrated') return
      expect(outcome).toMatchObject({ from: 1, to: 2 })
      expect(outcome.doc.schemaVersion).toBe(2)
      expect((outcome.doc.framing as Record<string, unknown>).provinces).toEqual(['Taroudant'])
      expect(doc).toEqual(before)
    })

    it('says "unsupported" when a step is missing', () => {
      expect(migrateDocument(fixture(), {}, 2)).toEqual({ kind: 'unsupported', version: 1 })
    })

    it('throws on a migration that forgets to bump schemaVersion (a programming error)', () => {
      expect(() => migrateDocument(fixture(), { 1: (d) => ({ ...d }) }, 2)).toThrow(/schemaVersion 2/)
    })
  })

  it('never throws on arbitrary JSON, and any "current" result is the input itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const outcome = migrateDocument(raw)
        if (outcome.kind === 'current') expect(outcome.doc).toBe(raw)
        return ['current', 'notHiwar', 'future', 'unsupported', 'migrated'].includes(outcome.kind)
      }),
      { numRuns: 500 }
    )
  })

  it('a mutated fixture either validates or is rejected by zod — never crashes the parser', () => {
    const base = fixture()
    const keys = Object.keys(base)
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const outcome = migrateDocument({ ...base, [key]: value })
        if (outcome.kind === 'current') Project.safeParse(outcome.doc)
        return true
      }),
      { numRuns: 300 }
    )
  })
})
