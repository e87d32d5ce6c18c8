import { LIMITS } from '../model/common'
import { ENTRY_TYPES, type EntryType, type MinuteEntry, type Minutes } from '../model/minutes'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { cleanLine, cleanText, hadUnsafeCharacters, stripUnsafe } from './cleanText'

/** What the rapporteur types: the block, the kind of entry, the words, and (without Chatham House) who spoke. */
export interface EntryDraft {
  blockId: string | null
  type: EntryType
  text: string
  speaker?: string
}

export interface EntryContext {
  /** The dialogue's Chatham House rule (design stage): when on, no speaker is ever stored. */
  chathamHouse: boolean
  now: string
  newId: NewId
}

export interface EntryChange {
  minutes: Minutes
  entry: MinuteEntry
  /** A speaker was typed but dropped because of the Chatham House rule (the UI says so). */
  speakerStripped: boolean
  /** Control characters or similar junk were removed from the text. */
  cleaned: boolean
}

export const isEntryType = (v: string): v is EntryType => (ENTRY_TYPES as readonly string[]).includes(v)

/** Edits go through amendments once the minutes are final. */
export const isLocked = (minutes: Minutes): boolean => minutes.status === 'final'

const lockedError = () => fail('minutesFinal')

/** Cleans and checks an entry text; the error says which limit was hit. */
export function checkEntryText(raw: string): Result<{ text: string; cleaned: boolean }> {
  const text = cleanText(raw)
  if (text.length === 0) return fail('invalidInput', { field: 'text', count: 1, max: LIMITS.longText })
  if (text.length > LIMITS.longText) return fail('textTooLong', { field: 'text', max: LIMITS.longText })
  return ok({ text, cleaned: hadUnsafeCharacters(raw) })
}

/** The speaker as stored: always empty under the Chatham House rule. */
function speakerToStore(raw: string | undefined, chathamHouse: boolean): { speaker: string; stripped: boolean } {
  const speaker = cleanLine(raw ?? '').slice(0, LIMITS.shortText)
  if (chathamHouse) return { speaker: '', stripped: speaker.length > 0 }
  return { speaker, stripped: false }
}

/** Adds one entry at the end of its block. Fails with `minutesFinal` when the minutes are final. */
export function addEntry(minutes: Minutes, draft: EntryDraft, ctx: EntryContext): Result<EntryChange> {
  if (isLocked(minutes)) return lockedError()
  if (minutes.entries.length >= LIMITS.listItems) {
    return fail('invalidInput', { field: 'entries', count: minutes.entries.length, max: LIMITS.listItems })
  }
  const checked = checkEntryText(draft.text)
  if (!checked.ok) return checked
  const { speaker, stripped } = speakerToStore(draft.speaker, ctx.chathamHouse)
  const entry: MinuteEntry = {
    id: ctx.newId(),
    blockId: draft.blockId,
    type: draft.type,
    text: checked.value.text,
    speaker,
    createdAt: ctx.now,
    actionId: null
  }
  return ok({
    minutes: { ...minutes, entries: [...minutes.entries, entry] },
    entry,
    speakerStripped: stripped,
    cleaned: checked.value.cleaned
  })
}

export type EntryPatch = Partial<Pick<EntryDraft, 'text' | 'type' | 'speaker' | 'blockId'>>

/** Direct edit of a draft entry. On final minutes: `minutesFinal` (use `amendEntry`). */
export function updateEntry(
  minutes: Minutes,
  entryId: string,
  patch: EntryPatch,
  ctx: Pick<EntryContext, 'chathamHouse'>
): Result<EntryChange> {
  if (isLocked(minutes)) return lockedError()
  const current = minutes.entries.find((e) => e.id === entryId)
  if (!current) return fail('notFound', { id: entryId })
  let text = current.text
  let cleaned = false
  if (patch.text !== undefined) {
    const checked = checkEntryText(patch.text)
    if (!checked.ok) return checked
    text = checked.value.text
    cleaned = checked.value.cleaned
  }
  const { speaker, stripped } =
    patch.speaker !== undefined ? speakerToStore(patch.speaker, ctx.chathamHouse) : speakerToStore(current.speaker, ctx.chathamHouse)
  const entry: MinuteEntry = {
    ...current,
    text,
    type: patch.type ?? current.type,
    blockId: patch.blockId !== undefined ? patch.blockId : current.blockId,
    speaker
  }
  return ok({
    minutes: { ...minutes, entries: minutes.entries.map((e) => (e.id === entryId ? entry : e)) },
    entry,
    speakerStripped: stripped,
    cleaned
  })
}

/** Removes a draft entry. On final minutes: `minutesFinal` (use `amendRemoveEntry`). */
export function removeEntry(minutes: Minutes, entryId: string): Result<Minutes> {
  if (isLocked(minutes)) return lockedError()
  if (!minutes.entries.some((e) => e.id === entryId)) return fail('notFound', { id: entryId })
  return ok({ ...minutes, entries: minutes.entries.filter((e) => e.id !== entryId) })
}

/** The consensus statement (only if one was agreed), as typed. Direct edits only while draft. */
export function setConsensusStatement(minutes: Minutes, raw: string): Result<Minutes> {
  if (isLocked(minutes)) return lockedError()
  const text = stripUnsafe(raw)
  if (text.length > LIMITS.longText) return fail('textTooLong', { field: 'consensusStatement', max: LIMITS.longText })
  return ok({ ...minutes, consensusStatement: text })
}

/** The entries of one block (or the general ones, `null`), in the order they were taken. */
export function entriesOfBlock(minutes: Minutes, blockId: string | null): MinuteEntry[] {
  return minutes.entries.filter((e) => e.blockId === blockId)
}

/** How many entries of each type, e.g. for the block list ("3 décisions"). */
export function countByType(entries: readonly MinuteEntry[]): Record<EntryType, number> {
  const counts = Object.fromEntries(ENTRY_TYPES.map((t) => [t, 0])) as Record<EntryType, number>
  for (const e of entries) counts[e.type] += 1
  return counts
}

/** Entries per block id (general entries under the key `''`). */
export function entryCountsByBlock(minutes: Minutes): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of minutes.entries) counts.set(e.blockId ?? '', (counts.get(e.blockId ?? '') ?? 0) + 1)
  return counts
}

/** The speaker to show or export: never one under the Chatham House rule, even if one was stored earlier. */
export const visibleSpeaker = (entry: MinuteEntry, chathamHouse: boolean): string => (chathamHouse ? '' : entry.speaker)

/** Entries that still hold a speaker (typed before the rule was switched on). */
export const entriesWithSpeaker = (minutes: Minutes): number => minutes.entries.filter((e) => e.speaker !== '').length

/** Removes every stored speaker (applying the Chatham House rule to earlier entries). Draft only. */
export function stripSpeakers(minutes: Minutes): Result<Minutes> {
  if (isLocked(minutes)) return lockedError()
  return ok({ ...minutes, entries: minutes.entries.map((e) => (e.speaker === '' ? e : { ...e, speaker: '' })) })
}
