/**
 * (d) The renderer in Debian Chromium, through the e2e harness (test/support/app.ts: the built renderer
 * served on loopback, `window.api` bound to the real handlers over a data folder on disk):
 *   - cold start of the built app to interactive with the large project open (a full page load each time:
 *     no HTTP or code cache, the project read, validated and sent by the handlers);
 *   - keystroke-to-paint while typing in the minutes with autosave running (real keyboard input through
 *     CDP; from the keydown's timestamp to the frame after it, via requestAnimationFrame);
 *   - switching stages (click to the new screen painted);
 *   - the initial JS (entry chunk + its static imports) gzipped, and mermaid kept out of it.
 * Electron's own process start-up cannot be measured here (the binary cannot run); the figures start at
 * the page load.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { STAGES, type StageId } from '../../src/core/workflow/stages'
import { serializeJson } from '../../src/main/storage/safeJsonFile'
import { formatTop, type CpuProfile } from '../lib/cpuprofile'
import { ROOT, repoHas, tempDir } from '../lib/env'
import { benchLarge } from '../lib/images'
import { buildRendererWithManifest, type RendererBuild } from '../lib/renderer-build'
import type { Report } from '../lib/report'
import { summarize } from '../lib/stats'

const SECTION = '(d) Renderer in Chromium'
const COLD_RUNS = 5

/*
 * In-page code is written as plain script text: functions compiled by tsx carry helper calls (`__name`)
 * that do not exist in the page.
 */

/** Installed in every page: long tasks, "this stage is shown", and a waiter for "shown and painted". */
const INSTRUMENT = `(() => {
  const longTasks = []
  window.__benchLongTasks = longTasks
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]) })
      .observe({ type: 'longtask', buffered: true })
  } catch {}
  // The stage is current, its screen is there and nothing in the main column is loading.
  window.__benchStageReady = (stage) => {
    const link = document.querySelector('.stage-nav__link[data-stage="' + stage + '"]')
    const main = document.getElementById('stage-main')
    return !!link && link.getAttribute('aria-current') === 'step' && !!main &&
      !main.querySelector('.app__loading') && !!main.querySelector('.stage-screen, .empty-state')
  }
  // Resolves with performance.now() at the frame after ready() first holds.
  window.__benchWhenPainted = (ready) => new Promise((resolve) => {
    const done = () => {
      const visible = performance.now()
      requestAnimationFrame(() => setTimeout(() => resolve({ visible, painted: performance.now() }), 0))
    }
    if (ready()) return done()
    const mo = new MutationObserver(() => { if (!ready()) return; mo.disconnect(); done() })
    mo.observe(document, { subtree: true, childList: true, attributes: true })
  })
})()`

const whenStagePainted = (stage: string): string =>
  `window.__benchWhenPainted(() => window.__benchStageReady(${JSON.stringify(stage)}))`

/** Keystroke-to-paint: each keydown's timestamp to the frame after it; autosave state changes counted. */
const TYPING_PROBE = `(() => {
  window.__keys = []
  window.__saveWindows = []
  document.addEventListener('keydown', (e) => {
    const ts = e.timeStamp
    const key = e.key
    requestAnimationFrame(() => setTimeout(() => window.__keys.push({ key, at: ts, ms: performance.now() - ts }), 0))
  }, true)
  let saving = null
  new MutationObserver(() => {
    const now = !!document.querySelector('.save-state--saving')
    if (now && saving === null) saving = performance.now()
    if (!now && saving !== null) { window.__saveWindows.push([saving, performance.now()]); saving = null }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] })
})()`

/** Click-to-paint of the next click, for the stage `stage`. */
const clickToStage = (stage: string): string => `new Promise((resolve) => {
  document.addEventListener('click', (e) => {
    const t0 = e.timeStamp
    ${whenStagePainted(stage)}.then(({ painted }) => resolve(painted - t0))
  }, { capture: true, once: true })
})`

async function coldStart(page: Page, url: string, stage: StageId): Promise<{ painted: number; interactive: number; longTasks: number }> {
  await page.goto('about:blank')
  await page.goto(url)
  const { painted } = (await page.evaluate(whenStagePainted(stage))) as { painted: number }
  // Let the start-up work that follows the first paint (effects, lazy chunks) run out, then see when it ended.
  await page.waitForTimeout(700)
  const tasks = (await page.evaluate('window.__benchLongTasks')) as [number, number][]
  const startup = tasks.filter(([start]) => start < painted + 500)
  const lastEnd = Math.max(0, ...startup.map(([s, d]) => s + d))
  return { painted, interactive: Math.max(painted, lastEnd), longTasks: startup.length }
}

async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return cdp
}

async function stopProfile(cdp: CDPSession, name: string): Promise<string> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
  const dir = join(ROOT, 'bench', 'profiles')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile))
  await cdp.detach()
  return formatTop(`renderer ${name} (bench/profiles/${name}.cpuprofile)`, profile, 15)
}

const SENTENCES = [
  'Les délégués confirment la pénurie dans cinq provinces sur sept',
  'Proposition : prime de zone pour les postes ruraux difficiles',
  'أكد المشاركون على ضرورة تعزيز الموارد البشرية',
  'Accord sur un tableau de bord trimestriel des effectifs'
]

export async function runRenderer(report: Report, options: { profile: boolean }): Promise<void> {
  console.log(`\n${SECTION}`)
  const targets = {
    cold: { stat: 'median' as const, max: 800, text: 'median ≤ 800 ms' },
    key: { stat: 'p95' as const, max: 16, text: 'p95 ≤ 16 ms' },
    switch: { stat: 'p95' as const, max: 100, text: 'p95 ≤ 100 ms' },
    js: { stat: 'value' as const, max: 1024, text: '≤ 1024 KB gzip' }
  }
  if (!repoHas('test/support/app.ts') || !repoHas('src/renderer/index.html')) {
    for (const [id, label, t] of [
      ['renderer.cold', 'Cold start to interactive, large project', targets.cold],
      ['renderer.keystroke', 'Keystroke-to-paint, minutes', targets.key],
      ['renderer.switch', 'Switching stages', targets.switch],
      ['renderer.js', 'Initial JS (gzip)', targets.js]
    ] as const) {
      report.unavailable(id, SECTION, label, 'the renderer or its e2e harness (test/support/app.ts) is not there', t)
    }
    return
  }

  // The build: sizes first (no browser needed).
  let build: RendererBuild
  try {
    build = await buildRendererWithManifest({ readable: options.profile })
    if (options.profile) console.log('  (--profile: the renderer is built without minification so profiles show names; its figures are not the shipped ones)')
  } catch (e) {
    report.unavailable('renderer.js', SECTION, 'Initial JS (gzip)', `the renderer does not build: ${e instanceof Error ? e.message : String(e)}`, targets.js)
    return
  }
  const kb = (n: number) => n / 1024
  const jsGzip = build.initialJs.reduce((s, f) => s + f.gzip, 0)
  report.add({
    id: 'renderer.js',
    section: SECTION,
    label: `Initial JS, gzip (entry + ${build.initialJs.length - 1} static imports)`,
    unit: 'KB',
    value: kb(jsGzip),
    target: targets.js,
    note: `${build.initialJs.map((f) => `${f.file} ${kb(f.gzip).toFixed(0)} KB`).join(', ')}; raw ${kb(build.initialJs.reduce((s, f) => s + f.bytes, 0)).toFixed(0)} KB; initial CSS ${kb(build.initialCss.reduce((s, f) => s + f.gzip, 0)).toFixed(0)} KB gzip; all JS chunks ${kb(build.totalJsGzip).toFixed(0)} KB gzip`
  })
  report.add({
    id: 'renderer.mermaidLazy',
    section: SECTION,
    label: 'Mermaid modules in the initial JS',
    unit: 'count',
    value: build.mermaidInInitial.length,
    target: { stat: 'value', max: 0, text: '0 (lazy chunk)' },
    note: build.mermaidChunk ? `mermaid core in ${build.mermaidChunk.file} (${kb(build.mermaidChunk.gzip).toFixed(0)} KB gzip), loaded on demand` : 'no mermaid chunk found in the build'
  })

  process.env.HIWAR_RENDERER_DIR = build.dir
  const { openApp } = await import('../../test/support/app')
  const dataDir = await tempDir('renderer-data')
  const file = join(dataDir, 'large.hiwar.json')
  // Draft minutes: final minutes are locked, and note-taking is what is measured.
  const large = benchLarge()
  await writeFile(file, serializeJson({ ...large, minutes: { ...large.minutes, status: 'draft', finalisedAt: null } }))
  const app = await openApp({ dataDir, dialogs: { openFile: file } })
  try {
    const imported = await app.handlers.importProject()
    if (!imported.ok) throw new Error(`import failed: ${imported.error.code}`)
    const id = imported.value.id
    const { page } = app
    await app.context.addInitScript({ content: INSTRUMENT })
    const base = page.url().replace(/#.*$/, '')

    // Cold start (framing is where a project opens; minutes is the heaviest screen).
    for (const stage of ['framing', 'minutes'] as const) {
      const url = `${base}#/project/${encodeURIComponent(id)}/${stage}`
      await coldStart(page, url, stage) // warm-up: the OS file cache, the handlers' JIT
      if (options.profile) {
        const cdp = await startProfile(page)
        await coldStart(page, url, stage)
        console.log(await stopProfile(cdp, `renderer-cold-${stage}`))
      }
      const runs: number[] = []
      const painted: number[] = []
      let longTasks = 0
      for (let i = 0; i < COLD_RUNS; i++) {
        const r = await coldStart(page, url, stage)
        runs.push(r.interactive)
        painted.push(r.painted)
        longTasks += r.longTasks
      }
      report.add({
        id: `renderer.cold.${stage}`,
        section: SECTION,
        label: `Cold start to interactive, large project open at ${stage}`,
        unit: 'ms',
        sample: summarize(runs),
        target: stage === 'framing' ? targets.cold : undefined,
        note: `first paint of the screen ${summarize(painted).median.toFixed(0)} ms (median); ${(longTasks / COLD_RUNS).toFixed(1)} long tasks per start`
      })
    }

    // Typing in the minutes, with autosave running.
    await app.gotoStage(id, 'minutes')
    const input = page.locator('.minutes-composer__text').first()
    if ((await input.count()) === 0) {
      report.unavailable('renderer.keystroke', SECTION, 'Keystroke-to-paint, minutes', 'the minutes composer (.minutes-composer__text) is not on the minutes screen', targets.key)
    } else {
      await input.focus()
      await page.evaluate(TYPING_PROBE)
      const cdp = options.profile ? await startProfile(page) : null
      for (const sentence of SENTENCES) {
        for (const ch of sentence) {
          await page.keyboard.type(ch)
          await page.waitForTimeout(70)
        }
        await page.keyboard.press('Enter')
        await page.waitForTimeout(150)
      }
      await page.waitForTimeout(1_000)
      if (cdp) console.log(await stopProfile(cdp, 'renderer-typing'))
      const { keys, saves } = (await page.evaluate('({ keys: window.__keys, saves: window.__saveWindows })')) as {
        keys: { key: string; at: number; ms: number }[]
        saves: [number, number][]
      }
      // A key typed while an autosave was being sent (or in the frame before it started).
      const duringSave = (k: { at: number; ms: number }) => saves.some(([a, b]) => k.at + k.ms >= a && k.at <= b)
      const others = keys.filter((k) => k.key !== 'Enter' && !duringSave(k)).map((k) => k.ms)
      const during = keys.filter((k) => k.key !== 'Enter' && duringSave(k)).map((k) => k.ms)
      const letters = keys.filter((k) => k.key !== 'Enter').map((k) => k.ms)
      const enters = keys.filter((k) => k.key === 'Enter').map((k) => k.ms)
      report.add({
        id: 'renderer.keystroke',
        section: SECTION,
        label: 'Keystroke-to-paint, typing in the minutes (autosave on)',
        unit: 'ms',
        sample: summarize(letters),
        target: targets.key,
        note: `${letters.length} keys at 70 ms intervals, ${saves.length} autosaves during the typing (${saves.map(([a, b]) => `${(b - a).toFixed(0)} ms`).join(', ')}); keys away from a save: p95 ${summarize(others).p95.toFixed(1)} ms (n=${others.length}), keys during a save: p95 ${during.length ? summarize(during).p95.toFixed(1) : '—'} ms (n=${during.length}); a frame is 16.7 ms, so waiting for the next frame alone averages ~8 ms`
      })
      report.add({ id: 'renderer.enter', section: SECTION, label: 'Enter (adds the entry to the project) to paint', unit: 'ms', sample: summarize(enters) })
    }

    // Switching stages: click in the stage navigation, to the new screen painted.
    const switches: number[] = []
    const first: number[] = []
    const perStage: string[] = []
    const order: StageId[] = [...STAGES, ...STAGES]
    const seen = new Set<StageId>(['minutes'])
    const switchProfile = options.profile ? await startProfile(page) : null
    let previous: StageId = 'minutes'
    for (const stage of order) {
      if (stage === previous) continue
      const waiting = page.evaluate(clickToStage(stage)) as Promise<number>
      await page.waitForTimeout(50)
      await page.click(`.stage-nav__link[data-stage="${stage}"]`)
      const ms = await waiting
      perStage.push(`${stage} ${ms.toFixed(0)}`)
      if (seen.has(stage)) switches.push(ms)
      else first.push(ms)
      seen.add(stage)
      previous = stage
      await page.waitForTimeout(200)
    }
    if (switchProfile) console.log(await stopProfile(switchProfile, 'renderer-switch'))
    report.add({
      id: 'renderer.switch',
      section: SECTION,
      label: 'Switching stages (screens already visited once)',
      unit: 'ms',
      sample: summarize(switches),
      target: targets.switch,
      note: `each switch in ms, in order: ${perStage.join(', ')}`
    })
    report.add({
      id: 'renderer.switch.first',
      section: SECTION,
      label: 'Switching to a stage for the first time (loads its chunk)',
      unit: 'ms',
      sample: summarize(first),
      target: targets.switch
    })
    if (app.errors.length > 0) console.log(`  page errors during the run:\n    ${app.errors.slice(0, 5).join('\n    ')}`)
  } finally {
    await app.close()
  }
}
