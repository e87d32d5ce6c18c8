import { afterEach, describe, expect, test } from 'vitest'
import { createI18n } from '../../src/core/i18n/create'
import type { Lang } from '../../src/core/model/common'
import { openApp, screenshot, type HiwarApp } from '../support/app'

/**
 * Stage 8 in real Chromium on the Rabat 2017 sample: two questionnaires typed in with digits only (each
 * digit moves to the next row), saved with Ctrl+Enter; results and the mermaid chart follow; a debrief
 * lesson given to a person; reloaded and found intact — in French and Arabic.
 */
let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})


async function enterEvaluations(lang: Lang) {
  app = await openApp({ lang })
  const { page } = app
  const t = createI18n(lang).getFixedT(lang, 'evaluation')
  const id = await app.createSample()
  await app.gotoStage(id, 'evaluation')
  await page.getByText(t('responses.count', { count: 20 })).first().waitFor()

  const typeQuestionnaire = async (digits: string, comment: string) => {
    await page.getByRole('radiogroup', { name: t('features.priorityIssue') }).getByRole('radio').first().focus()
    for (const d of digits) await page.keyboard.press(d)
    // After the 13th digit the cursor is in the comments.
    await page.keyboard.type(comment)
    await page.keyboard.press('Control+Enter')
  }
  await typeQuestionnaire('7766554433227', 'Excellent atelier, à refaire dans chaque région.')
  await page.getByText(t('entry.saved', { n: 21 })).waitFor()
  await typeQuestionnaire('1234567123456', '')
  await page.getByText(t('entry.saved', { n: 22 })).waitFor()
  await page.getByText(t('responses.count', { count: 22 })).first().waitFor()

  const p = await app.waitForSavedProject(id, (x) => x.evaluation.responses.length === 22)
  const [a, b] = p.evaluation.responses.slice(20)
  expect(Object.values(a!.ratings)).toEqual([7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2])
  expect(a!.intentionToAct).toBe(7)
  expect(a!.comments).toBe('Excellent atelier, à refaire dans chaque région.')
  expect(Object.values(b!.ratings)).toEqual([1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5])
  expect(b!.intentionToAct).toBe(6)

  // Results: n counts the answers of each line; the chart is drawn by mermaid.
  const results = page.getByRole('table', { name: t('results.table') })
  const first = results.getByRole('row', { name: new RegExp(t('featuresShort.priorityIssue')) })
  expect(await first.getByRole('cell').first().textContent()).toBe('22')
  // Diagrams are drawn when scrolled near.
  await page.locator('.evaluation-chart').first().scrollIntoViewIfNeeded()
  await page.locator('.evaluation-chart svg').first().waitFor({ timeout: 30_000 })

  // Debrief: a new lesson for a person.
  await page.getByRole('button', { name: `+ ${t('debrief.add')}` }).or(page.getByRole('button', { name: t('debrief.add') })).first().click()
  const lessons = page.getByLabel(t('debrief.lesson'))
  await lessons.last().fill('Imprimer les questionnaires en arabe et en français.')
  await page.getByLabel(t('debrief.owner')).last().fill('M. Omar Chraïbi')
  await app.waitForSavedProject(id, (x) => x.evaluation.debrief.some((l) => l.owner === 'M. Omar Chraïbi' && l.lesson.startsWith('Imprimer')))
  await screenshot(page, `e2e-${lang}-evaluation`)

  // Reload: all 22 questionnaires and the lesson are there.
  await app.gotoStage(id, 'evaluation')
  await page.getByText(t('responses.count', { count: 22 })).first().waitFor()
  expect(await page.getByLabel(t('debrief.owner')).last().inputValue()).toBe('M. Omar Chraïbi')
  app.assertNoErrors()
}

describe('evaluation in Chromium', () => {
  test('French: questionnaires by digits, results and chart, debrief, reload', async () => {
    await enterEvaluations('fr')
  })
  test('Arabic: the same, in the RTL interface', async () => {
    await enterEvaluations('ar')
  })
})
