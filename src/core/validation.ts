import type { z } from 'zod'
import { LIMITS } from './model/common'
import type { AppError } from './result'

/**
 * Turns a zod error into one translated, user-facing error: the most telling issue wins
 * (a too-long text or an empty name says so; anything else is "invalid input" with the field path).
 */
export function errorFromZod(error: z.ZodError): AppError {
  const issues = error.issues
  const path = (i: z.core.$ZodIssue): string => i.path.map(String).join('.')
  const tooLong = issues.find((i) => i.code === 'too_big' && i.origin === 'string')
  if (tooLong && tooLong.code === 'too_big') {
    if (tooLong.message === 'nameTooLong') return { code: 'nameTooLong', params: { max: Number(tooLong.maximum) } }
    return { code: 'textTooLong', params: { field: path(tooLong), max: Number(tooLong.maximum) } }
  }
  const nameIssue = issues.find((i) => i.message === 'nameRequired')
  if (nameIssue) return { code: 'nameRequired', params: {} }
  const first = issues[0]
  return {
    code: 'invalidInput',
    params: { field: first ? path(first) : '', count: issues.length, max: LIMITS.longText }
  }
}
