import { useMemo } from 'react'
import type { Evidence } from '../../../../core/model/evidence'
import { useProjectSection, useProjectStore } from '../../project/ProjectContext'

export interface EvidenceActions {
  /** Applies a pure edit from src/core/analysis/evidenceBrief (returning the same object changes nothing). */
  apply: (edit: (e: Evidence) => Evidence, coalesce?: string) => void
  patch: (change: Partial<Evidence>, coalesce?: string) => void
  patchBrief: (change: Partial<Evidence['brief']>, coalesce?: string) => void
}

/** How to change the evidence stage without subscribing to it (the parts are memoised, fed by props). */
export function useEvidenceActions(): EvidenceActions {
  const store = useProjectStore()
  return useMemo(() => {
    const apply: EvidenceActions['apply'] = (edit, coalesce) =>
      store.update(
        (p) => {
          const next = edit(p.evidence)
          return next === p.evidence ? p : { ...p, evidence: next }
        },
        coalesce === undefined ? {} : { coalesce }
      )
    return {
      apply,
      patch: (change, coalesce) => apply((e) => ({ ...e, ...change }), coalesce),
      patchBrief: (change, coalesce) => apply((e) => ({ ...e, brief: { ...e.brief, ...change } }), coalesce)
    }
  }, [store])
}

/** The evidence stage itself (subscribes: used by the screen only). */
export function useEvidence(): Evidence {
  return useProjectSection('evidence')[0]
}
