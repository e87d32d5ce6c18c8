/**
 * (e) Mermaid in Debian Chromium, through the app's own diagram code (the headless diagram bundle): the
 * first diagram (mermaid loaded and initialised), then every diagram of the large project and the sample
 * again and again — target p95 ≤ 150 ms per diagram after the first. The PNG at print resolution (what
 * the documents embed: up to 3 pixels per CSS pixel, 2 for pictures wider than a portrait page — see
 * printScale in src/renderer/src/diagrams/png.ts) is timed and weighed too.
 */
import { BENCH_NOW } from '../lib/env'
import { diagramPageMissing, diagramWidthPx, launchChromium, loadDiagramWidths, openDiagramPage, projectDiagramSources } from '../lib/diagrams'
import { benchLarge, benchSample } from '../lib/images'
import type { Report } from '../lib/report'
import { summarize } from '../lib/stats'

const SECTION = '(e) Mermaid diagrams (Chromium)'
const REPS = 3

export async function runMermaid(report: Report): Promise<void> {
  console.log(`\n${SECTION}`)
  const target = { stat: 'p95' as const, max: 150, text: 'p95 ≤ 150 ms' }
  const missing = diagramPageMissing()
  if (missing) {
    report.unavailable('mermaid.svg.p95', SECTION, 'Mermaid render per diagram after the first', missing, target)
    return
  }
  const browser = await launchChromium()
  try {
    const page = await openDiagramPage(browser)
    await loadDiagramWidths()
    const sets = [
      ['large', await projectDiagramSources(benchLarge(), 'fr', BENCH_NOW)],
      ['sample', await projectDiagramSources(benchSample(), 'fr', BENCH_NOW)]
    ] as const
    const all = sets.flatMap(([which, sources]) => Object.entries(sources).map(([key, source]) => ({ which, key, source })))
    if (all.length === 0) {
      report.unavailable('mermaid.svg.p95', SECTION, 'Mermaid render per diagram after the first', 'the projects gave no diagram source', target)
      return
    }
    const first = all[0] as (typeof all)[number]
    const t0 = performance.now()
    await page.toSvg(first.source)
    report.add({ id: 'mermaid.first', section: SECTION, label: `First diagram (loads mermaid): ${first.key}, ${first.which}`, unit: 'ms', value: performance.now() - t0 })

    const svgAll: number[] = []
    const pngAll: number[] = []
    for (const d of all) {
      const svg: number[] = []
      const png: number[] = []
      let pngBytes = 0
      for (let i = 0; i < REPS; i++) {
        let t = performance.now()
        await page.toSvg(d.source)
        svg.push(performance.now() - t)
        if (i < 1) {
          t = performance.now()
          const picture = await page.toPng(d.source, diagramWidthPx(d.key))
          png.push(performance.now() - t)
          pngBytes = Math.floor((picture.pngBase64.length * 3) / 4)
        }
      }
      svgAll.push(...svg)
      pngAll.push(...png)
      report.add({
        id: `mermaid.svg.${d.which}.${d.key}`,
        section: SECTION,
        label: `  ${d.key} — ${d.which} (${d.source.split('\n').length} lines of mermaid)`,
        unit: 'ms',
        sample: summarize(svg),
        note: `PNG at print resolution: median ${summarize(png).median.toFixed(0)} ms, ${(pngBytes / 1e6).toFixed(2)} MB`
      })
    }
    report.add({ id: 'mermaid.svg.p95', section: SECTION, label: 'Mermaid render per diagram after the first (SVG)', unit: 'ms', sample: summarize(svgAll), target })
    report.add({ id: 'mermaid.png', section: SECTION, label: 'Diagram to PNG at print resolution (SVG + raster)', unit: 'ms', sample: summarize(pngAll) })
  } finally {
    await browser.close()
  }
}
