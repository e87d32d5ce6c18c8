import { useEffect, useState } from 'react'
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

export function navigate(route: Route): void {
  window.location.hash = routeHref(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return route
}
