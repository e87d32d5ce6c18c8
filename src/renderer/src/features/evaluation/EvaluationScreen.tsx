import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { answeredCount, draftOf, removeResponse } from '../../../../core/evaluation/responses'
import { formatDate } from '../../../../core/i18n/languages'
import { Button, ConfirmDialog, DEFER_ABOVE, EmptyState, Later, ScreenHeader, Section } from '../../components'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { useApply } from '../minutes/useApply'
import { Debrief } from './Debrief'
import { ResponseForm } from './ResponseForm'
import { Results } from './Results'
import './evaluation.css'

function ResponsesList({ onEdit }: { onEdit: (id: string) => void }) {
  const { t } = useTranslation('evaluation')
  const lang = useLang()
  const { project } = useProject()
  const apply = useApply()
  const [removing, setRemoving] = useState<number | null>(null)
  const responses = project.evaluation.responses
  if (responses.length === 0) return <EmptyState compact body={t('responses.empty')} />
  return (
    <>
      <div className="results__scroll">
        <table className="responses">
          <caption className="visually-hidden">{t('responses.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('responses.number')}</th>
              <th scope="col">{t('responses.answered')}</th>
              <th scope="col">{t('responses.intention')}</th>
              <th scope="col">{t('responses.comments')}</th>
              <th scope="col">{t('responses.enteredAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('responses.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {responses.map((r, i) => (
              <tr key={r.id}>
                <th scope="row">{i + 1}</th>
                <td>{`${answeredCount(draftOf(r))}/13`}</td>
                <td>{r.intentionToAct ?? '—'}</td>
                <td className="responses__comments">
                  <bdi>{r.comments.length > 80 ? `${r.comments.slice(0, 79)}…` : r.comments || '—'}</bdi>
                </td>
                <td className="responses__date">{formatDate(r.enteredAt, lang, 'short')}</td>
                <td className="responses__buttons">
                  <Button size="small" aria-label={t('responses.editLabel', { n: i + 1 })} onClick={() => onEdit(r.id)}>
                    {t('responses.edit')}
                  </Button>
                  <Button size="small" variant="ghost" aria-label={t('responses.removeLabel', { n: i + 1 })} onClick={() => setRemoving(i)}>
                    {t('responses.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {removing !== null && responses[removing] && (
        <ConfirmDialog
          title={t('responses.confirmRemoveTitle')}
          message={t('responses.confirmRemove', { n: removing + 1 })}
          confirmLabel={t('responses.remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = responses[removing]!.id
            setRemoving(null)
            apply((p) => ({ ok: true, value: { ...p, evaluation: removeResponse(p.evaluation, id) } }))
          }}
        />
      )}
    </>
  )
}

/** Stage 8 — evaluation (STP 14 questionnaire, results, chart) and the organisers' debrief. */
export default function EvaluationScreen() {
  const { t } = useTranslation('evaluation')
  const { project } = useProject()
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <div className="stage-screen evaluation-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <Section title={t('entry.title')}>
        <ResponseForm editingId={editing} onDone={() => setEditing(null)} />
      </Section>
      {/* Many questionnaires: the responses, results and debrief below the form follow just after the switch. */}
      <Later now={project.evaluation.responses.length <= DEFER_ABOVE / 2}>
        <Section title={t('responses.title')} intro={t('responses.count', { count: project.evaluation.responses.length })}>
          <ResponsesList
            onEdit={(id) => {
              setEditing(id)
              document.querySelector('.evaluation-form')?.scrollIntoView?.({ block: 'start' })
            }}
          />
        </Section>
        <Results />
        <Debrief />
      </Later>
    </div>
  )
}
