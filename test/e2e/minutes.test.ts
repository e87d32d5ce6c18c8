import { afterEach, describe, expect, test } from 'vitest'
import { createI18n } from '../../src/core/i18n/create'
import { Minutes } from '../../src/core/model/minutes'
import type { Lang } from '../../src/core/model/common'
import { openApp, screenshot, waitUntilSaved, type HiwarApp } from '../support/app'

/**
 * Stage 6 in real Chromium on the real handlers and files: take minutes by keyboard in a block of the
 * Rabat 2017 sample, turn a raised action into a plan item, take attendance on the keyboard grid, add a
 * walk-in, finalise, amend an entry with a reason, reload and find everything intact — in French and Arabic.
 */
let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})



/** The sample with fresh, empty draft minutes (the sample's own minutes are final). */
async function sampleWithDraftMinutes(a: HiwarApp): Promise<string> {
  const id = await a.createSample()
  const got = await a.handlers.getProject({ id })
  if (!got.ok) throw new Error(got.error.code)
  const r = await a.handlers.saveProject({ project: { ...got.value, minutes: Minutes.parse({}) } })
  if (!r.ok) throw new Error(r.error.code)
  return id
}

async function takeMinutes(lang: Lang) {
  app = await openApp({ lang })
  const { page } = app
  const t = createI18n(lang).getFixedT(lang, 'minutes')
  const id = await sampleWithDraftMinutes(app)
  const itemsBefore = (await app.readProjectFile(id)).actions.items.length
  await app.gotoStage(id, 'minutes')

  // Note-taking in the block "Qui fait quoi" (day 2): the input keeps focus, Alt+digit switches the type.
  await page.getByRole('navigation', { name: t('blocks.label') }).getByRole('button', { name: /Qui fait quoi/ }).click()
  await page.getByRole('note').filter({ hasText: t('chatham.title') }).waitFor()
  expect(await page.getByLabel(t('composer.speaker')).count()).toBe(0)
  const input = page.getByLabel(t('composer.text'))
  await input.focus()
  await page.keyboard.type('Les délégations confirment la pénurie dans 5 provinces sur 7.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Alt+Digit2')
  await page.keyboard.type('Accord : associer le conseil régional dès la préparation.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Alt+Digit6')
  await page.keyboard.type('La DRS saisit la commission des affaires sociales avant septembre.')
  await page.keyboard.press('Enter')
  expect(await input.evaluate((el) => el === document.activeElement)).toBe(true)
  expect(await input.inputValue()).toBe('')
  const list = page.getByRole('list', { name: t('entries.label', { block: 'Qui fait quoi : prochaines étapes dans chaque région' }) })
  await expect.poll(() => list.locator('li').count()).toBe(3)
  expect(await list.locator('li').nth(1).locator('.entry-type').textContent()).toBe(t('entryTypes.agreement'))

  // The raised action becomes an action-plan item in one click.
  await list.locator('li').nth(2).getByRole('button', { name: t('entries.toAction') }).click()
  await list.getByText(t('entries.linkedAction', { title: '\u2068La DRS saisit la commission des affaires sociales avant septembre.\u2069' })).waitFor()
  await screenshot(page, `e2e-${lang}-minutes-notes`)

  // Attendance on the keyboard grid: P, ↓, A, ↓, E; then a walk-in for the afternoon of day 1.
  await page.getByRole('tab', { name: t('tabs.attendance') }).click()
  await page.locator('[data-cell="0:0"]').focus()
  await page.keyboard.press('p')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('a')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('e')
  expect(await page.locator('[data-cell="2:0"]').evaluate((el) => el === document.activeElement)).toBe(true)
  expect(await page.locator('[data-cell="0:0"]').textContent()).toBe(t('attendance.statuses.present'))
  await page.getByLabel(t('walkIn.name')).fill('Mme Ilham Saadi')
  await page.getByLabel(t('walkIn.institution')).fill('Délégation de Salé')
  await page.getByLabel(t('walkIn.slot')).selectOption({ index: 1 })
  await page.getByRole('button', { name: t('walkIn.add') }).click()
  await page.getByText(t('attendance.walkIn'), { exact: true }).waitFor()
  await screenshot(page, `e2e-${lang}-minutes-attendance`)

  // Finalise (with confirmation), then amend the first entry with a reason.
  await page.getByRole('tab', { name: t('tabs.finalisation') }).click()
  await page.getByRole('button', { name: t('finalise.button') }).click()
  await page.getByRole('dialog').getByRole('button', { name: t('finalise.confirmButton') }).click()
  await page.locator('.minutes-status--final').first().waitFor()
  await page.getByRole('tab', { name: t('tabs.notes') }).click()
  await page.getByRole('navigation', { name: t('blocks.label') }).getByRole('button', { name: /Qui fait quoi/ }).click()
  expect(await page.getByLabel(t('composer.text')).count()).toBe(0)
  await page.getByRole('button', { name: t('entries.amend'), exact: true }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(t('amend.newText')).fill('Les délégations confirment la pénurie dans 6 provinces sur 7.')
  await dialog.getByLabel(t('amend.reason')).fill('Chiffre corrigé par la délégation de Kénitra')
  await dialog.getByRole('button', { name: t('amend.submit') }).click()
  await dialog.waitFor({ state: 'detached' })
  await waitUntilSaved(page)

  const p = await app.waitForSavedProject(id, (x) => x.minutes.status === 'final' && x.minutes.amendments.length === 1)
  const entries = p.minutes.entries
  expect(entries.map((e) => e.type)).toEqual(['keyPoint', 'agreement', 'actionRaised'])
  expect(entries.every((e) => e.blockId === 'blk-d2-who-does-what' && e.speaker === '')).toBe(true)
  expect(entries[0]!.text).toBe('Les délégations confirment la pénurie dans 6 provinces sur 7.')
  expect(p.minutes.amendments[0]).toMatchObject({ kind: 'editEntry', reason: 'Chiffre corrigé par la délégation de Kénitra', before: 'Les délégations confirment la pénurie dans 5 provinces sur 7.' })
  expect(p.actions.items).toHaveLength(itemsBefore + 1)
  expect(p.actions.items.at(-1)).toMatchObject({ title: 'La DRS saisit la commission des affaires sociales avant septembre.', sourceEntryId: entries[2]!.id })
  expect(entries[2]!.actionId).toBe(p.actions.items.at(-1)!.id)
  const marks = (pid: string) => p.minutes.attendance.find((m) => m.participantId === pid && m.dayId === 'day-1' && m.half === 'am')?.status
  expect([marks(p.participants[0]!.id), marks(p.participants[1]!.id), marks(p.participants[2]!.id)]).toEqual(['present', 'absent', 'excused'])
  const walkIn = p.participants.find((x) => x.name === 'Mme Ilham Saadi')!
  expect(walkIn.walkIn).toBe(true)
  expect(p.minutes.attendance).toContainEqual({ participantId: walkIn.id, dayId: 'day-1', half: 'pm', status: 'present' })

  // Reload: everything is still there, locked, with the visible trail.
  await app.gotoStage(id, 'minutes')
  await page.locator('.minutes-status--final').first().waitFor()
  await page.getByRole('navigation', { name: t('blocks.label') }).getByRole('button', { name: /Qui fait quoi/ }).click()
  await page.getByText('Les délégations confirment la pénurie dans 6 provinces sur 7.').waitFor()
  await page.getByText(t('entries.amended', { count: 1 })).waitFor()
  await page.getByRole('tab', { name: t('tabs.finalisation') }).click()
  await page.getByText(t('trail.reason', { reason: '\u2068Chiffre corrigé par la délégation de Kénitra\u2069' })).waitFor()
  await screenshot(page, `e2e-${lang}-minutes-trail`)
  app.assertNoErrors()
}

describe('minutes and attendance in Chromium', () => {
  test('French: take minutes with attendance, raise an action, finalise and amend, reload', async () => {
    await takeMinutes('fr')
  })
  test('Arabic: the same, in the RTL interface', async () => {
    await takeMinutes('ar')
  })
})
