import { renderMermaidSvg } from './mermaid'

/** A diagram as a picture: PNG bytes at print resolution, and the size it should take on the page. */
export interface DiagramPng {
  png: Uint8Array
  /** Display width on the page, in CSS pixels (96 per inch); the PNG itself is `scale` times larger. */
  widthPx: number
  heightPx: number
  scale: number
}

export interface PngOptions {
  /** Width the picture should take on the page, in CSS pixels (e.g. 640 ≈ 17 cm). */
  widthPx: number
  /** Most pixels per CSS pixel in the PNG: 3 ≈ 288 dpi (less for wide or large pictures: `printScale`). */
  scale?: number
  /** Never enlarge a small diagram by more than this, so its letters keep a sane size. */
  maxUpscale?: number
}

/** Chromium refuses canvases above ~16k pixels a side or ~268M pixels in all. */
const MAX_SIDE = 16_000
const MAX_AREA = 60_000_000

/**
 * Print resolution, kept sensible: a picture wider than the text of a portrait page (the gantts, on
 * landscape pages) gets at most 2 pixels per CSS pixel (≈ 190 dpi at its printed size), and no picture
 * more than PRINT_MAX_PIXELS in all — crisp in Word and in print, without multi-megabyte images that are
 * slow to paint, encode and embed.
 */
export const WIDE_PX = 720
export const WIDE_SCALE = 2
export const PRINT_MAX_PIXELS = 6_000_000

/** Pixels per CSS pixel for a picture of `size` (CSS px) asked at `requested`. */
export function printScale(size: Box, requested: number): number {
  const wide = size.width > WIDE_PX ? WIDE_SCALE : requested
  const area = size.width * size.height
  return Math.min(requested, wide, MAX_SIDE / size.width, MAX_SIDE / size.height, Math.sqrt(Math.min(MAX_AREA, PRINT_MAX_PIXELS) / area))
}

export interface Box {
  width: number
  height: number
}

/** The drawing's own size, from its viewBox (mermaid writes `width="100%"`, which an <img> cannot use). */
export function svgIntrinsicSize(svg: SVGSVGElement): Box | null {
  const vb = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number)
  if (vb.length === 4 && vb.every(Number.isFinite) && (vb[2] ?? 0) > 0 && (vb[3] ?? 0) > 0) {
    return { width: vb[2] as number, height: vb[3] as number }
  }
  const w = parseFloat(svg.getAttribute('width') ?? '')
  const h = parseFloat(svg.getAttribute('height') ?? '')
  return w > 0 && h > 0 && !/%/.test(svg.getAttribute('width') ?? '') ? { width: w, height: h } : null
}

/**
 * Makes a standalone SVG document out of mermaid's inline SVG: explicit width and height (from the viewBox),
 * the fonts inlined, and the XML namespace declared. Returns the markup and the display size.
 */
export function standaloneSvg(svgMarkup: string, options: PngOptions, fontFaceCss = ''): { markup: string; size: Box } {
  const doc = new DOMParser().parseFromString(svgMarkup, 'image/svg+xml')
  const root = doc.documentElement
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('not an SVG document')
  }
  const svg = root as unknown as SVGSVGElement
  const natural = svgIntrinsicSize(svg) ?? { width: options.widthPx, height: options.widthPx * 0.6 }
  const factor = Math.min(options.maxUpscale ?? 1.25, options.widthPx / natural.width)
  const size = { width: Math.max(1, Math.round(natural.width * factor)), height: Math.max(1, Math.round(natural.height * factor)) }
  if (!svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${natural.width} ${natural.height}`)
  svg.setAttribute('width', String(size.width))
  svg.setAttribute('height', String(size.height))
  svg.style.removeProperty('max-width')
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style')
  if (fontFaceCss) {
    style.textContent = fontFaceCss
    svg.insertBefore(style, svg.firstChild)
  }
  return { markup: new XMLSerializer().serializeToString(doc), size }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('the diagram picture could not be loaded'))
    img.src = url
  })
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('the canvas gave no PNG'))
      blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject)
    }, 'image/png')
  })
}

/** Paints a standalone SVG on a white canvas at `scale` pixels per CSS pixel and returns the PNG. */
export async function svgToPng(svgMarkup: string, options: PngOptions): Promise<DiagramPng> {
  const { inlineFontFaceCss } = await import('./fonts')
  const { markup, size } = standaloneSvg(svgMarkup, options, inlineFontFaceCss())
  const scale = printScale(size, options.scale ?? 3)
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`)
  // Let the inlined fonts settle inside the picture before painting it.
  await img.decode().catch(() => undefined)
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(size.width * scale))
  canvas.height = Math.max(1, Math.round(size.height * scale))
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  return { png: await canvasToPng(canvas), widthPx: size.width, heightPx: size.height, scale }
}

/**
 * Mermaid source → PNG for a Word document: rendered to SVG by mermaid (strict), sized from its viewBox,
 * painted at print resolution. Throws a `DiagramError` when the text does not parse.
 */
export async function renderDiagramToPng(source: string, options: PngOptions): Promise<DiagramPng> {
  const svg = await renderMermaidSvg(source)
  return svgToPng(svg, options)
}

/** PNG bytes → base64, for the export channel (JSON-safe). */
export function pngToBase64(png: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < png.length; i += chunk) binary += String.fromCharCode(...png.subarray(i, i + chunk))
  return btoa(binary)
}
