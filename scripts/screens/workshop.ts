import type { Page } from 'playwright-core'
import { Minutes } from '../../src/core/model/minutes'
import type { AppApi } from '../../src/core/api'
import type { ScreenContext, ScreenDef, ScreenModule } from '../../test/support/screens'

/**
 * Screens of the workshop stages (6 minutes and attendance, 7 action plan, 8 evaluation). The sample's
 * minutes are final, so a second copy of the sample with draft minutes (the rapporteur mid-session) shows
 * the note-taking composer.
 */
const DRAFT_NAME = 'Atelier Rabat 2017 — compte rendu en cours'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`prepare failed: ${r.error.code}`)
  return r.value
}

export const prepare: ScreenModule['prepare'] = async ({ handlers }) => {
  const copy = must(await handlers.createProject({ name: DRAFT_NAME, sample: 'rabat2017' }))
  // Mid-session: the entries of day 1 only, still a draft, nothing amended, no attendance for day 2.
  const minutes = Minutes.parse({
    ...copy.minutes,
    status: 'draft',
    finalisedAt: null,
    amendments: [],
    entries: copy.minutes.entries.filter((e) => e.id.startsWith('min-d1-') || e.id.startsWith('min-d2-who-')).map((e) => ({ ...e, actionId: null })),
    attendance: copy.minutes.attendance.filter((m) => m.dayId === 'day-1')
  })
  must(await handlers.saveProject({ project: { ...copy, minutes, actions: { ...copy.actions, items: copy.actions.items.map((a) => ({ ...a, sourceEntryId: null })) } } }))
}

async function draftId(handlers: AppApi): Promise<string> {
  const r = await handlers.listProjects()
  if (!r.ok) throw new Error(r.error.code)
  const p = r.value.projects.find((x) => x.name === DRAFT_NAME)
  if (!p) throw new Error('the draft copy of the sample is missing')
  return p.id
}

const scrollTo = async (page: Page, selector: string) => {
  await page.locator(selector).first().scrollIntoViewIfNeeded()
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), selector)
}

const blockButton = (page: Page, name: RegExp) => page.locator('.minutes-blocks__item').filter({ hasText: name }).first()
const tab = (page: Page, index: number) => page.locator('.minutes-screen .tabs__tab').nth(index)

export const screens: ScreenDef[] = [
  {
    name: 'minutes-notes',
    go: async ({ gotoStage, handlers, page }: ScreenContext) => {
      await gotoStage(await draftId(handlers), 'minutes')
      await blockButton(page, /Qui fait quoi/).click()
      await page.locator('.minutes-composer textarea').fill('Les directeurs souhaitent un appui de l’OMS pour la note d’information.')
      await page.locator('.minutes-composer textarea').focus()
    }
  },
  {
    name: 'minutes-debate',
    go: async ({ gotoStage, handlers, page }) => {
      await gotoStage(await draftId(handlers), 'minutes')
      await blockButton(page, /Débat/).click()
      await scrollTo(page, '.minutes-entries')
    }
  },
  {
    name: 'minutes-attendance',
    go: async ({ gotoStage, handlers, page }) => {
      await gotoStage(await draftId(handlers), 'minutes')
      await tab(page, 1).click()
      await page.locator('[data-cell="3:2"]').focus()
    }
  },
  {
    name: 'minutes-final-locked',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'minutes')
      await blockButton(page, /Restitution des groupes/).click()
    }
  },
  {
    name: 'minutes-amend-dialog',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'minutes')
      await blockButton(page, /Restitution des groupes/).click()
      await page.locator('.minutes-entry').nth(1).locator('.btn').first().click()
      await page.waitForSelector('[role="dialog"]')
    }
  },
  {
    name: 'minutes-trail',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'minutes')
      await tab(page, 2).click()
      await page.waitForSelector('.trail')
    }
  },
  {
    name: 'actions-table',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'actions')
      await page.waitForSelector('.action-table')
    }
  },
  {
    name: 'actions-pending',
    go: async ({ gotoStage, handlers, page }) => {
      await gotoStage(await draftId(handlers), 'actions')
      await page.waitForSelector('.pending-raised')
    }
  },
  {
    name: 'actions-editor',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'actions')
      await page.locator('.action-table__buttons .btn').nth(14).click()
      await scrollTo(page, '.action-table__row--open')
    }
  },
  {
    name: 'actions-filtered',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'actions')
      await page.locator('.action-filters input[type="checkbox"]').check()
      await scrollTo(page, '.action-filters')
    }
  },
  {
    name: 'actions-follow-up',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'actions')
      await scrollTo(page, '.meeting')
    }
  },
  {
    name: 'actions-gantt',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'actions')
      await page.waitForSelector('.action-gantt svg', { timeout: 30_000 })
      await scrollTo(page, '.action-gantt')
    }
  },
  {
    name: 'evaluation-entry',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'evaluation')
      await page.locator('.evaluation-row__group input').first().focus()
      for (const d of '76655') await page.keyboard.press(d)
    }
  },
  {
    name: 'evaluation-results',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'evaluation')
      await scrollTo(page, '.results')
    }
  },
  {
    name: 'evaluation-chart',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'evaluation')
      await page.waitForSelector('.evaluation-chart svg', { timeout: 30_000 })
      await scrollTo(page, '.evaluation-chart')
    }
  },
  {
    name: 'evaluation-debrief',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'evaluation')
      await scrollTo(page, '.lesson')
    }
  }
]
