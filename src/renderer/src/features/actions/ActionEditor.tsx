import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STORED_ACTION_STATUSES, type ActionItem } from '../../../../core/model/actions'
import { actionIssues } from '../../../../core/actions/validate'
import { linkChoices, resolveLink } from '../../../../core/actions/owners'
import { updateAction, type ActionPatch } from '../../../../core/actions/items'
import { formatDate } from '../../../../core/i18n/languages'
import { DateField, FieldGrid, NumberField, SelectField, TextArea, TextField } from '../../components'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { useApply } from '../minutes/useApply'
import { isolate } from '../minutes/isolate'
import { OwnerPicker } from './OwnerPicker'
import { StatusText } from './StatusText'

/** The title keeps what is typed on screen even while blank (the plan keeps the last valid title). */
function TitleField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error: string | null }) {
  const { t } = useTranslation('actions')
  const [text, setText] = useState(value)
  const [source, setSource] = useState(value)
  if (source !== value) {
    setSource(value)
    if (text.trim() !== '' || value.trim() === '') setText(value)
  }
  return (
    <TextField
      label={t('fields.title')}
      value={text}
      required
      error={error}
      onChange={(v) => {
        setText(v)
        if (v.trim() !== '') onChange(v)
      }}
    />
  )
}

const NO_LINK = ''

/** Every SMART field of one action, grouped (what, who, when, means, measure, follow-up), with its issues. */
export function ActionEditor({ item, number, today }: { item: ActionItem; number: number; today: string }) {
  const { t } = useTranslation('actions')
  const lang = useLang()
  const { project } = useProject()
  const apply = useApply()
  const issues = actionIssues(item, project)
  const issueFor = (field: string) => {
    const i = issues.find((x) => x.field === field && x.severity === 'error')
    return i ? t(`issues.${i.key}`, { ...i.params, start: formatDate(i.params.start, lang), due: formatDate(i.params.due, lang) }) : null
  }
  const set = (patch: ActionPatch, field?: string) =>
    apply(
      (p) => {
        const r = updateAction(p.actions, item.id, patch)
        return r.ok ? { ok: true, value: { ...p, actions: r.value.actions } } : r
      },
      field ? { coalesce: `actions.${item.id}.${field}` } : undefined
    )
  const links = linkChoices(project)
  const link = resolveLink(item.linkedTo, project)
  const linkValue = item.linkedTo.kind === 'none' || item.linkedTo.refId === null ? NO_LINK : `${item.linkedTo.kind}:${item.linkedTo.refId}`
  const source = item.sourceEntryId ? project.minutes.entries.find((e) => e.id === item.sourceEntryId) : undefined

  return (
    <div className="action-editor" role="group" aria-label={t('editor.title', { n: number })}>
      {item.sourceEntryId && (
        <p className="action-editor__source">
          {source ? t('editor.source', { text: isolate(source.text.slice(0, 200)) }) : t('editor.sourceGone')}
        </p>
      )}
      <fieldset className="action-editor__group">
        <legend>{t('editor.what')}</legend>
        <TitleField value={item.title} onChange={(title) => set({ title }, 'title')} error={issueFor('title')} />
        <div className="field">
          <label className="field__label" htmlFor={`link-${item.id}`}>
            {t('fields.linkedTo')}
          </label>
          <select
            id={`link-${item.id}`}
            className="input input--select"
            value={linkValue}
            onChange={(e) => {
              const v = e.target.value
              const c = links.find((l) => `${l.kind}:${l.refId}` === v)
              set({ linkedTo: c ? { kind: c.kind, refId: c.refId } : { kind: 'none', refId: null } })
            }}
          >
            <option value={NO_LINK}>{t('fields.linkNone')}</option>
            {link.state === 'deleted' && <option value={linkValue}>{t('fields.linkDeletedOption')}</option>}
            {links.map((l) => (
              <option key={`${l.kind}:${l.refId}`} value={`${l.kind}:${l.refId}`}>
                {t(l.kind === 'option' ? 'fields.linkOption' : 'fields.linkObjective', { label: l.label })}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="action-editor__group">
        <legend>{t('editor.who')}</legend>
        <FieldGrid columns={2}>
          <OwnerPicker owner={item.owner} project={project} onChange={(owner, key) => set({ owner }, key)} />
          <TextField label={t('fields.partners')} value={item.partners} onChange={(partners) => set({ partners }, 'partners')} />
        </FieldGrid>
      </fieldset>

      <fieldset className="action-editor__group">
        <legend>{t('editor.when')}</legend>
        <FieldGrid columns={3}>
          <DateField label={t('fields.startDate')} value={item.startDate} invalidMessage={t('fields.dateInvalid')} onChange={(startDate) => set({ startDate })} />
          <DateField label={t('fields.dueDate')} value={item.dueDate} invalidMessage={t('fields.dateInvalid')} error={issueFor('dueDate')} onChange={(dueDate) => set({ dueDate })} />
          <div className="action-editor__status">
            <SelectField
              label={t('fields.status')}
              hint={t('fields.statusHint')}
              value={item.status}
              options={STORED_ACTION_STATUSES}
              allowNone={false}
              optionLabel={(s) => t(`statuses.${s}`)}
              onChange={(status) => status && set({ status })}
            />
            <StatusText item={item} today={today} />
          </div>
        </FieldGrid>
      </fieldset>

      <fieldset className="action-editor__group">
        <legend>{t('editor.means')}</legend>
        <TextArea label={t('fields.resources')} value={item.resources} rows={2} onChange={(resources) => set({ resources }, 'resources')} />
        <FieldGrid columns={2}>
          <NumberField
            label={t('fields.budget', { currency: project.actions.currency })}
            value={item.budget}
            min={0}
            max={1e12}
            suffix={project.actions.currency}
            onChange={(budget) => set({ budget }, 'budget')}
          />
          <TextField label={t('fields.fundingSource')} value={item.fundingSource} onChange={(fundingSource) => set({ fundingSource }, 'fundingSource')} />
        </FieldGrid>
      </fieldset>

      <fieldset className="action-editor__group">
        <legend>{t('editor.measure')}</legend>
        <FieldGrid columns={2}>
          <TextField label={t('fields.indicator')} value={item.indicator} onChange={(indicator) => set({ indicator }, 'indicator')} />
          <TextField label={t('fields.verification')} value={item.verification} onChange={(verification) => set({ verification }, 'verification')} />
          <TextField label={t('fields.baseline')} value={item.baseline} onChange={(baseline) => set({ baseline }, 'baseline')} />
          <TextField label={t('fields.target')} value={item.target} onChange={(target) => set({ target }, 'target')} />
        </FieldGrid>
      </fieldset>

      <fieldset className="action-editor__group">
        <legend>{t('editor.follow')}</legend>
        <TextArea label={t('fields.risks')} value={item.risks} rows={2} onChange={(risks) => set({ risks }, 'risks')} />
        <TextArea label={t('fields.comments')} value={item.comments} rows={2} onChange={(comments) => set({ comments }, 'comments')} />
      </fieldset>

      {issues.length > 0 && (
        <ul className="action-issues" aria-label={t('table.issues')}>
          {issues.map((i) => (
            <li key={i.key} className={`action-issues__item action-issues__item--${i.severity}`}>
              {t(`issues.${i.key}`, { ...i.params, name: isolate(i.params.name ?? ''), start: formatDate(i.params.start, lang), due: formatDate(i.params.due, lang) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
