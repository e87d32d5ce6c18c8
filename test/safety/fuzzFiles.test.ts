import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../src/core/result'
import { Project } from '../../src/core/model/project'
import { buildSample } from '../../src/core/samples'
import { createHandlers, type HandlerDeps } from '../../src/main/handlers'
import { isTempFileName } from '../../src/main/storage/atomicWrite'
import { fileStamp } from '../../src/main/storage/layout'
import { serializeJson } from '../../src/main/storage/safeJsonFile'
import { NIGHTLY, recordFigures } from './support/figures'

/**
 * Threat 5 — a corrupt, empty, `null`, wrong-shape or future-version project file. fast-check writes
 * mutated copies of a real project (truncated, bytes flipped, a field replaced or removed, arbitrary
 * JSON, binary noise, a newer schemaVersion) where the app expects the project, beside a good
 * snapshot of it, then opens the folder. Every time: no call throws or answers `unexpected`; a file
 * that still validates loads and is left byte-for-byte as it was; any other is moved to quarantine
 * untouched (never overwritten), listed with its reason, and the newest good version is offered and
 * restores.
 */
const RUNS = NIGHTLY ? 10_000 : 1_000
const ID = 'fuzzed1'
const noDialogs: HandlerDeps['dialogs'] = { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null }

let seq = 0
const base = buildSample('rabat2017', { id: ID, name: 'Atelier Rabat 2017', now: '2017-07-06T09:00:00.000Z', newId: () => `s${++seq}` })
const good = Project.parse({ ...base, framing: { ...base.framing, context: 'bonne version' } })
const baseText = serializeJson(base)
const baseBytes = Buffer.from(baseText)

type Mutation = { kind: string; bytes: Buffer }

/** Every path to a value inside a JSON document. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out)
  return out
}
const allPaths = pathsOf(JSON.parse(baseText)).filter((p) => p.length > 0)

function setAt(doc: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>
  let node = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1)
    else delete node[last]
  } else node[last] = value
  return copy
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat({ max: baseBytes.length - 1 }).map((k) => ({ kind: 'truncated', bytes: baseBytes.subarray(0, k) })),
  fc
    .array(fc.tuple(fc.nat({ max: baseBytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 })
    .map((flips) => {
      const bytes = Buffer.from(baseBytes)
      for (const [at, b] of flips) bytes[at] = b
      return { kind: 'bytesFlipped', bytes }
    }),
  fc
    .tuple(fc.constantFrom(...allPaths), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
    .map(([path, value, remove]) => ({
      kind: remove ? 'fieldRemoved' : 'fieldReplaced',
      bytes: Buffer.from(JSON.stringify(setAt(JSON.parse(baseText), path, value, remove)))
    })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ kind: 'wrongShape', bytes: Buffer.from(JSON.stringify(v) ?? 'undefined') })),
  fc.constantFrom('null', '', '   \n', '{}', '[]', '"texte"', '0', 'true', '\uFEFF', '{"schemaVersion":1}').map((t) => ({ kind: 'degenerate', bytes: Buffer.from(t) })),
  fc.integer({ min: 2, max: 1_000_000 }).map((v) => ({ kind: 'futureVersion', bytes: Buffer.from(JSON.stringify({ ...base, schemaVersion: v })) })),
  fc.integer({ min: -5, max: 0 }).map((v) => ({ kind: 'oldVersion', bytes: Buffer.from(JSON.stringify({ ...base, schemaVersion: v })) })),
  fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((u) => ({ kind: 'binaryNoise', bytes: Buffer.from(u) }))
)


const FILE_ERRORS = new Set(['corruptFile', 'unknownSchemaVersion', 'fileTooLarge', 'notFound'])

describe('fuzzed project files', () => {
  it(`${RUNS} mutated files: no crash, no overwrite, quarantine with the reason, the newest good version restores`, async () => {
    const tally = { cases: 0, loaded: 0, quarantined: 0, restored: 0, crashes: 0, overwrites: 0, byKind: {} as Record<string, number> }
    await fc.assert(
      fc.asyncProperty(mutation, async ({ kind, bytes }) => {
        tally.cases++
        tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1
        const dataDir = mkdtempSync(join(tmpdir(), 'hiwar-fuzz-'))
        const projects = join(dataDir, 'projects')
        mkdirSync(projects, { recursive: true })
        mkdirSync(join(dataDir, 'snapshots', ID), { recursive: true })
        writeFileSync(join(dataDir, 'snapshots', ID, `${fileStamp(new Date('2017-07-06T08:00:00.000Z'))}.json`), serializeJson(good))
        writeFileSync(join(projects, `${ID}.json`), bytes)
        const api = createHandlers({ dataDir, dialogs: noDialogs })
        try {
          const listed = await api.listProjects()
          expect(listed.ok).toBe(true)
          const opened = await api.getProject({ id: ID })
          if (!opened.ok) {
            expect(FILE_ERRORS.has(opened.error.code), opened.error.code).toBe(true)
            expect(ERROR_CODES).toContain(opened.error.code)
          }
          const stillThere = readdirSync(projects).filter((n) => !isTempFileName(n))
          if (listed.ok && listed.value.projects.length === 1) {
            // Still a valid project: it loads and the file is exactly what was there.
            tally.loaded++
            expect(opened.ok).toBe(true)
            if (!readFileSync(join(projects, `${ID}.json`)).equals(bytes)) tally.overwrites++
            return
          }
          tally.quarantined++
          expect(stillThere).toEqual([])
          expect(listed.ok && listed.value.quarantined).toHaveLength(1)
          const report = listed.ok ? listed.value.quarantined[0]! : null
          expect(report?.error.code === 'corruptFile' || report?.error.code === 'unknownSchemaVersion' || report?.error.code === 'fileTooLarge').toBe(true)
          // Moved, never rewritten: the quarantined copy is byte-for-byte the bad file.
          if (!readFileSync(report!.quarantinedAs).equals(bytes)) tally.overwrites++
          const entries = await api.listQuarantine()
          expect(entries.ok).toBe(true)
          const entry = entries.ok ? entries.value.find((e) => e.projectId === ID) : undefined
          expect(entry?.newestGood?.kind).toBe('snapshot')
          expect(entry?.reason).toBe(report!.reason)
          const restored = await api.restoreQuarantined({ name: entry!.name })
          expect(restored.ok).toBe(true)
          const back = await api.getProject({ id: ID })
          expect(back.ok && back.value.framing.context).toBe('bonne version')
          tally.restored++
          // The bad file is still in quarantine, untouched.
          expect(readFileSync(report!.quarantinedAs).equals(bytes)).toBe(true)
        } catch (e) {
          if (!(e instanceof Error && e.name === 'AssertionError')) tally.crashes++
          throw e
        } finally {
          rmSync(dataDir, { recursive: true, force: true })
        }
      }),
      { numRuns: RUNS }
    )
    recordFigures('fuzz-files', { ...tally, corrupt: 0, lost: 0 })
    expect(tally.cases).toBe(RUNS)
    expect(tally.crashes).toBe(0)
    expect(tally.overwrites).toBe(0)
    expect(tally.quarantined).toBeGreaterThan(RUNS / 2)
  }, 900_000)
})
