import { memo, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../core/result'
import { STAGES, type StageId } from '../../../core/workflow/stages'
import { useApi } from '../api/ApiContext'
import { useErrorMessage } from '../api/errors'
import { afterNextPaint, Button, EmptyState } from '../components'
import { loadedStageScreen, preloadStageScreens, STAGE_SCREENS } from '../features/registry'
import { ProjectProvider } from '../project/ProjectContext'
import { saveProjectChanges } from '../project/saving'
import { ProjectStore } from '../project/store'
import { ChecklistPanel } from './ChecklistPanel'
import { ProjectHeader } from './ProjectHeader'
import { StageNav } from './StageNav'
import { takeEarlyProject } from './early'
import { navigate } from './routes'

/** Loads one project, holds its store while open, and lays out header, stage navigation, screen and checklist. */
export function ProjectScreen({ id, stage }: { id: string; stage: StageId }) {
  const api = useApi()
  const { t } = useTranslation('ui')
  const message = useErrorMessage()
  const [state, setState] = useState<{ store: ProjectStore } | { error: AppError } | null>(null)

  useEffect(() => {
    let live = true
    let opened: ProjectStore | null = null
    // Asked for at start-up already when the app opened on this project (see early.ts).
    void (takeEarlyProject(id) ?? api.getProject({ id })).then((r) => {
      if (!live) return
      if (!r.ok) return setState({ error: r.error })
      // Only the sections that changed since the last acknowledged save (the whole project as a fallback).
      opened = new ProjectStore(r.value, { save: saveProjectChanges(api) })
      setState({ store: opened })
    })
    return () => {
      live = false
      // Leaving by any path (menu, hash): write what is not on disk yet, then let the store go.
      const store = opened
      if (store) void store.saveNow().finally(() => store.dispose())
    }
  }, [api, id])

  const open = state !== null && 'store' in state
  // With the project on screen, the other stages' code is loaded in idle moments (first visits are quick).
  useEffect(() => (open ? preloadStageScreens() : undefined), [open])

  if (state === null) {
    return (
      <p className="app__loading" role="status">
        {t('project.loading')}
      </p>
    )
  }
  if ('error' in state) {
    return (
      <main className="project-missing">
        <EmptyState
          title={message(state.error)}
          action={
            <Button variant="primary" onClick={() => navigate({ kind: 'library' })}>
              {t('library.backToLibrary')}
            </Button>
          }
        />
      </main>
    )
  }
  return (
    <ProjectProvider store={state.store}>
      <ProjectLayout stage={stage} />
    </ProjectProvider>
  )
}

function ProjectLayout({ stage }: { stage: StageId }) {
  const leaving = useLeavingStage(stage)
  return (
    <div className="project">
      <ProjectHeader />
      <div className="project__body">
        <StageNav current={stage} />
        {/* One element per stage: a new stage starts at the top without a scrollTo (nor scrollTop read), which
            would force a synchronous layout of the whole new screen inside the switch. The stage just left
            stays a moment, hidden, and is removed once the new one is painted. */}
        {STAGES.filter((s) => s === stage || s === leaving).map((s) => (
          <main key={s} className="stage-main" id={s === stage ? 'stage-main' : undefined} hidden={s !== stage} tabIndex={-1}>
            <StageContent stage={s} />
          </main>
        ))}
        <ChecklistPanel stage={stage} />
      </div>
    </div>
  )
}

/**
 * The stage the user has just left, until the new one is painted: taking a long screen down (its DOM
 * removed, its effects cleaned up) is then done after the switch rather than inside it.
 */
function useLeavingStage(stage: StageId): StageId | null {
  const [shown, setShown] = useState(stage)
  const [leaving, setLeaving] = useState<StageId | null>(null)
  if (shown !== stage) {
    setShown(stage)
    setLeaving(shown)
  }
  useEffect(() => {
    if (leaving === null) return
    return afterNextPaint(() => setLeaving(null))
  }, [leaving])
  return leaving === stage ? null : leaving
}

/** One stage's screen (memoised: hiding it when the user leaves does not render it again). */
const StageContent = memo(function StageContent({ stage }: { stage: StageId }) {
  const { t } = useTranslation('common')
  const { t: tu } = useTranslation('ui')
  // The loaded screen itself when its code is there, else the lazy one — never switching between the two
  // while the screen is shown.
  const Screen = useMemo(() => loadedStageScreen(stage) ?? STAGE_SCREENS[stage], [stage])
  const index = STAGES.indexOf(stage)
  return (
    <>
      <p className="stage-main__step">{tu('project.stageOf', { index: index + 1, total: STAGES.length })}</p>
      {Screen ? (
        <Suspense
          fallback={
            <p className="app__loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <Screen />
        </Suspense>
      ) : (
        <EmptyState title={t('empty.stageTitle')} body={t('empty.stageBody', { stage: t(`stages.${stage}`) })} />
      )}
    </>
  )
})
