import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { dayOffsetOf, durationParts, formatClock, parseClock, parseDuration, toAsciiDigits } from '../../../src/core/agenda/time'

describe('parseClock / formatClock', () => {
  test.each([
    ['09:05', 545],
    ['9:05', 545],
    ['9h05', 545],
    ['9 h 05', 545],
    ['9h', 540],
    ['0905', 545],
    ['905', 545],
    ['9', 540],
    ['00:00', 0],
    ['23:59', 1439],
    ['٠٩:٣٠', 570]
  ])('%s is %i minutes after midnight', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes)
  })

  test.each(['24:00', '9:60', '12:5', 'midi', '', '-1:00', '9:00 pm', '123:00'])('%j is not a 24-hour time', (text) => {
    expect(parseClock(text)).toBeNull()
  })

  test('formats 24-hour times and wraps past midnight', () => {
    expect(formatClock(0)).toBe('00:00')
    expect(formatClock(545)).toBe('09:05')
    expect(formatClock(1439)).toBe('23:59')
    expect(formatClock(1470)).toBe('00:30')
    expect(dayOffsetOf(1470)).toBe(1)
    expect(dayOffsetOf(1439)).toBe(0)
  })

  test('every minute of the day survives format → parse', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => parseClock(formatClock(m)) === m))
  })

  test('Arabic-Indic and Persian digits become ASCII', () => {
    expect(toAsciiDigits('١٢:۴۵')).toBe('12:45')
  })
})

describe('parseDuration', () => {
  test.each([
    ['45', 45],
    ['45 min', 45],
    ['45mn', 45],
    ['1h30', 90],
    ['1 h 30', 90],
    ['1:30', 90],
    ['2h', 120],
    ['1,5 h', 90],
    ['0', 0],
    ['١٥', 15],
    ['1440', 1440]
  ])('%s lasts %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes })
  })

  test('negative durations are refused with their own message, keeping what was typed', () => {
    expect(parseDuration('-15')).toEqual({ ok: false, issue: { key: 'durationNegative', params: { value: '-15' }, severity: 'error' } })
    expect(parseDuration('−15')).toMatchObject({ ok: false, issue: { key: 'durationNegative' } })
  })

  test('absurd durations (more than a day) are refused with the limit', () => {
    expect(parseDuration('5000')).toEqual({
      ok: false,
      issue: { key: 'durationTooLong', params: { value: 5000, max: 1440 }, severity: 'error' }
    })
    expect(parseDuration('25h')).toMatchObject({ ok: false, issue: { key: 'durationTooLong' } })
  })

  test.each(['abc', '1h75', '12.5.3', '1e3', 'NaN'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toMatchObject({ ok: false, issue: { key: 'durationInvalid', params: { value: text } } })
  })

  test('empty input says so', () => {
    expect(parseDuration('  ')).toMatchObject({ ok: false, issue: { key: 'durationEmpty' } })
  })

  test('any whole number of minutes in range round-trips through "Xh YY"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (m) => {
        const { hours, minutes } = durationParts(m)
        const r = parseDuration(`${hours}h${String(minutes).padStart(2, '0')}`)
        return r.ok && r.minutes === m
      })
    )
  })

  test('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDuration(s).ok === 'boolean'))
  })
})
