import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { StakeholderCategory } from '../../../../core/model/stakeholders'
import type { PowerInterestLabels } from '../../../../core/diagrams/powerInterest'
import { useProjectSection } from '../../project/ProjectContext'

/** A category's displayed label: the user's label when typed, else the translated pre-loaded one. */
export function categoryLabelOf(c: StakeholderCategory, tc: TFunction): string {
  if (c.label.trim() !== '') return c.label
  return c.key ? tc(`stakeholderCategories.${c.key}`) : ''
}

/** `(categoryId) => label` for the current project and language ('' for none or unknown). */
export function useCategoryLabel(): (id: string | null) => string {
  const { t: tc } = useTranslation('common')
  const [stakeholders] = useProjectSection('stakeholders')
  const byId = useMemo(() => new Map(stakeholders.categories.map((c) => [c.id, c])), [stakeholders.categories])
  return useCallback(
    (id: string | null) => {
      const c = id ? byId.get(id) : undefined
      return c ? categoryLabelOf(c, tc) : ''
    },
    [byId, tc]
  )
}

/** Translated labels of the power/interest chart. */
export function useGridLabels(): PowerInterestLabels {
  const { t } = useTranslation('stakeholders')
  return useMemo(
    () => ({
      title: t('grid.chartTitle'),
      interestLow: t('grid.interestLow'),
      interestHigh: t('grid.interestHigh'),
      powerLow: t('grid.powerLow'),
      powerHigh: t('grid.powerHigh'),
      quadrants: {
        manageClosely: t('quadrants.manageClosely'),
        keepSatisfied: t('quadrants.keepSatisfied'),
        keepInformed: t('quadrants.keepInformed'),
        monitor: t('quadrants.monitor')
      }
    }),
    [t]
  )
}

/** A user text for display: trimmed, or a dash when empty (a stakeholder's name is never empty). */
export const shown = (s: string): string => (s.trim() === '' ? '—' : s.trim())

/**
 * User text embedded in a translated sentence, wrapped in Unicode isolates (FSI … PDI) so a French name in
 * an Arabic sentence (or the reverse) cannot reorder the words around it.
 */
export const isolate = (s: string): string => `\u2068${s}\u2069`
