// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { PRINT_MAX_PIXELS, WIDE_PX, WIDE_SCALE, printScale, standaloneSvg } from '../../src/renderer/src/diagrams/png'

describe('print resolution of the diagram pictures', () => {
  test('a page-width picture gets the requested 3 pixels per CSS pixel', () => {
    expect(printScale({ width: 640, height: 400 }, 3)).toBe(3)
  })

  test('a picture wider than a portrait page (the gantts) gets 2', () => {
    expect(printScale({ width: 900, height: 660 }, 3)).toBe(WIDE_SCALE)
  })

  test('a tall picture is held under PRINT_MAX_PIXELS (the 4 MB action gantt of the large project)', () => {
    const scale = printScale({ width: 900, height: 11_468 }, 3)
    expect(900 * scale * 11_468 * scale).toBeLessThanOrEqual(PRINT_MAX_PIXELS + 1)
    expect(scale).toBeGreaterThan(0.5)
  })

  test('never above the request, the pixel budget or the canvas limits, for any size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40_000 }), fc.integer({ min: 1, max: 40_000 }), fc.double({ min: 0.5, max: 4, noNaN: true }), (w, h, requested) => {
        const s = printScale({ width: w, height: h }, requested)
        expect(s).toBeGreaterThan(0)
        expect(s).toBeLessThanOrEqual(requested)
        if (w > WIDE_PX) expect(s).toBeLessThanOrEqual(WIDE_SCALE)
        expect(w * s * h * s).toBeLessThanOrEqual(PRINT_MAX_PIXELS * 1.000001)
        expect(Math.max(w, h) * s).toBeLessThanOrEqual(16_000.0001)
      })
    )
  })

  test('the standalone SVG takes the display width asked, keeping its proportions', () => {
    const { markup, size } = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1800 600" width="100%"><g/></svg>', { widthPx: 900 })
    expect(size).toEqual({ width: 900, height: 300 })
    expect(markup).toContain('width="900"')
  })
})
