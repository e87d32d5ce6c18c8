import type { ActionItem, ActionStatus } from '../model/actions'
import { ownerKey } from './owners'
import { effectiveStatus } from './status'

export interface ActionFilter {
  /** An `ownerKey`, or null for every owner. */
  owner: string | null
  /** Matches the shown (derived) status or the stored one: "in progress" also finds late in-progress actions. */
  status: ActionStatus | null
  overdueOnly: boolean
}

export const NO_FILTER: ActionFilter = { owner: null, status: null, overdueOnly: false }

export function matchesFilter(item: ActionItem, filter: ActionFilter, today: string): boolean {
  const shown = effectiveStatus(item, today)
  if (filter.owner !== null && ownerKey(item.owner) !== filter.owner) return false
  if (filter.status !== null && shown !== filter.status && item.status !== filter.status) return false
  if (filter.overdueOnly && shown !== 'late') return false
  return true
}

export const filterActions = (items: readonly ActionItem[], filter: ActionFilter, today: string): ActionItem[] =>
  items.filter((i) => matchesFilter(i, filter, today))

export const isFiltering = (f: ActionFilter): boolean => f.owner !== null || f.status !== null || f.overdueOnly
