import { describe, expect, test } from 'vitest'
import { Actions } from '../../../src/core/model/actions'
import { blankAction } from '../../../src/core/actions/items'
import { addFollowUpMeeting, carryForward, lastProgress, latestMeeting, meetingSummary, recordProgress, updateMeeting } from '../../../src/core/actions/followUp'

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}
let k = 0
const newId = () => `m${++k}`

const plan = (): Actions =>
  Actions.parse({
    items: [
      { ...blankAction('a', 'A'), status: 'inProgress' },
      { ...blankAction('b', 'B'), status: 'notStarted' },
      { ...blankAction('c', 'C'), status: 'done' },
      { ...blankAction('d', 'D'), status: 'dropped' }
    ]
  })

describe('follow-up meetings', () => {
  test('a new meeting carries forward every open action', () => {
    const { actions, meeting } = must(addFollowUpMeeting(plan(), '2017-10-15', newId))
    expect(meeting.progress.map((p) => p.actionId)).toEqual(['a', 'b'])
    expect(meeting.progress[0]).toMatchObject({ status: 'inProgress', percent: null })
    expect(Actions.safeParse(actions).success).toBe(true)
  })

  test('progress at the latest meeting becomes the action status; what is closed is not carried again', () => {
    const added = must(addFollowUpMeeting(plan(), '2017-10-15', newId))
    const meeting = added.meeting
    let actions = must(recordProgress(added.actions, meeting.id, 'a', { status: 'done', percent: 100, note: 'Plan adopté' }))
    actions = must(recordProgress(actions, meeting.id, 'b', { status: 'inProgress', percent: 30 }))
    expect(actions.items.find((i) => i.id === 'a')!.status).toBe('done')
    expect(meetingSummary(actions.followUps[0]!)).toEqual({ notStarted: 0, inProgress: 1, done: 1, dropped: 0 })
    const second = must(addFollowUpMeeting(actions, '2018-01-15', newId))
    expect(second.meeting.progress.map((p) => [p.actionId, p.status, p.percent])).toEqual([['b', 'inProgress', 30]])
    expect(lastProgress(second.actions, 'a')?.progress.note).toBe('Plan adopté')
  })

  test('recording at an older meeting does not overwrite the current status', () => {
    const { actions: initial, meeting: first } = must(addFollowUpMeeting(plan(), '2017-10-15', newId))
    const later = must(addFollowUpMeeting(initial, '2018-01-15', newId))
    let actions = must(recordProgress(later.actions, later.meeting.id, 'b', { status: 'inProgress' }))
    actions = must(recordProgress(actions, first.id, 'b', { status: 'notStarted', note: 'corrigé' }))
    expect(actions.items.find((i) => i.id === 'b')!.status).toBe('inProgress')
    expect(latestMeeting(actions)!.id).toBe(later.meeting.id)
  })

  test('a reopened action can be added to a meeting; bad input is refused', () => {
    const { actions, meeting } = must(addFollowUpMeeting(plan(), '2017-10-15', newId))
    const reopened = must(recordProgress(actions, meeting.id, 'c', { status: 'inProgress' }))
    expect(reopened.followUps[0]!.progress.map((p) => p.actionId)).toEqual(['a', 'b', 'c'])
    expect(carryForward(reopened).map((p) => p.actionId)).toEqual(['a', 'b', 'c'])
    expect(recordProgress(actions, meeting.id, 'a', { percent: 140 })).toMatchObject({ ok: false, error: { params: { field: 'percent' } } })
    expect(recordProgress(actions, 'nope', 'a', {})).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(addFollowUpMeeting(plan(), '15/10/2017', newId)).toMatchObject({ ok: false })
    expect(must(updateMeeting(actions, meeting.id, { notes: 'Réunion\u0000 à la DRS' })).followUps[0]!.notes).toBe('Réunion à la DRS')
  })
})
