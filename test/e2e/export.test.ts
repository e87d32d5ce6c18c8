import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import JSZip from 'jszip'
import { chromium, type Browser, type Page } from 'playwright-core'
import { diagramSources } from '../../src/core/documents/diagramSources'
import { DIAGRAM_KEYS } from '../../src/core/documents/diagramKeys'
import { createI18n } from '../../src/core/i18n/create'
import { buildSample } from '../../src/core/samples'
import type { HeadlessDiagrams } from '../../src/renderer/src/diagrams/headless/entry'
import { buildDiagramBundle } from '../../scripts/export-support/diagram-page'
import { findChromium } from '../../scripts/export-support/diagram-renderer'
import { EXIT, runExport } from '../../scripts/export'
import { openApp, screenshot } from '../support/app'

const CHROMIUM = findChromium()
const reason = CHROMIUM ? '' : ' — SKIPPED: no Chromium at /usr/bin/chromium or HIWAR_CHROMIUM'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const PNG_SIGNATURE = '89504e470d0a1a0a'

let n = 0
const sample = buildSample('rabat2017', { id: 'rabat', name: 'Atelier Rabat 2017', now: '2017-07-01T09:00:00.000Z', newId: () => `e${++n}` })
const tmp = mkdtempSync(join(tmpdir(), 'hiwar-e2e-export-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const media = async (file: string) => Object.keys((await JSZip.loadAsync(readFileSync(file))).files).filter((f) => f.startsWith('word/media/'))

describe.skipIf(!CHROMIUM)(`diagrams drawn by mermaid in Chromium, as PNG at print resolution${reason}`, { timeout: 180_000 }, () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    const bundle = await buildDiagramBundle()
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ARGS })
    page = await browser.newPage()
    await page.route('**/*', (route) => route.abort())
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
    await page.addScriptTag({ path: bundle })
  }, 180_000)
  afterAll(async () => browser?.close())

  const toPng = (source: string, width: number) =>
    page.evaluate(([s, w]) => (globalThis as unknown as { hiwarDiagrams: HeadlessDiagrams }).hiwarDiagrams.toPng(s, w, 3), [source, width] as const)

  for (const lang of ['fr', 'ar'] as const) {
    test(`every diagram of the sample renders to a real PNG (${lang})`, async () => {
      const sources = diagramSources(sample, lang, '2017-07-10T10:00:00.000Z')
      expect(Object.keys(sources).sort()).toEqual([...DIAGRAM_KEYS].sort())
      for (const [key, source] of Object.entries(sources)) {
        const r = await toPng(source, 600)
        const bytes = Buffer.from(r.pngBase64, 'base64')
        expect(bytes.subarray(0, 8).toString('hex'), key).toBe(PNG_SIGNATURE)
        expect(r.widthPx, key).toBeGreaterThan(100)
        expect(r.heightPx, key).toBeGreaterThan(30)
        // Print resolution: the PNG is three times the size it takes on the page.
        expect(bytes.readUInt32BE(16), key).toBe(Math.round(r.widthPx * 3))
        expect(bytes.length, key).toBeGreaterThan(5_000)
      }
    })
  }

  test('a text that does not parse is reported as invalid, not drawn', async () => {
    await expect(toPng('flowchart TD\n  a --> [[[', 400)).rejects.toThrow(/invalid/)
  })

  test('labels are text: an injected payload never runs (strict mode)', async () => {
    const p = structuredClone(sample)
    p.stakeholders.items[0]!.abbreviation = '<img src=x onerror="window.__pwned=1">'
    p.priority.tree.causes[0]!.text = '<script>window.__pwned=2</script>"]; click core_problem call alert()'
    const sources = diagramSources(p, 'fr', '2017-07-10T10:00:00.000Z')
    for (const key of ['stakeholderGrid', 'problemTree'] as const) {
      // The payload survives only as text: no element or attribute that could run it.
      const found = await page.evaluate(async (s) => {
        const svg = await (globalThis as unknown as { hiwarDiagrams: HeadlessDiagrams }).hiwarDiagrams.toSvg(s)
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
        const all = [...doc.querySelectorAll('*')]
        return {
          dangerous: all.filter((e) => ['script', 'img', 'iframe', 'foreignObject'].includes(e.localName)).map((e) => e.localName),
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
          text: doc.documentElement.textContent ?? ''
        }
      }, sources[key]!)
      expect(found.dangerous).toEqual([])
      expect(found.handlers).toEqual([])
      await toPng(sources[key]!, 500)
    }
    const gridText = await page.evaluate(async (s) => (await (globalThis as unknown as { hiwarDiagrams: HeadlessDiagrams }).hiwarDiagrams.toSvg(s)), sources.stakeholderGrid!)
    expect(gridText).toContain('&lt;img')
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })
})

describe(`the export command (npm run export)`, { timeout: 300_000 }, () => {
  const projectFile = join(tmp, 'rabat.hiwar.json')
  writeFileSync(projectFile, JSON.stringify(sample))
  const io = (env: NodeJS.ProcessEnv = process.env) => {
    const out: string[] = []
    const err: string[] = []
    return { out, err, io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l), env } }
  }

  test.skipIf(!CHROMIUM)('with Chromium: writes the documents with their diagrams as pictures', async () => {
    const run = io()
    const dir = join(tmp, 'with')
    const code = await runExport(['--project', projectFile, '--doc', 'evidenceBrief,actionPlan,conceptNote', '--lang', 'ar', '--out', dir, '--now', '2017-07-10T10:00:00Z'], run.io)
    expect(code, run.err.join('\n')).toBe(EXIT.ok)
    expect(run.err).toEqual([])
    expect(run.out).toHaveLength(3)
    expect(await media(run.out[0]!)).toHaveLength(1)
    expect(await media(run.out[1]!)).toHaveLength(1)
    expect(await media(run.out[2]!)).toHaveLength(0)
  })

  test('without Chromium: warns once, in the chosen language, and puts captioned text in place of the pictures', async () => {
    const run = io({ ...process.env, HIWAR_CHROMIUM: '/nonexistent/chromium' })
    const dir = join(tmp, 'without')
    const code = await runExport(['--project', projectFile, '--doc', 'all', '--lang', 'fr', '--out', dir], run.io)
    expect(code).toBe(EXIT.ok)
    const t = createI18n('fr').getFixedT('fr')
    expect(run.err).toEqual([t('documents:cli.noChromium')])
    expect(readdirSync(dir)).toHaveLength(13)
    for (const file of run.out) expect(await media(file), file).toEqual([])
    const xml = await (await JSZip.loadAsync(readFileSync(run.out[6]!))).file('word/document.xml')!.async('string')
    expect(xml).toContain('inséré dans ce document')
  })

  test('an invalid project file gets the same translated error as the app, and a non-zero exit', async () => {
    const bad = join(tmp, 'bad.json')
    for (const [content, code] of [
      ['{"hello": 1}', 'notHiwarFile'],
      ['not json at all', 'notHiwarFile'],
      [JSON.stringify({ ...sample, schemaVersion: 99 }), 'unknownSchemaVersion'],
      [JSON.stringify({ ...sample, name: '' }), 'nameRequired']
    ] as const) {
      writeFileSync(bad, content)
      for (const lang of ['fr', 'ar'] as const) {
        const run = io()
        const exit = await runExport(['--project', bad, '--doc', 'all', '--lang', lang, '--out', join(tmp, 'never')], run.io)
        expect(exit).toBe(EXIT.invalidProject)
        const t = createI18n(lang).getFixedT(lang)
        expect(run.err[0]).toBe(t(`common:errors.${code}`, { version: 99, file: bad }))
      }
    }
    expect(existsSync(join(tmp, 'never'))).toBe(false)
  })

  test('bad arguments print the usage and exit 64', async () => {
    for (const args of [[], ['--project', projectFile, '--doc', 'nope', '--lang', 'fr', '--out', tmp], ['--project', projectFile, '--doc', 'all', '--lang', 'de', '--out', tmp], ['--unknown']]) {
      const run = io()
      expect(await runExport(args, run.io)).toBe(EXIT.usage)
      expect(run.err.length).toBeGreaterThan(0)
    }
  })
})

describe.skipIf(!CHROMIUM)(`the Word export in the app${reason}`, { timeout: 300_000 }, () => {
  for (const lang of ['fr', 'ar'] as const) {
    test(`choose documents and language, export with progress, then open or show them (${lang} UI)`, async () => {
      const folder = join(tmp, `app-${lang}`)
      const { mkdirSync } = await import('node:fs')
      mkdirSync(folder, { recursive: true })
      const app = await openApp({ lang, dialogs: { folder } })
      try {
        const id = await app.createSample()
        await app.gotoStage(id, 'framing')
        const td = createI18n(lang).getFixedT(lang)
        await app.page.getByRole('button', { name: td('documents:export.button') }).click()
        const dialog = app.page.getByRole('dialog')
        expect(await dialog.getByRole('checkbox').count()).toBe(13)
        for (const box of await dialog.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(true)
        // All documents are ticked by default; keep three.
        await dialog.getByRole('button', { name: td('documents:export.selectNone') }).click()
        for (const kind of ['evidenceBrief', 'stakeholderAnalysis', 'summary'] as const) await dialog.getByLabel(td(`documents:kinds.${kind}`)).check()
        // Documents in the other language than the interface.
        const docLang = lang === 'fr' ? 'ar' : 'fr'
        await dialog.getByLabel(td(`common:language.${docLang}`)).check()
        await screenshot(app.page, `${lang}-export-dialog`)
        await dialog.getByRole('button', { name: td('documents:export.submit', { count: 3 }) }).click()
        await dialog.getByRole('button', { name: td('documents:export.openFile') }).first().waitFor({ timeout: 180_000 })
        await screenshot(app.page, `${lang}-export-done`)
        const files = readdirSync(folder).sort()
        expect(files).toHaveLength(3)
        const tDoc = createI18n(docLang).getFixedT(docLang)
        expect(files).toContain(`${tDoc('documents:kinds.summary')} - Atelier Rabat 2017.docx`)
        // The pictures were drawn by the app's mermaid and embedded.
        expect(await media(join(folder, `${tDoc('documents:kinds.evidenceBrief')} - Atelier Rabat 2017.docx`))).toHaveLength(1)
        expect(await media(join(folder, `${tDoc('documents:kinds.stakeholderAnalysis')} - Atelier Rabat 2017.docx`))).toHaveLength(1)
        await dialog.getByRole('button', { name: td('documents:export.openFile') }).first().click()
        await dialog.getByRole('button', { name: td('documents:export.showInFolder') }).first().click()
        app.assertNoErrors()
      } finally {
        await app.close()
      }
    })
  }
})
