import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EVALUATION_FEATURES, type EvaluationFeature } from '../../../../core/model/evaluation'
import { addResponse, answeredCount, draftOf, emptyDraft, isBlankDraft, updateResponse, type ResponseDraft } from '../../../../core/evaluation/responses'
import { SCALE } from '../../../../core/evaluation/stats'
import { newId } from '../../../../core/project/factory'
import { Button, TextArea, westernDigits } from '../../components'
import { useProject } from '../../project/ProjectContext'
import { useApply } from '../minutes/useApply'

type Item = EvaluationFeature | 'intentionToAct'
const ITEMS: readonly Item[] = [...EVALUATION_FEATURES, 'intentionToAct']

const valueOf = (d: ResponseDraft, item: Item): number | null => (item === 'intentionToAct' ? d.intentionToAct : (d.ratings[item] ?? null))
const withValue = (d: ResponseDraft, item: Item, v: number | null): ResponseDraft =>
  item === 'intentionToAct' ? { ...d, intentionToAct: v } : { ...d, ratings: { ...d.ratings, [item]: v } }

/**
 * One paper questionnaire typed in: 13 rows of 1–7 (native radio groups: arrows adjust), and the fast path —
 * type a digit and the cursor jumps to the next row; 0 or Backspace clears; Ctrl+Enter saves. Anonymous.
 */
export function ResponseForm({ editingId, onDone }: { editingId: string | null; onDone: () => void }) {
  const { t } = useTranslation('evaluation')
  const { project } = useProject()
  const apply = useApply()
  const responses = project.evaluation.responses
  const editing = editingId ? responses.find((r) => r.id === editingId) : undefined
  const [draft, setDraft] = useState<ResponseDraft>(() => (editing ? draftOf(editing) : emptyDraft()))
  const [loadedFor, setLoadedFor] = useState<string | null>(editingId)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const rowRefs = useRef<Array<HTMLDivElement | null>>([])
  if (loadedFor !== editingId) {
    setLoadedFor(editingId)
    setDraft(editing ? draftOf(editing) : emptyDraft())
    setMessage(null)
  }
  const number = editing ? responses.indexOf(editing) + 1 : responses.length + 1

  const focusRow = (i: number) => {
    const row = rowRefs.current[i]
    if (!row) {
      document.querySelector<HTMLTextAreaElement>('#evaluation-comments-wrap textarea')?.focus()
      return
    }
    const checked = row.querySelector<HTMLInputElement>('input:checked') ?? row.querySelector<HTMLInputElement>('input')
    checked?.focus()
  }

  const save = () => {
    if (isBlankDraft(draft)) {
      setMessage({ kind: 'error', text: t('entry.blank') })
      return
    }
    const error = apply((p) => {
      if (editing) {
        const r = updateResponse(p.evaluation, editing.id, draft)
        return r.ok ? { ok: true, value: { ...p, evaluation: r.value } } : r
      }
      const r = addResponse(p.evaluation, draft, { now: new Date().toISOString(), newId })
      return r.ok ? { ok: true, value: { ...p, evaluation: r.value.evaluation } } : r
    })
    if (error) return
    setMessage({ kind: 'ok', text: t(editing ? 'entry.updated' : 'entry.saved', { n: number }) })
    setDraft(emptyDraft())
    if (editing) onDone()
    focusRow(0)
  }

  const onRowKey = (e: React.KeyboardEvent, index: number, item: Item) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    const key = westernDigits(e.key)
    if (/^[1-7]$/.test(key)) {
      e.preventDefault()
      setDraft((d) => withValue(d, item, Number(key)))
      // Move at once (not after the re-render): the next digit, typed fast, belongs to the next row.
      focusRow(index + 1)
    } else if (key === '0' || e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault()
      setDraft((d) => withValue(d, item, null))
    }
  }

  return (
    <form
      className="evaluation-form"
      aria-labelledby="evaluation-form-title"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          save()
        }
      }}
    >
      <div className="evaluation-form__head">
        <h3 id="evaluation-form-title">{t(editing ? 'entry.editing' : 'entry.number', { n: number })}</h3>
        <span className="evaluation-form__count">{t('entry.answered', { count: answeredCount(draft) })}</span>
      </div>
      <p className="evaluation-form__hint">{t('entry.anonymous')}</p>
      <p className="evaluation-form__hint">{t('entry.keyboardHint')}</p>
      <p className="evaluation-form__scale">{t('entry.scaleFeatures')}</p>
      {ITEMS.map((item, index) => {
        const label = item === 'intentionToAct' ? t('intentionToAct') : t(`features.${item}`)
        const value = valueOf(draft, item)
        const labelId = `eval-item-${item}`
        return (
          <div key={item} className={`evaluation-row${item === 'intentionToAct' ? ' evaluation-row--intention' : ''}`}>
            {item === 'intentionToAct' && <p className="evaluation-form__scale">{t('entry.scaleIntention')}</p>}
            <div
              role="radiogroup"
              aria-labelledby={labelId}
              className="evaluation-row__group"
              ref={(el) => {
                rowRefs.current[index] = el
              }}
              onKeyDown={(e) => onRowKey(e, index, item)}
            >
              <span className="evaluation-row__label" id={labelId}>
                <span className="evaluation-row__num">{index < EVALUATION_FEATURES.length ? `${index + 1}.` : '★'}</span> {label}
              </span>
              <span className="evaluation-row__scale">
                {SCALE.map((v) => (
                  <label key={v} className="rating-box">
                    <input
                      type="radio"
                      name={`rating-${item}`}
                      value={v}
                      checked={value === v}
                      aria-label={t('entry.rating', { value: v })}
                      onChange={() => setDraft((d) => withValue(d, item, v))}
                    />
                    <span aria-hidden="true">{v}</span>
                  </label>
                ))}
                <button
                  type="button"
                  className="rating-clear"
                  aria-label={t('entry.clearLabel', { item: label })}
                  disabled={value === null}
                  onClick={() => setDraft((d) => withValue(d, item, null))}
                >
                  {'×'}
                </button>
              </span>
            </div>
          </div>
        )
      })}
      <div id="evaluation-comments-wrap">
        <TextArea label={t('entry.comments')} value={draft.comments} rows={3} name="evaluation-comments" onChange={(comments) => setDraft((d) => ({ ...d, comments }))} />
      </div>
      <div className="evaluation-form__buttons">
        <Button type="submit" variant="primary">
          {t(editing ? 'entry.update' : 'entry.save')}
        </Button>
        {editing ? (
          <Button onClick={onDone}>{t('entry.cancelEdit')}</Button>
        ) : (
          <Button onClick={() => setDraft(emptyDraft())}>{t('entry.reset')}</Button>
        )}
      </div>
      <p className={`evaluation-form__message evaluation-form__message--${message?.kind ?? 'ok'}`} role="status">
        {message?.text ?? ''}
      </p>
    </form>
  )
}
