/**
 * `npm run export`: runs the precompiled export command (out/export/export.mjs) with plain Node. Builds it
 * first (scripts/export-support/vite.config.ts) when it is missing or older than one of the files it was
 * built from, so a fresh clone, or a change to the code, needs nothing more than `npm ci`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT = join(ROOT, 'out', 'export')
const BUNDLE = join(OUT, 'export.mjs')
const INPUTS = join(OUT, 'inputs.json')

function stale() {
  if (!existsSync(BUNDLE) || !existsSync(INPUTS)) return true
  const built = statSync(BUNDLE).mtimeMs
  const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'))
  return inputs.some((file) => {
    try {
      return statSync(join(ROOT, file)).mtimeMs > built
    } catch {
      return true
    }
  })
}

if (stale()) {
  // Build messages go to stderr: stdout lists the files written.
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const built = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'scripts', 'export-support', 'vite.config.ts')], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, 'inherit']
  })
  if (built.status !== 0 || !existsSync(BUNDLE)) {
    process.stderr.write('export: building out/export/export.mjs failed\n')
    process.exit(70)
  }
}

const { main } = await import(pathToFileURL(BUNDLE).href)
process.exitCode = await main(process.argv.slice(2))
