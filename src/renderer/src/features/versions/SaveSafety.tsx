import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../../core/i18n/languages'
import { useApi } from '../../api/ApiContext'
import { useNotices } from '../../api/errors'
import { Button, ConfirmDialog } from '../../components'
import { useLang } from '../../i18n/language'
import { useProject, useProjectStore, useSaveState } from '../../project/ProjectContext'
import { registerFlusher } from './quitFlush'

/** Errors of the disk itself: the data stays in memory and can be written elsewhere. */
const STORAGE_ERRORS = new Set(['diskFull', 'readOnly', 'fileBusy', 'ioError', 'lockedByOtherInstance', 'unexpected'])

/**
 * What the save indicator offers when a save failed: "Save a copy as…" (the project as it is in memory,
 * to a file the user chooses) when the data folder cannot be written, and the confirmation a save
 * needs when it would remove most of the project's content (asked once when it happens, then on
 * demand). Also registers the open project's pending changes to be written before the app quits.
 */
export function SaveSafety() {
  const { t } = useTranslation('safety')
  const api = useApi()
  const lang = useLang()
  const store = useProjectStore()
  const { project, saveNow } = useProject()
  const saveState = useSaveState()
  const { unwrap, reportInfo } = useNotices()
  const [asking, setAsking] = useState(false)
  const askedFor = useRef<unknown>(null)

  useEffect(() => registerFlusher(() => store.saveNow()), [store])

  const error = saveState.status === 'error' ? saveState.error : null
  const shrink = error?.code === 'contentShrink' ? error : null
  // Ask once when a save is first held back; "Don't save" leaves the button in the header.
  useEffect(() => {
    if (saveState.status === 'saved') askedFor.current = null
    if (shrink && askedFor.current === null) {
      askedFor.current = shrink
      setAsking(true)
    }
  }, [saveState.status, shrink])

  const saveAnyway = async () => {
    setAsking(false)
    if (unwrap(await api.saveProject({ project, confirmShrink: true }))) await saveNow()
  }
  const saveCopy = async () => {
    const file = unwrap(await api.saveProjectCopy({ project }))
    if (file) reportInfo(t('copy.saved', { path: file.path }))
  }

  if (!error) return null
  return (
    <>
      {shrink ? (
        <Button size="small" onClick={() => setAsking(true)}>
          {t('shrink.confirm')}
        </Button>
      ) : (
        STORAGE_ERRORS.has(error.code) && (
          <Button size="small" onClick={() => void saveCopy()}>
            {t('copy.saveAs')}
          </Button>
        )
      )}
      {asking && shrink && (
        <ConfirmDialog
          danger
          title={t('shrink.title')}
          message={t('shrink.body', { before: formatNumber(Number(shrink.params.before), lang), after: formatNumber(Number(shrink.params.after), lang) })}
          confirmLabel={t('shrink.confirm')}
          onConfirm={() => void saveAnyway()}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  )
}
