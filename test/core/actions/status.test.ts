import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { blankAction } from '../../../src/core/actions/items'
import { daysOverdue, effectiveStatus, isOverdue, isoDateOf } from '../../../src/core/actions/status'
import { STORED_ACTION_STATUSES, type ActionItem } from '../../../src/core/model/actions'

const item = (patch: Partial<ActionItem>): ActionItem => ({ ...blankAction('a', 'Action'), ...patch })

describe('derived "late" status', () => {
  test('an open action past its due date is late; done and dropped never are', () => {
    const today = '2017-10-01'
    expect(effectiveStatus(item({ status: 'inProgress', dueDate: '2017-09-30' }), today)).toBe('late')
    expect(effectiveStatus(item({ status: 'notStarted', dueDate: '2017-09-30' }), today)).toBe('late')
    expect(effectiveStatus(item({ status: 'inProgress', dueDate: '2017-10-01' }), today)).toBe('inProgress')
    expect(effectiveStatus(item({ status: 'done', dueDate: '2017-01-01' }), today)).toBe('done')
    expect(effectiveStatus(item({ status: 'dropped', dueDate: '2017-01-01' }), today)).toBe('dropped')
    expect(effectiveStatus(item({ status: 'notStarted', dueDate: null }), today)).toBe('notStarted')
    expect(daysOverdue(item({ status: 'inProgress', dueDate: '2017-09-21' }), today)).toBe(10)
    expect(daysOverdue(item({ status: 'done', dueDate: '2017-09-21' }), today)).toBeNull()
  })

  test('the same action changes with the injected date, and "late" is never stored', () => {
    const a = item({ status: 'inProgress', dueDate: '2017-12-31' })
    expect(isOverdue(a, '2017-12-31')).toBe(false)
    expect(isOverdue(a, '2018-01-01')).toBe(true)
    expect(a.status).toBe('inProgress')
  })

  test('property: late ⇔ open and due date strictly before today', () => {
    const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(fc.constantFrom(...STORED_ACTION_STATUSES), fc.option(date, { nil: null }), date, (status, dueDate, today) => {
        const late = effectiveStatus(item({ status, dueDate }), today) === 'late'
        expect(late).toBe(status !== 'done' && status !== 'dropped' && dueDate !== null && dueDate < today)
      })
    )
  })

  test('isoDateOf gives the local calendar date', () => {
    expect(isoDateOf(new Date(2017, 6, 6, 23, 59))).toBe('2017-07-06')
  })
})
