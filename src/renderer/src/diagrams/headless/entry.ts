/**
 * Entry of the small stand-alone page the headless export command (`scripts/export.ts`) and the browser
 * tests load in Chromium: the very same diagram code as the app, exposed on `window.hiwarDiagrams`.
 * It is bundled apart (one IIFE file, mermaid included) and is not part of the app's renderer.
 */
import { renderMermaidSvg } from '../mermaid'
import { pngToBase64, renderDiagramToPng } from '../png'

export interface HeadlessDiagrams {
  toSvg: (source: string) => Promise<string>
  toPng: (source: string, widthPx: number, scale?: number) => Promise<{ pngBase64: string; widthPx: number; heightPx: number }>
}

const api: HeadlessDiagrams = {
  toSvg: (source) => renderMermaidSvg(source),
  toPng: async (source, widthPx, scale) => {
    const { png, widthPx: w, heightPx: h } = await renderDiagramToPng(source, { widthPx, scale })
    return { pngBase64: pngToBase64(png), widthPx: w, heightPx: h }
  }
}

;(globalThis as unknown as { hiwarDiagrams: HeadlessDiagrams }).hiwarDiagrams = api
