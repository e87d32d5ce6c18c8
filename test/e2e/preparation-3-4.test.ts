import { afterEach, describe, expect, test } from 'vitest'
import { createI18n } from '../../src/core/i18n/create'
import type { Lang } from '../../src/core/model/common'
import { openApp, screenshot, waitUntilSaved, type HiwarApp } from '../support/app'

/**
 * Stages 3 and 4 of a new project in real Chromium on the real handlers and files, in French and in
 * Arabic: stakeholders typed and bulk-pasted (with rows in error kept), the power/interest grid drawn as an
 * SVG, a snapshot, a custom category; then the dialogue design, participants chosen from the stakeholders
 * and their invitations; a reload finds everything, on screen and on disk.
 */
let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})


interface Words {
  names: [string, string]
  paste: string
  pastedNames: string[]
  rejectedLine: string
  snapshot: string
  category: string
  objectives: string
  venue: string
  facilitator: string
  person: string
}

const WORDS: Record<'fr' | 'ar', Words> = {
  fr: {
    names: ['Direction régionale de la santé', 'Syndicat indépendant des infirmiers'],
    paste: [
      'Nom\tSigle\tCatégorie\tPosition\tPouvoir\tIntérêt',
      'Conseil régional — commission sociale\tCR\tConseil régional et ses commissions (loi 111-14)\tNon mobilisé\tÉlevé\t3',
      'ISPITS de Rabat\tISPITS\tUniversités et instituts de formation (ISPITS, ENSP)\tSoutien fort\tMoyen\t5',
      '\tSANS NOM\tMédias\tneutre\tfaible\t2',
      'Coopérative « Al Amal »\t\tCoopératives\tSoutien moyen\tFaible\t4'
    ].join('\n'),
    pastedNames: ['Conseil régional — commission sociale', 'ISPITS de Rabat', 'Coopérative « Al Amal »'],
    rejectedLine: '\tSANS NOM\tMédias\tneutre\tfaible\t2',
    snapshot: 'Avant les consultations',
    category: 'Associations de patients',
    objectives: 'Délibérer sur trois options pour retenir les infirmiers polyvalents en milieu rural.',
    venue: 'INAS, salle de conférences',
    facilitator: 'Pr Abdelaziz Bennani',
    person: 'Dr Youssef Chami'
  },
  ar: {
    names: ['المديرية الجهوية للصحة', 'النقابة المستقلة للممرضين'],
    paste: [
      'الاسم\tالاختصار\tالفئة\tالموقف\tالنفوذ\tالاهتمام',
      'مجلس الجهة — لجنة الشؤون الاجتماعية\tمجلس الجهة\tمجلس الجهة ولجانه (القانون 111-14)\tغير معبأ\tمرتفع\t3',
      'المعهد العالي للمهن التمريضية وتقنيات الصحة\tISPITS\tISPITS\tدعم قوي\tمتوسط\t٥',
      '\tبلا اسم\tوسائل الإعلام\tمحايد\tضعيف\t2',
      'تعاونية "الأمل"\t\tتعاونيات\tدعم متوسط\tضعيف\t4'
    ].join('\n'),
    pastedNames: ['مجلس الجهة — لجنة الشؤون الاجتماعية', 'المعهد العالي للمهن التمريضية وتقنيات الصحة', 'تعاونية "الأمل"'],
    rejectedLine: '\tبلا اسم\tوسائل الإعلام\tمحايد\tضعيف\t2',
    snapshot: 'قبل المشاورات',
    category: 'جمعيات المرضى',
    objectives: 'التداول في ثلاثة خيارات للإبقاء على الممرضين متعددي الاختصاصات في الوسط القروي.',
    venue: 'المعهد الوطني للإدارة الصحية، قاعة الندوات',
    facilitator: 'ذ. عبد العزيز بناني',
    person: 'د. يوسف الشامي'
  }
}

async function walk(lang: 'fr' | 'ar') {
  app = await openApp({ lang })
  const { page, handlers } = app
  const i18n = createI18n(lang as Lang)
  const t = i18n.getFixedT(lang, 'stakeholders')
  const d = i18n.getFixedT(lang, 'design')
  const W = WORDS[lang]
  const created = await handlers.createProject({ name: lang === 'fr' ? 'Dialogue régional — infirmiers polyvalents' : 'حوار جهوي حول الممرضين' })
  if (!created.ok) throw new Error(created.error.code)
  const id = created.value.id
  await app.gotoStage(id, 'stakeholders')

  // Two stakeholders typed by name, then assessed in the table's cells.
  const newName = page.getByLabel(t('table.newName'), { exact: true })
  for (const name of W.names) {
    await newName.fill(name)
    await newName.press('Enter')
  }
  const cell = (field: string, name: string) => page.getByLabel(t('table.cell', { field: t(`fields.${field}`), name }), { exact: true })
  await cell('position', W.names[0]).selectOption('highSupport')
  await cell('power', W.names[0]).selectOption('high')
  await cell('interest', W.names[0]).selectOption('5')
  await cell('position', W.names[1]).selectOption('mediumOpposition')
  await cell('power', W.names[1]).selectOption('medium')
  await cell('interest', W.names[1]).selectOption('4')
  await cell('strategy', W.names[1]).selectOption('reduceOpposition')

  // Bulk paste: two rows import, the nameless one stays in the box with its error.
  await page.getByRole('button', { name: t('table.paste') }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(t('paste.label'), { exact: true }).fill(W.paste)
  await dialog.getByText(t('paste.summary', { rows: 4, ready: 3, errors: 1, warnings: 1 })).waitFor()
  await screenshot(page, `e2e-${lang}-stakeholders-paste`)
  await dialog.getByRole('button', { name: t('paste.import', { count: 3 }) }).click()
  await dialog.getByText(t('paste.rejectedKept', { count: 1 }), { exact: false }).waitFor()
  expect(await dialog.getByLabel(t('paste.label'), { exact: true }).inputValue()).toBe(`${W.paste.split('\n')[0]}\n${W.rejectedLine}`)
  await dialog.getByRole('button', { name: t('paste.close') }).click()
  for (const name of [...W.names, ...W.pastedNames]) await page.locator('.sh-table__title', { hasText: name }).waitFor()

  // The grid is drawn by mermaid as an SVG holding the points' labels.
  await page.getByRole('tab', { name: t('tabs.analysis') }).click()
  const svg = page.locator('.sh-grid .diagram__svg svg')
  await svg.waitFor({ timeout: 30_000 })
  expect(await svg.textContent()).toContain(lang === 'fr' ? 'ISPITS' : 'ISPITS')
  expect(await svg.textContent()).toContain(t('quadrants.manageClosely'))
  await screenshot(page, `e2e-${lang}-stakeholders-grid`)

  // A dated snapshot and a custom category.
  await page.getByRole('tab', { name: t('tabs.snapshots') }).click()
  await page.getByLabel(t('snapshots.label'), { exact: true }).fill(W.snapshot)
  await page.getByRole('button', { name: t('snapshots.take') }).click()
  await page.locator('.sh-snap__item', { hasText: W.snapshot }).waitFor()
  await page.getByRole('tab', { name: t('tabs.categories') }).click()
  const newCategory = page.getByLabel(t('categories.newName'), { exact: true })
  await newCategory.fill(W.category)
  await newCategory.press('Enter')
  await waitUntilSaved(page)

  // Stage 4: the design.
  await app.gotoStage(id, 'design')
  await page.getByLabel(d('goals.objectives'), { exact: true }).fill(W.objectives)
  const newDay = page.getByLabel(d('dates.new'), { exact: true })
  await newDay.fill('06/07/2017')
  await newDay.press('Tab')
  await page.getByRole('button', { name: d('dates.add'), exact: true }).click()
  await page.getByLabel(d('venue'), { exact: true }).fill(W.venue)
  await page.getByLabel(d('rules.facilitator'), { exact: true }).fill(W.facilitator)
  await page.getByLabel(d('size.min'), { exact: true }).fill('10')
  await page.getByLabel(d('size.min'), { exact: true }).press('Tab')
  await page.getByText(d('size.outsideRecommended', { min: 10, max: 22 })).waitFor()

  // Participants chosen from the stakeholders, one person added, invitations.
  await page.getByRole('tab', { name: d('tabs.participants') }).click()
  const pick = page.getByLabel(d('participants.fromStakeholders'), { exact: true })
  for (const name of [W.names[0], W.names[1]]) {
    await pick.selectOption({ label: name })
    await page.getByRole('button', { name: d('participants.addSelected') }).click()
  }
  const other = page.getByLabel(d('participants.newName'), { exact: true })
  await other.fill(W.person)
  await other.press('Enter')
  const status = (name: string) => page.getByLabel(`${d('participants.fields.invitationStatus')} — ${name}`, { exact: true })
  await status(W.names[0]).selectOption('confirmed')
  await status(W.names[1]).selectOption('invited')
  await page.locator('.design-balance').getByText(d('balance.issues.missingRole', { role: d('participants.roles.researcher') })).waitFor()
  await screenshot(page, `e2e-${lang}-design-participants`)
  await page.getByRole('tab', { name: d('tabs.readiness') }).click()
  await page.getByText(d('readiness.questions.groundRules')).waitFor()
  await waitUntilSaved(page)

  // Reload: everything is there, on screen and on disk.
  await app.gotoStage(id, 'stakeholders')
  for (const name of [...W.names, ...W.pastedNames]) await page.locator('.sh-table__title', { hasText: name }).waitFor()
  expect(await cell('position', W.names[1]).inputValue()).toBe('mediumOpposition')
  await page.getByRole('tab', { name: t('tabs.snapshots') }).click()
  await page.locator('.sh-snap__item', { hasText: W.snapshot }).waitFor()
  await app.gotoStage(id, 'design')
  expect(await page.getByLabel(d('goals.objectives'), { exact: true }).inputValue()).toBe(W.objectives)
  expect(await page.getByLabel(d('venue'), { exact: true }).inputValue()).toBe(W.venue)
  await page.getByRole('tab', { name: d('tabs.participants') }).click()
  expect(await status(W.names[0]).inputValue()).toBe('confirmed')

  const onDisk = await app.readProjectFile(id)
  expect(onDisk.stakeholders.items.map((s) => s.name)).toEqual([...W.names, ...W.pastedNames])
  expect(onDisk.stakeholders.items[1]).toMatchObject({ position: 'mediumOpposition', power: 'medium', interest: 4, strategy: 'reduceOpposition' })
  expect(onDisk.stakeholders.items[3]).toMatchObject({ abbreviation: 'ISPITS', position: 'highSupport', power: 'medium', interest: 5, categoryId: 'cat-university' })
  expect(onDisk.stakeholders.categories.filter((c) => c.key === null).map((c) => c.label).sort()).toEqual(
    [lang === 'fr' ? 'Coopératives' : 'تعاونيات', W.category].sort()
  )
  expect(onDisk.stakeholders.snapshots.map((s) => [s.label, s.entries.length])).toEqual([[W.snapshot, 5]])
  expect(onDisk.design).toMatchObject({ objectives: W.objectives, venue: W.venue, facilitator: W.facilitator, dates: ['2017-07-06'], targetSizeMin: 10 })
  expect(onDisk.participants.map((p) => [p.name, p.invitationStatus, p.stakeholderId !== null])).toEqual([
    [W.names[0], 'confirmed', true],
    [W.names[1], 'invited', true],
    [W.person, 'toInvite', false]
  ])
  expect(onDisk.participants[0]!.role).toBe('stakeholder')
  app.assertNoErrors()
}

describe('stages 3–4 in Chromium', () => {
  test('French: stakeholders (typed and pasted), grid, snapshot, design, participants — then reload', async () => {
    await walk('fr')
  })
  test('Arabic: the same walk through the mirrored UI', async () => {
    await walk('ar')
  })

  test('5,000 pasted rows: preview, import, grid and reload without freezing or losing a row', async () => {
    app = await openApp({ lang: 'fr' })
    const { page, handlers } = app
    const t = createI18n('fr').getFixedT('fr', 'stakeholders')
    const created = await handlers.createProject({ name: 'Grand tableau' })
    if (!created.ok) throw new Error(created.error.code)
    const id = created.value.id
    await app.gotoStage(id, 'stakeholders')
    const rows = Array.from({ length: 5000 }, (_, i) => `Acteur ${i + 1}\tONG et associations\t${(i % 7) - 3}\t${['faible', 'moyen', 'élevé'][i % 3]}\t${(i % 5) + 1}`)
    await page.getByRole('button', { name: t('table.paste') }).click()
    const dialog = page.getByRole('dialog')
    const box = dialog.getByLabel(t('paste.label'), { exact: true })
    await box.waitFor()
    const started = Date.now()
    // What Ctrl+V does: a paste event carrying the clipboard's text.
    await box.focus()
    await page.evaluate((text) => {
      const data = new DataTransfer()
      data.setData('text/plain', text)
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, ['Nom\tCatégorie\tPosition\tPouvoir\tIntérêt', ...rows].join('\n'))
    await dialog.getByText(t('paste.summary', { rows: 5000, ready: 5000, errors: 0, warnings: 0 })).waitFor({ timeout: 20_000 })
    await dialog.getByText(t('paste.previewMore', { shown: 100, total: 5000 })).waitFor()
    await dialog.getByRole('button', { name: t('paste.import', { count: 5000 }) }).click()
    await page.getByText(t('table.count', { shown: 5000, total: 5000 })).waitFor({ timeout: 20_000 })
    expect(Date.now() - started).toBeLessThan(20_000)
    // The table shows a page at a time; the page stays responsive (a filter answers at once).
    expect(await page.locator('.sh-table tbody tr').count()).toBe(50)
    await page.getByLabel(t('table.search'), { exact: true }).fill('Acteur 4999')
    await page.getByText(t('table.count', { shown: 1, total: 5000 })).waitFor({ timeout: 5_000 })
    await page.getByRole('tab', { name: t('tabs.analysis') }).click()
    await page.locator('.sh-grid .diagram__svg svg').waitFor({ timeout: 30_000 })
    await page.getByText(t('grid.omitted', { count: 4940 })).waitFor()
    await waitUntilSaved(page)
    await app.gotoStage(id, 'stakeholders')
    await page.getByText(t('table.count', { shown: 5000, total: 5000 })).waitFor({ timeout: 20_000 })
    const onDisk = await app.readProjectFile(id)
    expect(onDisk.stakeholders.items).toHaveLength(5000)
    expect(new Set(onDisk.stakeholders.items.map((s) => s.name)).size).toBe(5000)
    app.assertNoErrors()
  })
})
