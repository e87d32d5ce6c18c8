/**
 * `npm run bench` — Hiwar's benchmark suite (issue 7). Measures, with warm-up and repeated runs (median
 * and p95), on a generated large project (src/core/samples/large.ts):
 *   (a) the full-report export, in-process and as a whole `npm run export` process, next to pandoc;
 *   (b) each document kind alone (large project and the Rabat sample);
 *   (c) save (edit → fsync'd) and open through the real storage;
 *   (d) the renderer in Debian Chromium: cold start, keystroke-to-paint with autosave, stage switches,
 *       initial JS size (gzip) and mermaid kept out of it;
 *   (e) mermaid render per diagram after the first;
 *   (f) growth of export and save time at 1×, 2×, 4×, 8× with the log-log slope.
 * Prints a table with targets and PASS / MISS and writes bench/results.json (bench/results.partial.json
 * for a run of some sections only). A figure whose piece has not
 * landed prints "not available yet: <why>". Options:
 *   --only=storage,documents,export,renderer,mermaid,growth   run some sections only
 *   --profile      also write CPU profiles of the slow paths to bench/profiles/ and print their top frames
 * Benchmarks are never tests: CI does not run them and no test asserts a duration.
 */
import { cpus, loadavg } from 'node:os'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT, removeTemps } from './lib/env'
import { Report, renderTable, type SectionOptions } from './lib/report'

type SectionName = 'storage' | 'documents' | 'export' | 'renderer' | 'mermaid' | 'growth'
const ALL: SectionName[] = ['storage', 'mermaid', 'renderer', 'documents', 'growth', 'export']

const args = process.argv.slice(2)
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') as SectionName[] | undefined
const profile = args.includes('--profile')
const sections = only ?? ALL
/** No section starts after this many seconds, so the whole run stays under 10 minutes. */
const DEADLINE_S = 480
/** Optional work inside a section (a second variant of a long run) is left out past this point. */
const SOFT_END_S = 560

const machine = {
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  /** Load average when the run started (other work on the machine slows wall-clock figures). */
  loadAtStart: loadavg().map((x) => Number(x.toFixed(2)))
}

async function main(): Promise<void> {
  const started = performance.now()
  console.log(`Hiwar benchmarks — ${machine.nproc} × ${machine.cpu}, Node ${machine.node}, load average ${machine.loadAtStart.join(' ')}`)
  const report = new Report()
  const loaders: Record<SectionName, () => Promise<(r: Report, o: SectionOptions) => Promise<void>>> = {
    storage: async () => (await import('./sections/storage')).runStorage,
    documents: async () => (await import('./sections/documents')).runDocuments,
    export: async () => (await import('./sections/export')).runExport,
    renderer: async () => (await import('./sections/renderer')).runRenderer,
    mermaid: async () => (await import('./sections/mermaid')).runMermaid,
    growth: async () => (await import('./sections/growth')).runGrowth
  }
  for (const name of sections) {
    const t0 = performance.now()
    if ((t0 - started) / 1000 > DEADLINE_S) {
      report.skipped(`${name}.skipped`, `(${name})`, `section ${name}`, `${DEADLINE_S} s had passed (npm run bench must end within 10 minutes)`)
      continue
    }
    try {
      const run = await loaders[name]()
      await run(report, { profile, remainingMs: () => SOFT_END_S * 1000 - (performance.now() - started) })
    } catch (e) {
      const why = e instanceof Error ? (e.stack ?? e.message) : String(e)
      console.error(`\nsection ${name} failed:\n${why}`)
      report.failed(`${name}.error`, `(${name})`, `section ${name}`, (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '')
    }
    console.log(`  (${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  }
  const totalS = (performance.now() - started) / 1000
  console.log(`\n${renderTable(report.rows)}\n`)
  const counts = { PASS: 0, MISS: 0, 'N/A': 0, INFO: 0 }
  for (const r of report.rows) counts[r.status]++
  console.log(`${counts.PASS} pass, ${counts.MISS} miss, ${counts['N/A']} not available, ${counts.INFO} info — ${totalS.toFixed(0)} s in all`)
  await mkdir(join(ROOT, 'bench'), { recursive: true })
  // A partial run (--only) never replaces the full run's figures (the README's table is made from those).
  const file = only ? 'results.partial.json' : 'results.json'
  await writeFile(
    join(ROOT, 'bench', file),
    `${JSON.stringify({ at: new Date().toISOString(), machine, loadAtEnd: loadavg().map((x) => Number(x.toFixed(2))), sections, totalSeconds: Math.round(totalS), rows: report.rows }, null, 2)}\n`
  )
  console.log(`written: bench/${file}`)
}

try {
  await main()
} finally {
  await removeTemps()
}
