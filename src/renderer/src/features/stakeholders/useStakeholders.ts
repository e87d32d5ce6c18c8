import { useCallback } from 'react'
import type { Stakeholder, StakeholderCategory, StakeholderSnapshot } from '../../../../core/model/stakeholders'
import { Stakeholder as StakeholderSchema } from '../../../../core/model/stakeholders'
import { newId } from '../../../../core/project/factory'
import { useProjectSection } from '../../project/ProjectContext'

/** The stakeholder section and the edits the screens make to it (one undo step each, typing coalesced). */
export function useStakeholders() {
  const [section, set] = useProjectSection('stakeholders')

  /** Changes fields of one stakeholder; pass `field` for typing so one run of keystrokes is one undo step. */
  const patch = useCallback(
    (id: string, change: Partial<Omit<Stakeholder, 'id'>>, field?: string) =>
      set((s) => ({ ...s, items: s.items.map((i) => (i.id === id ? { ...i, ...change } : i)) }), field ? `stakeholders.items.${id}.${field}` : undefined),
    [set]
  )

  /** Adds a stakeholder by name (never empty: the caller checked), returns its id. */
  const add = useCallback(
    (name: string, extra: Partial<Omit<Stakeholder, 'id' | 'name'>> = {}): string => {
      const item = StakeholderSchema.parse({ id: newId(), name, ...extra })
      set((s) => ({ ...s, items: [...s.items, item] }))
      return item.id
    },
    [set]
  )

  const remove = useCallback((id: string) => set((s) => ({ ...s, items: s.items.filter((i) => i.id !== id) })), [set])

  /** Adds imported stakeholders and the categories they brought, in one undo step. */
  const addMany = useCallback(
    (items: Stakeholder[], categories: StakeholderCategory[]) =>
      set((s) => ({ ...s, categories: [...s.categories, ...categories], items: [...s.items, ...items] })),
    [set]
  )

  const setCategories = useCallback(
    (change: (c: StakeholderCategory[]) => StakeholderCategory[], coalesce?: string) =>
      set((s) => ({ ...s, categories: change(s.categories) }), coalesce),
    [set]
  )

  const setSnapshots = useCallback(
    (change: (c: StakeholderSnapshot[]) => StakeholderSnapshot[]) => set((s) => ({ ...s, snapshots: change(s.snapshots) })),
    [set]
  )

  /** Applies a change to many stakeholders at once (one undo step). */
  const patchMany = useCallback(
    (changes: ReadonlyMap<string, Partial<Omit<Stakeholder, 'id'>>>) =>
      set((s) => ({ ...s, items: s.items.map((i) => (changes.has(i.id) ? { ...i, ...changes.get(i.id) } : i)) })),
    [set]
  )

  return { section, patch, add, remove, addMany, setCategories, setSnapshots, patchMany }
}
