/**
 * (a) The full report of the large project built in-process (builders + docx packing, with the diagram
 * pictures embedded; their rendering is timed in the mermaid section) and (b) each document kind alone,
 * for the large project and the Rabat sample. Every build runs in a child process with a time limit.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentKind } from '../../src/core/documents'
import { formatTop, type CpuProfile } from '../lib/cpuprofile'
import { PROFILE_DIR } from '../lib/profile'
import { repoHas } from '../lib/env'
import { timeDocuments, type DocOutcome } from '../lib/docs'
import { imagesFor } from '../lib/images'
import type { Report, SectionOptions } from '../lib/report'
import { summarize } from '../lib/stats'

const SECTION_A = '(a) Full report, in-process'
const SECTION_B = '(b) Each document alone'

export function outcomeRow(report: Report, id: string, section: string, label: string, o: DocOutcome | undefined, extra = ''): void {
  if (!o) {
    report.unavailable(id, section, label, 'no result from the worker')
  } else if ('timedOut' in o) {
    report.add({ id, section, label, unit: 'ms', value: Number.NaN, note: `stopped: one build took longer than ${o.limitMs / 1000} s${extra}` })
  } else if ('failed' in o) {
    report.add({ id, section, label, unit: 'ms', value: Number.NaN, note: `failed: ${o.failed}` })
  } else {
    const l = o.line
    const med = (xs: number[]) => summarize(xs).median
    report.add({
      id,
      section,
      label,
      unit: 'ms',
      sample: summarize(l.runs),
      note: `build ${med(l.buildMs).toFixed(0)} ms + pack ${med(l.packMs).toFixed(0)} ms (median); CPU ${med(l.cpuMs).toFixed(0)} ms; ${(l.bytes / 1024).toFixed(0)} KB .docx${extra}`
    })
  }
}

export async function runDocuments(report: Report, options?: SectionOptions): Promise<void> {
  if (!repoHas('src/core/documents/index.ts')) {
    report.unavailable('export.inprocess.fullReport', SECTION_A, 'Full report, large project', 'src/core/documents/index.ts (createDocument) is not there')
    report.unavailable('doc.each', SECTION_B, 'Each document kind', 'src/core/documents/index.ts (createDocument) is not there')
    return
  }
  const { DOCUMENT_KINDS } = await import('../../src/core/documents')
  console.log(`\n${SECTION_A}`)
  const [largeImages, sampleImages] = [await imagesFor('large'), await imagesFor('sample')]
  const pictures = (set: { dir: string | null; missing: string | null }) =>
    set.dir ? '; diagrams embedded as PNG' : `; without pictures (${set.missing})`

  const [full] = await timeDocuments({ project: 'large', kinds: ['fullReport'], imagesDir: largeImages.dir, perKindMs: 100_000, minRuns: 3, maxRuns: 10, budgetMs: 15_000 })
  outcomeRow(report, 'export.inprocess.fullReport.large', SECTION_A, 'Full report, large project (build + pack)', full, pictures(largeImages))

  if (options?.profile) {
    // The full report of the sample (page-number estimation) and the large report's builders alone.
    for (const [name, which, pack] of [
      ['docs-fullReport-sample', 'sample', true],
      ['docs-fullReport-large-build', 'large', false]
    ] as const) {
      const dir = join(PROFILE_DIR, name)
      await rm(dir, { recursive: true, force: true })
      await timeDocuments({ project: which, kinds: ['fullReport'], imagesDir: null, perKindMs: 120_000, warmup: 0, minRuns: 1, maxRuns: 1, budgetMs: 0, pack, cpuProfileDir: dir })
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.cpuprofile'))
      const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(join(dir, f))).size })))
      const [biggest, ...others] = sized.sort((x, y) => y.size - x.size)
      // The smaller files are tsx's loader thread: keep only the main thread's profile.
      for (const o of others) await rm(join(dir, o.f), { force: true })
      if (biggest) console.log(formatTop(`${name} (bench/profiles/${name}/${biggest.f})`, JSON.parse(await readFile(join(dir, biggest.f), 'utf8')) as CpuProfile, 15))
    }
  }

  console.log(`\n${SECTION_B}`)
  const kinds = DOCUMENT_KINDS as readonly DocumentKind[]
  for (const [which, images, perKindMs] of [
    ['sample', sampleImages, 60_000],
    ['large', largeImages, 90_000]
  ] as const) {
    const list = which === 'large' ? kinds.filter((k) => k !== 'fullReport') : kinds
    const outcomes = await timeDocuments({ project: which, kinds: list, imagesDir: images.dir, perKindMs, minRuns: 3, maxRuns: 7, budgetMs: 2_000 })
    for (const kind of list) {
      outcomeRow(report, `doc.${which}.${kind}`, SECTION_B, `${kind} — ${which === 'large' ? 'large project' : 'Rabat sample'}`, outcomes.find((o) => o.kind === kind))
    }
  }
}
