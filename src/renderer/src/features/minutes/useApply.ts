import { useCallback } from 'react'
import type { Project } from '../../../../core/model/project'
import type { AppError, Result } from '../../../../core/result'
import { useNotices } from '../../api/errors'
import { useProject } from '../../project/ProjectContext'
import type { UpdateOptions } from '../../project/store'

/**
 * Applies a core operation that may fail: on success the project changes (one undo step, autosaved), on
 * failure nothing changes and the translated error (`errors.<code>`) is shown. Returns the error or null.
 * `update` runs the recipe at once, so the outcome is known when this returns. `report: false` leaves the
 * message to the caller (a dialog showing it beside the field).
 */
export function useApply(): (recipe: (p: Project) => Result<Project>, options?: UpdateOptions, report?: boolean) => AppError | null {
  const { update } = useProject()
  const { reportError } = useNotices()
  return useCallback(
    (recipe, options, report = true) => {
      let error: AppError | null = null
      update((p) => {
        const r = recipe(p)
        if (r.ok) return r.value
        error = r.error
        return p
      }, options)
      if (error && report) reportError(error)
      return error
    },
    [update, reportError]
  )
}
