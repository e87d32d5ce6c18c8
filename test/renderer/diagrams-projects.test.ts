// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { buildLargeProject } from '../../src/core/samples/large'
import { buildSample } from '../../src/core/samples'
import { diagramSources } from '../../src/core/documents/diagramSources'
import { MAX_BARS } from '../../src/core/diagrams/actionGantt'
import { TREE_CAPS } from '../../src/core/diagrams/problemTree'

// Every diagram of generated projects of any size and seed, in the three languages: mermaid accepts the
// text, and what is drawn stays within the caps that keep the pictures readable and quick to draw.
type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
})

const NOW = '2025-11-20T10:00:00.000Z'

async function checkSources(sources: Record<string, string | undefined>): Promise<void> {
  for (const [key, source] of Object.entries(sources)) {
    if (source === undefined) continue
    expect(await mermaid.parse(source), key).not.toBe(false)
  }
  const tree = sources.problemTree
  if (tree) {
    const boxes = tree.match(/:::(cause|effect)$/gm)?.length ?? 0
    expect(boxes).toBeLessThanOrEqual(Math.max(TREE_CAPS.maxBoxes, 2 * TREE_CAPS.maxChildren))
  }
  const gantt = sources.actionGantt
  if (gantt) {
    const bars = gantt.split('\n').filter((l) => /:(\w+, )*[ag]\d+, \d{4}-\d{2}-\d{2}, \d+d$/.test(l)).length
    expect(bars).toBeGreaterThan(0)
    expect(bars).toBeLessThanOrEqual(MAX_BARS)
  }
}

describe('the diagrams of whole projects', { timeout: 120_000 }, () => {
  test('the sample and the large project, in French, Arabic and English', async () => {
    for (const lang of ['fr', 'ar', 'en'] as const) {
      await checkSources(diagramSources(buildSample('rabat2017', { id: 'p', name: 'Rabat', now: NOW, newId: (() => { let n = 0; return () => `id${++n}` })() }), lang, NOW))
      await checkSources(diagramSources(buildLargeProject({ seed: 2017, scale: 1, now: NOW }), lang, NOW))
    }
  })

  test('generated projects of any seed and size parse and respect the caps (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(0.02, 0.05, 0.1, 0.3, 0.6),
        fc.constantFrom('fr', 'ar', 'en') as fc.Arbitrary<'fr' | 'ar' | 'en'>,
        async (seed, scale, lang) => {
          await checkSources(diagramSources(buildLargeProject({ seed, scale, now: NOW }), lang, NOW))
        }
      ),
      { numRuns: 12 }
    )
  })
})
