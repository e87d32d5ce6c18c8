import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../core/documents/kinds'
import { LANGUAGES, type Lang } from '../../../../core/model/common'
import { useApi } from '../../api/ApiContext'
import { useErrorMessage, useNotices } from '../../api/errors'
import { Button, CheckboxField, Dialog, TextField } from '../../components'
import { useProject } from '../../project/ProjectContext'
import { suggestedOtherName, useDocumentExport } from './useDocumentExport'
import './export.css'

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

/**
 * "Word documents" dialog: choose the documents (all by default) and their language (independent of the
 * interface language), export with progress, then open a file or show it in its folder. When Word holds
 * a file open, says so plainly and offers to retry, save under another name, or skip it.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('documents')
  const { t: tc } = useTranslation('common')
  const api = useApi()
  const message = useErrorMessage()
  const { unwrap } = useNotices()
  const { project, saveNow } = useProject()
  const [kinds, setKinds] = useState<DocumentKind[]>([...DOCUMENT_KINDS])
  const [lang, setLang] = useState<Lang>(project.docLanguage)
  const [otherName, setOtherName] = useState('')
  const { state, start, retry, saveAs, skip, reset } = useDocumentExport(api)
  const langGroup = useId()
  const busyKind = state.phase === 'busy' ? state.kind : null
  useEffect(() => {
    if (busyKind) setOtherName(suggestedOtherName(busyKind, lang, project.name))
  }, [busyKind, lang, project.name])

  const toggle = (kind: DocumentKind, on: boolean) =>
    setKinds((list) => DOCUMENT_KINDS.filter((k) => (k === kind ? on : list.includes(k))))

  const run = async () => {
    if (kinds.length === 0) return
    if (!(await saveNow())) return
    await start({ project, kinds, lang })
  }

  const working = state.phase === 'diagrams' || state.phase === 'writing'
  const close = () => {
    if (!working) onClose()
  }

  let body: React.ReactNode
  let footer: React.ReactNode
  if (state.phase === 'idle' || state.phase === 'error') {
    body = (
      <>
        <fieldset className="export__kinds">
          <legend>{t('export.documents')}</legend>
          <div className="export__bulk">
            <Button size="small" variant="ghost" onClick={() => setKinds([...DOCUMENT_KINDS])}>
              {t('export.selectAll')}
            </Button>
            <Button size="small" variant="ghost" onClick={() => setKinds([])}>
              {t('export.selectNone')}
            </Button>
          </div>
          <div className="export__kind-list">
            {DOCUMENT_KINDS.map((kind) => (
              <CheckboxField key={kind} label={t(`kinds.${kind}`)} checked={kinds.includes(kind)} onChange={(on) => toggle(kind, on)} />
            ))}
          </div>
        </fieldset>
        <fieldset className="export__langs" aria-describedby={`${langGroup}-hint`}>
          <legend>{t('export.language')}</legend>
          <p id={`${langGroup}-hint`} className="field__hint">
            {t('export.languageHint')}
          </p>
          <div className="export__lang-list">
            {LANGUAGES.map((l) => (
              <label key={l} className="export__lang">
                <input type="radio" name={langGroup} value={l} checked={lang === l} onChange={() => setLang(l)} />
                <span lang={l}>{tc(`language.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {kinds.length === 0 && (
          <p className="export__hint" role="status">
            {t('export.noneSelected')}
          </p>
        )}
        {state.phase === 'error' && (
          <p className="export__error" role="alert">
            {message(state.error)}
          </p>
        )}
      </>
    )
    footer = (
      <>
        <Button onClick={onClose}>{t('export.close')}</Button>
        <Button variant="primary" disabled={kinds.length === 0} onClick={() => void run()}>
          {t('export.submit', { count: kinds.length })}
        </Button>
      </>
    )
  } else if (working) {
    const label =
      state.phase === 'diagrams'
        ? t('export.preparingDiagrams', { done: state.done + 1, total: state.total })
        : t('export.writing', { name: t(`kinds.${state.kind}`), done: state.done + 1, total: state.total })
    body = (
      <div className="export__progress" role="status" aria-live="polite">
        <p>{label}</p>
        <progress
          max={state.total}
          value={state.done}
          aria-label={t('export.progressLabel')}
          className={state.phase === 'diagrams' ? 'export__bar export__bar--diagrams' : 'export__bar'}
        />
      </div>
    )
    footer = null
  } else if (state.phase === 'busy') {
    const valid = otherName.trim().length > 0
    body = (
      <div className="export__busy">
        <p className="export__error" role="alert">
          {t('export.fileBusy', { name: baseName(state.path) })}
        </p>
        <form
          id="export-other-name"
          onSubmit={(e) => {
            e.preventDefault()
            if (valid) void saveAs(otherName.trim())
          }}
        >
          <TextField label={t('export.otherName')} value={otherName} onChange={setOtherName} maxLength={200} dir="auto" />
        </form>
      </div>
    )
    footer = (
      <>
        <Button onClick={() => void skip()}>{t('export.skip')}</Button>
        <Button onClick={() => void retry()}>{t('export.retry')}</Button>
        <Button variant="primary" type="submit" form="export-other-name" disabled={!valid}>
          {t('export.saveAs')}
        </Button>
      </>
    )
  } else {
    const { result, failedDiagrams } = state
    body = (
      <div className="export__done">
        <p role="status">{t('export.done', { count: result.files.length })}</p>
        <p className="export__folder" dir="ltr">
          {result.folder}
        </p>
        {failedDiagrams.length > 0 && (
          <p className="export__hint">{t('export.diagramsMissing', { count: failedDiagrams.length })}</p>
        )}
        <ul className="export__files">
          {result.files.map((f) => (
            <li key={f.path} className="export__file">
              <span className="export__file-name" dir="auto" title={f.path}>
                {baseName(f.path)}
              </span>
              <Button size="small" onClick={() => void api.openPath({ path: f.path }).then((r) => unwrap(r))}>
                {t('export.openFile')}
              </Button>
              <Button size="small" variant="ghost" onClick={() => void api.showItemInFolder({ path: f.path }).then((r) => unwrap(r))}>
                {t('export.showInFolder')}
              </Button>
            </li>
          ))}
        </ul>
      </div>
    )
    footer = (
      <>
        <Button onClick={reset}>{t('export.again')}</Button>
        <Button variant="primary" onClick={onClose}>
          {t('export.close')}
        </Button>
      </>
    )
  }

  return (
    <Dialog title={t('export.title')} onClose={close} footer={footer}>
      <div className="export">{body}</div>
    </Dialog>
  )
}
