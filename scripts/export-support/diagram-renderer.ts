import { existsSync } from 'node:fs'
import type { DocImages } from '../../src/core/documents/context'
import type { DiagramKey } from '../../src/core/documents/diagramKeys'
import { DIAGRAM_WIDTH_PX } from '../../src/core/documents/diagramSources'
import { buildDiagramBundle } from './diagram-page'

/** Flags for Debian's Chromium in a headless, offline run. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** The system Chromium: `HIWAR_CHROMIUM` when set, else `/usr/bin/chromium`; null when absent. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env.HIWAR_CHROMIUM && env.HIWAR_CHROMIUM.trim() !== '' ? env.HIWAR_CHROMIUM : '/usr/bin/chromium'
  return existsSync(candidate) ? candidate : null
}

export interface DiagramRenderer {
  render(sources: Partial<Record<DiagramKey, string>>): Promise<{ images: DocImages; failed: DiagramKey[] }>
  close(): Promise<void>
}

/**
 * Renders mermaid diagrams to PNG in a blank Chromium page that loads the app's own diagram module
 * (bundled once with Vite: mermaid and the fonts inside, no network). Pages may not fetch anything:
 * every request is refused.
 */
export async function openDiagramRenderer(executablePath: string): Promise<DiagramRenderer> {
  const bundle = await buildDiagramBundle()
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const page = await browser.newPage()
  await page.route('**/*', (route) => route.abort())
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
  await page.addScriptTag({ path: bundle })
  return {
    async render(sources) {
      const images: DocImages = {}
      const failed: DiagramKey[] = []
      for (const [key, source] of Object.entries(sources) as [DiagramKey, string][]) {
        try {
          const r = await page.evaluate(
            ([s, w]) => (globalThis as unknown as { hiwarDiagrams: import('../../src/renderer/src/diagrams/headless/entry').HeadlessDiagrams }).hiwarDiagrams.toPng(s, w, 3),
            [source, DIAGRAM_WIDTH_PX[key]] as const
          )
          images[key] = { data: new Uint8Array(Buffer.from(r.pngBase64, 'base64')), widthPx: r.widthPx, heightPx: r.heightPx }
        } catch {
          failed.push(key)
        }
      }
      return { images, failed }
    },
    close: () => browser.close()
  }
}
