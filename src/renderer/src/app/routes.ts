import { useMemo, useSyncExternalStore } from 'react'
import { STAGES, type StageId } from '../../../core/workflow/stages'

/** Where the app is; kept in the URL hash so a reload comes back to the same screen and stage. */
export type Route =
  | { kind: 'library'; intent?: 'new' }
  | { kind: 'trash' }
  | { kind: 'project'; id: string; stage: StageId }
  | { kind: 'versions'; id: string }
  | { kind: 'quarantine' }

const isStage = (s: string | undefined): s is StageId => (STAGES as readonly string[]).includes(s ?? '')

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?')
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  if (parts[0] === 'trash') return { kind: 'trash' }
  if (parts[0] === 'quarantine') return { kind: 'quarantine' }
  if (parts[0] === 'versions' && parts[1]) return { kind: 'versions', id: parts[1] }
  if (parts[0] === 'project' && parts[1]) {
    return { kind: 'project', id: parts[1], stage: isStage(parts[2]) ? parts[2] : 'framing' }
  }
  return query === 'new' ? { kind: 'library', intent: 'new' } : { kind: 'library' }
}

export function routeHref(route: Route): string {
  switch (route.kind) {
    case 'library':
      return route.intent ? `#/?${route.intent}` : '#/'
    case 'trash':
      return '#/trash'
    case 'project':
      return `#/project/${encodeURIComponent(route.id)}/${route.stage}`
    case 'versions':
      return `#/versions/${encodeURIComponent(route.id)}`
    case 'quarantine':
      return '#/quarantine'
  }
}

const listeners = new Set<() => void>()

/**
 * Goes to a route. `pushState` changes the URL at once and the app follows in the same task (assigning
 * `location.hash` would wait for the hashchange event, a frame later); back and forward still work.
 */
export function navigate(route: Route): void {
  const href = routeHref(route)
  if (window.location.hash === href) return
  window.history.pushState(null, '', href)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // A hash typed or set elsewhere, and back / forward.
  window.addEventListener('hashchange', listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('hashchange', listener)
    window.removeEventListener('popstate', listener)
  }
}

const currentHash = (): string => window.location.hash

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash)
  return useMemo(() => parseRoute(hash), [hash])
}
