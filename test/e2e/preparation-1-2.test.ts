import { afterEach, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { resources } from '../../src/core/i18n/resources'
import type { Lang } from '../../src/core/model/common'
import { openApp, screenshot, type HiwarApp } from '../support/app'

/**
 * Stages 1–2 of a NEW project through the real UI, in real Chromium on the real handlers and files, in
 * French and in Arabic: candidates, a scorer, scores, a weight that re-ranks, the choice and its rationale,
 * the problem sheet, a nested problem tree by keyboard with restatements (both diagrams drawn as SVG),
 * then sources, options and the brief; reload, and everything is still there — on screen and on disk.
 */
let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

/** `{{name}}` placeholders filled like i18next does. */
const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''))

interface Texts {
  candidates: [string, string]
  scorer: string
  rationale: string
  statement: string
  champion: string
  window: string
  causes: [string, string]
  effect: string
  objective: string
  coreObjective: string
  sources: [string, string]
  keyMessages: string
  options: [string, string]
  barrier: string
  strategy: string
}

const TEXTS: Record<'fr' | 'ar', Texts> = {
  fr: {
    candidates: ['Pénurie des infirmiers polyvalents', 'Santé maternelle en zone enclavée'],
    scorer: 'Dr Amina El Alaoui',
    rationale: 'Premier au classement ; fenêtre du plan régional 2018.',
    statement: 'Les centres de santé ruraux de la région manquent d’infirmiers polyvalents.',
    champion: 'Directrice régionale de la santé',
    window: 'Préparation du plan régional et du budget 2018',
    causes: ['Formation insuffisante', 'Places limitées dans les ISPITS'],
    effect: 'Centres de santé ruraux fermés',
    objective: 'Places en filière polyvalente augmentées',
    coreObjective: 'Disposer d’infirmiers polyvalents en nombre suffisant',
    sources: ['WHO guideline on rural retention (2010)', 'Effectifs infirmiers par province — DRS'],
    keyMessages: 'Agir sur la rétention en zone rurale.',
    options: ['Incitations à la rétention', 'Former des infirmiers issus de la région'],
    barrier: 'Postes budgétaires centralisés',
    strategy: 'Plan régional d’effectifs négocié avec le Ministère'
  },
  ar: {
    candidates: ['نقص الممرضين متعددي الاختصاصات', 'صحة الأم في المناطق المعزولة'],
    scorer: 'د. أمينة العلوي',
    rationale: 'في صدارة الترتيب؛ نافذة المخطط الجهوي 2018.',
    statement: 'تعاني المراكز الصحية القروية بالجهة من نقص في الممرضين متعددي الاختصاصات.',
    champion: 'المديرة الجهوية للصحة',
    window: 'إعداد المخطط الجهوي وميزانية 2018',
    causes: ['تكوين غير كافٍ', 'مقاعد محدودة في ISPITS'],
    effect: 'إغلاق مراكز صحية قروية',
    objective: 'زيادة المقاعد في شعبة التمريض متعدد الاختصاصات',
    coreObjective: 'توفير عدد كافٍ من الممرضين متعددي الاختصاصات',
    sources: ['WHO guideline on rural retention (2010)', 'أعداد الممرضين حسب الإقليم — المديرية الجهوية'],
    keyMessages: 'العمل على استبقاء الممرضين في الوسط القروي.',
    options: ['حوافز الاستبقاء', 'تكوين ممرضين من أبناء الجهة'],
    barrier: 'مركزية المناصب المالية',
    strategy: 'مخطط جهوي للموارد البشرية يُتفاوض عليه مع الوزارة'
  }
}


const addByName = async (page: Page, label: string, value: string) => {
  const input = page.getByLabel(label, { exact: true })
  await input.fill(value)
  await input.press('Enter')
}

const rankingLines = (page: Page) =>
  page.locator('.ranking-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => `${r.querySelector('.ranking__rank')?.textContent ?? ''}|${r.querySelector('th')?.textContent ?? ''}`)
  )

async function walk(lang: 'fr' | 'ar') {
  app = await openApp({ lang })
  const { page, handlers } = app
  const P = resources[lang].priority
  const E = resources[lang].evidence
  const X = TEXTS[lang]
  const created = await handlers.createProject({ name: lang === 'fr' ? 'Dialogue régional — infirmiers' : 'حوار جهوي — الممرضون' })
  if (!created.ok) throw new Error(created.error.code)
  const id = created.value.id
  await app.gotoStage(id, 'priority')
  expect(await page.evaluate('document.documentElement.dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')

  // ---- Stage 1: candidates, a scorer, scores on two criteria.
  await addByName(page, P.candidates.newTitle, X.candidates[0])
  await addByName(page, P.candidates.newTitle, X.candidates[1])
  await addByName(page, P.scorers.newName, X.scorer)
  await page.getByText(P.ranking.states.noScores).waitFor()
  const cell = (problem: string, criterion: string) => page.getByLabel(fill(P.scores.cellLabel, { problem, criterion }), { exact: true })
  await cell(X.candidates[0], P.criteria.magnitude).fill('5')
  await cell(X.candidates[0], P.criteria.feasibility).fill('2')
  await cell(X.candidates[1], P.criteria.magnitude).fill('3')
  await cell(X.candidates[1], P.criteria.feasibility).fill('4')
  // 5 + 2 = 3 + 4 with equal weights: a tie.
  const tied = fill(P.ranking.tiedRank, { rank: 1 })
  expect(await rankingLines(page)).toEqual([`${tied}|${X.candidates[0]}`, `${tied}|${X.candidates[1]}`])
  // Out of range: refused inline, nothing saved.
  await cell(X.candidates[1], P.criteria.equity).fill('9')
  await page.getByText(fill(P.errors.outOfRange, { min: 1, max: 5 })).waitFor()
  await cell(X.candidates[1], P.criteria.equity).fill('')
  // Magnitude weighs 3: re-ranked at once.
  await page.getByLabel(fill(P.criteriaSection.weightOf, { name: P.criteria.magnitude }), { exact: true }).fill('3')
  expect(await rankingLines(page)).toEqual([`1|${X.candidates[0]}`, `2|${X.candidates[1]}`])

  // ---- Choice, rationale, problem sheet.
  await page.getByRole('button', { name: fill(P.ranking.chooseLabel, { name: X.candidates[0] }) }).click()
  await page.getByLabel(P.choice.rationale, { exact: true }).fill(X.rationale)
  await page.getByLabel(P.statement.statement, { exact: true }).fill(X.statement)
  await page.getByLabel(P.statement.champion, { exact: true }).fill(X.champion)
  await page.getByLabel(P.statement.policyWindow, { exact: true }).fill(X.window)

  // ---- Problem tree by keyboard: a cause, Enter for a sibling, Alt+inward arrow to nest it.
  await page.getByRole('button', { name: P.tree.addCause, exact: true }).click()
  await page.keyboard.type(X.causes[0])
  await page.keyboard.press('Enter')
  await page.keyboard.type(X.causes[1])
  await page.keyboard.press(lang === 'ar' ? 'Alt+ArrowLeft' : 'Alt+ArrowRight')
  expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(fill(P.tree.causeText, { level: 2 }))
  await page.getByRole('button', { name: P.tree.addEffect, exact: true }).click()
  await page.keyboard.type(X.effect)
  const nested = page.locator('.tree-node', { has: page.locator(`input[value="${X.causes[1]}"]`) }).last()
  await nested.getByLabel(P.tree.objective, { exact: true }).fill(X.objective)
  await page.getByLabel(P.tree.coreObjective, { exact: true }).fill(X.coreObjective)
  await page.getByText(fill(P.tree.progress, { restated: 2, total: 4 })).waitFor()

  // Both diagrams are drawn (SVG) from the data, once scrolled near (they are at the bottom of the screen).
  await page.locator('.tree__diagrams').scrollIntoViewIfNeeded()
  await expect.poll(() => page.locator('.tree__diagrams .diagram__svg svg').count(), { timeout: 60_000 }).toBe(2)
  // Redrawn from the data as it changes; mermaid wraps labels into one <tspan> per word.
  const svgText = () => page.locator('.diagram--problem-tree svg').textContent()
  for (const word of [...X.causes[0].split(' '), ...X.effect.split(' ')]) await expect.poll(svgText, { timeout: 20_000 }).toContain(word)
  const objectiveText = () => page.locator('.diagram--objective-tree svg').textContent()
  for (const word of X.coreObjective.split(' ')) await expect.poll(objectiveText, { timeout: 20_000 }).toContain(word)
  await page.locator('.tree__diagrams').scrollIntoViewIfNeeded()
  await screenshot(page, `e2e-${lang}-priority-tree`)

  const p1 = await app.waitForSavedProject(id, (p) => p.priority.objective === X.coreObjective && p.priority.policyWindow === X.window)
  expect(p1.priority.candidates.map((c) => c.title)).toEqual(X.candidates)
  expect(p1.priority.scores).toHaveLength(4)
  expect(p1.priority.criteria.find((c) => c.key === 'magnitude')!.weight).toBe(3)
  expect(p1.priority.chosenProblemId).toBe(p1.priority.candidates[0]!.id)
  expect(p1.priority.tree.causes).toHaveLength(1)
  expect(p1.priority.tree.causes[0]!.children[0]).toMatchObject({ text: X.causes[1], objective: X.objective })
  expect(p1.priority.tree.effects.map((e) => e.text)).toEqual([X.effect])

  // ---- Stage 2: sources (one local), brief, options, implementation, references.
  await app.gotoStage(id, 'evidence')
  await page.getByText(fill(E.problemReminder, { problem: X.candidates[0] })).waitFor()
  await addByName(page, E.sources.newTitle, X.sources[0])
  await addByName(page, E.sources.newTitle, X.sources[1])
  await page.getByText(E.sources.noLocal).waitFor()
  const row = (n: number) => page.locator('.evidence-sources .rows__row').nth(n)
  await row(1).getByLabel(E.sources.fields.scope, { exact: true }).selectOption('local')
  await row(1).getByLabel(E.sources.fields.type, { exact: true }).selectOption('localData')
  await row(0).getByLabel(E.sources.fields.year, { exact: true }).fill('2010')
  await row(0).getByLabel(E.sources.fields.link, { exact: true }).fill('https://www.who.int/"><img src=x onerror=alert(1)>')
  await expect.poll(() => page.getByText(E.sources.noLocal).count()).toBe(0)

  await page.getByLabel(E.brief.keyMessagesLabel, { exact: true }).fill(X.keyMessages)
  await page.getByRole('button', { name: E.brief.copyStatement }).click()
  for (const title of X.options) await addByName(page, E.brief.options.newTitle, title)
  for (const facet of ['benefits', 'harms', 'costs', 'equity', 'monitoring'] as const) {
    const fields = page.getByLabel(E.brief.options.fields[facet], { exact: true })
    for (let i = 0; i < 2; i++) await fields.nth(i).fill(`${E.brief.options.fields[facet]} — ${X.options[i]}`)
  }
  const optionSources = page.locator('.evidence-brief .rows__row').filter({ has: page.getByRole('group', { name: E.brief.options.sources }) })
  await optionSources.nth(0).getByLabel(X.sources[0], { exact: true }).check()
  await optionSources.nth(1).getByLabel(X.sources[1], { exact: true }).check()
  await page.getByRole('button', { name: E.brief.implementation.add, exact: true }).click()
  await page.getByLabel(E.brief.implementation.barrier, { exact: true }).fill(X.barrier)
  await page.getByLabel(E.brief.implementation.strategy, { exact: true }).fill(X.strategy)
  await page.getByRole('button', { name: E.brief.references.addFromOptions }).click()
  await page.getByText(fill(E.brief.progress, { done: 5, total: 5 })).waitFor()
  await screenshot(page, `e2e-${lang}-evidence`)

  const p2 = await app.waitForSavedProject(id, (p) => p.evidence.brief.referenceIds.length === 2 && p.evidence.brief.implementation[0]?.strategy === X.strategy)
  expect(p2.evidence.sources.map((s) => [s.title, s.scope, s.year])).toEqual([
    [X.sources[0], 'global', 2010],
    [X.sources[1], 'local', null]
  ])
  expect(p2.evidence.brief.problem).toBe(X.statement)
  expect(p2.evidence.options.map((o) => o.title)).toEqual(X.options)
  expect(p2.evidence.options.every((o) => o.benefits && o.harms && o.costs && o.equity && o.monitoring)).toBe(true)
  // The link stays text: no anchor, no image was created from it.
  expect(await page.locator('a[href^="http"], img[src="x"]').count()).toBe(0)

  // ---- Reload: everything is found again on both screens.
  await app.goto(page.url().replace(/.*#/, '#'))
  await page.getByText(fill(E.brief.progress, { done: 5, total: 5 })).waitFor()
  expect(await page.getByLabel(E.brief.keyMessagesLabel, { exact: true }).inputValue()).toBe(X.keyMessages)
  expect(await row(0).getByLabel(E.sources.fields.link, { exact: true }).inputValue()).toBe('https://www.who.int/"><img src=x onerror=alert(1)>')
  await app.gotoStage(id, 'priority')
  expect(await rankingLines(page)).toEqual([`1|${X.candidates[0]}`, `2|${X.candidates[1]}`])
  expect(await page.getByLabel(P.choice.rationale, { exact: true }).inputValue()).toBe(X.rationale)
  expect(await page.getByLabel(P.tree.coreObjective, { exact: true }).inputValue()).toBe(X.coreObjective)
  expect(await page.locator(`.tree-node input[value="${X.causes[1]}"]`).count()).toBe(1)
  await page.locator('.tree__diagrams').scrollIntoViewIfNeeded()
  await expect.poll(() => page.locator('.tree__diagrams .diagram__svg svg').count(), { timeout: 60_000 }).toBe(2)
  // Both stage checklists are complete but for what this walk did not fill.
  const checklist = await page.locator('.checklist__item--done').count()
  expect(checklist).toBe(6)
  app.assertNoErrors()
}

describe('stages 1–2 of a new project in Chromium', () => {
  for (const lang of ['fr', 'ar'] as const satisfies readonly Lang[]) {
    test(`${lang}: priority problem and evidence through the real UI, reload, all there`, async () => {
      await walk(lang)
    })
  }
})
