import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { STAGES, type StageId } from '../../../core/workflow/stages'

type ScreenModule = { default: ComponentType }

/**
 * The screen of each stage, loaded on demand. A stage helper adds ONE line here pointing at its
 * screen's default export; a stage without a line shows the honest "coming soon" state.
 */
const LOADERS: Partial<Record<StageId, () => Promise<ScreenModule>>> = {
  framing: () => import('./framing/FramingScreen'),
  priority: () => import('./priority/PriorityScreen'),
  evidence: () => import('./evidence/EvidenceScreen'),
  stakeholders: () => import('./stakeholders/StakeholdersScreen'),
  design: () => import('./design/DesignScreen'),
  agenda: () => import('./agenda/AgendaScreen'),
  minutes: () => import('./minutes/MinutesScreen'),
  actions: () => import('./actions/ActionsScreen'),
  evaluation: () => import('./evaluation/EvaluationScreen')
}

const loading = new Map<StageId, Promise<ScreenModule>>()
const loaded = new Map<StageId, ComponentType>()

/** Loads (once) the chunk of a stage's screen; null for a stage without a screen. */
export function loadStageScreen(stage: StageId): Promise<ScreenModule> | null {
  const load = LOADERS[stage]
  if (!load) return null
  let pending = loading.get(stage)
  if (!pending) {
    pending = load()
    pending.then((m) => loaded.set(stage, m.default)).catch(() => undefined)
    // A failed load (e.g. a chunk missing) may be tried again on the next visit.
    pending.catch(() => loading.delete(stage))
    loading.set(stage, pending)
  }
  return pending
}

/**
 * The screen of a stage whose code is already loaded (preloaded, or visited before), to render directly:
 * a lazy component suspends once on its first render even then, and React holds a revealed Suspense
 * fallback for ~300 ms — a first visit would wait for that instead of the code.
 */
export function loadedStageScreen(stage: StageId): ComponentType | null {
  return loaded.get(stage) ?? null
}

export const STAGE_SCREENS: Partial<Record<StageId, LazyExoticComponent<ComponentType>>> = Object.fromEntries(
  STAGES.filter((s) => LOADERS[s]).map((s) => [s, lazy(() => loadStageScreen(s) as Promise<ScreenModule>)])
)

/**
 * Once the open project is on screen and the page is idle, loads the other stages' screens one by one (an
 * idle moment each), so that a first visit to a stage does not wait for its code. Returns a canceller.
 */
export function preloadStageScreens(): () => void {
  // Only where the page has idle periods to spare (not in a test DOM, which has no idle callbacks).
  if (typeof requestIdleCallback !== 'function') return () => {}
  const queue = STAGES.filter((s) => LOADERS[s] && !loading.has(s))
  let cancelled = false
  let handle: ReturnType<typeof setTimeout> | number | undefined
  const idle = (run: () => void) => requestIdleCallback(run, { timeout: 3000 })
  const next = () => {
    if (cancelled) return
    const stage = queue.shift()
    if (!stage) return
    void loadStageScreen(stage)
      ?.catch(() => undefined)
      .then(() => {
        handle = idle(next)
      })
  }
  // Start-up first: the screen being opened, its effects and fonts.
  handle = setTimeout(() => (handle = idle(next)), 1500)
  return () => {
    cancelled = true
    clearTimeout(handle as ReturnType<typeof setTimeout>)
    if (typeof cancelIdleCallback === 'function' && typeof handle === 'number') cancelIdleCallback(handle)
  }
}
