import type { ActionItem } from '../model/actions'
import type { Project } from '../model/project'
import { resolveLink, resolveOwner } from './owners'

/**
 * What is wrong or missing in an action, as i18n keys under `actions:issues.<key>` (the screen shows them
 * beside the field, the Word export ignores them). Errors are contradictions; warnings are gaps.
 */
export interface ActionIssue {
  key: 'titleMissing' | 'dueBeforeStart' | 'ownerDeleted' | 'ownerMissing' | 'dueMissing' | 'linkDeleted' | 'fundingMissing'
  field: 'title' | 'dueDate' | 'owner' | 'linkedTo' | 'fundingSource'
  severity: 'error' | 'warning'
  params: Record<string, string>
}

export function actionIssues(item: ActionItem, project: Pick<Project, 'participants' | 'stakeholders' | 'evidence' | 'priority'>): ActionIssue[] {
  const issues: ActionIssue[] = []
  if (!item.title.trim()) issues.push({ key: 'titleMissing', field: 'title', severity: 'error', params: {} })
  if (item.startDate !== null && item.dueDate !== null && item.dueDate < item.startDate) {
    issues.push({ key: 'dueBeforeStart', field: 'dueDate', severity: 'error', params: { start: item.startDate, due: item.dueDate } })
  }
  const owner = resolveOwner(item.owner, project)
  if (owner.state === 'deleted') issues.push({ key: 'ownerDeleted', field: 'owner', severity: 'warning', params: { name: owner.name } })
  if (owner.state === 'none') issues.push({ key: 'ownerMissing', field: 'owner', severity: 'warning', params: {} })
  if (item.dueDate === null) issues.push({ key: 'dueMissing', field: 'dueDate', severity: 'warning', params: {} })
  if (resolveLink(item.linkedTo, project).state === 'deleted') {
    issues.push({ key: 'linkDeleted', field: 'linkedTo', severity: 'warning', params: {} })
  }
  if (item.budget !== null && item.budget > 0 && !item.fundingSource.trim()) {
    issues.push({ key: 'fundingMissing', field: 'fundingSource', severity: 'warning', params: {} })
  }
  return issues
}
