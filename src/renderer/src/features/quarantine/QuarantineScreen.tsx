import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuarantineEntry } from '../../../../core/api'
import { formatDate, formatNumber, formatTime } from '../../../../core/i18n/languages'
import { useApi } from '../../api/ApiContext'
import { useErrorMessage, useNotices } from '../../api/errors'
import { LanguageSwitcher } from '../../app/LanguageSwitcher'
import { navigate, routeHref } from '../../app/routes'
import { Button, ConfirmDialog, EmptyState } from '../../components'
import { useLang } from '../../i18n/language'
import '../versions/versions.css'

/**
 * Files Hiwar could not read and set aside, untouched, in `<data>/quarantine/` — from this session or
 * earlier ones — each with its reason; "restore the newest good version" (from the project's snapshots)
 * and "open the folder" to look at them.
 */
export function QuarantineScreen() {
  const { t } = useTranslation('safety')
  const api = useApi()
  const lang = useLang()
  const message = useErrorMessage()
  const { unwrap, reportInfo } = useNotices()
  const [entries, setEntries] = useState<QuarantineEntry[] | null>(null)
  const [confirm, setConfirm] = useState<QuarantineEntry | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = useCallback(async () => {
    setEntries(unwrap(await api.listQuarantine()) ?? [])
  }, [api, unwrap])
  useEffect(() => {
    void reload()
  }, [reload])

  const at = (iso: string) => ({ date: formatDate(iso, lang), time: formatTime(iso, lang) })
  const restore = async (entry: QuarantineEntry) => {
    setConfirm(null)
    setBusy(true)
    const summary = unwrap(await api.restoreQuarantined({ name: entry.name }))
    setBusy(false)
    if (summary) reportInfo(t('quarantine.restored', { name: summary.name }))
    await reload()
  }
  const openFolder = async () => {
    unwrap(await api.openStorageFolder({ folder: 'quarantine' }))
  }

  return (
    <div className="safety-screen quarantine-screen">
      <header className="safety-screen__header">
        <a className="btn btn--ghost" href={routeHref({ kind: 'library' })}>
          <span aria-hidden="true" className="icon-mirror">
            {'← '}
          </span>
          {t('quarantine.back')}
        </a>
        <LanguageSwitcher />
      </header>
      <main className="safety-screen__main" aria-busy={busy || entries === null}>
        <div className="safety-screen__titlebar">
          <h1 className="safety-screen__title">{t('quarantine.title')}</h1>
          <Button onClick={() => void openFolder()}>{t('quarantine.openFolder')}</Button>
        </div>
        <p className="safety-screen__intro">{t('quarantine.intro')}</p>
        {entries === null ? (
          <p role="status">{t('quarantine.loading')}</p>
        ) : entries.length === 0 ? (
          <EmptyState title={t('quarantine.empty')} />
        ) : (
          <ul className="quarantine-list" aria-label={t('quarantine.listLabel')}>
            {entries.map((entry) => (
              <li key={entry.name} className="quarantine-item">
                <p className="quarantine-item__file" dir="ltr">
                  {t('quarantine.file', { file: entry.file })}
                </p>
                <p className="quarantine-item__reason" dir="auto">
                  {message(entry.error)}
                </p>
                <p className="quarantine-item__meta">
                  {entry.at && t('quarantine.at', at(entry.at))}
                  {' · '}
                  {formatNumber(entry.size, lang)}
                </p>
                <p className="quarantine-item__meta">
                  {entry.currentExists
                    ? t('quarantine.currentExists')
                    : entry.newestGood
                      ? t('quarantine.newestGood', at(entry.newestGood.savedAt))
                      : t('quarantine.noGood')}
                </p>
                <div className="quarantine-item__actions">
                  {entry.newestGood && (
                    <Button variant="primary" size="small" disabled={busy} onClick={() => setConfirm(entry)}>
                      {t('quarantine.restore')}
                    </Button>
                  )}
                  {entry.currentExists && entry.projectId && (
                    <Button size="small" onClick={() => navigate({ kind: 'project', id: entry.projectId!, stage: 'framing' })}>
                      {t('quarantine.openProject')}
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
      {confirm?.newestGood && (
        <ConfirmDialog
          title={t('quarantine.restoreTitle', at(confirm.newestGood.savedAt))}
          message={t('quarantine.restoreBody')}
          confirmLabel={t('quarantine.restore')}
          onConfirm={() => void restore(confirm)}
          onCancel={() => setConfirm(null)}
        />
      )}
    </div>
  )
}
