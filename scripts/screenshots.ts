/**
 * `npm run screenshots`: opens the built renderer in Debian Chromium with the real handler map over a temp
 * data folder holding the Rabat 2017 sample, walks every screen listed by `scripts/screens/*.ts` in French
 * and in Arabic, and writes artifacts/screens/<lang>-<screen>.png.
 *
 * Renderer: HIWAR_RENDERER_DIR if set, else out/renderer (just built by `electron-vite build`), else a
 * fresh build in a temp folder. `--only=<substring>` limits the walk; `--lang=fr,ar,en` picks languages.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createI18n } from '../src/core/i18n/create'
import { LANGUAGES, type Lang } from '../src/core/model/common'
import { createHandlers } from '../src/main/handlers'
import { openApp, screenshot } from '../test/support/app'
import type { ScreenContext, ScreenDef, ScreenModule } from '../test/support/screens'

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const only = arg('only')
const langs = (arg('lang')?.split(',') ?? ['fr', 'ar']).filter((l): l is Lang => (LANGUAGES as readonly string[]).includes(l))
const outDir = resolve('artifacts/screens')

async function loadScreens(): Promise<Array<{ file: string; module: ScreenModule }>> {
  const dir = resolve('scripts/screens')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort((a, b) => (a === 'foundation.ts' ? -1 : b === 'foundation.ts' ? 1 : a.localeCompare(b)))
  const modules = []
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Partial<ScreenModule>
    if (!Array.isArray(module.screens)) throw new Error(`scripts/screens/${file} exports no \`screens\` array`)
    modules.push({ file, module: module as ScreenModule })
  }
  return modules
}

async function main(): Promise<number> {
  if (!process.env.HIWAR_RENDERER_DIR && existsSync(resolve('out/renderer/index.html'))) {
    process.env.HIWAR_RENDERER_DIR = resolve('out/renderer')
  }
  const modules = await loadScreens()
  const dataDir = await mkdtemp(join(tmpdir(), 'hiwar-screens-data-'))
  const failures: string[] = []
  let written = 0
  try {
    // Data first, through the very handler map the app uses (then released before the app opens).
    const setup = createHandlers({
      dataDir,
      dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null }
    })
    const sample = await setup.createProject({ name: createI18n('fr').t('library.sampleName'), sample: 'rabat2017' })
    if (!sample.ok) throw new Error(`cannot create the sample: ${sample.error.code}`)
    const sampleId = sample.value.id
    for (const { file, module } of modules) {
      try {
        await module.prepare?.({ handlers: setup, sampleId, dataDir })
      } catch (e) {
        failures.push(`${file} prepare: ${e instanceof Error ? e.message : String(e)}`)
      }
    }

    for (const lang of langs) {
      const app = await openApp({ lang, dataDir })
      try {
        const ctx: ScreenContext = { page: app.page, app, lang, sampleId, dataDir, handlers: app.handlers, goto: app.goto, gotoStage: app.gotoStage }
        for (const { file, module } of modules) {
          for (const screen of module.screens as ScreenDef[]) {
            if (only && !screen.name.includes(only)) continue
            const name = `${lang}-${screen.name}`
            const before = app.errors.length
            try {
              await screen.go(ctx)
              await app.page.waitForTimeout(150)
              const path = await screenshot(app.page, name, outDir)
              written++
              const newErrors = app.errors.slice(before)
              if (newErrors.length > 0) failures.push(`${name} (${file}): ${newErrors.join(' | ')}`)
              console.log(`${newErrors.length > 0 ? '!' : '✓'} ${path}`)
            } catch (e) {
              failures.push(`${name} (${file}): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
              await screenshot(app.page, `${name}--failed`, outDir).catch(() => '')
            }
          }
        }
      } finally {
        await app.close()
      }
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
  console.log(`\n${written} screenshot(s) in ${outDir}`)
  if (failures.length > 0) {
    console.error(`${failures.length} problem(s):\n- ${failures.join('\n- ')}`)
    return 1
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  }
)
