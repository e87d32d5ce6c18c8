import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionOwner } from '../../../../core/model/actions'
import type { Project } from '../../../../core/model/project'
import { ownerChoices, ownerFromChoice, resolveOwner } from '../../../../core/actions/owners'
import { TextField } from '../../components'
import { isolate } from '../minutes/isolate'

const FREE = 'free'
const NONE = ''

/**
 * The owner of an action: a participant or a stakeholder of the project (grouped), or a name typed freely.
 * An owner deleted from the project stays selected under its stored name, flagged as removed.
 */
export function OwnerPicker({ owner, project, onChange }: { owner: ActionOwner; project: Project; onChange: (owner: ActionOwner, coalesce?: string) => void }) {
  const { t } = useTranslation('actions')
  const id = useId()
  const choices = ownerChoices(project)
  const resolved = resolveOwner(owner, project)
  const [freeMode, setFreeMode] = useState(false)
  const value = owner.kind === 'free' ? (freeMode || owner.name !== '' ? FREE : NONE) : `${owner.kind}:${owner.refId ?? ''}`
  const participants = choices.filter((c) => c.kind === 'participant')
  const stakeholders = choices.filter((c) => c.kind === 'stakeholder')
  const label = (c: (typeof choices)[number]) => (c.detail ? `${c.name} — ${c.detail}` : c.name)
  return (
    <div className="owner-picker">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('fields.owner')}
        </label>
        <select
          id={id}
          className="input input--select"
          value={value}
          onChange={(e) => {
            const v = e.target.value
            setFreeMode(v === FREE)
            if (v === NONE) onChange({ kind: 'free', refId: null, name: '' })
            else if (v === FREE) onChange({ kind: 'free', refId: null, name: owner.kind === 'free' ? owner.name : resolved.name })
            else {
              const c = choices.find((x) => `${x.kind}:${x.refId}` === v)
              if (c) onChange(ownerFromChoice(c))
            }
          }}
        >
          <option value={NONE}>{t('fields.ownerNone')}</option>
          {resolved.state === 'deleted' && <option value={value}>{t('fields.ownerDeleted', { name: isolate(resolved.name) })}</option>}
          {participants.length > 0 && (
            <optgroup label={t('fields.ownerParticipants')}>
              {participants.map((c) => (
                <option key={c.refId} value={`participant:${c.refId}`}>
                  {label(c)}
                </option>
              ))}
            </optgroup>
          )}
          {stakeholders.length > 0 && (
            <optgroup label={t('fields.ownerStakeholders')}>
              {stakeholders.map((c) => (
                <option key={c.refId} value={`stakeholder:${c.refId}`}>
                  {label(c)}
                </option>
              ))}
            </optgroup>
          )}
          <option value={FREE}>{t('fields.ownerFree')}</option>
        </select>
      </div>
      {value === FREE && (
        <TextField label={t('fields.ownerFreeName')} value={owner.name} onChange={(name) => onChange({ kind: 'free', refId: null, name }, 'owner.name')} />
      )}
    </div>
  )
}
