import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..', '..')
const SOURCE_DIR = join(ROOT, 'src', 'renderer', 'src', 'diagrams')
const ENTRY = join(SOURCE_DIR, 'headless', 'entry.ts')

/** A fingerprint of the diagram code and the mermaid version: the bundle is rebuilt only when it changes. */
function fingerprint(): string {
  const hash = createHash('sha256')
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else hash.update(name).update(readFileSync(path))
    }
  }
  walk(SOURCE_DIR)
  hash.update(readFileSync(join(ROOT, 'node_modules', 'mermaid', 'package.json')))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Bundles the diagram code (mermaid and the fonts included) into one script file for a blank Chromium
 * page, with Vite — the same module the app uses, so the pictures match. Cached in the temp folder.
 */
export async function buildDiagramBundle(): Promise<string> {
  const outDir = join(tmpdir(), `hiwar-diagram-page-${fingerprint()}`)
  const file = join(outDir, 'hiwar-diagrams.js')
  if (existsSync(file)) return file
  mkdirSync(outDir, { recursive: true })
  const { build } = await import('vite')
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'chrome130',
      lib: { entry: ENTRY, formats: ['iife'], name: 'hiwarDiagramsBundle', fileName: () => 'hiwar-diagrams.js' }
    }
  })
  if (!existsSync(file)) throw new Error(`diagram bundle missing after build: ${file}`)
  return file
}
