import { afterEach, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { Project } from '../../src/core/model/project'
import { STAGES, type StageId } from '../../src/core/workflow/stages'
import { openApp, type HiwarApp } from '../support/app'

/**
 * Threat 11 — script injection through the UI. A list of payloads (script tags, `javascript:` links,
 * event-handler attributes, SVG, template syntax, mermaid labels with HTML, `click` directives and
 * init blocks) is (a) typed into the free-text fields of several stages in Chromium and (b) written
 * into every free-text field of a whole project, whose nine stages — diagrams included — are then
 * opened. Nothing may run: no dialog opens, no CSP violation is reported, the marker the payloads set
 * stays unset, and no element carrying an event handler or a `javascript:` URL reaches the DOM.
 */
const PAYLOADS = [
  '<script>alert("xss-script")</script>',
  '<img src=x onerror="window.__xss=\'img\';alert(\'xss-img\')">',
  'javascript:alert("xss-js-url")',
  '<a href="javascript:alert(\'xss-link\')">cliquez ici</a>',
  '<svg onload="alert(\'xss-svg\')"><circle r="5"/></svg>',
  '"><iframe src="javascript:alert(\'xss-iframe\')"></iframe>',
  "{{constructor.constructor('alert(\"xss-template\")')()}}",
  '</textarea><script>window.__xss="textarea"</script>',
  'A["<img src=x onerror=alert(\'xss-mermaid\')>"]',
  'Cause"]\nclick A call alert("xss-click")\nB["x',
  'Fin"]\nclick A href "javascript:alert(\'xss-href\')"\nB["y',
  '%%{init: {"securityLevel": "loose", "startOnLoad": true}}%%\ngraph TD; A-->B',
  '#quot;><script>alert("xss-entity")</script>',
  '<style>body{display:none}</style><b onmouseover=alert("xss-hover")>survol</b>',
  'مرحبا <script>alert("xss-ar")</script> \u202Egnp.exe'
]

let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

const FREE_TEXT_EXCLUDED = new Set(['id', 'schemaVersion', 'createdAt', 'updatedAt', 'trashedAt', 'sample', 'docLanguage'])

/** Puts a payload into every string of the project that the schema lets hold free text. */
function poison(project: Project): Project {
  let n = 0
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return FREE_TEXT_EXCLUDED.has(key) ? v : PAYLOADS[n++ % PAYLOADS.length]
    if (Array.isArray(v)) return v.map((x) => walk(x, key))
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
    return v
  }
  let candidate = walk(project, '') as Record<string, unknown>
  // Enums, dates, ids and times cannot hold text: put their original values back where the schema says so.
  for (let round = 0; round < 10; round++) {
    const parsed = Project.safeParse(candidate)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) {
      let from: unknown = project
      let to: Record<string | number, unknown> = candidate
      const path = issue.path as (string | number)[]
      for (const key of path.slice(0, -1)) {
        from = (from as Record<string | number, unknown>)?.[key]
        to = to[key] as Record<string | number, unknown>
      }
      const last = path[path.length - 1]
      if (last !== undefined && to) to[last] = (from as Record<string | number, unknown>)?.[last]
    }
    candidate = structuredClone(candidate)
  }
  throw new Error('could not poison the project')
}

async function watch(app: HiwarApp) {
  const dialogs: string[] = []
  app.page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await app.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`))
  })
  return dialogs
}

/** What a successful injection would leave in the page. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __csp?: string[]; __xss?: unknown }
    const handlers: string[] = []
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) handlers.push(`${el.tagName}[${attr.name}]`)
        if (/^\s*javascript:/i.test(attr.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) handlers.push(`${el.tagName}[${attr.name}=${attr.value}]`)
      }
    }
    const scripts = Array.from(document.querySelectorAll('script')).filter((s) => !s.src).length
    const iframes = document.querySelectorAll('iframe, object, embed').length
    return { csp: w.__csp ?? [], xss: w.__xss ?? null, handlers, inlineScripts: scripts, iframes }
  })
}

async function expectClean(page: Page, dialogs: string[], where: string) {
  const seen = await inspect(page)
  expect({ where, dialogs, ...seen }).toEqual({ where, dialogs: [], csp: [], xss: null, handlers: [], inlineScripts: 0, iframes: 0 })
}

const TYPED_STAGES: StageId[] = ['framing', 'priority', 'evidence', 'stakeholders', 'minutes', 'actions']

describe('script injection (payloads in Chromium, strict CSP)', () => {
  test('payloads typed into the free-text fields of six stages run nothing, before and after a reload', async () => {
    app = await openApp({ lang: 'fr' })
    const dialogs = await watch(app)
    const id = await app.createSample('Atelier XSS')
    let typed = 0
    for (const stage of TYPED_STAGES) {
      await app.gotoStage(id, stage)
      const fields = app.page.locator('.stage-screen textarea:visible, .stage-screen input[type="text"]:visible, .stage-screen input:not([type]):visible')
      const count = Math.min(await fields.count(), 14)
      for (let i = 0; i < count; i++) {
        const field = fields.nth(i)
        if (!(await field.isEditable())) continue
        await field.fill(PAYLOADS[(typed + i) % PAYLOADS.length]!)
        await field.press('Tab')
        typed++
      }
      await app.page.waitForSelector('.save-state--saved, .save-state--error', { timeout: 15_000 })
      await expectClean(app.page, dialogs, `typing in ${stage}`)
    }
    expect(typed).toBeGreaterThan(30)
    // Reload every stage from disk: what was typed is rendered from the saved file.
    for (const stage of TYPED_STAGES) {
      await app.gotoStage(id, stage)
      await app.page.waitForTimeout(300)
      await expectClean(app.page, dialogs, `reloaded ${stage}`)
    }
    const onDisk = JSON.stringify(await app.readProjectFile(id))
    expect(onDisk).toContain('xss-')
  }, 300_000)

  test('a project whose every free-text field holds a payload: all nine stages (diagrams included) run nothing', async () => {
    app = await openApp({ lang: 'fr' })
    const dialogs = await watch(app)
    const id = await app.createSample('Atelier piégé')
    const loaded = await app.handlers.getProject({ id })
    if (!loaded.ok) throw new Error('load failed')
    const poisoned = poison(loaded.value)
    const saved = await app.handlers.saveProject({ project: poisoned, confirmShrink: true })
    expect(saved.ok).toBe(true)
    for (const stage of STAGES) {
      await app.gotoStage(id, stage)
      // Let the parts below the first screenful render, bring every diagram near the view (they are drawn
      // when scrolled to), then let them render.
      await app.page.waitForTimeout(300)
      for (const figure of await app.page.locator('figure.diagram').all()) await figure.scrollIntoViewIfNeeded()
      await app.page.waitForTimeout(800)
      await expectClean(app.page, dialogs, `stage ${stage}`)
    }
    // The payloads are shown as text, not swallowed: the first stage displays one literally.
    await app.gotoStage(id, 'framing')
    expect(await app.page.locator('.stage-screen').evaluate((el) => (el as HTMLElement).innerText + Array.from(el.querySelectorAll('input, textarea')).map((i) => (i as HTMLInputElement).value).join(' '))).toContain('<script>')
    await app.goto('#/')
    await expectClean(app.page, dialogs, 'library')
  }, 300_000)

  test('control: the watchers do see an injection when one reaches the DOM (so the tests above can fail)', async () => {
    app = await openApp({ lang: 'fr' })
    const dialogs = await watch(app)
    await app.goto('#/')
    await app.page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="alert(1)"><a href="javascript:void 0">x</a>')
      const s = document.createElement('script')
      s.textContent = 'window.__xss = "inline"'
      document.body.append(s)
    })
    await app.page.waitForTimeout(200)
    const seen = await inspect(app.page)
    // The CSP blocked both (nothing ran), and the inspection reports what reached the DOM.
    expect(seen.xss).toBeNull()
    expect(dialogs).toEqual([])
    expect(seen.csp.length).toBeGreaterThanOrEqual(1)
    expect(seen.handlers).toEqual(expect.arrayContaining(['IMG[onerror]', 'A[href=javascript:void 0]']))
    expect(seen.inlineScripts).toBe(1)
    app.errors.length = 0
  })
})
