import { describe, expect, test, vi } from 'vitest'
import { createBlankProject } from '../../src/core/project/factory'
import * as stages from '../../src/core/workflow/stages'
import { STAGES, stageChecks, stageCompleteness } from '../../src/core/workflow/stages'
import { checksOf, completenessOf } from '../../src/renderer/src/app/checks'

describe('stage checks kept per project state (stage navigation and checklist)', () => {
  test('same checks and completeness as the core; computed once per state, again for a new state', () => {
    const spy = vi.spyOn(stages.STAGE_CHECKS, 'priority')
    const project = createBlankProject({ id: 'p1', name: 'Atelier', now: '2026-01-01T00:00:00.000Z' })
    for (const stage of STAGES) {
      expect(checksOf(project, stage)).toEqual(stageChecks(project, stage))
      expect(completenessOf(project, stage)).toBe(stageCompleteness(project, stage))
    }
    spy.mockClear()
    checksOf(project, 'priority')
    completenessOf(project, 'priority')
    expect(spy).not.toHaveBeenCalled()

    const edited = { ...project, name: 'Atelier 2' }
    checksOf(edited, 'priority')
    expect(spy).toHaveBeenCalledTimes(1)
    spy.mockRestore()
  })
})
