import { afterEach, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { resources } from '../../src/core/i18n/resources'
import { openApp, screenshot, waitUntilSaved, type HiwarApp } from '../support/app'

/**
 * Stage 5 in real Chromium on the real handlers and files: build an agenda by keyboard, reorder it, run
 * live mode across two blocks with playwright's fake clock, open the projector view, reload and find it
 * all intact — in French and in Arabic.
 */
const A = { fr: resources.fr.agenda, ar: resources.ar.agenda }

let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

const block = (page: Page, n: number) => page.locator('.agenda-block').nth(n)
const times = (page: Page) => page.locator('.agenda-block__time').allTextContents()
const titles = (page: Page) => page.locator('.agenda-block__title input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
const remaining = (page: Page) => page.getByTestId('live-remaining').textContent()

/** Africa/Casablanca (the harness's time zone) was UTC+1 in July 2017. */
const at = (hhmm: string, day = '06') => new Date(`2017-07-${day}T${hhmm}:00+01:00`)

describe('agenda in Chromium (French)', () => {
  test('build an agenda by keyboard, reorder it, run live mode across two blocks, projector view, reload', async () => {
    app = await openApp({ lang: 'fr' })
    const { page, handlers } = app
    const T = A.fr
    const created = await handlers.createProject({ name: 'Dialogue régional — pénurie d’infirmiers polyvalents' })
    if (!created.ok) throw new Error(created.error.code)
    const id = created.value.id
    await page.clock.install({ time: at('08:00') })
    await app.gotoStage(id, 'agenda')

    // A day, by keyboard.
    await page.getByRole('button', { name: `+ ${T.day.add}` }).focus()
    await page.keyboard.press('Enter')
    await page.getByLabel(T.day.date, { exact: true }).focus()
    await page.keyboard.type('06/07/2017')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('8h30')
    await page.keyboard.press('Tab')

    // Three blocks: "+ Ajouter une séquence" puts the cursor in the new title; Tab walks title → type → duration.
    const addBlock = async (title: string, type: string, duration: string) => {
      await page.getByRole('button', { name: `+ ${T.block.add}` }).focus()
      await page.keyboard.press('Enter')
      await page.keyboard.type(title)
      await page.keyboard.press('Tab')
      await page.evaluate((value) => {
        const select = document.activeElement as HTMLSelectElement
        select.value = value
        select.dispatchEvent(new Event('change', { bubbles: true }))
      }, type)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Control+A')
      await page.keyboard.type(duration)
      await page.keyboard.press('Tab')
    }
    await addBlock('Ouverture et règles du dialogue', 'opening', '20')
    await addBlock('Pause-café', 'break', '15')
    await addBlock('Délibération : le problème', 'plenary', '1h30')
    expect(await times(page)).toEqual(['08:30 – 08:50', '08:50 – 09:05', '09:05 – 10:35'])

    // Reorder by keyboard: Alt+↑ on the deliberation, then Alt+↓ on the break; times follow.
    await block(page, 2).locator('.agenda-block__title input').focus()
    await page.keyboard.press('Alt+ArrowUp')
    expect(await titles(page)).toEqual(['Ouverture et règles du dialogue', 'Délibération : le problème', 'Pause-café'])
    expect(await times(page)).toEqual(['08:30 – 08:50', '08:50 – 10:20', '10:20 – 10:35'])
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Délibération : le problème')

    // A second day with the method's standard sequence, in one keystroke.
    await page.getByRole('button', { name: `+ ${T.day.add}` }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: T.standard.insert }).nth(1).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.agenda-block').count()).toBe(13)
    expect(await page.getByRole('heading', { name: 'Jour 2 — 7 juillet 2017' }).count()).toBe(1)
    await waitUntilSaved(page)
    await screenshot(page, 'e2e-fr-agenda-built')

    // The gantt is drawn by mermaid in the browser, labels as plain text.
    await page.getByRole('tab', { name: T.views.gantt }).click()
    const gantt = page.locator('.agenda-gantt .diagram__svg svg')
    await gantt.waitFor({ timeout: 30_000 })
    expect(await gantt.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Délibération ∶ le problème', 'Pause-café', 'Jour 2 — 7 juillet 2017']))

    // Live mode with a fake clock.
    await page.getByRole('tab', { name: T.views.live }).click()
    // From here the fake clock only moves when told: the day starts on time at 08:30.
    await page.clock.pauseAt(at('08:30'))
    await page.getByRole('button', { name: T.live.start, exact: true }).click()
    await expect.poll(() => remaining(page)).toBe('20:00')
    await page.clock.runFor(5 * 60_000)
    await expect.poll(() => remaining(page)).toBe('15:00')
    await page.getByRole('button', { name: T.live.addFiveLabel }).click()
    await expect.poll(() => remaining(page)).toBe('20:00')
    expect(await page.getByTestId('live-status').textContent()).toContain('En retard de 5 min')
    await page.clock.runFor(21 * 60_000)
    await expect.poll(() => remaining(page)).toBe('+01:00')
    await page.getByRole('button', { name: T.live.next }).click()
    await expect.poll(() => page.locator('#live-current-title').textContent()).toBe('Délibération : le problème')
    await expect.poll(() => remaining(page)).toBe('1:30:00')
    // started at 08:56 instead of 08:50: ends 10:26 instead of 10:20
    expect(await page.getByTestId('live-status').textContent()).toContain('En retard de 6 min')
    await page.clock.runFor(60_000)
    await expect.poll(() => remaining(page)).toBe('1:29:00')
    await screenshot(page, 'e2e-fr-agenda-live')

    // Projector view: current and next block, no private notes; Page Down and Escape.
    await page.getByRole('button', { name: T.live.projector }).click()
    const projector = page.getByRole('dialog', { name: T.projector.label })
    await projector.waitFor()
    expect(await projector.getByRole('heading').textContent()).toBe('Délibération : le problème')
    expect(await projector.locator('.projector__next-title').textContent()).toBe('Pause-café')
    const box = await projector.boundingBox()
    expect(box?.width).toBe(1280)
    expect(box?.height).toBe(800)
    await screenshot(page, 'e2e-fr-agenda-projector')
    await page.keyboard.press('Escape')
    await projector.waitFor({ state: 'detached' })

    // Saved: reload comes back to live mode, same block, clock still running from the records.
    await waitUntilSaved(page)
    const onDisk = await app.readProjectFile(id)
    expect(onDisk.agenda.live.map((r) => [r.blockId === onDisk.agenda.days[0]!.blocks[1]!.id, r.endedAt === null, r.adjustmentMin])).toEqual([
      [false, false, 5],
      [true, true, 0]
    ])
    await app.goto(page.url().replace(/.*#/, '#'))
    // React reveals a lazy screen on a timer: let the paused clock move one second.
    await page.clock.runFor(1000)
    await page.waitForSelector('.live-current')
    expect(await page.getByRole('tab', { name: T.views.live }).getAttribute('aria-selected')).toBe('true')
    expect(await page.locator('#live-current-title').textContent()).toBe('Délibération : le problème')
    // The timer comes back from the saved records (not restarted) and keeps running.
    const afterReload = await remaining(page)
    expect(['1:29:00', '1:28:59']).toContain(afterReload)
    await page.clock.runFor(60_000)
    await expect.poll(() => remaining(page)).toMatch(/^1:2[78]:(00|59)$/)
    await page.getByRole('tab', { name: T.views.edit }).click()
    expect(await titles(page)).toHaveLength(13)
    expect((await times(page)).slice(0, 3)).toEqual(['08:30 – 08:50', '08:50 – 10:20', '10:20 – 10:35'])
    app.assertNoErrors()
  })
})

describe('agenda in Chromium (Arabic)', () => {
  test('reorder the sample by keyboard, run two blocks live, projector view in RTL, reload intact', async () => {
    app = await openApp({ lang: 'ar' })
    const { page } = app
    const T = A.ar
    const id = await app.createSample()
    await page.clock.install({ time: at('08:45', '07') })
    await app.gotoStage(id, 'agenda')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')

    // Alt+↓ on the first block of day 2 (keyboard on the drag handle).
    const first = page.locator('[data-block-id="blk-d2-priorities"] .agenda-block__handle')
    await first.focus()
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => page.locator('[data-block-id="blk-d2-priorities"] .agenda-block__time').textContent()).toBe('09:30 – 10:15')
    expect(await page.locator('[data-block-id="blk-d2-steps"] .agenda-block__time').textContent()).toBe('09:00 – 09:30')
    await expect.poll(() => page.locator('[role="status"]').filter({ hasText: 'نُقلت' }).count()).toBe(1)
    await waitUntilSaved(page)

    await page.getByRole('tab', { name: T.views.live }).click()
    await page.getByLabel(T.live.day, { exact: true }).selectOption('day-2')
    await page.clock.pauseAt(at('09:02', '07'))
    await page.getByRole('button', { name: T.live.start, exact: true }).click()
    await expect.poll(() => remaining(page)).toBe('30:00')
    expect(await page.getByTestId('live-status').textContent()).toContain('متأخر بـ 2 د')
    await page.clock.runFor(25 * 60_000)
    await page.getByRole('button', { name: T.live.next }).click()
    await expect.poll(() => page.locator('#live-current-title').textContent()).toBe('Restitution et choix des problématiques prioritaires')
    await page.clock.runFor(10 * 60_000)
    await expect.poll(() => remaining(page)).toBe('35:00')
    await screenshot(page, 'e2e-ar-agenda-live')

    await page.getByRole('button', { name: T.live.projector }).click()
    const projector = page.getByRole('dialog', { name: T.projector.label })
    await projector.waitFor()
    expect(await projector.locator('.projector__next-title').textContent()).toBe('Pause-café')
    expect(await projector.textContent()).not.toContain('Faire noter chaque problématique')
    await screenshot(page, 'e2e-ar-agenda-projector')
    await page.keyboard.press('PageDown')
    await expect.poll(() => projector.getByRole('heading').textContent()).toBe('Pause-café')
    await page.keyboard.press('Escape')
    await projector.waitFor({ state: 'detached' })

    // Autosave waits 600 ms on the (paused) clock.
    await page.clock.runFor(1000)
    await waitUntilSaved(page)
    await app.goto(page.url().replace(/.*#/, '#'))
    await page.clock.runFor(1000)
    await page.waitForSelector('.live-current')
    expect(await page.locator('#live-current-title').textContent()).toBe('Pause-café')
    const onDisk = await app.readProjectFile(id)
    expect(onDisk.agenda.live.map((r) => r.blockId)).toEqual(['blk-d2-steps', 'blk-d2-priorities', 'blk-d2-break-am'])
    expect(onDisk.agenda.days[1]!.blocks.slice(0, 2).map((b) => b.id)).toEqual(['blk-d2-steps', 'blk-d2-priorities'])
    app.assertNoErrors()
  })
})
