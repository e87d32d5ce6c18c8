/**
 * The renderer built exactly as electron-vite builds it (the renderer section of electron.vite.config.ts,
 * minified, target chrome130), plus a Vite manifest and Rollup's own chunk graph, to measure what the app
 * loads at start-up: the entry chunk and everything it imports statically, gzipped — and to check that
 * mermaid (and every stage screen) sits in a lazily loaded chunk.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { InlineConfig, Rollup } from 'vite'
import { tempDir } from './env'

export interface RendererBuild {
  dir: string
  /** Files loaded before the app can run: the entry chunk, its static imports (transitively), its CSS. */
  initialJs: { file: string; bytes: number; gzip: number }[]
  initialCss: { file: string; bytes: number; gzip: number }[]
  /** Modules of the initial JS graph that come from the mermaid package (should be none). */
  mermaidInInitial: string[]
  /** The chunk that holds mermaid's core, if any, and its gzipped size. */
  mermaidChunk: { file: string; gzip: number } | null
  totalJsGzip: number
}

/** `readable`: no minification (function names in CPU profiles); sizes are then not the shipped ones. */
export async function buildRendererWithManifest(options: { readable?: boolean } = {}): Promise<RendererBuild> {
  const { build } = await import('vite')
  const { default: config } = (await import('../../electron.vite.config')) as { default: { renderer?: InlineConfig } }
  const renderer = config.renderer
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section')
  const dir = await tempDir('renderer')
  const result = await build({
    ...renderer,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    build: {
      ...renderer.build,
      ...(options.readable ? { minify: false } : {}),
      modulePreload: { polyfill: false },
      outDir: dir,
      emptyOutDir: true,
      reportCompressedSize: false,
      manifest: true
    }
  })
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`renderer build produced no index.html in ${dir}`)
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunks = new Map<string, Rollup.OutputChunk>()
  for (const out of outputs) for (const item of out.output) if (item.type === 'chunk') chunks.set(item.fileName, item)

  const entries = [...chunks.values()].filter((c) => c.isEntry)
  const initial = new Set<string>()
  const css = new Set<string>()
  const visit = (file: string) => {
    if (initial.has(file)) return
    const chunk = chunks.get(file)
    if (!chunk) return
    initial.add(file)
    for (const c of chunk.viteMetadata?.importedCss ?? []) css.add(c)
    for (const imp of chunk.imports) visit(imp)
  }
  for (const e of entries) visit(e.fileName)

  const sizeOf = (file: string) => {
    const bytes = readFileSync(join(dir, file))
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length }
  }
  const mermaidModule = (id: string) => /[\\/]node_modules[\\/]mermaid[\\/]/.test(id)
  const mermaidInInitial = [...initial].flatMap((f) => (chunks.get(f)?.moduleIds ?? []).filter(mermaidModule))
  const mermaidCore = [...chunks.values()].find((c) => c.moduleIds.some((id) => /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/]mermaid\.core\.mjs$/.test(id)))
  return {
    dir,
    initialJs: [...initial].map(sizeOf),
    initialCss: [...css].map(sizeOf),
    mermaidInInitial,
    mermaidChunk: mermaidCore ? { file: mermaidCore.fileName, gzip: sizeOf(mermaidCore.fileName).gzip } : null,
    totalJsGzip: [...chunks.keys()].reduce((sum, f) => sum + sizeOf(f).gzip, 0)
  }
}
