import { useDeferredValue, useMemo, useState, type ClipboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../core/model/common'
import {
  PASTE_FIELDS,
  importPastedRows,
  parseStakeholderPaste,
  rejectedRowsText,
  type PasteIssue,
  type PastedRow
} from '../../../../core/analysis/stakeholderPaste'
import { newId } from '../../../../core/project/factory'
import { Button, Dialog, FieldShell } from '../../components'
import { useNotices } from '../../api/errors'
import { isolate, useCategoryLabel } from './labels'
import { useStakeholders } from './useStakeholders'

const PREVIEW_ROWS = 100
const PROBLEM_ROWS = 200

/**
 * Bulk paste from a spreadsheet: the text is parsed as it is pasted (deferred, so 5,000 rows never block
 * typing), the preview shows how columns were understood and what is wrong row by row; importing adds the
 * ready rows and leaves the others in the box to be fixed — no row is ever dropped.
 */
export function PasteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('stakeholders')
  const { reportInfo } = useNotices()
  const { section, addMany } = useStakeholders()
  const categoryLabel = useCategoryLabel()
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<{ imported: number; rejected: number } | null>(null)
  const deferred = useDeferredValue(text)
  const existingNames = useMemo(() => section.items.map((s) => s.name), [section.items])
  const result = useMemo(
    () => (deferred.trim() === '' ? null : parseStakeholderPaste(deferred, { categories: section.categories, existingNames, existingCount: section.items.length })),
    [deferred, section.categories, existingNames, section.items.length]
  )
  const stale = deferred !== text

  const fieldLabel = (f: string) => t(`fields.${f}`)
  const issueText = (i: PasteIssue) =>
    t(`paste.issues.${i.code}`, {
      ...Object.fromEntries(Object.entries(i.params).map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v])),
      field: i.field ? fieldLabel(i.field) : ''
    })
  const rowIssues = (r: PastedRow) => [...r.errors, ...r.warnings].map(issueText).join(' · ')

  const ready = result ? result.rows.filter((r) => r.errors.length === 0).length - result.overLimit : 0
  const withErrors = result ? result.rows.filter((r) => r.errors.length > 0).length : 0
  const withWarnings = result ? result.rows.filter((r) => r.errors.length === 0 && r.warnings.length > 0).length : 0
  const problems = result ? result.rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0) : []

  const change = (value: string) => {
    setText(value)
    setOutcome(null)
  }
  /**
   * A paste goes in as one change, whatever its size: left to the browser, a 5,000-line paste can arrive
   * as thousands of input events, each re-rendering the growing text.
   */
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain')
    if (pasted === '') return
    e.preventDefault()
    const el = e.currentTarget
    change(el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd))
  }

  const doImport = () => {
    if (!result || ready <= 0) return
    const out = importPastedRows(result, newId)
    addMany(out.stakeholders, out.categories)
    if (out.rejected.length === 0) {
      reportInfo(t('paste.imported', { count: out.stakeholders.length }))
      onClose()
      return
    }
    setOutcome({ imported: out.stakeholders.length, rejected: out.rejected.length })
    setText(rejectedRowsText(result, out.rejected))
  }

  return (
    <Dialog
      title={t('paste.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('paste.close')}</Button>
          <Button variant="primary" onClick={doImport} disabled={stale || ready <= 0}>
            {t('paste.import', { count: Math.max(0, ready) })}
          </Button>
        </>
      }
    >
      <div className="sh-paste">
        <FieldShell label={t('paste.label')} hint={t('paste.hint', { columns: PASTE_FIELDS.map(fieldLabel).join(', ') })}>
          {(a11y) => (
            <textarea
              {...a11y}
              className="input input--area sh-paste__input"
              rows={6}
              dir="auto"
              value={text}
              onChange={(e) => change(e.target.value)}
              onPaste={onPaste}
            />
          )}
        </FieldShell>
        {outcome && (
          <p className="notice notice--info sh-paste__outcome" role="status">
            {t('paste.imported', { count: outcome.imported })} {t('paste.rejectedKept', { count: outcome.rejected })}
          </p>
        )}
        <div aria-live="polite" aria-busy={stale}>
          {!result ? (
            <p className="field__hint">{stale ? t('paste.reading') : t('paste.empty')}</p>
          ) : (
            <>
              <p className="sh-paste__summary">
                <strong>{t('paste.summary', { rows: result.rows.length, ready: Math.max(0, ready), errors: withErrors, warnings: withWarnings })}</strong>
              </p>
              {result.missingColumns.length > 0 && (
                <p className="sh-paste__message sh-paste__message--error" role="alert">
                  {t('paste.missingColumns', { columns: result.missingColumns.map(fieldLabel).join(', ') })}
                </p>
              )}
              {result.missingRecommended.length > 0 && result.hasHeader && (
                <p className="sh-paste__message">{t('paste.missingRecommended', { columns: result.missingRecommended.map(fieldLabel).join(', ') })}</p>
              )}
              {result.notices.map((n, i) => (
                <p key={i} className="sh-paste__message">
                  {issueText(n)}
                </p>
              ))}
              {result.newCategories.length > 0 && <p className="sh-paste__message">{t('paste.newCategories', { list: result.newCategories.join(', ') })}</p>}
              {result.overLimit > 0 && (
                <p className="sh-paste__message sh-paste__message--error">{t('paste.overLimit', { count: result.overLimit, max: LIMITS.listItems })}</p>
              )}
              {result.hasHeader && (
                <details className="sh-paste__mapping">
                  <summary>{t('paste.mapping')}</summary>
                  <ul>
                    {result.columns
                      .filter((c) => c.field !== null)
                      .map((c) => (
                        <li key={c.index}>
                          {t('paste.columnMapped', { header: isolate(c.header.trim()), field: fieldLabel(c.field as string) })}
                        </li>
                      ))}
                  </ul>
                </details>
              )}
              {problems.length > 0 && (
                <div className="sh-paste__problems">
                  <h3 className="sh-paste__heading">{t('paste.problemsTitle')}</h3>
                  <ul>
                    {problems.slice(0, PROBLEM_ROWS).map((r) => (
                      <li key={r.line} className={r.errors.length > 0 ? 'sh-paste__problem sh-paste__problem--error' : 'sh-paste__problem'}>
                        {t('paste.lineIssue', { line: r.line, text: rowIssues(r) })}
                      </li>
                    ))}
                  </ul>
                  {problems.length > PROBLEM_ROWS && <p className="field__hint">{t('paste.problemsMore', { count: problems.length - PROBLEM_ROWS })}</p>}
                </div>
              )}
              <h3 className="sh-paste__heading">{t('paste.previewTitle')}</h3>
              <div className="sh-paste__scroll">
                <table className="sh-paste__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('paste.line')}</th>
                      <th scope="col">{t('fields.name')}</th>
                      <th scope="col">{t('fields.category')}</th>
                      <th scope="col">{t('fields.position')}</th>
                      <th scope="col">{t('fields.power')}</th>
                      <th scope="col">{t('fields.interest')}</th>
                      <th scope="col">{t('paste.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.slice(0, PREVIEW_ROWS).map((r) => (
                      <tr key={r.line} className={r.errors.length > 0 ? 'sh-paste__row--error' : undefined}>
                        <td className="sh-num">{r.line}</td>
                        <td dir="auto">{r.draft.name}</td>
                        <td dir="auto">{r.categoryId ? categoryLabel(r.categoryId) : (r.categoryText ?? '')}</td>
                        <td>{r.draft.position ? t(`positions.${r.draft.position}`) : ''}</td>
                        <td>{r.draft.power ? t(`powers.${r.draft.power}`) : ''}</td>
                        <td className="sh-num">{r.draft.interest ?? ''}</td>
                        <td>{r.errors.length === 0 && r.warnings.length === 0 ? t('paste.ok') : rowIssues(r)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {result.rows.length > PREVIEW_ROWS && <p className="field__hint">{t('paste.previewMore', { shown: PREVIEW_ROWS, total: result.rows.length })}</p>}
            </>
          )}
        </div>
      </div>
    </Dialog>
  )
}
