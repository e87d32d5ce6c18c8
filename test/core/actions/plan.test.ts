import { describe, expect, test } from 'vitest'
import { createBlankProject } from '../../../src/core/project/factory'
import { Participant } from '../../../src/core/model/design'
import { Project } from '../../../src/core/model/project'
import { Stakeholder } from '../../../src/core/model/stakeholders'
import { createAction, moveAction, updateAction } from '../../../src/core/actions/items'
import { actionIssues } from '../../../src/core/actions/validate'
import { linkChoices, ownerChoices, ownerFromChoice, ownerKey, ownersInPlan, resolveLink, resolveOwner } from '../../../src/core/actions/owners'
import { filterActions, NO_FILTER } from '../../../src/core/actions/filter'
import { actionPlanSummary } from '../../../src/core/actions/summary'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

function project(): Project {
  const p = createBlankProject({ id: 'p', name: 'Atelier', now: '2017-07-01T08:00:00.000Z' })
  return {
    ...p,
    participants: [Participant.parse({ id: 'p1', name: 'Amina Tazi', institution: 'DRS Rabat-Salé-Kénitra' })],
    stakeholders: { ...p.stakeholders, items: [Stakeholder.parse({ id: 's1', name: 'Conseil régional', abbreviation: 'CR', organisation: 'Région RSK' })] },
    evidence: { ...p.evidence, options: [{ id: 'o1', title: 'Option 1', description: '', benefits: '', harms: '', costs: '', equity: '', monitoring: '', sourceIds: [] }] },
    priority: { ...p.priority, tree: { causes: [{ id: 'c1', text: 'Formation insuffisante', objective: 'Renforcer la formation', children: [] }], effects: [] } }
  }
}

let k = 0
const newId = () => `a${++k}`

describe('action items', () => {
  test('SMART fields are cleaned; late is refused as a stored status; dates must be real', () => {
    let actions = must(createAction(project().actions, '  Plan\u0000 régional ', newId)).actions
    const id = actions.items[0]!.id
    expect(actions.items[0]!.title).toBe('Plan régional')
    actions = must(updateAction(actions, id, { indicator: 'Taux\ncouverture', risks: 'a\r\nb', budget: 250000, fundingSource: 'Budget régional' })).actions
    expect(actions.items[0]).toMatchObject({ indicator: 'Taux couverture', risks: 'a\nb', budget: 250000 })
    expect(updateAction(actions, id, { status: 'late' as never })).toMatchObject({ ok: false, error: { params: { field: 'status' } } })
    expect(updateAction(actions, id, { dueDate: '2017-02-30' })).toMatchObject({ ok: false, error: { params: { field: 'dueDate' } } })
    expect(updateAction(actions, id, { budget: -5 })).toMatchObject({ ok: false, error: { params: { field: 'budget' } } })
    expect(updateAction(actions, id, { title: '   ' })).toMatchObject({ ok: false, error: { params: { field: 'title' } } })
    expect(updateAction(actions, id, { partners: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'textTooLong' } })
    expect(createAction(actions, '', newId)).toMatchObject({ ok: false })
  })

  test('edits are applied per keystroke: a space typed at the end of a word is kept', () => {
    let actions = must(createAction(project().actions, 'Plan', newId)).actions
    const id = actions.items[0]!.id
    actions = must(updateAction(actions, id, { title: 'Plan ', partners: 'OMS, ', comments: 'Ligne 1\n' })).actions
    expect(actions.items[0]).toMatchObject({ title: 'Plan ', partners: 'OMS, ', comments: 'Ligne 1\n' })
  })

  test('a due date before the start is kept and flagged with a message', () => {
    const p = project()
    let actions = must(createAction(p.actions, 'Inversée', newId)).actions
    const id = actions.items[0]!.id
    actions = must(updateAction(actions, id, { startDate: '2017-10-01', dueDate: '2017-09-01' })).actions
    expect(actions.items[0]!.dueDate).toBe('2017-09-01')
    const issues = actionIssues(actions.items[0]!, p)
    expect(issues).toContainEqual({ key: 'dueBeforeStart', field: 'dueDate', severity: 'error', params: { start: '2017-10-01', due: '2017-09-01' } })
  })

  test('owners: participant, stakeholder or free text; a deleted owner keeps the stored name and is flagged', () => {
    const p = project()
    const choices = ownerChoices(p)
    expect(choices.map((c) => c.name)).toEqual(['Amina Tazi', 'Conseil régional (CR)'])
    let actions = must(createAction(p.actions, 'Note au conseil', newId)).actions
    const id = actions.items[0]!.id
    actions = must(updateAction(actions, id, { owner: ownerFromChoice(choices[0]!) })).actions
    const item = actions.items[0]!
    expect(resolveOwner(item.owner, p)).toEqual({ name: 'Amina Tazi', state: 'linked' })
    const renamed = { ...p, participants: [{ ...p.participants[0]!, name: 'Pr Amina Tazi' }] }
    expect(resolveOwner(item.owner, renamed)).toEqual({ name: 'Pr Amina Tazi', state: 'linked' })
    const deleted = { ...p, participants: [] }
    expect(resolveOwner(item.owner, deleted)).toEqual({ name: 'Amina Tazi', state: 'deleted' })
    expect(actionIssues(item, deleted)).toContainEqual({ key: 'ownerDeleted', field: 'owner', severity: 'warning', params: { name: 'Amina Tazi' } })
    expect(resolveOwner({ kind: 'free', refId: null, name: 'ANAM' }, p)).toEqual({ name: 'ANAM', state: 'free' })
    expect(ownerKey({ kind: 'free', refId: null, name: ' Anam ' })).toBe(ownerKey({ kind: 'free', refId: null, name: 'ANAM' }))
  })

  test('links to an option or an objective of the tree; a deleted one is flagged', () => {
    const p = project()
    expect(linkChoices(p).map((c) => `${c.kind}:${c.label}`)).toEqual(['option:Option 1', 'objective:Renforcer la formation'])
    expect(resolveLink({ kind: 'objective', refId: 'c1' }, p)).toEqual({ label: 'Renforcer la formation', state: 'linked' })
    const gone = { ...p, evidence: { ...p.evidence, options: [] } }
    expect(resolveLink({ kind: 'option', refId: 'o1' }, gone).state).toBe('deleted')
  })

  test('filters by owner, status (shown or stored) and overdue', () => {
    const p = project()
    const mk = (title: string, patch: object) => {
      const c = must(createAction({ ...p.actions, items: [] }, title, newId)).item
      return { ...c, ...patch }
    }
    const items = [
      mk('A', { owner: { kind: 'participant', refId: 'p1', name: 'Amina Tazi' }, status: 'inProgress', dueDate: '2017-09-01' }),
      mk('B', { owner: { kind: 'free', refId: null, name: 'ANAM' }, status: 'done', dueDate: '2017-09-01' }),
      mk('C', { owner: { kind: 'participant', refId: 'p1', name: 'Amina Tazi' }, status: 'notStarted', dueDate: '2018-01-01' })
    ]
    const today = '2017-10-01'
    const titles = (f: Partial<typeof NO_FILTER>) => filterActions(items, { ...NO_FILTER, ...f }, today).map((i) => i.title)
    expect(titles({})).toEqual(['A', 'B', 'C'])
    expect(titles({ owner: 'participant:p1' })).toEqual(['A', 'C'])
    expect(titles({ status: 'late' })).toEqual(['A'])
    expect(titles({ status: 'inProgress' })).toEqual(['A'])
    expect(titles({ status: 'done' })).toEqual(['B'])
    expect(titles({ overdueOnly: true })).toEqual(['A'])
    expect(titles({ owner: 'free:anam', overdueOnly: true })).toEqual([])
    expect(ownersInPlan(items, p).map((o) => o.name)).toEqual(['Amina Tazi', 'ANAM'])
    const s = actionPlanSummary([...items, { ...items[0]!, id: 'z', budget: 1000, fundingSource: 'OMS' }], today)
    expect(s.byStatus).toMatchObject({ late: 2, done: 1, notStarted: 1, inProgress: 0 })
    expect(s.budgetTotal).toBe(1000)
  })

  test('moving actions changes the plan order only within bounds', () => {
    let actions = must(createAction(project().actions, 'A', newId)).actions
    actions = must(createAction(actions, 'B', newId)).actions
    expect(moveAction(actions, actions.items[1]!.id, -1).items.map((i) => i.title)).toEqual(['B', 'A'])
    expect(moveAction(actions, actions.items[0]!.id, -1)).toBe(actions)
    expect(Project.safeParse({ ...project(), actions }).success).toBe(true)
  })
})
