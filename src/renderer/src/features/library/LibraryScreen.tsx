import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../../core/model/project'
import { formatDate } from '../../../../core/i18n/languages'
import { useApi } from '../../api/ApiContext'
import { useErrorMessage, useNotices } from '../../api/errors'
import { LanguageSwitcher } from '../../app/LanguageSwitcher'
import { navigate, routeHref } from '../../app/routes'
import { Button, ConfirmDialog, EmptyState, PromptDialog } from '../../components'
import { useLang } from '../../i18n/language'
import { visibleProjects } from './filter'
import { useLibrary } from './useLibrary'

const NAME_MAX = 200

type Pending =
  | { kind: 'new' }
  | { kind: 'rename'; project: ProjectSummary }
  | { kind: 'deleteForever'; project: ProjectSummary }
  | null

/** Home: the projects on this computer (recent first), search, create, import; or the trash. */
export function LibraryScreen({ view, intent }: { view: 'library' | 'trash'; intent?: 'new' }) {
  const { t } = useTranslation('common')
  const { t: tu } = useTranslation('ui')
  const { t: ts } = useTranslation('safety')
  const api = useApi()
  const lang = useLang()
  const { unwrap, reportInfo } = useNotices()
  const message = useErrorMessage()
  const { library, reload } = useLibrary()
  const [query, setQuery] = useState('')
  const [pending, setPending] = useState<Pending>(null)
  const [busy, setBusy] = useState(false)
  const trash = view === 'trash'

  useEffect(() => {
    if (intent === 'new') {
      setPending({ kind: 'new' })
      navigate({ kind: 'library' })
    }
  }, [intent])

  const run = async <T,>(work: () => Promise<T>): Promise<T> => {
    setBusy(true)
    try {
      return await work()
    } finally {
      setBusy(false)
    }
  }
  const open = (id: string) => navigate({ kind: 'project', id, stage: 'framing' })

  const createBlank = (name: string) =>
    run(async () => {
      setPending(null)
      const project = unwrap(await api.createProject({ name }))
      if (project) open(project.id)
    })
  const createSample = () =>
    run(async () => {
      const project = unwrap(await api.createProject({ name: t('library.sampleName'), sample: 'rabat2017' }))
      if (project) open(project.id)
    })
  const importFile = () =>
    run(async () => {
      const summary = unwrap(await api.importProject())
      if (summary) reportInfo(t('library.imported', { name: summary.name }))
      await reload()
    })
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work()
      await reload()
    })
  const rename = (project: ProjectSummary, name: string) =>
    act(async () => {
      setPending(null)
      unwrap(await api.renameProject({ id: project.id, name }))
    })
  const duplicate = (project: ProjectSummary) =>
    act(async () => {
      const name = t('library.copyOf', { name: project.name })
      unwrap(await api.duplicateProject(name.length <= NAME_MAX ? { id: project.id, name } : { id: project.id }))
    })
  const exportFile = (project: ProjectSummary) =>
    run(async () => {
      const file = unwrap(await api.exportProject({ id: project.id }))
      if (file) reportInfo(t('library.exported', { path: file.path }))
    })
  const toTrash = (project: ProjectSummary) => act(async () => unwrap(await api.trashProject({ id: project.id })))
  const restore = (project: ProjectSummary) => act(async () => unwrap(await api.restoreProject({ id: project.id })))
  const deleteForever = (project: ProjectSummary) =>
    act(async () => {
      setPending(null)
      if (unwrap(await api.deleteProjectForever({ id: project.id }))) reportInfo(tu('library.deleted', { name: project.name }))
    })

  const regionLabel = (p: ProjectSummary): string =>
    p.region ? t(`regions.${p.region}`) : p.level === 'national' ? tu('library.levelNational') : tu('library.noRegion')
  const all = library?.projects ?? []
  const shown = visibleProjects(all, { trash, query, labelsOf: (p) => [regionLabel(p)] })
  const trashCount = all.filter((p) => p.trashedAt !== null).length
  const activeCount = all.length - trashCount

  return (
    <div className="library">
      <header className="library__header">
        <div className="brand">
          <p className="brand__name">{t('app.name')}</p>
          <p className="brand__tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitcher />
      </header>

      <main className="library__main" aria-busy={busy || library === null}>
        <div className="library__titlebar">
          {trash ? (
            <>
              <h1 className="library__title">{t('library.trashTitle')}</h1>
              <a className="btn btn--ghost" href={routeHref({ kind: 'library' })}>
                <span aria-hidden="true" className="icon-mirror">
                  {'← '}
                </span>
                {tu('library.backToLibrary')}
              </a>
            </>
          ) : (
            <>
              <h1 className="library__title">{t('library.title')}</h1>
              <a className="btn btn--ghost" href={routeHref({ kind: 'trash' })}>
                {tu('library.showTrash', { count: trashCount })}
              </a>
            </>
          )}
        </div>

        {!trash && (
          <div className="library__toolbar">
            <input
              type="search"
              className="input library__search"
              aria-label={t('library.search')}
              placeholder={t('library.search')}
              dir="auto"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <Button variant="primary" onClick={() => setPending({ kind: 'new' })} disabled={busy}>
              {t('library.newBlank')}
            </Button>
            <Button onClick={() => void createSample()} disabled={busy} title={tu('library.sampleDescription')}>
              {t('library.newFromSample')}
            </Button>
            <Button onClick={() => void importFile()} disabled={busy}>
              {t('library.import')}
            </Button>
          </div>
        )}

        {library && library.quarantined.length > 0 && !trash && (
          <section className="quarantine" role="alert">
            <h2 className="quarantine__title">{t('library.quarantineTitle')}</h2>
            <p>{t('library.quarantineIntro')}</p>
            <ul>
              {library.quarantined.map((q) => (
                <li key={q.quarantinedAs} dir="auto">
                  {t('library.quarantineItem', { file: q.file, reason: message(q.error) })}
                </li>
              ))}
            </ul>
            <a className="btn btn--small btn--secondary" href={routeHref({ kind: 'quarantine' })}>
              {ts('quarantine.open')}
            </a>
          </section>
        )}

        {library === null ? (
          <p className="app__loading" role="status">
            {t('app.loading')}
          </p>
        ) : shown.length === 0 ? (
          <EmptyState
            body={trash ? t('library.trashEmpty') : query.trim() ? t('library.noMatch', { query }) : t('library.empty')}
            action={
              !trash && activeCount === 0 ? (
                <Button variant="primary" onClick={() => void createSample()} disabled={busy}>
                  {t('library.newFromSample')}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <>
            {!trash && <p className="library__count">{`${tu('library.projectCount', { count: shown.length })} · ${tu('library.sortedRecent')}`}</p>}
            <ul className="project-list" aria-label={trash ? t('library.trashTitle') : t('library.title')}>
              {shown.map((p) => (
                <li key={p.id} className="project-card" data-project-id={p.id}>
                  <div className="project-card__main">
                    <h2 className="project-card__name" dir="auto">
                      {trash ? p.name : <a href={routeHref({ kind: 'project', id: p.id, stage: 'framing' })}>{p.name}</a>}
                    </h2>
                    {p.sample && <span className="badge">{t('library.sampleBadge')}</span>}
                    <p className="project-card__meta">
                      <span>{regionLabel(p)}</span>
                      <span>
                        {trash && p.trashedAt
                          ? tu('library.trashedOn', { date: formatDate(p.trashedAt, lang) })
                          : t('library.updated', { date: formatDate(p.updatedAt, lang) })}
                      </span>
                    </p>
                    <div className="project-card__progress">
                      <span className="meter" aria-hidden="true">
                        <span className="meter__bar" style={{ inlineSize: `${Math.round(p.completeness * 100)}%` }} />
                      </span>
                      <span>{t('library.completeness', { percent: Math.round(p.completeness * 100) })}</span>
                    </div>
                  </div>
                  <div className="project-card__actions" role="group" aria-label={`${t('library.actions')} — ${p.name}`}>
                    {trash ? (
                      <>
                        <Button size="small" onClick={() => void restore(p)} disabled={busy}>
                          {t('library.restore')}
                        </Button>
                        <Button size="small" variant="danger" onClick={() => setPending({ kind: 'deleteForever', project: p })} disabled={busy}>
                          {t('library.deleteForever')}
                        </Button>
                      </>
                    ) : (
                      <>
                        <Button size="small" variant="primary" onClick={() => open(p.id)}>
                          {t('library.open')}
                        </Button>
                        <Button size="small" onClick={() => setPending({ kind: 'rename', project: p })} disabled={busy}>
                          {t('library.rename')}
                        </Button>
                        <Button size="small" onClick={() => void duplicate(p)} disabled={busy}>
                          {t('library.duplicate')}
                        </Button>
                        <Button size="small" onClick={() => void exportFile(p)} disabled={busy}>
                          {t('library.export')}
                        </Button>
                        <Button size="small" variant="danger" onClick={() => void toTrash(p)} disabled={busy}>
                          {t('library.trash')}
                        </Button>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>

      {pending?.kind === 'new' && (
        <PromptDialog
          title={tu('library.newTitle')}
          label={t('library.namePrompt')}
          initialValue={t('library.defaultName')}
          confirmLabel={t('library.create')}
          maxLength={NAME_MAX}
          onConfirm={(name) => void createBlank(name)}
          onCancel={() => setPending(null)}
        />
      )}
      {pending?.kind === 'rename' && (
        <PromptDialog
          title={tu('library.renameTitle')}
          label={t('library.namePrompt')}
          initialValue={pending.project.name}
          confirmLabel={t('library.rename')}
          maxLength={NAME_MAX}
          onConfirm={(name) => void rename(pending.project, name)}
          onCancel={() => setPending(null)}
        />
      )}
      {pending?.kind === 'deleteForever' && (
        <ConfirmDialog
          title={tu('library.confirmTitle')}
          message={t('library.confirmDeleteForever', { name: pending.project.name })}
          confirmLabel={t('library.deleteForever')}
          danger
          onConfirm={() => void deleteForever(pending.project)}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  )
}
