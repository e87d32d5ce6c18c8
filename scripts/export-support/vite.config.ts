/**
 * Build of the precompiled export command: scripts/export.ts and the app code it imports, bundled into
 * one ES module for plain Node (out/export/export.mjs), the packages of node_modules left as imports.
 * `npm run export` runs it through scripts/export-support/cli.mjs, which builds it first when it is
 * missing or older than any of its sources (listed by the build in out/export/inputs.json), so Node does
 * not compile TypeScript at every start as tsx did.
 *
 *   npx vite build --config scripts/export-support/vite.config.ts
 */
import { relative, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

const ROOT = resolve(import.meta.dirname, '..', '..')
export const EXPORT_OUT_DIR = resolve(ROOT, 'out', 'export')

/** Writes inputs.json: the repository files the bundle was built from (the launcher compares their dates). */
function inputsManifest(): Plugin {
  return {
    name: 'hiwar-export-inputs',
    generateBundle() {
      const own = [...this.getModuleIds()]
        .filter((id) => id.startsWith(ROOT) && !id.includes('/node_modules/') && !id.includes('\0'))
        .map((id) => relative(ROOT, id.split('?')[0] as string))
      const inputs = [...new Set([...own, 'package.json', 'package-lock.json', relative(ROOT, import.meta.filename)])].sort()
      this.emitFile({ type: 'asset', fileName: 'inputs.json', source: `${JSON.stringify(inputs, null, 1)}\n` })
    }
  }
}

export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  publicDir: false,
  plugins: [inputsManifest()],
  build: {
    ssr: resolve(ROOT, 'scripts', 'export.ts'),
    outDir: EXPORT_OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'export.mjs' } }
  }
})
