import { act, renderHook } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { navigate, parseRoute, routeHref, useRoute } from '../../src/renderer/src/app/routes'

describe('routes', () => {
  test('a route and its hash round-trip', () => {
    for (const route of [
      { kind: 'library' },
      { kind: 'library', intent: 'new' },
      { kind: 'trash' },
      { kind: 'quarantine' },
      { kind: 'versions', id: 'p 1/é' },
      { kind: 'project', id: 'p 1/é', stage: 'agenda' }
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route)
    }
  })

  test('navigate changes the route at once, adds a history entry, and follows a hash set elsewhere', async () => {
    const { result } = renderHook(() => useRoute())
    const entries = window.history.length
    act(() => navigate({ kind: 'project', id: 'p1', stage: 'minutes' }))
    // In the same task: no wait for a hashchange event.
    expect(result.current).toEqual({ kind: 'project', id: 'p1', stage: 'minutes' })
    expect(window.location.hash).toBe('#/project/p1/minutes')
    expect(window.history.length).toBe(entries + 1)
    const same = result.current
    act(() => navigate({ kind: 'project', id: 'p1', stage: 'minutes' }))
    expect(result.current).toBe(same)
    expect(window.history.length).toBe(entries + 1)
    await act(async () => {
      window.location.hash = '#/trash'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(result.current).toEqual({ kind: 'trash' })
  })
})
