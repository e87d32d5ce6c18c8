import { LIMITS } from '../model/common'
import type { ActionItem } from '../model/actions'
import type { Project } from '../model/project'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { cleanLine } from './cleanText'

/** A blank action-plan item (every SMART field empty, status "not started"). */
export function blankAction(id: string, title: string): ActionItem {
  return {
    id,
    title,
    linkedTo: { kind: 'none', refId: null },
    owner: { kind: 'free', refId: null, name: '' },
    partners: '',
    startDate: null,
    dueDate: null,
    resources: '',
    budget: null,
    fundingSource: '',
    indicator: '',
    baseline: '',
    target: '',
    verification: '',
    status: 'notStarted',
    risks: '',
    comments: '',
    sourceEntryId: null
  }
}

/** An action title from an entry: its text on one line, shortened to fit a title (the full text goes to comments). */
export function titleFromText(text: string): { title: string; truncated: boolean } {
  const line = cleanLine(text)
  const max = LIMITS.shortText
  if (line.length <= max) return { title: line, truncated: false }
  return { title: `${line.slice(0, max - 1)}…`, truncated: true }
}

/**
 * "Action raised" → action-plan item in one step: creates the item (title from the entry, `sourceEntryId`
 * set) and links the entry to it (`actionId`). Allowed on final minutes too: only the link changes, never
 * what was recorded. An entry already linked to an existing item returns that item (`created: false`).
 */
export function raiseAction(
  project: Project,
  entryId: string,
  newId: NewId
): Result<{ project: Project; action: ActionItem; created: boolean }> {
  const entry = project.minutes.entries.find((e) => e.id === entryId)
  if (!entry) return fail('notFound', { id: entryId })
  if (entry.type !== 'actionRaised') return fail('invalidInput', { field: 'type', count: 1, max: 0 })
  const existing = entry.actionId ? project.actions.items.find((a) => a.id === entry.actionId) : undefined
  if (existing) return ok({ project, action: existing, created: false })
  if (project.actions.items.length >= LIMITS.listItems) {
    return fail('invalidInput', { field: 'actions', count: project.actions.items.length, max: LIMITS.listItems })
  }
  const { title, truncated } = titleFromText(entry.text)
  const action: ActionItem = {
    ...blankAction(newId(), title),
    comments: truncated ? entry.text : '',
    sourceEntryId: entry.id
  }
  return ok({
    project: {
      ...project,
      actions: { ...project.actions, items: [...project.actions.items, action] },
      minutes: {
        ...project.minutes,
        entries: project.minutes.entries.map((e) => (e.id === entryId ? { ...e, actionId: action.id } : e))
      }
    },
    action,
    created: true
  })
}

/** The entries raised as actions but not yet in the plan (the "to turn into actions" list). */
export function pendingRaisedActions(project: Pick<Project, 'minutes' | 'actions'>) {
  const ids = new Set(project.actions.items.map((a) => a.id))
  return project.minutes.entries.filter((e) => e.type === 'actionRaised' && (e.actionId === null || !ids.has(e.actionId)))
}
