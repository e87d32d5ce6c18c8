import type { Project } from '../../../core/model/project'
import type { Result } from '../../../core/result'
import type { RendererApi } from '../api/ApiContext'
import { loadStageScreen } from '../features/registry'
import { parseRoute } from './routes'

const early = new Map<string, Promise<Result<Project>>>()

/**
 * At start-up, when the app opens on a project (a reload, or the window restored on a stage), asks for
 * the project and the stage's screen code right away — in parallel with the language, the first render
 * and the fonts — instead of after the first render. The project screen takes the answer (once).
 */
export function startEarlyLoads(api: RendererApi, hash: string): void {
  const route = parseRoute(hash)
  if (route.kind !== 'project') return
  early.set(route.id, api.getProject({ id: route.id }))
  void loadStageScreen(route.stage)?.catch(() => undefined)
}

/** The project asked for at start-up, if it was this one (then forgotten: a later visit reads it afresh). */
export function takeEarlyProject(id: string): Promise<Result<Project>> | null {
  const found = early.get(id) ?? null
  early.delete(id)
  return found
}
