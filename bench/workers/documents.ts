/**
 * Child process of the benchmarks: builds Word documents in-process and prints one JSON line per
 * document kind with its timings (build = builder → docx Document; pack = Document → .docx bytes, which
 * includes the full report's page-number estimate, src/core/documents/pageEstimate.ts). Run apart so the
 * parent can stop a run that takes too long and profile it alone (`node --cpu-prof`). Arguments (JSON in argv[2]): see `WorkerArgs`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packDocx } from '../../src/main/documents/packDocx'
import type { DocImages, DocumentKind } from '../../src/core/documents'
import { createDocument } from '../../src/core/documents'
import type { Lang } from '../../src/core/model/common'
import type { Project } from '../../src/core/model/project'
import { buildSample } from '../../src/core/samples'
import { buildLargeProject } from '../../src/core/samples/large'
import { BENCH_NOW, BENCH_SEED, counterIds } from '../lib/env'

export interface WorkerArgs {
  kinds: DocumentKind[]
  project: 'large' | 'sample'
  scale: number
  lang: Lang
  warmup: number
  minRuns: number
  maxRuns: number
  /** Stop adding runs of a kind after this much measured time (ms). */
  budgetMs: number
  /** false: time the builders only (createDocument), not the packing into a .docx. */
  pack?: boolean
  /** Folder with `<diagramKey>.png` + `images.json` ({key: {widthPx, heightPx}}), or null for no pictures. */
  imagesDir: string | null
}

export interface WorkerLine {
  kind: DocumentKind
  runs: number[]
  buildMs: number[]
  packMs: number[]
  /** CPU time of the process during each run (user + system): what the run cost without the other load of the machine. */
  cpuMs: number[]
  bytes: number
}

function loadImages(dir: string | null): DocImages {
  if (!dir || !existsSync(join(dir, 'images.json'))) return {}
  const sizes = JSON.parse(readFileSync(join(dir, 'images.json'), 'utf8')) as Record<string, { widthPx: number; heightPx: number }>
  const images: DocImages = {}
  for (const [key, size] of Object.entries(sizes)) {
    ;(images as Record<string, unknown>)[key] = { data: new Uint8Array(readFileSync(join(dir, `${key}.png`))), ...size }
  }
  return images
}

/** A run this long (ms) is measured even when it was meant as a warm-up. */
const SLOW_MS = 5_000

const args = JSON.parse(process.argv[2] ?? '{}') as WorkerArgs
const project: Project =
  args.project === 'large'
    ? buildLargeProject({ seed: BENCH_SEED, scale: args.scale, now: BENCH_NOW })
    : buildSample('rabat2017', { id: 'rabat', name: 'Atelier Rabat 2017', now: BENCH_NOW, newId: counterIds() })
const options = { lang: args.lang, now: BENCH_NOW, images: loadImages(args.imagesDir) }

for (const kind of args.kinds) {
  process.stdout.write(`${JSON.stringify({ start: kind })}\n`)
  const line: WorkerLine = { kind, runs: [], buildMs: [], packMs: [], cpuMs: [], bytes: 0 }
  let spent = 0
  let warm = 0
  for (;;) {
    const n = line.runs.length
    // Enough runs, or the budget is spent (a slow kind gets fewer runs: at least one).
    const enough = n >= args.maxRuns || (n >= args.minRuns && spent >= args.budgetMs) || (n >= 1 && spent >= 2 * args.budgetMs)
    if (warm >= args.warmup && enough) break
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const doc = createDocument(kind, project, options)
    const t1 = performance.now()
    const bytes = args.pack === false ? new Uint8Array() : await packDocx(doc)
    const t2 = performance.now()
    const cpu = process.cpuUsage(c0)
    line.bytes = bytes.length
    // A run of several seconds is not worth repeating only to warm up: it counts.
    const measured = warm >= args.warmup || t2 - t0 >= SLOW_MS
    if (!measured) {
      warm++
      continue
    }
    warm = args.warmup
    line.runs.push(t2 - t0)
    line.buildMs.push(t1 - t0)
    line.packMs.push(t2 - t1)
    line.cpuMs.push((cpu.user + cpu.system) / 1000)
    spent += t2 - t0
  }
  process.stdout.write(`${JSON.stringify(line)}\n`)
}
