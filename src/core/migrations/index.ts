import { CURRENT_SCHEMA_VERSION } from '../model/project'

type JsonObject = Record<string, unknown>
/** A pure step from version N to N + 1. It receives a deep copy and returns the upgraded document. */
export type Migration = (doc: JsonObject) => JsonObject

/**
 * Ordered migrations, keyed by the version they upgrade FROM. Version 1 is the first on-disk format,
 * so the table is empty; v2 adds `1: (doc) => ({ ...doc, schemaVersion: 2, ... })` with its frozen
 * fixture under `test/fixtures/`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

export type MigrationOutcome =
  | { kind: 'current'; doc: JsonObject }
  | { kind: 'migrated'; doc: JsonObject; from: number; to: number }
  | { kind: 'notHiwar' }
  | { kind: 'future'; version: number }
  | { kind: 'unsupported'; version: number }

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Brings a parsed JSON document up to `target` (validation with zod happens after this). */
export function migrateDocument(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION
): MigrationOutcome {
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion)) {
    return { kind: 'notHiwar' }
  }
  const from = raw.schemaVersion
  if (from > target) return { kind: 'future', version: from }
  if (from < 1) return { kind: 'unsupported', version: from }
  if (from === target) return { kind: 'current', doc: raw }
  let doc = structuredClone(raw)
  for (let v = from; v < target; v++) {
    const step = migrations[v]
    if (!step) return { kind: 'unsupported', version: from }
    doc = step(doc)
    if (doc.schemaVersion !== v + 1) throw new Error(`migration from v${v} must set schemaVersion ${v + 1}`)
  }
  return { kind: 'migrated', doc, from, to: target }
}
