/**
 * Mermaid in Debian Chromium for the benchmarks: the headless diagram page (the bundle the export command
 * uses, scripts/export-support/diagram-page.ts — the app's own diagram code) in a blank page, to time
 * each diagram and to make the PNGs the in-process exports embed.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Project } from '../../src/core/model/project'
import type { Lang } from '../../src/core/model/common'
import { repoHas } from './env'

export const CHROMIUM_PATH = process.env.HIWAR_CHROMIUM ?? '/usr/bin/chromium'
/** The flags of the team brief. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

/** Why the diagram page cannot be used yet, or null when it can. */
export function diagramPageMissing(): string | null {
  if (!repoHas('scripts/export-support/diagram-page.ts')) return 'scripts/export-support/diagram-page.ts (the headless diagram bundle) is not there'
  if (!repoHas('src/renderer/src/diagrams/headless/entry.ts')) return 'src/renderer/src/diagrams/headless/entry.ts is not there'
  if (!repoHas('src/core/documents/index.ts')) return 'diagramSources (src/core/documents/index.ts) is not there'
  return null
}

export interface DiagramPage {
  page: Page
  toSvg(source: string): Promise<string>
  toPng(source: string, widthPx: number, scale?: number): Promise<{ pngBase64: string; widthPx: number; heightPx: number }>
}

/** A blank page with the diagram bundle loaded (mermaid itself loads on the first diagram). */
export async function openDiagramPage(browser: Browser): Promise<DiagramPage> {
  const { buildDiagramBundle } = await import('../../scripts/export-support/diagram-page')
  const bundle = await buildDiagramBundle()
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
  await page.addScriptTag({ path: bundle })
  await page.waitForFunction(() => 'hiwarDiagrams' in globalThis)
  type Api = {
    toSvg: (s: string) => Promise<string>
    toPng: (s: string, w: number, k?: number) => Promise<{ pngBase64: string; widthPx: number; heightPx: number }>
  }
  return {
    page,
    toSvg: (source) => page.evaluate((s) => (globalThis as unknown as { hiwarDiagrams: Api }).hiwarDiagrams.toSvg(s), source),
    toPng: (source, widthPx, scale = 3) =>
      page.evaluate(([s, w, k]) => (globalThis as unknown as { hiwarDiagrams: Api }).hiwarDiagrams.toPng(s, w, k), [source, widthPx, scale] as const)
  }
}

/** The mermaid source of each diagram of a project (what the documents embed). */
export async function projectDiagramSources(project: Project, lang: Lang, now: string): Promise<Record<string, string>> {
  const documents = (await import('../../src/core/documents')) as { diagramSources?: (p: Project, l: Lang, n: string) => Record<string, string> }
  if (typeof documents.diagramSources !== 'function') throw new Error('src/core/documents does not export diagramSources')
  return documents.diagramSources(project, lang, now)
}

const FALLBACK_WIDTH_PX: Record<string, number> = { agendaGantt: 900, actionGantt: 900 }
let widths: Record<string, number> = {}
/** Loads the widths the documents render each diagram at (DIAGRAM_WIDTH_PX), when exported. */
export async function loadDiagramWidths(): Promise<void> {
  const documents = (await import('../../src/core/documents')) as { DIAGRAM_WIDTH_PX?: Record<string, number> }
  widths = documents.DIAGRAM_WIDTH_PX ?? FALLBACK_WIDTH_PX
}

/** Width of a diagram in the documents (CSS px). */
export const diagramWidthPx = (key: string): number => widths[key] ?? FALLBACK_WIDTH_PX[key] ?? 640

/**
 * Renders every diagram of the project to PNG at print resolution and writes them with `images.json`
 * (the form bench/workers/documents.ts reads). Returns the time each took.
 */
export async function writeDiagramImages(page: DiagramPage, project: Project, lang: Lang, now: string, dir: string): Promise<Record<string, number>> {
  const sources = await projectDiagramSources(project, lang, now)
  await loadDiagramWidths()
  const sizes: Record<string, { widthPx: number; heightPx: number }> = {}
  const times: Record<string, number> = {}
  for (const [key, source] of Object.entries(sources)) {
    const t0 = performance.now()
    const png = await page.toPng(source, diagramWidthPx(key))
    times[key] = performance.now() - t0
    await writeFile(join(dir, `${key}.png`), Buffer.from(png.pngBase64, 'base64'))
    sizes[key] = { widthPx: png.widthPx, heightPx: png.heightPx }
  }
  await writeFile(join(dir, 'images.json'), JSON.stringify(sizes))
  return times
}
