// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { POWERS, Stakeholder } from '../../src/core/model/stakeholders'
import { createI18n } from '../../src/core/i18n/create'
import type { Lang } from '../../src/core/model/common'
import { powerInterestChart, type PowerInterestLabels } from '../../src/core/diagrams/powerInterest'

// mermaid cannot be imported in the plain node environment; under jsdom its parser runs (rendering does not).
type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
})

async function parses(text: string): Promise<boolean> {
  try {
    await mermaid.parse(text)
    return true
  } catch {
    return false
  }
}

const labelsFor = (lang: Lang): PowerInterestLabels => {
  const t = createI18n(lang).getFixedT(lang, 'stakeholders')
  return {
    title: t('grid.chartTitle'),
    interestLow: t('grid.interestLow'),
    interestHigh: t('grid.interestHigh'),
    powerLow: t('grid.powerLow'),
    powerHigh: t('grid.powerHigh'),
    quadrants: { manageClosely: t('quadrants.manageClosely'), keepSatisfied: t('quadrants.keepSatisfied'), keepInformed: t('quadrants.keepInformed'), monitor: t('quadrants.monitor') }
  }
}

const sh = (id: string, extra: Partial<Stakeholder>): Stakeholder => Stakeholder.parse({ id, name: id, ...extra })

const hostile = [
  sh('quote', { name: 'Syndicat "SNI" d\'infirmiers', position: 'mediumOpposition', power: 'medium', interest: 5 }),
  sh('brackets', { name: 'CHU [Ibn Sina] {Rabat} (2017) | x', position: 'lowSupport', power: 'high', interest: 4 }),
  sh('html', { name: '<script>alert(1)</script><img src=x onerror=alert(1)>', position: 'nonMobilised', power: 'low', interest: 1 }),
  sh('arabic', { name: 'المديرية الجهوية للصحة', position: 'highSupport', power: 'high', interest: 5 }),
  sh('mixed', { name: 'ISPITS : 30 % — "قرار" #1 `code` &amp; ; :::x: [0.1, 0.2]', position: null, power: 'low', interest: 5 }),
  sh('colon', { name: 'quadrant-1 x-axis --> title', position: 'highOpposition', power: 'medium', interest: 2 }),
  sh('blank', { name: ' \u202E ', position: 'lowSupport', power: 'high', interest: 2 }),
  sh('unplaced', { name: 'Sans pouvoir', position: 'lowSupport', power: null, interest: 3 })
]

describe('power/interest quadrant chart', () => {
  test.each(['fr', 'ar', 'en'] as Lang[])('the %s chart parses, with tricky names', async (lang) => {
    const chart = powerInterestChart(hostile, labelsFor(lang))
    expect(chart.placed).toBe(7)
    expect(chart.unplaced).toBe(1)
    expect(await parses(chart.source)).toBe(true)
  })

  test('quadrants are labelled in the right mermaid slots, axes are interest (x) and power (y)', () => {
    const lines = powerInterestChart([], labelsFor('fr')).source.split('\n').map((l) => l.trim())
    expect(lines.slice(0, 3)).toEqual(['---', 'config:', 'quadrantChart:'])
    expect(lines).toContain('quadrantChart')
    expect(lines).toContain('x-axis "Intérêt faible" --> "Intérêt élevé"')
    expect(lines).toContain('y-axis "Pouvoir faible" --> "Pouvoir élevé"')
    expect(lines).toContain('quadrant-1 "Gérer étroitement"')
    expect(lines).toContain('quadrant-2 "Satisfaire"')
    expect(lines).toContain('quadrant-3 "Surveiller"')
    expect(lines).toContain('quadrant-4 "Tenir informé"')
  })

  test('each point is named (abbreviation first), coloured by stance and sized by power', () => {
    const lines = powerInterestChart(
      [sh('drs', { name: 'Direction régionale', abbreviation: 'DRS', position: 'highSupport', power: 'high', interest: 5 }), sh('sni', { name: 'Syndicat', position: 'highOpposition', power: 'low', interest: 4 })],
      labelsFor('fr')
    ).source.split('\n').map((l) => l.trim())
    expect(lines).toContain('"DRS":::supporter: [0.91, 0.87] radius: 9')
    expect(lines).toContain('"Syndicat":::opponent: [0.75, 0.25] radius: 5')
  })

  test('names are escaped: quotes and markup never reach mermaid raw', () => {
    const source = powerInterestChart(hostile, labelsFor('fr')).source
    expect(source).toContain('"Syndicat “SNI” d\'infirm…":::opponent')
    expect(source).toContain('#lt;script#gt;alert(1)#lt;/scrip…')
    expect(source).not.toContain('<script')
    expect(source).toContain('"المديرية الجهوية للصحة":::supporter')
    expect(source).toContain('"?":::supporter') // a name of only invisible characters still gets a label
    expect(source).not.toContain('\u202E')
  })

  test('a raw quote in a point name would break the chart (why names are escaped)', async () => {
    expect(await parses('quadrantChart\n  "a"b":::x: [0.1, 0.2]')).toBe(false)
  })

  test('many stakeholders: the grid keeps the most powerful and interested, counts the rest', async () => {
    const many = Array.from({ length: 90 }, (_, i) => sh(`s${i}`, { name: `Acteur ${i}`, position: 'lowSupport', power: POWERS[i % 3], interest: (i % 5) + 1 }))
    const chart = powerInterestChart(many, labelsFor('fr'), { maxPoints: 60 })
    expect(chart.placed).toBe(60)
    expect(chart.omitted).toBe(30)
    expect(chart.source).toContain('"Acteur 0":::supporter') // power high, interest 1: kept before low-power ones
    expect(await parses(chart.source)).toBe(true)
  })

  test('any names and values give a chart mermaid accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
            abbreviation: fc.string({ unit: 'grapheme', maxLength: 8 }),
            power: fc.constantFrom(...POWERS),
            interest: fc.integer({ min: 1, max: 5 })
          }),
          { maxLength: 12 }
        ),
        async (rows) => {
          const chart = powerInterestChart(rows.map((r, i) => sh(`s${i}`, r)), labelsFor('ar'))
          expect(await parses(chart.source)).toBe(true)
        }
      ),
      { numRuns: 40 }
    )
  })
})
