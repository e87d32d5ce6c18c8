import { describe, expect, test } from 'vitest'
import { createBlankProject } from '../../../src/core/project/factory'
import { Project } from '../../../src/core/model/project'
import { addEntry } from '../../../src/core/minutes/entries'
import { finaliseMinutes } from '../../../src/core/minutes/finalise'
import { pendingRaisedActions, raiseAction } from '../../../src/core/minutes/raiseAction'
import { removeAction } from '../../../src/core/actions/items'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

function withEntries(): Project {
  const p = createBlankProject({ id: 'p', name: 'Atelier', now: '2017-07-01T08:00:00.000Z' })
  let m = p.minutes
  let k = 0
  const ctx = { chathamHouse: true, now: '2017-07-06T11:00:00.000Z', newId: () => `e${++k}` }
  m = must(addEntry(m, { blockId: 'b1', type: 'actionRaised', text: 'La DRS prépare une note au conseil régional\navant septembre' }, ctx)).minutes
  m = must(addEntry(m, { blockId: 'b1', type: 'keyPoint', text: 'Contexte' }, ctx)).minutes
  m = must(addEntry(m, { blockId: 'b1', type: 'actionRaised', text: 'x'.repeat(700) }, ctx)).minutes
  return { ...p, minutes: m }
}

describe('action raised → action-plan item', () => {
  test('one step creates the item and links both ways', () => {
    const r = must(raiseAction(withEntries(), 'e1', () => 'a1'))
    expect(r.created).toBe(true)
    expect(r.action).toMatchObject({ id: 'a1', title: 'La DRS prépare une note au conseil régional avant septembre', sourceEntryId: 'e1', status: 'notStarted' })
    expect(r.project.actions.items).toHaveLength(1)
    expect(r.project.minutes.entries[0]!.actionId).toBe('a1')
    expect(pendingRaisedActions(r.project).map((e) => e.id)).toEqual(['e3'])
    expect(Project.safeParse(r.project).success).toBe(true)
  })

  test('raising twice returns the same item', () => {
    const once = must(raiseAction(withEntries(), 'e1', () => 'a1'))
    const twice = must(raiseAction(once.project, 'e1', () => 'a2'))
    expect(twice.created).toBe(false)
    expect(twice.action.id).toBe('a1')
    expect(twice.project.actions.items).toHaveLength(1)
  })

  test('a long entry gives a shortened title and keeps the full text in the comments', () => {
    const r = must(raiseAction(withEntries(), 'e3', () => 'a1'))
    expect(r.action.title).toHaveLength(500)
    expect(r.action.title.endsWith('…')).toBe(true)
    expect(r.action.comments).toHaveLength(700)
    expect(Project.safeParse(r.project).success).toBe(true)
  })

  test('only actionRaised entries, and works on final minutes (the link is not a recorded word)', () => {
    expect(raiseAction(withEntries(), 'e2', () => 'a1')).toMatchObject({ ok: false, error: { code: 'invalidInput', params: { field: 'type' } } })
    expect(raiseAction(withEntries(), 'zz', () => 'a1')).toMatchObject({ ok: false, error: { code: 'notFound' } })
    const p = withEntries()
    const final = { ...p, minutes: must(finaliseMinutes(p.minutes, '2017-07-07T18:00:00.000Z')) }
    const r = must(raiseAction(final, 'e1', () => 'a1'))
    expect(r.project.minutes.status).toBe('final')
    expect(r.project.minutes.entries[0]!.text).toBe(p.minutes.entries[0]!.text)
  })

  test('deleting the action frees the entry to be raised again', () => {
    const r = must(raiseAction(withEntries(), 'e1', () => 'a1'))
    const removed = must(removeAction(r.project, 'a1'))
    expect(removed.minutes.entries[0]!.actionId).toBeNull()
    expect(pendingRaisedActions(removed).map((e) => e.id)).toEqual(['e1', 'e3'])
  })
})
