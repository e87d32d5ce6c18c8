import { IsoDate, LIMITS } from '../model/common'
import { STORED_ACTION_STATUSES, type ActionItem, type Actions } from '../model/actions'
import type { Project } from '../model/project'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { cleanLine, stripUnsafe, stripUnsafeLine } from '../minutes/cleanText'
import { blankAction } from '../minutes/raiseAction'

export { blankAction }

const SHORT_FIELDS = ['title', 'partners', 'fundingSource', 'indicator', 'baseline', 'target', 'verification'] as const
const LONG_FIELDS = ['resources', 'risks', 'comments'] as const

export type ActionPatch = Partial<Omit<ActionItem, 'id' | 'sourceEntryId'>>

/** Adds an action with a title at the end of the plan. */
export function createAction(actions: Actions, title: string, newId: NewId): Result<{ actions: Actions; item: ActionItem }> {
  const clean = cleanLine(title)
  if (!clean) return fail('invalidInput', { field: 'title', count: 1, max: LIMITS.shortText })
  if (clean.length > LIMITS.shortText) return fail('textTooLong', { field: 'title', max: LIMITS.shortText })
  if (actions.items.length >= LIMITS.listItems) {
    return fail('invalidInput', { field: 'items', count: actions.items.length, max: LIMITS.listItems })
  }
  const item = blankAction(newId(), clean)
  return ok({ actions: { ...actions, items: [...actions.items, item] }, item })
}

/**
 * Cleans and checks a patch (applied on every keystroke, so nothing is trimmed): texts lose control
 * characters (one-line fields lose line breaks), a title may not be blank, dates must be real
 * calendar dates, the budget a finite amount ≥ 0, the status a stored one ("late" is never stored).
 * A due date before the start is accepted and flagged by `actionIssues` (nothing typed is lost).
 */
export function cleanPatch(patch: ActionPatch): Result<ActionPatch> {
  const out: ActionPatch = { ...patch }
  for (const f of SHORT_FIELDS) {
    const v = patch[f]
    if (v === undefined) continue
    const c = stripUnsafeLine(v)
    if (c.length > LIMITS.shortText) return fail('textTooLong', { field: f, max: LIMITS.shortText })
    if (f === 'title' && !c.trim()) return fail('invalidInput', { field: 'title', count: 1, max: LIMITS.shortText })
    out[f] = c
  }
  for (const f of LONG_FIELDS) {
    const v = patch[f]
    if (v === undefined) continue
    const c = stripUnsafe(v)
    if (c.length > LIMITS.longText) return fail('textTooLong', { field: f, max: LIMITS.longText })
    out[f] = c
  }
  for (const f of ['startDate', 'dueDate'] as const) {
    const v = patch[f]
    if (v !== undefined && v !== null && !IsoDate.safeParse(v).success) return fail('invalidInput', { field: f, count: 1, max: 0 })
  }
  if (patch.budget !== undefined && patch.budget !== null) {
    if (!Number.isFinite(patch.budget) || patch.budget < 0 || patch.budget > 1e12) {
      return fail('invalidInput', { field: 'budget', count: 1, max: 1e12 })
    }
  }
  if (patch.status !== undefined && !(STORED_ACTION_STATUSES as readonly string[]).includes(patch.status)) {
    return fail('invalidInput', { field: 'status', count: 1, max: 0 })
  }
  if (patch.owner !== undefined) {
    const name = stripUnsafeLine(patch.owner.name)
    if (name.length > LIMITS.shortText) return fail('textTooLong', { field: 'owner', max: LIMITS.shortText })
    out.owner = { ...patch.owner, name }
  }
  return ok(out)
}

export function updateAction(actions: Actions, id: string, patch: ActionPatch): Result<{ actions: Actions; item: ActionItem }> {
  const current = actions.items.find((a) => a.id === id)
  if (!current) return fail('notFound', { id })
  const cleaned = cleanPatch(patch)
  if (!cleaned.ok) return cleaned
  const item: ActionItem = { ...current, ...cleaned.value }
  return ok({ actions: { ...actions, items: actions.items.map((a) => (a.id === id ? item : a)) }, item })
}

/**
 * Removes an action from the plan, with its follow-up progress rows; the minutes entry it came from loses
 * its link (a link, not a recorded word, so this is allowed on final minutes too).
 */
export function removeAction(project: Project, id: string): Result<Project> {
  if (!project.actions.items.some((a) => a.id === id)) return fail('notFound', { id })
  return ok({
    ...project,
    actions: {
      ...project.actions,
      items: project.actions.items.filter((a) => a.id !== id),
      followUps: project.actions.followUps.map((m) => ({ ...m, progress: m.progress.filter((p) => p.actionId !== id) }))
    },
    minutes: {
      ...project.minutes,
      entries: project.minutes.entries.map((e) => (e.actionId === id ? { ...e, actionId: null } : e))
    }
  })
}

/** Moves an action one place up (-1) or down (+1) in the plan. */
export function moveAction(actions: Actions, id: string, by: -1 | 1): Actions {
  const i = actions.items.findIndex((a) => a.id === id)
  const j = i + by
  if (i < 0 || j < 0 || j >= actions.items.length) return actions
  const items = [...actions.items]
  ;[items[i], items[j]] = [items[j]!, items[i]!]
  return { ...actions, items }
}
