import type { z } from 'zod'
import { MIGRATIONS, migrateDocument, type Migration } from '../../core/migrations'
import { Project } from '../../core/model/project'
import type { AppError } from '../../core/result'

export type Decoded =
  | { kind: 'ok'; project: Project; migratedFrom: number | null }
  | { kind: 'bad'; error: AppError; reason: string; zodError?: z.ZodError }

/** A short, technical account of a zod failure (kept in the quarantine sidecar and shown as detail). */
export function describeZodError(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
  const more = error.issues.length > max ? ` (+${error.issues.length - max})` : ''
  return parts.join('; ') + more
}

/**
 * Parsed JSON → a valid current `Project`, through the migration runner and zod. Pure: deciding what
 * to do with a bad file (quarantine, refuse an import) is the caller's business.
 */
export function decodeProject(
  raw: unknown,
  file: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): Decoded {
  const outcome = migrateDocument(raw, migrations)
  switch (outcome.kind) {
    case 'notHiwar':
      return { kind: 'bad', error: { code: 'notHiwarFile', params: { file } }, reason: 'not a Hiwar project (no schemaVersion)' }
    case 'future':
      return {
        kind: 'bad',
        error: { code: 'unknownSchemaVersion', params: { version: outcome.version, file } },
        reason: `schemaVersion ${outcome.version} is newer than this version of Hiwar`
      }
    case 'unsupported': {
      const reason = `unsupported schemaVersion ${outcome.version}`
      return { kind: 'bad', error: { code: 'corruptFile', params: { file, reason } }, reason }
    }
    case 'current':
    case 'migrated': {
      const parsed = Project.safeParse(outcome.doc)
      if (!parsed.success) {
        const reason = describeZodError(parsed.error)
        return { kind: 'bad', error: { code: 'corruptFile', params: { file, reason } }, reason, zodError: parsed.error }
      }
      return { kind: 'ok', project: parsed.data, migratedFrom: outcome.kind === 'migrated' ? outcome.from : null }
    }
  }
}
