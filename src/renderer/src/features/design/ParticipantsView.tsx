import { Fragment, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CAPACITIES } from '../../../../core/model/stakeholders'
import { INVITATION_STATUSES, PARTICIPANT_ROLES, type Participant } from '../../../../core/model/design'
import { duplicateNameIds, normaliseName } from '../../../../core/analysis/stakeholders'
import { formatDate } from '../../../../core/i18n/languages'
import { newId } from '../../../../core/project/factory'
import { AddByName, Button, CheckboxField, DateField, EmptyState, FieldGrid, IconButton, Section, SelectField, TextArea, TextField } from '../../components'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { CellSelect } from '../stakeholders/CellSelect'
import { NameInput } from '../stakeholders/NameInput'
import { isolate } from '../stakeholders/labels'
import { BalancePanel } from './BalancePanel'
import { localToday, participantFromStakeholder, withStatus } from './participantEdits'

const PAGE = 60

/** Participants chosen from the stakeholders (or added), their role, capacity, consent and invitation; the pre-reading pack. */
export function ParticipantsView() {
  const { t } = useTranslation('design')
  const lang = useLang()
  const { project, update } = useProject()
  const participants = project.participants
  const stakeholders = project.stakeholders.items
  const [pick, setPick] = useState('')
  const [expanded, setExpanded] = useState<string | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const pickId = useId()

  const linked = useMemo(() => new Set(participants.map((p) => p.stakeholderId).filter(Boolean)), [participants])
  const available = useMemo(
    () => stakeholders.filter((s) => !linked.has(s.id)).sort((a, b) => normaliseName(a.name).localeCompare(normaliseName(b.name), 'fr')),
    [stakeholders, linked]
  )
  const invitedNotAdded = available.filter((s) => s.invited)
  const duplicates = useMemo(() => duplicateNameIds(participants), [participants])
  /** Short name of the stakeholder a participant represents (abbreviation when there is one). */
  const stakeholderLabel = (id: string | null) => {
    const s = id ? stakeholders.find((x) => x.id === id) : undefined
    return s ? (s.abbreviation.trim() || s.name) : null
  }

  const setParticipants = (change: (list: Participant[]) => Participant[], coalesce?: string) =>
    update((p) => ({ ...p, participants: change(p.participants) }), coalesce === undefined ? undefined : { coalesce })
  const patch = (id: string, change: Partial<Participant>, field?: string) =>
    setParticipants((list) => list.map((x) => (x.id === id ? { ...x, ...change } : x)), field ? `participants.${id}.${field}` : undefined)
  /** Adds participants for stakeholders and marks those stakeholders as invited (one undo step). */
  const addFromStakeholders = (ids: readonly string[]) => {
    if (ids.length === 0) return
    update((p) => {
      const chosen = p.stakeholders.items.filter((s) => ids.includes(s.id))
      return {
        ...p,
        participants: [...p.participants, ...chosen.map((s) => participantFromStakeholder(s, p.stakeholders.categories, newId()))],
        stakeholders: { ...p.stakeholders, items: p.stakeholders.items.map((s) => (ids.includes(s.id) ? { ...s, invited: true } : s)) }
      }
    })
    setPick('')
  }
  const setStatus = (id: string, status: Participant['invitationStatus']) => {
    const today = localToday()
    setParticipants((list) => list.map((x) => (x.id === id ? withStatus(x, status, today) : x)))
  }
  const counts = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, participants.filter((p) => p.invitationStatus === s).length]))
  const toReceive = participants.filter((p) => p.invitationStatus === 'invited' || p.invitationStatus === 'confirmed')
  const sent = toReceive.filter((p) => p.preReadingSentOn !== null).length
  const markSent = () => {
    const today = localToday()
    update((p) => ({
      ...p,
      design: { ...p.design, preReadingPackSentOn: p.design.preReadingPackSentOn ?? today },
      participants: p.participants.map((x) =>
        (x.invitationStatus === 'invited' || x.invitationStatus === 'confirmed') && x.preReadingSentOn === null ? { ...x, preReadingSentOn: today } : x
      )
    }))
  }

  return (
    <>
      <Section title={t('participants.title')} intro={t('participants.intro')}>
        {stakeholders.length === 0 ? (
          <p className="sh-note">{t('participants.noStakeholders')}</p>
        ) : available.length === 0 ? (
          <p className="sh-note">{t('participants.allAdded')}</p>
        ) : (
          <div className="design-pick">
            <div className="field design-pick__field">
              <label className="field__label" htmlFor={pickId}>
                {t('participants.fromStakeholders')}
              </label>
              <select id={pickId} className="input input--select" value={pick} onChange={(e) => setPick(e.target.value)}>
                <option value="">{'—'}</option>
                {available.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.abbreviation.trim() !== '' && s.abbreviation.trim() !== s.name.trim() ? `${s.name} (${s.abbreviation.trim()})` : s.name}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="primary" disabled={pick === ''} onClick={() => addFromStakeholders([pick])}>
              {t('participants.addSelected')}
            </Button>
            {invitedNotAdded.length > 0 && (
              <Button onClick={() => addFromStakeholders(invitedNotAdded.map((s) => s.id))}>{t('participants.addInvited', { count: invitedNotAdded.length })}</Button>
            )}
          </div>
        )}
        <AddByName
          label={t('participants.newName')}
          buttonLabel={t('participants.add')}
          onAdd={(name) => setParticipants((list) => [...list, { id: newId(), stakeholderId: null, name, function: '', institution: '', email: '', phone: '', role: 'stakeholder', capacity: 'official', consentToList: false, invitationStatus: 'toInvite', invitedOn: null, respondedOn: null, preReadingSentOn: null, walkIn: false, notes: '' }])}
        />
        {participants.length === 0 ? (
          <EmptyState compact body={t('participants.empty')} />
        ) : (
          <>
            <p className="sh-table__count">
              {t('participants.counts', { total: participants.length, toInvite: counts.toInvite, invited: counts.invited, confirmed: counts.confirmed, declined: counts.declined })}
            </p>
            <div className="sh-table__scroll">
              <table className="sh-table design-table">
                <caption className="visually-hidden">{t('participants.caption')}</caption>
                <colgroup>
                  <col className="pt-col--name" />
                  <col className="pt-col--role" />
                  <col className="pt-col--capacity" />
                  <col className="pt-col--status" />
                  <col className="pt-col--consent" />
                  <col className="pt-col--actions" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t('participants.fields.name')}</th>
                    <th scope="col">{t('participants.fields.role')}</th>
                    <th scope="col">{t('participants.fields.capacity')}</th>
                    <th scope="col">{t('participants.fields.invitationStatus')}</th>
                    <th scope="col" title={t('participants.fields.consentToList')}>
                      {t('participants.consentShort')}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">{t('participants.details')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {participants.slice(0, limit).map((p, index) => {
                    const open = expanded === p.id
                    const cell = (field: string) => `${t(`participants.fields.${field}`)} — ${p.name}`
                    const linkedName = stakeholderLabel(p.stakeholderId)
                    return (
                      <Fragment key={p.id}>
                        <tr className={open ? 'sh-table__row sh-table__row--open' : 'sh-table__row'}>
                          <td className="sh-table__name">
                            <NameInput value={p.name} label={`${t('participants.fields.name')} ${index + 1}`} requiredMessage={t('participants.nameRequired', { name: isolate(p.name) })} onCommit={(name) => patch(p.id, { name }, 'name')} />
                            {duplicates.has(p.id) && (
                              <span className="badge badge--warn" title={t('participants.duplicateHint')}>
                                {t('participants.duplicate')}
                              </span>
                            )}
                            <span className="design-table__sub" dir="auto">
                              {[p.function, p.institution].filter((x) => x.trim() !== '').join(' — ')}
                            </span>
                            {linkedName && normaliseName(linkedName) !== normaliseName(p.institution) && (
                              <span className="design-table__sub design-table__linked" dir="auto">
                                {t('participants.linked', { name: isolate(linkedName) })}
                              </span>
                            )}
                          </td>
                          <td>
                            <CellSelect label={cell('role')} value={p.role} options={PARTICIPANT_ROLES} allowNone={false} optionLabel={(r) => t(`participants.roles.${r}`)} onChange={(role) => role && patch(p.id, { role })} />
                          </td>
                          <td>
                            <CellSelect label={cell('capacity')} value={p.capacity} options={CAPACITIES} allowNone={false} optionLabel={(c) => t(`participants.capacities.${c}`)} onChange={(capacity) => capacity && patch(p.id, { capacity })} />
                          </td>
                          <td>
                            <CellSelect
                              label={cell('invitationStatus')}
                              value={p.invitationStatus}
                              options={INVITATION_STATUSES}
                              allowNone={false}
                              optionLabel={(s) => t(`participants.statuses.${s}`)}
                              onChange={(s) => s && setStatus(p.id, s)}
                              className={`status-select--${p.invitationStatus}`}
                            />
                            {p.invitedOn && p.invitationStatus !== 'toInvite' && (
                              <span className="sh-table__hint">{`${t('participants.fields.invitedOn')} ${formatDate(p.invitedOn, lang, 'short')}`}</span>
                            )}
                          </td>
                          <td className="design-table__consent">
                            <input type="checkbox" className="checkbox__input" aria-label={cell('consentToList')} checked={p.consentToList} onChange={(e) => patch(p.id, { consentToList: e.target.checked })} />
                          </td>
                          <td className="sh-table__actions">
                            <IconButton icon={open ? '▴' : '✎'} label={t('participants.detailsOf', { name: p.name })} aria-expanded={open} onClick={() => setExpanded(open ? null : p.id)} />
                            <IconButton icon="×" label={t('participants.remove', { name: p.name })} className="btn--danger-ghost" onClick={() => setParticipants((list) => list.filter((x) => x.id !== p.id))} />
                          </td>
                        </tr>
                        {open && (
                          <tr className="sh-table__details-row">
                            <td colSpan={6}>
                              <ParticipantDetails participant={p} onPatch={(change, field) => patch(p.id, change, field)} onStatus={(s) => setStatus(p.id, s)} onClose={() => setExpanded(null)} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    )
                  })}
                </tbody>
              </table>
            </div>
            {participants.length > limit && <Button onClick={() => setLimit((l) => l + PAGE)}>{t('participants.showMore', { count: Math.min(PAGE, participants.length - limit) })}</Button>}
          </>
        )}
      </Section>

      <Section title={t('participants.preReading.title')} intro={t('participants.preReading.intro')}>
        <div className="design-pack">
          <DateField
            label={t('participants.preReading.sentOn')}
            value={project.design.preReadingPackSentOn}
            invalidMessage={t('participants.dateInvalid')}
            onChange={(preReadingPackSentOn) => update((p) => ({ ...p, design: { ...p.design, preReadingPackSentOn } }))}
          />
          <Button onClick={markSent} disabled={toReceive.length === 0 || sent === toReceive.length}>
            {t('participants.preReading.markSent')}
          </Button>
        </div>
        {toReceive.length > 0 && <p className="field__hint">{t('participants.preReading.sentCount', { sent, total: toReceive.length })}</p>}
      </Section>

      <BalancePanel />
    </>
  )
}

function ParticipantDetails({
  participant: p,
  onPatch,
  onStatus,
  onClose
}: {
  participant: Participant
  onPatch: (change: Partial<Participant>, field?: string) => void
  onStatus: (s: Participant['invitationStatus']) => void
  onClose: () => void
}) {
  const { t } = useTranslation('design')
  const nameId = useId()
  return (
    <div className="sh-details" role="group" aria-label={t('participants.detailsOf', { name: p.name })}>
      <FieldGrid columns={3}>
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('participants.fields.name')}
            <span className="field__required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <NameInput id={nameId} value={p.name} requiredMessage={t('participants.nameRequired', { name: isolate(p.name) })} onCommit={(name) => onPatch({ name }, 'name')} />
        </div>
        <TextField label={t('participants.fields.function')} value={p.function} onChange={(v) => onPatch({ function: v }, 'function')} />
        <TextField label={t('participants.fields.institution')} value={p.institution} onChange={(institution) => onPatch({ institution }, 'institution')} />
        <TextField label={t('participants.fields.email')} type="email" dir="ltr" value={p.email} onChange={(email) => onPatch({ email }, 'email')} />
        <TextField label={t('participants.fields.phone')} type="tel" dir="ltr" value={p.phone} onChange={(phone) => onPatch({ phone }, 'phone')} />
        <SelectField label={t('participants.fields.role')} value={p.role} options={PARTICIPANT_ROLES} allowNone={false} optionLabel={(r) => t(`participants.roles.${r}`)} onChange={(role) => role && onPatch({ role })} />
        <SelectField label={t('participants.fields.capacity')} value={p.capacity} options={CAPACITIES} allowNone={false} optionLabel={(c) => t(`participants.capacities.${c}`)} onChange={(capacity) => capacity && onPatch({ capacity })} />
        <SelectField label={t('participants.fields.invitationStatus')} value={p.invitationStatus} options={INVITATION_STATUSES} allowNone={false} optionLabel={(s) => t(`participants.statuses.${s}`)} onChange={(s) => s && onStatus(s)} />
        <DateField label={t('participants.fields.invitedOn')} value={p.invitedOn} invalidMessage={t('participants.dateInvalid')} onChange={(invitedOn) => onPatch({ invitedOn })} />
        <DateField label={t('participants.fields.respondedOn')} value={p.respondedOn} invalidMessage={t('participants.dateInvalid')} onChange={(respondedOn) => onPatch({ respondedOn })} />
        <DateField label={t('participants.fields.preReadingSentOn')} value={p.preReadingSentOn} invalidMessage={t('participants.dateInvalid')} onChange={(preReadingSentOn) => onPatch({ preReadingSentOn })} />
      </FieldGrid>
      <div className="sh-details__checks">
        <CheckboxField label={t('participants.fields.consentToList')} checked={p.consentToList} onChange={(consentToList) => onPatch({ consentToList })} />
        <CheckboxField label={t('participants.fields.walkIn')} checked={p.walkIn} onChange={(walkIn) => onPatch({ walkIn })} />
      </div>
      <TextArea label={t('participants.fields.notes')} rows={2} value={p.notes} onChange={(notes) => onPatch({ notes }, 'notes')} />
      <div className="sh-details__footer">
        <Button size="small" onClick={onClose}>
          {t('participants.hideDetails')}
        </Button>
      </div>
    </div>
  )
}
