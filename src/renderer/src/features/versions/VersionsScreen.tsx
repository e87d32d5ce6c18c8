import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VersionInfo } from '../../../../core/api'
import type { Project } from '../../../../core/model/project'
import { formatDate, formatNumber, formatTime } from '../../../../core/i18n/languages'
import { useApi } from '../../api/ApiContext'
import { useNotices } from '../../api/errors'
import { LanguageSwitcher } from '../../app/LanguageSwitcher'
import { navigate, routeHref } from '../../app/routes'
import { Button, ConfirmDialog, EmptyState } from '../../components'
import { useLang } from '../../i18n/language'
import { VersionPreview } from './VersionPreview'
import './versions.css'

/**
 * The "Versions" screen of one project: its rotating snapshots (and pre-upgrade backups), newest first;
 * one is previewed read-only and can be restored (main keeps the current version as a snapshot first).
 * Reached from the project header; the project is closed (and saved) while this screen is open.
 */
export function VersionsScreen({ id }: { id: string }) {
  const { t } = useTranslation('safety')
  const api = useApi()
  const lang = useLang()
  const { unwrap, reportInfo } = useNotices()
  const [versions, setVersions] = useState<VersionInfo[] | null>(null)
  const [name, setName] = useState('')
  const [selected, setSelected] = useState<{ version: VersionInfo; project: Project } | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    void Promise.all([api.listVersions({ id }), api.getProject({ id })]).then(([list, current]) => {
      if (!live) return
      setVersions(unwrap(list) ?? [])
      if (current.ok) setName(current.value.name)
    })
    return () => {
      live = false
    }
  }, [api, id, unwrap])

  const when = (iso: string) => t('versions.when', { date: formatDate(iso, lang), time: formatTime(iso, lang) })
  const preview = async (version: VersionInfo) => {
    setBusy(true)
    const r = unwrap(await api.previewVersion({ id, versionId: version.versionId }))
    setBusy(false)
    if (r) setSelected(r)
  }
  const restore = async () => {
    if (!selected) return
    setConfirming(false)
    setBusy(true)
    const restored = unwrap(await api.restoreVersion({ id, versionId: selected.version.versionId }))
    setBusy(false)
    if (!restored) return
    reportInfo(t('versions.restored', { date: formatDate(selected.version.savedAt, lang), time: formatTime(selected.version.savedAt, lang) }))
    navigate({ kind: 'project', id, stage: 'framing' })
  }

  return (
    <div className="safety-screen versions-screen">
      <header className="safety-screen__header">
        <a className="btn btn--ghost" href={routeHref({ kind: 'project', id, stage: 'framing' })}>
          <span aria-hidden="true" className="icon-mirror">
            {'← '}
          </span>
          {t('versions.back')}
        </a>
        <p className="safety-screen__project" dir="auto">
          {name}
        </p>
        <LanguageSwitcher />
      </header>
      <main className="safety-screen__main" aria-busy={busy || versions === null}>
        <h1 className="safety-screen__title">{t('versions.title')}</h1>
        <p className="safety-screen__intro">{t('versions.intro')}</p>
        {versions === null ? (
          <p role="status">{t('versions.loading')}</p>
        ) : versions.length === 0 ? (
          <EmptyState title={t('versions.empty')} />
        ) : (
          <div className="versions">
            <ul className="versions__list" aria-label={t('versions.listLabel')}>
              {versions.map((v) => (
                <li key={v.versionId}>
                  <button
                    type="button"
                    className="versions__item"
                    aria-pressed={selected?.version.versionId === v.versionId}
                    onClick={() => void preview(v)}
                  >
                    <span className="versions__when">{when(v.savedAt)}</span>
                    <span className="versions__meta">
                      {v.kind === 'snapshot' ? t('versions.kindSnapshot') : t('versions.kindBackup')}
                      {' · '}
                      {t('versions.size', { size: formatNumber(Math.max(1, Math.round(v.size / 1024)), lang) })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <section className="versions__preview" aria-live="polite">
              {selected ? (
                <>
                  <h2 className="versions__preview-title">{t('versions.previewTitle', { date: formatDate(selected.version.savedAt, lang), time: formatTime(selected.version.savedAt, lang) })}</h2>
                  <VersionPreview project={selected.project} />
                  <Button variant="primary" disabled={busy} onClick={() => setConfirming(true)}>
                    {t('versions.restore')}
                  </Button>
                </>
              ) : (
                <EmptyState compact body={t('versions.choose')} />
              )}
            </section>
          </div>
        )}
      </main>
      {confirming && selected && (
        <ConfirmDialog
          title={t('versions.restoreTitle', { date: formatDate(selected.version.savedAt, lang), time: formatTime(selected.version.savedAt, lang) })}
          message={t('versions.restoreBody')}
          confirmLabel={t('versions.restore')}
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
