import { z } from 'zod'

/** Limits that keep a project file sane; a paste above them gets a translated error, not a crash. */
export const LIMITS = {
  shortText: 500,
  longText: 50_000,
  listItems: 10_000
} as const

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)
export type Id = z.infer<typeof Id>

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isRealDate, { message: 'invalidDate' })
/** An instant, ISO 8601 with offset (what `Date#toISOString` writes). */
export const IsoDateTime = z.iso.datetime({ offset: true })
/** A 24-hour clock time, `HH:MM`. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const ShortText = z.string().max(LIMITS.shortText)
export const LongText = z.string().max(LIMITS.longText)
export const text = () => ShortText.default('')
export const longText = () => LongText.default('')
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems).default([])
export const optionalDate = () => IsoDate.nullable().default(null)

export const LANGUAGES = ['fr', 'ar', 'en'] as const
export const Lang = z.enum(LANGUAGES)
export type Lang = z.infer<typeof Lang>

/** A person named in the framing (steering committee, organising team). */
export const Person = z.object({
  id: Id,
  name: ShortText.min(1),
  function: text(),
  institution: text(),
  email: text(),
  phone: text()
})
export type Person = z.infer<typeof Person>

export const BudgetLine = z.object({
  id: Id,
  label: ShortText,
  amount: z.number().finite().min(0).max(1e12).nullable().default(null),
  source: text()
})
export type BudgetLine = z.infer<typeof BudgetLine>

export const ChecklistItem = z.object({ id: Id, label: ShortText, done: z.boolean().default(false) })
export type ChecklistItem = z.infer<typeof ChecklistItem>
