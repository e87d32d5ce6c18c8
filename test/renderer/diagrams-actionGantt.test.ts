// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { createBlankProject } from '../../src/core/project/factory'
import type { ActionItem } from '../../src/core/model/actions'
import type { Project } from '../../src/core/model/project'
import { blankAction } from '../../src/core/actions/items'
import { MAX_BARS, actionGantt, ganttGroups, ganttTasks, ganttText } from '../../src/core/diagrams/actionGantt'

type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
})

const labels = { title: "Plan d'action : calendrier", otherSection: 'Autres actions', untitled: '(sans titre)' }
const TODAY = '2017-12-01'

function projectWith(items: ActionItem[]): Project {
  const p = createBlankProject({ id: 'p1', name: 'Test', now: '2017-07-01T08:00:00.000Z' })
  return {
    ...p,
    evidence: {
      ...p.evidence,
      options: [
        { id: 'opt-1', title: 'Option 1 : former des infirmiers polyvalents', description: '', benefits: '', harms: '', costs: '', equity: '', monitoring: '', sourceIds: [] }
      ]
    },
    actions: { ...p.actions, items }
  }
}

const action = (id: string, title: string, patch: Partial<ActionItem> = {}): ActionItem => ({ ...blankAction(id, title), ...patch })

describe('action-plan gantt', () => {
  test('dated actions become tasks grouped by option, with status tags and numbers', async () => {
    const project = projectWith([
      action('a', 'Élaborer le plan régional', { startDate: '2017-09-01', dueDate: '2017-12-31', status: 'inProgress', linkedTo: { kind: 'option', refId: 'opt-1' } }),
      action('b', 'Valider en comité: session #2; 50 % du budget', { startDate: '2017-07-10', dueDate: '2017-10-15', status: 'inProgress' }),
      action('c', 'Restituer les résultats', { startDate: '2017-07-15', dueDate: '2017-07-20', status: 'done' }),
      action('d', 'Action abandonnée', { startDate: '2017-07-15', dueDate: '2017-07-20', status: 'dropped' }),
      action('e', 'Sans dates'),
      action('f', 'section piège', { dueDate: '2018-03-01' })
    ])
    const text = actionGantt(project, labels, TODAY)
    expect(text.startsWith('---\nconfig:\n  gantt:\n    useWidth: 900')).toBe(true)
    expect(text).toContain('section Option 1 former des i…')
    expect(text).toContain('1. Élaborer le plan régional :active, a1, 2017-09-01, 122d')
    // b is overdue (due 15 October, today 1 December) and still in progress: active and crit
    expect(text).toContain('2. Valider en comité session 2 50 du b… :active, crit, a2, 2017-07-10, 98d')
    expect(text).toContain('3. Restituer les résultats :done, a3, 2017-07-15, 6d')
    expect(text).not.toContain('Action abandonnée')
    expect(text).not.toContain('Sans dates')
    expect(text).toContain('6. section piège :a6, 2018-03-01, 1d')
    expect(text).toContain('axisFormat %m/%Y')
    expect(await mermaid.parse(text)).not.toBe(false)
    const tasks = ganttTasks(project, labels, TODAY)
    expect(tasks.map((t) => t.item.id)).toEqual(['a', 'b', 'c', 'f'])
  })

  test('a due date before the start still yields a valid one-day bar', async () => {
    const text = actionGantt(projectWith([action('x', 'Inversée', { startDate: '2017-10-01', dueDate: '2017-09-01' })]), labels, TODAY)
    // overdue too (due 1 September, today 1 December)
    expect(text).toContain('1. Inversée :crit, a1, 2017-10-01, 1d')
    expect(await mermaid.parse(text)).not.toBe(false)
  })

  test('Arabic titles and short plans (day/month axis)', async () => {
    const text = actionGantt(
      projectWith([action('x', 'إعداد المخطط الجهوي لعرض العلاجات', { startDate: '2017-07-10', dueDate: '2017-08-10' })]),
      { title: 'خطة العمل', otherSection: 'إجراءات أخرى', untitled: '(بدون عنوان)' },
      TODAY
    )
    expect(text).toContain('axisFormat %d/%m')
    expect(await mermaid.parse(text)).not.toBe(false)
  })

  test('ganttText removes what ends or comments a gantt line', () => {
    expect(ganttText('a: b # c ; d % e "f"\n\u0007g')).toBe('a b c d e f g')
  })

  test('a plan with more than MAX_BARS dated actions: one bar per option or objective, spanning its actions', async () => {
    const items = Array.from({ length: MAX_BARS + 5 }, (_, i) =>
      action(`x${i}`, `Action ${i}`, {
        startDate: `2017-0${1 + (i % 9)}-01`,
        dueDate: `2017-0${1 + (i % 9)}-20`,
        status: i === 0 ? 'inProgress' : 'done',
        linkedTo: i % 3 === 0 ? { kind: 'option', refId: 'opt-1' } : { kind: 'none', refId: null }
      })
    )
    const text = actionGantt(projectWith(items), labels, TODAY)
    const bars = text.split('\n').filter((l) => /:(\w+, )*g\d+, /.test(l))
    expect(bars).toHaveLength(2)
    // The option's 15 actions run from 1 January (the first: in progress and overdue) to 20 July, the others from February to September.
    expect(bars).toContain('    Option 1 ∶ former des infirmiers polyvalents (15):active, crit, g1, 2017-01-01, 201d')
    expect(bars).toContain('    Autres actions (30):done, g2, 2017-02-01, 232d')
    expect(text).not.toMatch(/^ *section /m)
    expect(await mermaid.parse(text)).not.toBe(false)
    const named = actionGantt(projectWith(items), { ...labels, group: (label, n) => `${label} — ${n} actions` }, TODAY)
    expect(named).toContain('Autres actions — 30 actions:done')
  })

  test('over maxBars groups, the smallest are merged into the "other actions" bar', () => {
    const tasks = ganttTasks(projectWith(Array.from({ length: 6 }, (_, i) => action(`x${i}`, `A${i}`, { dueDate: '2017-08-01' }))), labels, TODAY).map((t, i) => ({
      ...t,
      section: `G${i % 5}`
    }))
    const groups = ganttGroups(tasks, labels.otherSection, 3)
    expect(groups).toHaveLength(3)
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(6)
    expect(groups.find((g) => g.section === labels.otherSection)?.count).toBe(6 - 2 - 1)
  })

  test('any title and option text parses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 60 }), async (titles, optionTitle) => {
        const project = projectWith(titles.map((t, i) => action(`a${i}`, t || 'x', { startDate: '2017-08-01', dueDate: '2017-09-01', linkedTo: { kind: 'option', refId: 'opt-1' } })))
        project.evidence.options[0]!.title = optionTitle || 'o'
        const text = actionGantt(project, labels, TODAY)
        expect(await mermaid.parse(text)).not.toBe(false)
      }),
      { numRuns: 60 }
    )
  }, 60_000)
})
