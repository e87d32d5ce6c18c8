import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, type InlineConfig } from 'vite'
import electronViteConfig from '../../electron.vite.config'

/**
 * Builds the renderer exactly as `electron-vite build` does (the renderer section of
 * electron.vite.config.ts) into a fresh temp folder of its own — several people run the browser tests
 * at once, so no two runs share an output folder. Returns the folder holding index.html.
 */
export async function buildRenderer(outDir?: string): Promise<string> {
  const config = electronViteConfig as { renderer?: InlineConfig }
  const renderer = config.renderer
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section')
  const dir = outDir ?? (await mkdtemp(join(tmpdir(), 'hiwar-renderer-')))
  await build({
    ...renderer,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    // What electron-vite's renderer preset adds: Chromium has modulepreload, no polyfill needed.
    build: { ...renderer.build, modulePreload: { polyfill: false }, outDir: dir, emptyOutDir: true, reportCompressedSize: false }
  })
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`renderer build produced no index.html in ${dir}`)
  return dir
}

/** The renderer to serve: `HIWAR_RENDERER_DIR` when it points at a build, otherwise a fresh build. */
export async function rendererDir(): Promise<string> {
  const fromEnv = process.env.HIWAR_RENDERER_DIR
  if (fromEnv && existsSync(join(resolve(fromEnv), 'index.html'))) return resolve(fromEnv)
  return buildRenderer()
}
