import { ACTION_STATUSES, type ActionItem, type ActionStatus } from '../model/actions'
import { effectiveStatus } from './status'

export interface ActionPlanSummary {
  total: number
  byStatus: Record<ActionStatus, number>
  /** Sum of the budgets entered (actions without a budget are not counted). */
  budgetTotal: number
  /** Budget per funding source ('' = source not given), largest first. */
  budgetBySource: { source: string; amount: number }[]
}

export function actionPlanSummary(items: readonly ActionItem[], today: string): ActionPlanSummary {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>
  const bySource = new Map<string, number>()
  let budgetTotal = 0
  for (const item of items) {
    byStatus[effectiveStatus(item, today)] += 1
    if (item.budget !== null) {
      budgetTotal += item.budget
      const source = item.fundingSource.trim()
      bySource.set(source, (bySource.get(source) ?? 0) + item.budget)
    }
  }
  return {
    total: items.length,
    byStatus,
    budgetTotal,
    budgetBySource: [...bySource.entries()].map(([source, amount]) => ({ source, amount })).sort((a, b) => b.amount - a.amount)
  }
}
