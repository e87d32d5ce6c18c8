import { LIMITS } from '../model/common'
import type { Amendment, AttendanceMark, EntryType, MinuteEntry, Minutes } from '../model/minutes'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { cleanLine, cleanText } from './cleanText'
import { checkEntryText, isLocked, type EntryDraft } from './entries'

/**
 * Draft → final. Finalising locks the minutes (entries, consensus statement, attendance): direct edits
 * then fail with `minutesFinal`, and every later change is an amendment — dated, reasoned, signed, with
 * the text before and after — appended to a trail that is shown and exported with the minutes.
 */

export function finaliseMinutes(minutes: Minutes, now: string): Result<Minutes> {
  if (isLocked(minutes)) return fail('minutesFinal')
  return ok({ ...minutes, status: 'final', finalisedAt: now })
}

export interface AmendmentMeta {
  reason: string
  author: string
  now: string
  newId: NewId
}

type AmendmentBody = Omit<Amendment, 'id' | 'at' | 'author' | 'reason'>

/** Checks the reason and author, and that the minutes are final (a draft is edited directly). */
function amendment(minutes: Minutes, meta: AmendmentMeta, body: AmendmentBody): Result<Amendment> {
  if (!isLocked(minutes)) return fail('invalidInput', { field: 'status', count: 1, max: 0 })
  const reason = cleanLine(meta.reason)
  if (reason.length === 0) return fail('invalidInput', { field: 'reason', count: 1, max: LIMITS.shortText })
  if (reason.length > LIMITS.shortText) return fail('textTooLong', { field: 'reason', max: LIMITS.shortText })
  const author = cleanLine(meta.author).slice(0, LIMITS.shortText)
  return ok({ id: meta.newId(), at: meta.now, author, reason, ...body })
}

const noChange = () => fail('invalidInput', { field: 'after', count: 0, max: 0 })

const BLANK: Omit<AmendmentBody, 'kind'> = { entryId: null, before: '', after: '', typeChange: null, mark: null }

/** Changes the text and/or type of an entry of final minutes. */
export function amendEntry(
  minutes: Minutes,
  entryId: string,
  change: { text?: string; type?: EntryType },
  meta: AmendmentMeta
): Result<Minutes> {
  const current = minutes.entries.find((e) => e.id === entryId)
  if (!current) return fail('notFound', { id: entryId })
  let text = current.text
  if (change.text !== undefined) {
    const checked = checkEntryText(change.text)
    if (!checked.ok) return checked
    text = checked.value.text
  }
  const type = change.type ?? current.type
  if (text === current.text && type === current.type) return noChange()
  const a = amendment(minutes, meta, {
    ...BLANK,
    kind: 'editEntry',
    entryId,
    before: current.text,
    after: text,
    typeChange: type !== current.type ? { before: current.type, after: type } : null
  })
  if (!a.ok) return a
  return ok({
    ...minutes,
    entries: minutes.entries.map((e) => (e.id === entryId ? { ...e, text, type } : e)),
    amendments: [...minutes.amendments, a.value]
  })
}

/** Adds an entry to final minutes (something the rapporteur missed). No speaker under Chatham House. */
export function amendAddEntry(
  minutes: Minutes,
  draft: EntryDraft,
  ctx: { chathamHouse: boolean },
  meta: AmendmentMeta
): Result<{ minutes: Minutes; entry: MinuteEntry }> {
  const checked = checkEntryText(draft.text)
  if (!checked.ok) return checked
  const entry: MinuteEntry = {
    id: meta.newId(),
    blockId: draft.blockId,
    type: draft.type,
    text: checked.value.text,
    speaker: ctx.chathamHouse ? '' : cleanLine(draft.speaker ?? '').slice(0, LIMITS.shortText),
    createdAt: meta.now,
    actionId: null
  }
  const a = amendment(minutes, meta, { ...BLANK, kind: 'addEntry', entryId: entry.id, after: entry.text })
  if (!a.ok) return a
  return ok({
    minutes: { ...minutes, entries: [...minutes.entries, entry], amendments: [...minutes.amendments, a.value] },
    entry
  })
}

/** Removes an entry from final minutes; its text stays in the trail. */
export function amendRemoveEntry(minutes: Minutes, entryId: string, meta: AmendmentMeta): Result<Minutes> {
  const current = minutes.entries.find((e) => e.id === entryId)
  if (!current) return fail('notFound', { id: entryId })
  const a = amendment(minutes, meta, { ...BLANK, kind: 'removeEntry', entryId, before: current.text })
  if (!a.ok) return a
  return ok({
    ...minutes,
    entries: minutes.entries.filter((e) => e.id !== entryId),
    amendments: [...minutes.amendments, a.value]
  })
}

/** Changes the consensus statement of final minutes. */
export function amendConsensus(minutes: Minutes, raw: string, meta: AmendmentMeta): Result<Minutes> {
  const text = cleanText(raw)
  if (text.length > LIMITS.longText) return fail('textTooLong', { field: 'consensusStatement', max: LIMITS.longText })
  if (text === minutes.consensusStatement) return noChange()
  const a = amendment(minutes, meta, { ...BLANK, kind: 'consensus', before: minutes.consensusStatement, after: text })
  if (!a.ok) return a
  return ok({ ...minutes, consensusStatement: text, amendments: [...minutes.amendments, a.value] })
}

/** Changes one attendance mark of final minutes (`null` = unmarked). */
export function amendAttendance(
  minutes: Minutes,
  key: Omit<AttendanceMark, 'status'>,
  status: AttendanceMark['status'] | null,
  meta: AmendmentMeta
): Result<Minutes> {
  const same = (m: AttendanceMark) => m.participantId === key.participantId && m.dayId === key.dayId && m.half === key.half
  const before = minutes.attendance.find(same)?.status ?? ''
  if (before === (status ?? '')) return noChange()
  const a = amendment(minutes, meta, { ...BLANK, kind: 'attendance', before, after: status ?? '', mark: { ...key } })
  if (!a.ok) return a
  const rest = minutes.attendance.filter((m) => !same(m))
  return ok({
    ...minutes,
    attendance: status === null ? rest : [...rest, { ...key, status }],
    amendments: [...minutes.amendments, a.value]
  })
}

/** The amendments that touched one entry, oldest first. */
export const amendmentsOfEntry = (minutes: Minutes, entryId: string): Amendment[] =>
  minutes.amendments.filter((a) => a.entryId === entryId)

/** The trail, newest first (what the screen shows). */
export const amendmentTrail = (minutes: Minutes): Amendment[] =>
  [...minutes.amendments].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
