import { describe, expect, it } from 'vitest'
import { diagramSources } from '../../../src/core/documents/diagramSources'
import { buildLargeProject } from '../../../src/core/samples/large'

const NOW = '2026-11-23T09:00:00.000Z'

/** The bars' names of a summarised gantt (one task line per option or objective). */
function barNames(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /:(?:[a-z]+, )*g\d+, /.test(line))
    .map((line) => line.trim().replace(/:.*$/, ''))
}

describe('summarised action gantt in the documents', () => {
  const project = buildLargeProject({ seed: 7, now: NOW })

  it('names each bar with its group and a translated, pluralised count of actions', () => {
    const fr = barNames(diagramSources(project, 'fr', NOW).actionGantt ?? '')
    expect(fr.length).toBeGreaterThan(1)
    expect(fr.length).toBeLessThanOrEqual(40)
    for (const name of fr) expect(name).toMatch(/\(\d+ actions?\)$/)
    const en = barNames(diagramSources(project, 'en', NOW).actionGantt ?? '')
    for (const name of en) expect(name).toMatch(/\(\d+ actions?\)$/)
  })

  it('uses the Arabic plural forms for the count', () => {
    const ar = barNames(diagramSources(project, 'ar', NOW).actionGantt ?? '')
    expect(ar.length).toBeGreaterThan(1)
    for (const name of ar) expect(name).toMatch(/\((\d+ (إجراءات|إجراءً|إجراء)|إجراء واحد|إجراءان)\)$/)
  })
})
