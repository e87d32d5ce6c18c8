import { useMemo } from 'react'
import type { Priority } from '../../../../core/model/priority'
import { useProjectSection, useProjectStore } from '../../project/ProjectContext'

export interface PriorityActions {
  /** Merges a patch into the priority stage (`coalesce`: the field path, so typing is one undo step). */
  patch: (change: Partial<Priority>, coalesce?: string) => void
  /** Applies a pure edit from src/core/analysis (returning the same object changes nothing). */
  apply: (edit: (p: Priority) => Priority, coalesce?: string) => void
}

/**
 * How to change the priority stage, without subscribing to it: the sections are memoised and receive the
 * data they show as props, so typing in one field does not redraw the matrices and diagrams.
 */
export function usePriorityActions(): PriorityActions {
  const store = useProjectStore()
  return useMemo(() => {
    const apply: PriorityActions['apply'] = (edit, coalesce) =>
      store.update(
        (p) => {
          const next = edit(p.priority)
          return next === p.priority ? p : { ...p, priority: next }
        },
        coalesce === undefined ? {} : { coalesce }
      )
    return { apply, patch: (change, coalesce) => apply((p) => ({ ...p, ...change }), coalesce) }
  }, [store])
}

/** The priority stage itself (subscribes: used by the screen, which hands slices to the sections). */
export function usePriority(): Priority {
  return useProjectSection('priority')[0]
}

/** Ids present before and gone after a list edit (a row removed through RepeatableRows). */
export function removedIds<T extends { id: string }>(before: readonly T[], after: readonly T[]): string[] {
  const kept = new Set(after.map((x) => x.id))
  return before.filter((x) => !kept.has(x.id)).map((x) => x.id)
}
