/**
 * (f) Growth: the full-report export (in-process, in a child with a time limit) and the save (real
 * storage) at 1×, 2×, 4× and 8× the large project, with the least-squares slope of log(time) against
 * log(size). Target: linear (slope ≤ 1.2; 2 would be a stakeholder × action quadratic).
 */
import { repoHas } from '../lib/env'
import { timeDocuments } from '../lib/docs'
import { imagesFor } from '../lib/images'
import type { Report } from '../lib/report'
import type { DocOutcome } from '../lib/docs'
import { logLogSlope, summarize } from '../lib/stats'
import { libraryWithLarge, timeSaves } from './storage'

const SECTION = '(f) Growth at 1×, 2×, 4×, 8×'
const SCALES = [1, 2, 4, 8] as const
const stopReason = (o: DocOutcome | undefined): string =>
  !o ? 'no result' : 'timedOut' in o ? `one build took longer than ${o.limitMs / 1000} s` : 'failed' in o ? o.failed : 'unknown'

const LINEAR = { stat: 'value' as const, max: 1.2, text: 'slope ≤ 1.2 (linear)' }

export async function runGrowth(report: Report): Promise<void> {
  console.log(`\n${SECTION}`)

  const savePoints: { x: number; y: number }[] = []
  for (const scale of SCALES) {
    const lib = await libraryWithLarge(scale)
    const sample = await timeSaves(lib, { minRuns: 6, maxRuns: 15, budgetMs: 2_000 })
    savePoints.push({ x: scale, y: sample.median })
    report.add({ id: `growth.save.x${scale}`, section: SECTION, label: `Save at ${scale}×`, unit: 'ms', sample })
  }
  report.add({ id: 'growth.save.slope', section: SECTION, label: 'Save: log-log slope', unit: 'slope', value: logLogSlope(savePoints), target: LINEAR })

  if (!repoHas('src/core/documents/index.ts')) {
    report.unavailable('growth.export.slope', SECTION, 'Export: log-log slope', 'src/core/documents/index.ts is not there', LINEAR)
    return
  }
  const images = await imagesFor('large')
  // Builders alone (Hiwar's own code: project → docx objects), then the whole in-process export.
  const buildPoints: { x: number; y: number }[] = []
  for (const scale of SCALES) {
    const [o] = await timeDocuments({ project: 'large', scale, kinds: ['fullReport'], imagesDir: images.dir, perKindMs: 60_000, warmup: 1, minRuns: 3, maxRuns: 6, budgetMs: 3_000, pack: false })
    const label = `Full report, builders only at ${scale}×`
    if (!o || !('line' in o)) {
      report.add({ id: `growth.build.x${scale}`, section: SECTION, label, unit: 'ms', value: Number.NaN, note: `stopped: ${stopReason(o)}` })
      break
    }
    const sample = summarize(o.line.runs)
    buildPoints.push({ x: scale, y: sample.median })
    report.add({ id: `growth.build.x${scale}`, section: SECTION, label, unit: 'ms', sample, note: `CPU ${summarize(o.line.cpuMs).median.toFixed(0)} ms` })
  }
  report.add({ id: 'growth.build.slope', section: SECTION, label: 'Export builders: log-log slope', unit: 'slope', value: logLogSlope(buildPoints), target: LINEAR })

  const exportPoints: { x: number; y: number }[] = []
  const atOne = report.find('export.inprocess.fullReport.large')
  if (atOne && !atOne.sample) {
    report.add({
      id: 'growth.export.slope',
      section: SECTION,
      label: 'Export (build + pack): log-log slope',
      unit: 'slope',
      value: Number.NaN,
      target: LINEAR,
      note: `skipped: the 1× full report did not finish in (a) (${atOne.note ?? 'no figure'}), larger ones would not either`
    })
    return
  }
  for (const scale of SCALES) {
    const [o] = await timeDocuments({ project: 'large', scale, kinds: ['fullReport'], imagesDir: images.dir, perKindMs: 90_000, warmup: 0, minRuns: 1, maxRuns: 3, budgetMs: 10_000 })
    const label = `Full-report export at ${scale}× (build + pack)`
    if (!o || !('line' in o)) {
      report.add({ id: `growth.export.x${scale}`, section: SECTION, label, unit: 'ms', value: Number.NaN, note: `stopped: ${stopReason(o)}` })
      break
    }
    const sample = summarize(o.line.runs)
    exportPoints.push({ x: scale, y: sample.median })
    report.add({ id: `growth.export.x${scale}`, section: SECTION, label, unit: 'ms', sample, note: `CPU ${summarize(o.line.cpuMs).median.toFixed(0)} ms; ${(o.line.bytes / 1024).toFixed(0)} KB .docx` })
  }
  report.add({
    id: 'growth.export.slope',
    section: SECTION,
    label: 'Export (build + pack): log-log slope',
    unit: 'slope',
    value: exportPoints.length >= 2 ? logLogSlope(exportPoints) : Number.NaN,
    target: LINEAR,
    note: exportPoints.length < SCALES.length ? `from ${exportPoints.length} of ${SCALES.length} scales (the others did not finish in time)` : undefined
  })
}
