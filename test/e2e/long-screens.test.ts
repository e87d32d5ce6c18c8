import { afterEach, describe, expect, test } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createI18n } from '../../src/core/i18n/create'
import type { Lang } from '../../src/core/model/common'
import { buildLargeProject } from '../../src/core/samples/large'
import { openApp, screenshot, type HiwarApp } from '../support/app'

/**
 * A long workshop in real Chromium, in French and Arabic: the action plan's 150 actions paged by 50
 * (keyboard, filters over every action, RTL order of the controls), and note-taking where each block of
 * the minutes keeps its unsent draft.
 */
let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

async function openLong(lang: Lang): Promise<{ app: HiwarApp; id: string }> {
  const large = buildLargeProject({ seed: 7, scale: 0.3, now: '2017-07-10T10:00:00.000Z' })
  // One dropped action only, on page 3, for the filter to find.
  const items = large.actions.items.map((a, i) => ({ ...a, status: i === 120 ? ('dropped' as const) : a.status === 'dropped' ? ('notStarted' as const) : a.status }))
  const project = { ...large, actions: { ...large.actions, items }, minutes: { ...large.minutes, status: 'draft' as const, finalisedAt: null } }
  const opened = await openApp({ lang })
  const file = join(opened.dataDir, 'long.hiwar.json')
  await writeFile(file, JSON.stringify(project))
  opened.dialogs.openFile = file
  const imported = await opened.handlers.importProject()
  if (!imported.ok) throw new Error(`import failed: ${imported.error.code}`)
  return { app: opened, id: imported.value.id }
}

async function pagedPlan(lang: Lang) {
  const opened = await openLong(lang)
  app = opened.app
  const { page } = app
  const t = createI18n(lang).getFixedT(lang, 'actions')
  const tu = createI18n(lang).getFixedT(lang, 'ui')
  await app.gotoStage(opened.id, 'actions')
  const rows = page.locator('.action-table tbody > tr.action-table__row')
  const firstNumber = () => rows.first().locator('.action-table__n').textContent()
  await expect.poll(() => rows.count()).toBe(50)
  const pager = page.getByRole('navigation', { name: t('table.pages'), exact: true })
  const range = pager.getByRole('status')
  expect(await range.textContent()).toBe(tu('pager.range', { from: 1, to: 50, total: 150 }))

  // Keyboard: Tab reaches the controls, Enter turns the page.
  await pager.getByRole('button', { name: tu('pager.previousHint') }).focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect.poll(firstNumber).toBe('51')
  expect(await range.textContent()).toBe(tu('pager.range', { from: 51, to: 100, total: 150 }))

  // The order of the controls follows the reading direction.
  const box = async (name: string) => (await pager.getByRole('button', { name }).boundingBox())!.x
  const [first, last] = [await box(tu('pager.firstHint')), await box(tu('pager.lastHint'))]
  if (lang === 'ar') expect(first).toBeGreaterThan(last)
  else expect(first).toBeLessThan(last)
  await screenshot(page, `e2e-${lang}-actions-pager`)

  // A filter looks at every action, not only this page, and shows the result from page 1.
  await page.getByLabel(t('filters.status'), { exact: true }).selectOption('dropped')
  await expect.poll(() => rows.count()).toBe(1)
  expect(await firstNumber()).toBe('121')
  await expect(pager.count()).resolves.toBe(0)
  app.assertNoErrors()
}

async function draftsPerBlock(lang: Lang) {
  const opened = await openLong(lang)
  app = opened.app
  const { page } = app
  await app.gotoStage(opened.id, 'minutes')
  const blocks = page.locator('.minutes-blocks__item')
  const input = page.locator('.minutes-composer__text')
  await blocks.nth(1).click()
  await input.click()
  await page.keyboard.type('Brouillon — مسودة')
  await blocks.nth(2).click()
  await expect.poll(() => input.inputValue()).toBe('')
  await blocks.nth(1).click()
  await expect.poll(() => input.inputValue()).toBe('Brouillon — مسودة')
  app.assertNoErrors()
}

describe('long screens (150 actions, 30 agenda blocks)', { timeout: 180_000 }, () => {
  test('French: the action plan is paged by 50, by keyboard, and a filter finds an action of page 3', () => pagedPlan('fr'))
  test('Arabic: the same, the pager mirrored right to left', () => pagedPlan('ar'))
  test('French: a block of the minutes keeps its unsent draft', () => draftsPerBlock('fr'))
  test('Arabic: a block of the minutes keeps its unsent draft', () => draftsPerBlock('ar'))
})
