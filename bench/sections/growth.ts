/**
 * (f) Growth: the full-report export (in-process, in a child with a time limit) and the save (real
 * storage) at 1×, 2×, 4× and 8× the large project, with the least-squares slope of log(time) against
 * log(size). Target: linear (slope ≤ 1.2; 2 would be a stakeholder × action quadratic).
 */
import { repoHas } from '../lib/env'
import { timeDocuments } from '../lib/docs'
import { imagesFor } from '../lib/images'
import type { Report, SectionOptions } from '../lib/report'
import type { DocOutcome } from '../lib/docs'
import { logLogSlope, summarize } from '../lib/stats'
import { libraryWithLarge, timeSaves } from './storage'

const SECTION = '(f) Growth at 1×, 2×, 4×, 8×'
const SCALES = [1, 2, 4, 8] as const
const stopReason = (o: DocOutcome | undefined): string =>
  !o ? 'no result' : 'timedOut' in o ? `one build took longer than ${o.limitMs / 1000} s` : 'failed' in o ? o.failed : 'unknown'

const LINEAR = { stat: 'value' as const, max: 1.2, text: 'slope ≤ 1.2 (linear)' }

export async function runGrowth(report: Report, options: SectionOptions): Promise<void> {
  console.log(`\n${SECTION}`)

  // Slopes are fitted on CPU time (the work done, whatever else the machine runs); the wall-time slope
  // is given beside it.
  const saveCpu: { x: number; y: number }[] = []
  const saveWall: { x: number; y: number }[] = []
  for (const scale of SCALES) {
    const lib = await libraryWithLarge(scale)
    const cpu: number[] = []
    const sample = await timeSaves(lib, { minRuns: 6, maxRuns: 15, budgetMs: 2_000 }, cpu)
    saveWall.push({ x: scale, y: sample.median })
    saveCpu.push({ x: scale, y: summarize(cpu).median })
    report.add({ id: `growth.save.x${scale}`, section: SECTION, label: `Save at ${scale}×`, unit: 'ms', sample, note: `CPU ${summarize(cpu).median.toFixed(1)} ms (median)` })
  }
  report.add({
    id: 'growth.save.slope',
    section: SECTION,
    label: 'Save: log-log slope (CPU time)',
    unit: 'slope',
    value: logLogSlope(saveCpu),
    target: LINEAR,
    note: `wall-time slope ${logLogSlope(saveWall).toFixed(2)}`
  })

  if (!repoHas('src/core/documents/index.ts')) {
    report.unavailable('growth.export.slope', SECTION, 'Export: log-log slope', 'src/core/documents/index.ts is not there', LINEAR)
    return
  }
  const images = await imagesFor('large')
  // Builders alone (Hiwar's own code: project → docx objects), then the whole in-process export.
  const buildPoints: { x: number; y: number }[] = []
  const buildWall: { x: number; y: number }[] = []
  for (const scale of SCALES) {
    const [o] = await timeDocuments({ project: 'large', scale, kinds: ['fullReport'], imagesDir: images.dir, perKindMs: 60_000, warmup: scale === 1 ? 1 : 0, minRuns: scale <= 2 ? 2 : 1, maxRuns: 5, budgetMs: 3_000, pack: false })
    const label = `Full report, builders only at ${scale}×`
    if (!o || !('line' in o)) {
      report.add({ id: `growth.build.x${scale}`, section: SECTION, label, unit: 'ms', value: Number.NaN, note: `stopped: ${stopReason(o)}` })
      break
    }
    const sample = summarize(o.line.runs)
    buildPoints.push({ x: scale, y: summarize(o.line.cpuMs).median })
    buildWall.push({ x: scale, y: sample.median })
    report.add({ id: `growth.build.x${scale}`, section: SECTION, label, unit: 'ms', sample, note: `CPU ${summarize(o.line.cpuMs).median.toFixed(0)} ms` })
  }
  report.add({
    id: 'growth.build.slope',
    section: SECTION,
    label: 'Export builders: log-log slope (CPU time)',
    unit: 'slope',
    value: logLogSlope(buildPoints),
    target: LINEAR,
    note: `wall-time slope ${logLogSlope(buildWall).toFixed(2)}`
  })

  // The whole export (build + pack). When the 1× export of (a) is slow, 2×–8× would take many minutes
  // each: the series is then taken below 1× (1/8, 1/4, 1/2 and the 1× of (a)) — the slope says the same.
  const exportPoints: { x: number; y: number }[] = []
  const exportWall: { x: number; y: number }[] = []
  const atOne = report.find('export.inprocess.fullReport.large')
  const oneMs = atOne?.sample?.median
  if (atOne && oneMs === undefined) {
    report.add({
      id: 'growth.export.slope',
      section: SECTION,
      label: 'Export (build + pack): log-log slope',
      unit: 'slope',
      value: Number.NaN,
      target: LINEAR,
      note: `skipped: the 1× full report did not finish in (a) (${atOne.note ?? 'no figure'})`
    })
    return
  }
  const slow = oneMs !== undefined && oneMs > 15_000
  const scales: readonly number[] = slow ? [0.125, 0.25, 0.5] : SCALES
  const oneCpu = /CPU (\d+) ms/.exec(atOne?.note ?? '')
  if (slow && oneMs !== undefined && oneCpu) {
    exportPoints.push({ x: 1, y: Number(oneCpu[1]) })
    exportWall.push({ x: 1, y: oneMs })
  }
  for (const scale of scales) {
    if (options.remainingMs() < 60_000) {
      report.skipped(`growth.export.x${scale}`, SECTION, `Full-report export at ${scale}×`, 'the 10-minute budget of npm run bench is nearly spent')
      break
    }
    const [o] = await timeDocuments({ project: 'large', scale, kinds: ['fullReport'], imagesDir: images.dir, perKindMs: 90_000, warmup: 0, minRuns: 1, maxRuns: 3, budgetMs: 8_000 })
    const label = `Full-report export at ${scale}× (build + pack)`
    if (!o || !('line' in o)) {
      report.add({ id: `growth.export.x${scale}`, section: SECTION, label, unit: 'ms', value: Number.NaN, note: `stopped: ${stopReason(o)}` })
      break
    }
    const sample = summarize(o.line.runs)
    exportPoints.push({ x: scale, y: summarize(o.line.cpuMs).median })
    exportWall.push({ x: scale, y: sample.median })
    report.add({ id: `growth.export.x${scale}`, section: SECTION, label, unit: 'ms', sample, note: `CPU ${summarize(o.line.cpuMs).median.toFixed(0)} ms; ${(o.line.bytes / 1024).toFixed(0)} KB .docx` })
  }
  const xs = exportPoints.map((p) => p.x).sort((a, b) => a - b)
  report.add({
    id: 'growth.export.slope',
    section: SECTION,
    label: `Export (build + pack): log-log slope, CPU time${slow ? ' (1/8× to 1×)' : ''}`,
    unit: 'slope',
    value: exportPoints.length >= 2 ? logLogSlope(exportPoints) : Number.NaN,
    target: LINEAR,
    note: [
      `from ${exportPoints.length} sizes (${xs.map((x) => `${x}×`).join(', ')})`,
      `wall-time slope ${logLogSlope(exportWall).toFixed(2)}`,
      slow ? `the 1× export takes ${((oneMs ?? 0) / 1000).toFixed(0)} s, so 2×–8× are left out to keep the run under 10 minutes` : ''
    ]
      .filter(Boolean)
      .join('; ')
  })
}
