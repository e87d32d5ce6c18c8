import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StorageStatus } from '../../../../core/api'
import { formatDate, formatTime } from '../../../../core/i18n/languages'
import { useApi } from '../../api/ApiContext'
import { useErrorMessage, useNotices } from '../../api/errors'
import { Button } from '../../components'
import { useLang } from '../../i18n/language'
import { answerPrepareQuit } from './quitFlush'
import './versions.css'

/**
 * A banner when this window cannot write the data folder: another copy of Hiwar holds it (which
 * computer, since when), or the folder itself is read-only. Shown above every screen.
 */
export function StorageStatusBanner() {
  const { t } = useTranslation('safety')
  const api = useApi()
  const lang = useLang()
  const message = useErrorMessage()
  const { unwrap } = useNotices()
  const [status, setStatus] = useState<StorageStatus | null>(null)
  useEffect(() => {
    let live = true
    void api.getStorageStatus().then((r) => {
      if (live && r.ok) setStatus(r.value)
    })
    return () => {
      live = false
    }
  }, [api])
  if (!status?.readOnly) return null
  const text = status.holder
    ? t('status.locked', { host: status.holder.hostname, date: formatDate(status.holder.since, lang), time: formatTime(status.holder.since, lang) })
    : t('status.readOnlyDisk', { reason: status.error ? message(status.error) : '' })
  return (
    <div className="storage-status" role="alert">
      <strong className="storage-status__title">{t('status.lockedTitle')}</strong>
      <span className="storage-status__text" dir="auto">
        {text}
      </span>
      <Button size="small" onClick={() => void api.openStorageFolder({ folder: 'data' }).then(unwrap)}>
        {t('status.openFolder')}
      </Button>
    </div>
  )
}

/** Answers main's `prepareQuit`: every open project writes what it holds, then main may quit. */
export function useQuitResponder(): void {
  const api = useApi()
  useEffect(() => api.onAppEvent?.((event) => {
    if (event === 'prepareQuit') void answerPrepareQuit(api)
  }), [api])
}
