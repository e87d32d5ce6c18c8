import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { afterEach } from 'vitest'
import type { AppApi } from '../../src/core/api'
import type { Result } from '../../src/core/result'
import { createHandlers, type Dialogs, type HandlerDeps } from '../../src/main/handlers'

const made: string[] = []
afterEach(() => {
  while (made.length) rmSync(made.pop() as string, { recursive: true, force: true })
})

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'hiwar-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Dialogs that answer from queues (null = the user cancelled) and remember what they were asked. */
export function scriptedDialogs(answers: { open?: (string | null)[]; save?: (string | null)[]; folder?: (string | null)[] } = {}) {
  const asked: { kind: 'open' | 'save' | 'folder'; opts: unknown }[] = []
  const next = (queue: (string | null)[] | undefined) => (queue && queue.length ? (queue.shift() ?? null) : null)
  const dialogs: Dialogs = {
    chooseOpenFile: async (opts) => (asked.push({ kind: 'open', opts }), next(answers.open)),
    chooseSaveFile: async (opts) => (asked.push({ kind: 'save', opts }), next(answers.save)),
    chooseFolder: async () => (asked.push({ kind: 'folder', opts: undefined }), next(answers.folder))
  }
  return { dialogs, asked, answers }
}

/** A clock that starts on 6 July 2017 at 09:00 UTC and moves one minute per call. */
export function steppingClock(start = Date.parse('2017-07-06T09:00:00.000Z')) {
  let t = start
  return () => {
    const d = new Date(t)
    t += 60_000
    return d
  }
}

export function setup(overrides: Partial<HandlerDeps> = {}, answers: Parameters<typeof scriptedDialogs>[0] = {}) {
  const dataDir = overrides.dataDir ?? tempDir()
  const script = scriptedDialogs(answers)
  let n = 0
  const api: AppApi = createHandlers({
    dataDir,
    now: steppingClock(),
    newId: () => `id${String(++n).padStart(4, '0')}`,
    dialogs: script.dialogs,
    ...overrides
  })
  return { api, dataDir, ...script }
}

/** The value of a successful result (fails the test with the error otherwise). */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

/**
 * Every file under `dir` with its bytes, as a snapshot to compare "nothing was modified". The
 * data-folder lock (`hiwar.lock`, written when the folder is opened and renewed while it is) is left out.
 */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (d === dir && name === 'hiwar.lock') continue
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(dir, p)] = readFileSync(p).toString('base64')
    }
  }
  walk(dir)
  return out
}

export const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'))

const ROOT = resolve(__dirname, '../..')

/**
 * The runtime import graph of a source file (value imports only: `import type` vanishes at build time):
 * the repo files it pulls in and the packages it requires.
 */
export function runtimeImports(entry: string): { files: string[]; external: string[] } {
  const seen = new Set<string>()
  const external = new Set<string>()
  const resolveLocal = (from: string, spec: string): string => {
    const base = resolve(dirname(from), spec)
    for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
      try {
        if (statSync(candidate).isFile()) return candidate
      } catch {
        // try the next candidate
      }
    }
    throw new Error(`cannot resolve ${spec} from ${from}`)
  }
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    if (!file.endsWith('.ts') && !file.endsWith('.tsx')) return
    const source = readFileSync(file, 'utf8')
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] as string
      if (spec.startsWith('.')) visit(resolveLocal(file, spec))
      else external.add(spec)
    }
  }
  visit(resolve(ROOT, entry))
  return { files: [...seen].map((f) => relative(ROOT, f)).sort(), external: [...external].sort() }
}
