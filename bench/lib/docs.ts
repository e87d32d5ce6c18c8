/**
 * Timing Word documents in child processes (bench/workers/documents.ts), one kind after the other, with a
 * time limit per kind: a kind that runs over is stopped, reported as such, and the next kinds go on in a
 * fresh child.
 */
import { join } from 'node:path'
import type { DocumentKind } from '../../src/core/documents'
import type { Lang } from '../../src/core/model/common'
import type { WorkerArgs, WorkerLine } from '../workers/documents'
import { runWorker } from './child'
import { ROOT } from './env'

export type DocOutcome = { kind: DocumentKind; line: WorkerLine } | { kind: DocumentKind; timedOut: true; limitMs: number } | { kind: DocumentKind; failed: string }

export interface TimeDocsOptions {
  project: 'large' | 'sample'
  scale?: number
  lang?: Lang
  kinds: readonly DocumentKind[]
  imagesDir: string | null
  perKindMs: number
  warmup?: number
  minRuns?: number
  maxRuns?: number
  budgetMs?: number
  cpuProfileDir?: string
  /** false: builders only (no .docx packing). */
  pack?: boolean
}

const WORKER = join(ROOT, 'bench', 'workers', 'documents.ts')
/** Starting a child (tsx, docx, building the project) before its first kind. */
const STARTUP_MS = 90_000

export async function timeDocuments(o: TimeDocsOptions): Promise<DocOutcome[]> {
  const outcomes: DocOutcome[] = []
  let remaining = [...o.kinds]
  while (remaining.length > 0) {
    const args: WorkerArgs = {
      kinds: remaining,
      project: o.project,
      scale: o.scale ?? 1,
      lang: o.lang ?? 'fr',
      warmup: o.warmup ?? 1,
      minRuns: o.minRuns ?? 3,
      maxRuns: o.maxRuns ?? 10,
      budgetMs: o.budgetMs ?? 8_000,
      imagesDir: o.imagesDir,
      pack: o.pack ?? true
    }
    let running: DocumentKind | null = null
    let watchdog: ReturnType<typeof setTimeout> | null = null
    const done = new Set<DocumentKind>()
    const result = await runWorker(WORKER, args, {
      timeoutMs: STARTUP_MS + o.perKindMs * remaining.length,
      cpuProfileDir: o.cpuProfileDir,
      onJson: (value, { kill }) => {
        const v = value as { start?: DocumentKind } & Partial<WorkerLine>
        if (v.start) {
          running = v.start
          if (watchdog) clearTimeout(watchdog)
          watchdog = setTimeout(() => {
            if (running) outcomes.push({ kind: running, timedOut: true, limitMs: o.perKindMs })
            kill()
          }, o.perKindMs)
        } else if (v.kind && v.runs) {
          if (watchdog) clearTimeout(watchdog)
          running = null
          done.add(v.kind)
          outcomes.push({ kind: v.kind, line: v as WorkerLine })
        }
      }
    })
    if (watchdog) clearTimeout(watchdog)
    const stopped = outcomes.find((x) => 'timedOut' in x && !done.has(x.kind) && remaining.includes(x.kind))
    const after = remaining.filter((k) => !done.has(k) && k !== stopped?.kind)
    if (!stopped && after.length > 0) {
      // The child ended without finishing (an error, or the whole-child limit): report and stop.
      const why = result.timedOut ? `the worker ran over ${(args.kinds.length * o.perKindMs + STARTUP_MS) / 1000} s` : `worker exit ${result.code}: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`
      for (const k of after) outcomes.push({ kind: k, failed: why })
      break
    }
    remaining = after
  }
  return outcomes
}
