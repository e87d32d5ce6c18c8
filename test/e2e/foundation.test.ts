import { afterEach, describe, expect, test } from 'vitest'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { resources } from '../../src/core/i18n/resources'
import { documentLangDir, openApp, screenshot, waitUntilSaved, type HiwarApp } from '../support/app'

/**
 * The foundation in real Chromium, on the real handler map and real files: create a project, fill the
 * framing stage, reload, find everything on screen AND in the JSON file; the library operations; Arabic.
 */
const fr = { framing: resources.fr.framing, common: resources.fr.common, ui: resources.fr.ui }
const ar = { framing: resources.ar.framing, common: resources.ar.common, ui: resources.ar.ui }

let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

const projectIdFromUrl = (page: Page) => /#\/project\/([^/]+)\//.exec(page.url())?.[1] ?? ''

async function createProject(page: Page, name: string, t: typeof fr) {
  await page.getByRole('button', { name: t.common.library.newBlank, exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(t.common.library.namePrompt).fill(name)
  await dialog.getByRole('button', { name: t.common.library.create, exact: true }).click()
  await page.waitForSelector('.framing-screen')
}

describe('foundation in Chromium (French)', () => {
  test('create a project, fill the framing stage, reload: the data is on screen and on disk', async () => {
    app = await openApp({ lang: 'fr' })
    const { page } = app
    const F = fr.framing
    await createProject(page, 'Dialogue régional — santé maternelle, Souss-Massa', fr)
    expect(await page.locator('.topbar__title').textContent()).toBe('Dialogue régional — santé maternelle, Souss-Massa')
    const id = projectIdFromUrl(page)

    await page.getByLabel(F.sponsor, { exact: true }).selectOption('drs')
    await page.getByLabel(F.sponsorName).fill('DRS Souss-Massa, service de la santé maternelle')
    await page.getByLabel(F.level, { exact: true }).selectOption('regional')
    await page.getByLabel(F.region, { exact: true }).selectOption({ label: fr.common.regions.soussMassa })
    await page.getByLabel(F.policyProcess, { exact: true }).selectOption('pmr')
    await page.getByLabel(F.policyProcessName).fill('Programme médical régional 2018-2022')
    await page.getByLabel(F.context).fill('Mortalité maternelle élevée dans les provinces rurales ; régionalisation avancée (loi 111-14).')

    const steering = page.getByRole('group', { name: F.steeringCommittee })
    await steering.getByLabel(fr.ui.framing.newPersonName).fill('Dr Amina Berrada')
    await steering.getByLabel(fr.ui.framing.newPersonName).press('Enter')
    await steering.getByLabel(F.person.function).fill('Directrice régionale de la santé')
    const team = page.getByRole('group', { name: F.organisingTeam })
    await team.getByLabel(fr.ui.framing.newPersonName).fill('Youssef El Idrissi')
    await team.getByRole('button', { name: F.person.add }).click()

    const timeline = page.getByRole('group', { name: F.timeline, exact: true })
    await timeline.getByRole('button', { name: F.milestone.add }).click()
    await timeline.getByLabel(F.milestone.label, { exact: true }).fill('Atelier de dialogue')
    await timeline.getByLabel(F.milestone.date, { exact: true }).fill('2018-03-14')
    await expect.poll(() => timeline.locator('.parsed-input__suffix').textContent()).toBe('14 mars 2018')

    const budget = page.getByRole('group', { name: F.budget, exact: true })
    await budget.getByRole('button', { name: F.budgetLine.add }).click()
    await budget.getByLabel(F.budgetLine.label, { exact: true }).fill('Salle et pauses-café')
    await budget.getByLabel(F.budgetLine.amount, { exact: true }).fill('12 500')
    await budget.getByRole('button', { name: F.budgetLine.add }).click()
    await budget.getByLabel(F.budgetLine.label, { exact: true }).nth(1).fill('Transport des participants')
    await budget.getByLabel(F.budgetLine.amount, { exact: true }).nth(1).fill('7500,50')
    await expect.poll(() => budget.locator('.rows__total').textContent()).toMatch(/^Total : 20[\s.\u202f]?000,5 MAD$/)

    await page.getByRole('group', { name: F.languages }).getByLabel('العربية').check()

    // The checklist follows the data.
    await expect.poll(() => page.locator('.checklist__item--done').count()).toBe(9)

    await page.keyboard.press('Control+s')
    await waitUntilSaved(page)
    expect(await page.locator('.save-state').textContent()).toMatch(/^Enregistré · \d\d:\d\d/)

    const onDisk = await app.readProjectFile(id)
    expect(onDisk.framing).toMatchObject({
      sponsor: 'drs',
      sponsorName: 'DRS Souss-Massa, service de la santé maternelle',
      level: 'regional',
      region: 'soussMassa',
      policyProcess: 'pmr',
      policyProcessName: 'Programme médical régional 2018-2022',
      languages: ['fr', 'ar'],
      timeline: [{ label: 'Atelier de dialogue', date: '2018-03-14' }],
      budget: [
        { label: 'Salle et pauses-café', amount: 12500 },
        { label: 'Transport des participants', amount: 7500.5 }
      ]
    })
    expect(onDisk.framing.steeringCommittee).toMatchObject([{ name: 'Dr Amina Berrada', function: 'Directrice régionale de la santé' }])
    expect(onDisk.framing.organisingTeam).toMatchObject([{ name: 'Youssef El Idrissi' }])
    await screenshot(page, 'e2e-fr-framing-filled')

    // Reload: the same stage comes back (URL hash), with the data read from disk.
    await page.reload()
    await page.waitForSelector('.framing-screen')
    expect(await page.getByLabel(F.sponsorName).inputValue()).toBe('DRS Souss-Massa, service de la santé maternelle')
    expect(await page.getByLabel(F.region, { exact: true }).inputValue()).toBe('soussMassa')
    expect(await page.getByLabel(F.context).inputValue()).toContain('loi 111-14')
    expect(await page.getByRole('group', { name: F.steeringCommittee }).getByLabel(F.person.name, { exact: true }).inputValue()).toBe('Dr Amina Berrada')
    expect(await page.getByRole('group', { name: F.timeline, exact: true }).getByLabel(F.milestone.date, { exact: true }).inputValue()).toBe('2018-03-14')
    expect(await page.getByRole('group', { name: F.languages }).getByLabel('العربية').isChecked()).toBe(true)
    expect(await page.locator('.stage-nav__link[data-stage="framing"] .stage-nav__percent').textContent()).toBe('100 % complété')

    // Undo from the keyboard (one step for the whole typing run), autosaved.
    const name = page.getByLabel(F.policyProcessName)
    await name.fill('PMR')
    await name.press('End')
    await name.pressSequentially(' Souss')
    await page.keyboard.press('Control+z')
    expect(await name.inputValue()).toBe('Programme médical régional 2018-2022')
    await waitUntilSaved(page)
    expect((await app.readProjectFile(id)).framing.policyProcessName).toBe('Programme médical régional 2018-2022')
    app.assertNoErrors()
  })

  test('library: rename, duplicate, trash, restore, delete for good; files follow; switch to Arabic', async () => {
    app = await openApp({ lang: 'fr' })
    const { page } = app
    const L = fr.common.library
    await app.createSample('Atelier Rabat 2017')
    await app.goto('#/')
    const card = (name: string) => page.locator('.project-card', { has: page.getByRole('heading', { name, exact: true }) })

    await card('Atelier Rabat 2017').getByRole('button', { name: L.rename }).click()
    await page.getByRole('dialog').getByLabel(L.namePrompt).fill('Rabat 2017 — version DRS')
    await page.getByRole('dialog').getByLabel(L.namePrompt).press('Enter')
    await card('Rabat 2017 — version DRS').waitFor()

    await card('Rabat 2017 — version DRS').getByRole('button', { name: L.duplicate }).click()
    await card('Rabat 2017 — version DRS (copie)').waitFor()
    expect(await page.locator('.project-card').count()).toBe(2)
    const files = await readdir(join(app.dataDir, 'projects'))
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(2)

    await card('Rabat 2017 — version DRS (copie)').getByRole('button', { name: L.trash }).click()
    await expect.poll(() => page.locator('.project-card').count()).toBe(1)
    await page.getByRole('link', { name: /Corbeille \(1\)/ }).click()
    await card('Rabat 2017 — version DRS (copie)').waitFor()
    await screenshot(page, 'e2e-fr-trash')
    await card('Rabat 2017 — version DRS (copie)').getByRole('button', { name: L.restore }).click()
    await page.getByText(L.trashEmpty).waitFor()
    const listed = await app.handlers.listProjects()
    expect(listed.ok && listed.value.projects.map((p) => `${p.name} | ${p.trashedAt}`).sort()).toEqual([
      'Rabat 2017 — version DRS (copie) | null',
      'Rabat 2017 — version DRS | null'
    ])

    // Trash again, then delete for good (confirmed).
    await page.getByRole('link', { name: fr.ui.library.backToLibrary }).click()
    await card('Rabat 2017 — version DRS (copie)').getByRole('button', { name: L.trash }).click()
    await page.getByRole('link', { name: /Corbeille \(1\)/ }).click()
    await card('Rabat 2017 — version DRS (copie)').getByRole('button', { name: L.deleteForever }).click()
    await page.getByRole('dialog').getByRole('button', { name: L.deleteForever }).click()
    await page.getByText(L.trashEmpty).waitFor()
    const after = await app.handlers.listProjects()
    expect(after.ok && after.value.projects.map((p) => p.name)).toEqual(['Rabat 2017 — version DRS'])

    // Language switch: Arabic, right to left, remembered in the settings file.
    await page.getByRole('link', { name: fr.ui.library.backToLibrary }).click()
    await page.getByRole('button', { name: 'العربية' }).click()
    await page.waitForFunction("document.documentElement.dir === 'rtl'")
    expect(await documentLangDir(page)).toEqual(['ar', 'rtl'])
    await page.getByRole('heading', { name: ar.common.library.title }).waitFor()
    await expect.poll(async () => {
      const s = await app!.handlers.getSettings()
      return s.ok && s.value.uiLanguage
    }).toBe('ar')
    await page.reload()
    await page.getByRole('heading', { name: ar.common.library.title }).waitFor()
    expect((await documentLangDir(page))[1]).toBe('rtl')
    app.assertNoErrors()
  })
})

describe('foundation in Chromium (Arabic)', () => {
  test('RTL shell; an Arabic project is created, filled, reloaded and found on disk', async () => {
    app = await openApp({ lang: 'ar' })
    const { page } = app
    const F = ar.framing
    expect(await documentLangDir(page)).toEqual(['ar', 'rtl'])
    await createProject(page, 'الحوار الجهوي حول صحة الأم — سوس ماسة', ar)
    const id = projectIdFromUrl(page)
    await page.getByLabel(F.level, { exact: true }).selectOption('national')
    await page.getByLabel(F.context).fill('ارتفاع وفيات الأمهات في الجماعات القروية؛ الجهوية المتقدمة (القانون 111-14).')
    const steering = page.getByRole('group', { name: F.steeringCommittee })
    await steering.getByLabel(ar.ui.framing.newPersonName).fill('د. أمينة برادة')
    await steering.getByLabel(ar.ui.framing.newPersonName).press('Enter')
    const timeline = page.getByRole('group', { name: F.timeline, exact: true })
    await timeline.getByRole('button', { name: F.milestone.add }).click()
    await timeline.getByLabel(F.milestone.date, { exact: true }).fill('14/03/2018')
    await expect.poll(() => timeline.locator('.parsed-input__suffix').textContent()).toBe('14 مارس 2018')
    await page.keyboard.press('Control+s')
    await waitUntilSaved(page)
    expect(await page.locator('.save-state').textContent()).toMatch(/^تم الحفظ · \d\d:\d\d/)

    // The layout is mirrored: the stage navigation sits on the right.
    const nav = await page.locator('.stage-nav').boundingBox()
    const main = await page.locator('#stage-main').boundingBox()
    expect(nav && main && nav.x > main.x).toBe(true)
    // User text gets its own direction.
    expect(await page.getByLabel(F.context).getAttribute('dir')).toBe('auto')
    await screenshot(page, 'e2e-ar-framing')

    const onDisk = await app.readProjectFile(id)
    expect(onDisk.name).toBe('الحوار الجهوي حول صحة الأم — سوس ماسة')
    expect(onDisk.framing).toMatchObject({ level: 'national', region: null, timeline: [{ date: '2018-03-14' }] })
    expect(onDisk.framing.steeringCommittee[0]?.name).toBe('د. أمينة برادة')

    await page.reload()
    await page.waitForSelector('.framing-screen')
    expect(await page.getByLabel(F.context).inputValue()).toContain('الجهوية المتقدمة')
    expect(await page.getByRole('group', { name: F.steeringCommittee }).getByLabel(F.person.name, { exact: true }).inputValue()).toBe('د. أمينة برادة')

    // Back to the library saves and lists the project with its completeness.
    await page.getByRole('button', { name: ar.common.library.back }).click()
    await page.locator('.project-card').first().waitFor()
    expect(await page.locator('.project-card__name').first().textContent()).toBe('الحوار الجهوي حول صحة الأم — سوس ماسة')
    await screenshot(page, 'e2e-ar-library')
    app.assertNoErrors()
  })
})
