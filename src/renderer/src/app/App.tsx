import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../api/ApiContext'
import { NoticeBanner, useNotices } from '../api/errors'
import { useRestoredLanguage } from '../i18n/language'
import { LibraryScreen } from '../features/library/LibraryScreen'
import { QuarantineScreen } from '../features/quarantine/QuarantineScreen'
import { StorageStatusBanner, useQuitResponder } from '../features/versions/StorageStatus'
import { VersionsScreen } from '../features/versions/VersionsScreen'
import { ProjectScreen } from './ProjectScreen'
import { navigate, useRoute } from './routes'

/** The whole app: the library (home, trash) or one open project, chosen by the URL hash. */
export function App() {
  const { t } = useTranslation('common')
  const ready = useRestoredLanguage()
  const route = useRoute()
  useMenuCommands(route.kind === 'project' ? route.id : null)
  useQuitResponder()
  return (
    <div className="app">
      <StorageStatusBanner />
      <NoticeBanner />
      {!ready ? (
        <p className="app__loading" role="status">
          {t('app.loading')}
        </p>
      ) : route.kind === 'project' ? (
        <ProjectScreen key={route.id} id={route.id} stage={route.stage} />
      ) : route.kind === 'versions' ? (
        <VersionsScreen key={route.id} id={route.id} />
      ) : route.kind === 'quarantine' ? (
        <QuarantineScreen />
      ) : (
        <LibraryScreen key={route.kind} view={route.kind} intent={route.kind === 'library' ? route.intent : undefined} />
      )}
    </div>
  )
}

/** Native-menu commands that are not about editing (save/undo/redo belong to the open project). */
function useMenuCommands(openProjectId: string | null) {
  const api = useApi()
  const { t } = useTranslation('common')
  const { unwrap, reportInfo } = useNotices()
  useEffect(() => {
    return api.onMenu?.((command) => {
      if (command === 'openLibrary') navigate({ kind: 'library' })
      else if (command === 'newProject') navigate({ kind: 'library', intent: 'new' })
      else if (command === 'importProject') {
        void api.importProject().then((r) => {
          const summary = unwrap(r)
          if (summary) {
            reportInfo(t('library.imported', { name: summary.name }))
            navigate({ kind: 'project', id: summary.id, stage: 'framing' })
          }
        })
      } else if (command === 'exportProject' && openProjectId) {
        void api.exportProject({ id: openProjectId }).then((r) => {
          const file = unwrap(r)
          if (file) reportInfo(t('library.exported', { path: file.path }))
        })
      }
    })
  }, [api, openProjectId, unwrap, reportInfo, t])
}
