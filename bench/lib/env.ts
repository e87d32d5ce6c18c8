/** Shared facts of a benchmark run: where the repo is, the fixed clock, temp folders, module probing. */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
/** The instant every generated project and export uses, so runs are comparable. */
export const BENCH_NOW = '2025-11-20T10:00:00.000Z'
export const BENCH_SEED = 2017

const temps: string[] = []

/** A fresh temp folder on the real disk (removed at the end of the run). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `hiwar-bench-${prefix}-`))
  temps.push(dir)
  return dir
}

export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

/** Whether a source file of the repo exists (a piece another helper is still building). */
export const repoHas = (relative: string): boolean => existsSync(join(ROOT, relative))

/** A counter id source for samples (deterministic). */
export function counterIds(prefix = 'b'): () => string {
  let n = 0
  return () => `${prefix}${(++n).toString(36)}`
}
