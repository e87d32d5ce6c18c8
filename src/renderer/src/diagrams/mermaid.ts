import type { Mermaid } from 'mermaid'

let loading: Promise<Mermaid> | null = null

/**
 * Loads mermaid on first use (a separate chunk: it is large) and initialises it once: strict security
 * (labels are text, never HTML or scripts), no automatic rendering, a neutral theme, our bundled fonts,
 * and SVG text labels (no HTML `foreignObject`, so the picture can be painted on a canvas).
 */
export function loadMermaid(): Promise<Mermaid> {
  // The fonts (inlined, ~80 KB) travel with mermaid in the lazily loaded part of the app.
  loading ??= Promise.all([import('mermaid'), import('./fonts')]).then(async ([{ default: mermaid }, fonts]) => {
    const { DIAGRAM_FONT_FAMILY } = fonts
    await fonts.ensureDiagramFonts()
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      fontFamily: DIAGRAM_FONT_FAMILY,
      themeVariables: { fontFamily: DIAGRAM_FONT_FAMILY, fontSize: '14px' },
      htmlLabels: false,
      suppressErrorRendering: true,
      logLevel: 'fatal'
    })
    return mermaid
  })
  return loading
}

/** Why a diagram could not be shown: its text does not parse, or drawing it failed. */
export class DiagramError extends Error {
  constructor(
    readonly reason: 'invalid' | 'failed',
    cause?: unknown
  ) {
    super(reason, { cause })
    this.name = 'DiagramError'
  }
}

let counter = 0

/**
 * Mermaid source text → SVG markup (sanitised by mermaid's strict mode). Throws a `DiagramError`.
 * The text is parsed once, by `render`; only when drawing fails is it parsed again, to tell a text that
 * does not parse ('invalid') from a drawing that failed ('failed').
 */
export async function renderMermaidSvg(source: string): Promise<string> {
  const mermaid = await loadMermaid()
  counter += 1
  const id = `hiwar-diagram-${counter}`
  try {
    const { svg } = await mermaid.render(id, source)
    return svg
  } catch (e) {
    let parses = false
    try {
      parses = (await mermaid.parse(source, { suppressErrors: true })) !== false
    } catch {
      parses = false
    }
    throw new DiagramError(parses ? 'failed' : 'invalid', e)
  } finally {
    // Mermaid leaves its scratch element behind when drawing fails.
    document.getElementById(`d${id}`)?.remove()
  }
}
