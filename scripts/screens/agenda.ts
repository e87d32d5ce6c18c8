import type { Page } from 'playwright-core'
import { resources } from '../../src/core/i18n/resources'
import type { ScreenContext, ScreenDef } from '../../test/support/screens'

/**
 * Stage 5 screenshots: the editor, the two printed views, the gantt, live mode and the projector view.
 * Live mode runs on playwright's fake clock (the harness's time zone is Africa/Casablanca, UTC+1 in July
 * 2017); the last screen puts the clock back on real time and clears the rehearsal's live records, so the
 * screens that follow (and the sample) are as before.
 */
const T = (ctx: ScreenContext) => resources[ctx.lang].agenda
const at = (hhmm: string) => new Date(`2017-07-06T${hhmm}:00+01:00`)

async function openTab(ctx: ScreenContext, tab: 'edit' | 'programme' | 'runSheet' | 'gantt' | 'live') {
  await ctx.gotoStage(ctx.sampleId, 'agenda')
  await ctx.page.click(`#agenda-tab-${tab}`)
  await ctx.page.waitForSelector(`#agenda-panel-${tab}`)
}

/** Clears the day's live records through the screen, if there are any. */
async function clearLive(ctx: ScreenContext) {
  const reset = ctx.page.getByRole('button', { name: T(ctx).live.reset })
  if ((await reset.count()) === 0) return
  await reset.click()
  await ctx.page.getByRole('dialog').getByRole('button', { name: T(ctx).live.reset }).click()
  await ctx.page.waitForSelector('.live-current__start')
}

async function fakeClock(page: Page, time: Date) {
  try {
    await page.clock.install({ time })
  } catch {
    // Installed by a previous screen and running: set it a second before `time`, so that pausing at `time`
    // is a step forward even when some real milliseconds pass in between.
    await page.clock.setSystemTime(new Date(time.getTime() - 1000))
  }
  await page.clock.pauseAt(time)
}

/** A morning in progress: started 4 min late, the welcome overran, +5 min given to the opening speeches. */
async function runMorning(ctx: ScreenContext, until: string) {
  const { page } = ctx
  // A paused fake clock from a previous screen would hold React's lazy screens: let time flow first.
  await page.clock.resume().catch(() => {})
  await openTab(ctx, 'live')
  await clearLive(ctx)
  await fakeClock(page, at('08:30'))
  await page.clock.runFor(4 * 60_000)
  await page.click('.live-current__start')
  await page.clock.runFor(32 * 60_000)
  await page.getByRole('button', { name: T(ctx).live.next }).click()
  await page.getByRole('button', { name: T(ctx).live.addFiveLabel }).click()
  const [h, m] = until.split(':').map(Number) as [number, number]
  const minutes = h * 60 + m - (9 * 60 + 6)
  await page.clock.runFor(minutes * 60_000)
  await page.waitForSelector('[data-testid="live-remaining"]')
}

export const screens: ScreenDef[] = [
  {
    name: 'agenda-edit',
    go: async (ctx) => void (await openTab(ctx, 'edit'))
  },
  {
    name: 'agenda-edit-details',
    go: async (ctx) => {
      await openTab(ctx, 'edit')
      const debate = ctx.page.locator('[data-block-id="blk-d1-debate"]')
      await debate.locator('[aria-expanded]').click()
      await debate.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    }
  },
  { name: 'agenda-programme', go: async (ctx) => void (await openTab(ctx, 'programme')) },
  { name: 'agenda-runsheet', go: async (ctx) => void (await openTab(ctx, 'runSheet')) },
  {
    name: 'agenda-live-idle',
    go: async (ctx) => {
      await openTab(ctx, 'live')
      await clearLive(ctx)
    }
  },
  { name: 'agenda-live', go: async (ctx) => runMorning(ctx, '09:20') },
  {
    name: 'agenda-live-overrun',
    go: async (ctx) => {
      await runMorning(ctx, '09:20')
      await ctx.page.clock.runFor(30 * 60_000)
      await ctx.page.evaluate(() => document.querySelector('.live-current')?.scrollIntoView({ block: 'start' }))
    }
  },
  {
    name: 'agenda-projector',
    go: async (ctx) => {
      await runMorning(ctx, '09:20')
      await ctx.page.getByRole('button', { name: T(ctx).live.projector }).click()
      await ctx.page.waitForSelector('.projector')
    }
  },
  {
    name: 'agenda-gantt',
    go: async (ctx) => {
      // Back to real time for everything after this, and no rehearsal records left in the sample.
      await ctx.page.clock.setSystemTime(new Date()).catch(() => {})
      await ctx.page.clock.resume().catch(() => {})
      await openTab(ctx, 'live')
      await clearLive(ctx)
      await openTab(ctx, 'gantt')
      await ctx.page.waitForSelector('.agenda-gantt .diagram__svg svg, .agenda-gantt .diagram--error', { timeout: 30_000 })
    }
  }
]
