import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTime } from '../../../core/i18n/languages'
import { useApi } from '../api/ApiContext'
import { useErrorMessage, useNotices } from '../api/errors'
import { Button, IconButton } from '../components'
import { useLang } from '../i18n/language'
import { useProject, useSaveState } from '../project/ProjectContext'
import { LanguageSwitcher } from './LanguageSwitcher'
import { ExportDialog } from '../features/export'
import { SaveSafety } from '../features/versions/SaveSafety'
import { navigate } from './routes'

/** Back to the library, project name, save state, undo/redo, export, language. */
export function ProjectHeader() {
  const { t } = useTranslation('common')
  const { t: tu } = useTranslation('ui')
  const api = useApi()
  const { project, undo, redo, canUndo, canRedo, saveNow } = useProject()
  const { unwrap, reportInfo } = useNotices()
  const { t: td } = useTranslation('documents')
  const { t: ts } = useTranslation('safety')
  const [exporting, setExporting] = useState(false)

  const leave = async () => {
    if (await saveNow()) navigate({ kind: 'library' })
  }
  const versions = async () => {
    if (await saveNow()) navigate({ kind: 'versions', id: project.id })
  }
  const exportProject = async () => {
    if (!(await saveNow())) return
    const file = unwrap(await api.exportProject({ id: project.id }))
    if (file) reportInfo(t('library.exported', { path: file.path }))
  }

  return (
    <header className="topbar" aria-label={tu('project.toolbar')}>
      <Button variant="ghost" className="topbar__back" onClick={() => void leave()}>
        <span aria-hidden="true" className="icon-mirror">
          {'←'}
        </span>{' '}
        {t('library.back')}
      </Button>
      <p className="topbar__title" dir="auto" title={project.name}>
        {project.name}
      </p>
      <SaveIndicator />
      <div className="topbar__group">
        <IconButton icon="↶" label={t('save.undo')} disabled={!canUndo} onClick={undo} className="icon-mirror" />
        <IconButton icon="↷" label={t('save.redo')} disabled={!canRedo} onClick={redo} className="icon-mirror" />
        <Button size="small" onClick={() => void versions()}>
          {ts('versions.open')}
        </Button>
        <Button size="small" onClick={() => void exportProject()}>
          {t('library.export')}
        </Button>
        <Button size="small" variant="primary" onClick={() => setExporting(true)}>
          {td('export.button')}
        </Button>
      </div>
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
      <LanguageSwitcher />
    </header>
  )
}

/** "Enregistré · 10:42", "Enregistrement…", "Modifications non enregistrées", or the error and a retry. */
export function SaveIndicator() {
  const { t } = useTranslation('common')
  const { t: tu } = useTranslation('ui')
  const lang = useLang()
  const message = useErrorMessage()
  const { saveNow } = useProject()
  const saveState = useSaveState()
  const status = saveState.status
  return (
    <div className={`save-state save-state--${status}`} role="status" aria-label={tu('project.saveState')}>
      <span className="save-state__dot" aria-hidden="true" />
      <span className="save-state__text">
        {status === 'saved'
          ? t('save.saved', { time: formatTime(saveState.at, lang) })
          : status === 'saving'
            ? t('save.saving')
            : status === 'unsaved'
              ? t('save.unsaved')
              : t('save.error', { reason: message(saveState.error) })}
      </span>
      {status === 'error' ? (
        <Button size="small" variant="primary" onClick={() => void saveNow()}>
          {t('save.retry')}
        </Button>
      ) : (
        status === 'unsaved' && (
          <Button size="small" variant="ghost" onClick={() => void saveNow()}>
            {t('save.saveNow')}
          </Button>
        )
      )}
      <SaveSafety />
    </div>
  )
}
