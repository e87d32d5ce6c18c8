import { beforeEach, describe, expect, test, vi } from 'vitest'
import { screen } from '@testing-library/react'
import { renderWithApp } from './render'

// mermaid does not draw in jsdom: a stand-in that counts the drawings.
const draw = vi.hoisted(() => vi.fn(async (source: string) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${source.length}</text></svg>`))
vi.mock('../../src/renderer/src/diagrams/mermaid', () => ({
  renderMermaidSvg: draw,
  DiagramError: class DiagramError extends Error {
    constructor(readonly reason: 'invalid' | 'failed') {
      super(reason)
    }
  }
}))

const { Diagram, clearDiagramCache } = await import('../../src/renderer/src/diagrams/Diagram')

beforeEach(() => {
  clearDiagramCache()
  draw.mockClear()
})

describe('diagram: one drawing per source text', () => {
  test('drawn after the first paint; shown again at once, without mermaid, when the stage is visited again', async () => {
    const first = renderWithApp(<Diagram source={'flowchart TD\n a --> b'} label="Arbre" />)
    // Not inside the render (nor the switch that showed it): the placeholder first.
    expect(screen.getByRole('status').textContent).toBe('Préparation du schéma…')
    expect(draw).not.toHaveBeenCalled()
    expect((await screen.findByRole('img', { name: 'Arbre' })).innerHTML).toContain('<svg')
    expect(draw).toHaveBeenCalledTimes(1)
    first.unmount()

    renderWithApp(<Diagram source={'flowchart TD\n a --> b'} label="Arbre" />)
    // Synchronously there: no loading state, no second drawing.
    expect(screen.getByRole('img', { name: 'Arbre' }).innerHTML).toContain('<svg')
    expect(draw).toHaveBeenCalledTimes(1)
  })

  test('two diagrams of the same text share one drawing; another text is drawn apart', async () => {
    renderWithApp(
      <>
        <Diagram source="gantt A" label="Un" />
        <Diagram source="gantt A" label="Deux" />
        <Diagram source="gantt B" label="Trois" />
      </>
    )
    await screen.findByRole('img', { name: 'Trois' })
    await screen.findByRole('img', { name: 'Deux' })
    await screen.findByRole('img', { name: 'Un' })
    expect(draw.mock.calls.map((c) => c[0]).sort()).toEqual(['gantt A', 'gantt B'])
  })
})
