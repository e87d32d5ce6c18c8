import type { Page } from 'playwright-core'
import type { AppApi } from '../../src/core/api'
import type { ScreenContext, ScreenDef, ScreenModule } from '../../test/support/screens'

/**
 * Stages 1–2 (priority problem, evidence) on the Rabat 2017 sample, part by part: the screens are long, so
 * each PNG scrolls to one section. The Hanlon and "all weights at zero" views use copies of the sample, so
 * the sample itself is never changed by the walk.
 */
const HANLON_COPY = 'Rabat 2017 — méthode de Hanlon'
const ZERO_COPY = 'Rabat 2017 — poids à zéro'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`priority-evidence screens: ${r.error.code}`)
  return r.value
}

export const prepare: ScreenModule['prepare'] = async ({ handlers, sampleId }) => {
  const copy = async (name: string, change: (p: Awaited<ReturnType<typeof open>>) => void) => {
    const summary = must(await handlers.duplicateProject({ id: sampleId, name }))
    const project = await open(handlers, summary.id)
    change(project)
    must(await handlers.saveProject({ project }))
  }
  await copy(HANLON_COPY, (p) => void (p.priority.method = 'hanlon'))
  await copy(ZERO_COPY, (p) => void (p.priority.criteria = p.priority.criteria.map((c) => ({ ...c, weight: 0 }))))
}

async function open(handlers: AppApi, id: string) {
  return must(await handlers.getProject({ id }))
}

async function projectNamed(handlers: AppApi, name: string): Promise<string> {
  const library = must(await handlers.listProjects())
  const found = library.projects.find((p) => p.name === name)
  if (!found) throw new Error(`no project named ${name}`)
  return found.id
}

/** Scrolls a section to the top of the main column. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector)
  await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }))
  // Only the main column should scroll: keep the top bar in view.
  await page.evaluate('window.scrollTo(0, 0)')
}

const at =
  (stage: 'priority' | 'evidence', selector?: string, after?: (ctx: ScreenContext) => Promise<void>) =>
  async (ctx: ScreenContext) => {
    await ctx.gotoStage(ctx.sampleId, stage)
    if (selector) await scrollTo(ctx.page, selector)
    await after?.(ctx)
  }

const diagramsDrawn = async ({ page }: ScreenContext) => {
  await page.locator('.diagram--problem-tree .diagram__svg svg').waitFor({ timeout: 30_000 })
  await page.locator('.diagram--objective-tree .diagram__svg svg').waitFor({ timeout: 30_000 })
}

export const screens: ScreenDef[] = [
  { name: 'priority-candidates', go: at('priority') },
  { name: 'priority-criteria', go: at('priority', '.priority-criteria') },
  { name: 'priority-scores', go: at('priority', '.priority-scores') },
  { name: 'priority-means', go: at('priority', '.priority-scores .means-matrix') },
  { name: 'priority-ranking', go: at('priority', '.priority-ranking') },
  { name: 'priority-sheet', go: at('priority', '.priority-sheet') },
  { name: 'priority-tree', go: at('priority', '.priority-tree') },
  { name: 'priority-tree-effects', go: at('priority', '.tree-panel--effects') },
  {
    name: 'priority-diagram-problem',
    go: at('priority', '.tree__diagrams', async (ctx) => {
      await diagramsDrawn(ctx)
      await scrollTo(ctx.page, '.tree__diagram')
    })
  },
  {
    name: 'priority-diagram-objective',
    go: at('priority', '.tree__diagrams', async (ctx) => {
      await diagramsDrawn(ctx)
      await scrollTo(ctx.page, '.diagram--objective-tree')
    })
  },
  {
    name: 'priority-hanlon',
    go: async (ctx) => {
      await ctx.gotoStage(await projectNamed(ctx.handlers, HANLON_COPY), 'priority')
      await scrollTo(ctx.page, '.priority-scores')
    }
  },
  {
    name: 'priority-hanlon-ranking',
    go: async (ctx) => {
      await ctx.gotoStage(await projectNamed(ctx.handlers, HANLON_COPY), 'priority')
      await scrollTo(ctx.page, '.priority-scores .means-matrix')
    }
  },
  {
    name: 'priority-zero-weights',
    go: async (ctx) => {
      await ctx.gotoStage(await projectNamed(ctx.handlers, ZERO_COPY), 'priority')
      await scrollTo(ctx.page, '.priority-ranking')
    }
  },
  {
    name: 'priority-score-refused',
    go: async (ctx) => {
      await ctx.gotoStage(await projectNamed(ctx.handlers, ZERO_COPY), 'priority')
      await scrollTo(ctx.page, '.priority-scores')
      const cell = ctx.page.locator('.score-matrix [data-cell="0:0"] input')
      await cell.fill('7')
    }
  },
  { name: 'evidence-sources', go: at('evidence') },
  { name: 'evidence-brief', go: at('evidence', '.evidence-brief') },
  { name: 'evidence-options', go: at('evidence', '#brief-options') },
  { name: 'evidence-implementation', go: at('evidence', '#brief-implementation') },
  { name: 'evidence-references', go: at('evidence', '#brief-references') }
]
