import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../../core/i18n/languages'
import {
  addWalkIn,
  attendanceOf,
  attendanceSummary,
  halfDays,
  markUnmarked,
  nextStatus,
  setAttendance,
  type AttendanceStatus,
  type HalfDay
} from '../../../../core/minutes/attendance'
import { isoDateOf } from '../../../../core/actions/status'
import { newId } from '../../../../core/project/factory'
import { Button, EmptyState, FieldGrid, Section, TextField } from '../../components'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import type { AmendRequest } from './AmendDialog'
import { useApply } from './useApply'
import { isolate } from './isolate'

const KEY_STATUS: Record<string, AttendanceStatus> = { p: 'present', a: 'absent', e: 'excused' }

/** The half-day now, when today is a day of the agenda (the walk-in form starts there). */
function currentSlotIndex(slots: HalfDay[], now: Date): number {
  const today = isoDateOf(now)
  const half = now.getHours() < 13 ? 'am' : 'pm'
  const i = slots.findIndex((s) => s.date === today && s.half === half)
  return i < 0 ? 0 : i
}

export function useSlotLabel(): (slot: Pick<HalfDay, 'dayIndex' | 'half'>) => string {
  const { t } = useTranslation('minutes')
  return (slot) => t('attendance.halfDay', { day: t('blocks.day', { n: slot.dayIndex + 1 }), half: t(slot.half === 'am' ? 'attendance.morning' : 'attendance.afternoon') })
}

function WalkInForm({ slots }: { slots: HalfDay[] }) {
  const { t } = useTranslation('minutes')
  const { reportInfo } = useNotices()
  const apply = useApply()
  const slotLabel = useSlotLabel()
  const [name, setName] = useState('')
  const [fn, setFn] = useState('')
  const [institution, setInstitution] = useState('')
  const [slotIndex, setSlotIndex] = useState(() => currentSlotIndex(slots, new Date()))
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (name.trim() === '') return
    const slot = slots[slotIndex]
    let marked = false
    const error = apply((p) => {
      const r = addWalkIn(p, { name, function: fn, institution, ...(slot ? { presentAt: { dayId: slot.dayId, half: slot.half } } : {}) }, newId)
      if (!r.ok) return r
      marked = r.value.project.minutes !== p.minutes
      return { ok: true, value: r.value.project }
    })
    if (!error) {
      reportInfo(t(marked || !slot ? 'walkIn.added' : 'walkIn.addedNotMarked', { name: isolate(name.trim()) }))
      setName('')
      setFn('')
      setInstitution('')
    }
  }
  return (
    <form className="walk-in" onSubmit={submit} aria-label={t('walkIn.title')}>
      <FieldGrid columns={2}>
        <TextField label={t('walkIn.name')} value={name} onChange={setName} />
        <TextField label={t('walkIn.function')} value={fn} onChange={setFn} />
        <TextField label={t('walkIn.institution')} value={institution} onChange={setInstitution} />
        {slots.length > 0 && (
          <div className="field">
            <label className="field__label" htmlFor="walk-in-slot">
              {t('walkIn.slot')}
            </label>
            <select id="walk-in-slot" className="input input--select" value={slotIndex} onChange={(e) => setSlotIndex(Number(e.target.value))}>
              {slots.map((s, i) => (
                <option key={`${s.dayId}-${s.half}`} value={i}>
                  {slotLabel(s)}
                </option>
              ))}
            </select>
          </div>
        )}
      </FieldGrid>
      <Button type="submit" variant="primary" disabled={name.trim() === ''}>
        {t('walkIn.add')}
      </Button>
    </form>
  )
}

/**
 * The attendance sheet as a keyboard grid: participants × half-days. Arrows move (mirrored in Arabic),
 * P / A / E set present / absent / excused, Space or Enter cycles, Delete clears. Final minutes open an
 * amendment instead.
 */
export function AttendancePanel({ onAmend }: { onAmend: (request: AmendRequest) => void }) {
  const { t } = useTranslation('minutes')
  const lang = useLang()
  const { project } = useProject()
  const apply = useApply()
  const slotLabel = useSlotLabel()
  const slots = useMemo(() => halfDays(project.agenda), [project.agenda])
  const people = project.participants
  const summary = useMemo(() => attendanceSummary(project), [project])
  const locked = project.minutes.status === 'final'
  const [focus, setFocus] = useState({ row: 0, col: 0 })
  const tableRef = useRef<HTMLTableElement>(null)

  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(people.length - 1, row))
    const c = Math.max(0, Math.min(slots.length - 1, col))
    setFocus({ row: r, col: c })
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}:${c}"]`)?.focus()
  }

  const change = (row: number, col: number, status: AttendanceStatus | null | 'cycle') => {
    const person = people[row]
    const slot = slots[col]
    if (!person || !slot) return
    const key = { participantId: person.id, dayId: slot.dayId, half: slot.half }
    if (locked) {
      onAmend({ kind: 'attendance', key, participantName: person.name, slotLabel: slotLabel(slot) })
      return
    }
    apply((p) => {
      const next = status === 'cycle' ? nextStatus(attendanceOf(p.minutes, key)) : status
      const r = setAttendance(p.minutes, key, next)
      return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
    })
  }

  const onKeyDown = (e: React.KeyboardEvent, row: number, col: number) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const k = e.key
    if (k === 'ArrowDown') focusCell(row + 1, col)
    else if (k === 'ArrowUp') focusCell(row - 1, col)
    else if (k === 'ArrowRight') focusCell(row, col + (rtl ? -1 : 1))
    else if (k === 'ArrowLeft') focusCell(row, col + (rtl ? 1 : -1))
    else if (k === 'Home') focusCell(row, 0)
    else if (k === 'End') focusCell(row, slots.length - 1)
    else if (k === ' ' || k === 'Enter') change(row, col, 'cycle')
    else if (k === 'Delete' || k === 'Backspace') change(row, col, null)
    else if (KEY_STATUS[k.toLowerCase()] && !e.ctrlKey && !e.metaKey && !e.altKey) change(row, col, KEY_STATUS[k.toLowerCase()]!)
    else return
    e.preventDefault()
  }

  if (slots.length === 0) return <EmptyState body={t('attendance.noDays')} />

  return (
    <div className="attendance">
      <Section title={t('attendance.title')} intro={t('attendance.intro')}>
        {locked && <p className="attendance__locked">{t('attendance.lockedHint')}</p>}
        {people.length === 0 ? (
          <EmptyState compact body={t('attendance.noParticipants')} />
        ) : (
          <div className="attendance__scroll">
            <table className="attendance__grid" ref={tableRef} aria-label={t('attendance.grid')}>
              <thead>
                <tr>
                  <th scope="col">{t('attendance.participant')}</th>
                  {slots.map((s) => (
                    <th scope="col" key={`${s.dayId}-${s.half}`}>
                      <span className="attendance__slot">{slotLabel(s)}</span>
                      {s.date && <span className="attendance__date">{formatDate(s.date, lang, 'short')}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {people.map((person, row) => (
                  <tr key={person.id}>
                    <th scope="row" className="attendance__person">
                      <span dir="auto">{person.name}</span>
                      {person.institution && (
                        <span className="attendance__institution" dir="auto">
                          {person.institution}
                        </span>
                      )}
                      {person.walkIn && <span className="badge attendance__walk-in">{t('attendance.walkIn')}</span>}
                    </th>
                    {slots.map((slot, col) => {
                      const status = attendanceOf(project.minutes, { participantId: person.id, dayId: slot.dayId, half: slot.half })
                      const label = t(`attendance.statuses.${status ?? 'unmarked'}`)
                      return (
                        <td key={`${slot.dayId}-${slot.half}`}>
                          <button
                            type="button"
                            className={`attendance__cell attendance__cell--${status ?? 'unmarked'}`}
                            data-cell={`${row}:${col}`}
                            tabIndex={focus.row === row && focus.col === col ? 0 : -1}
                            aria-label={t('attendance.cellLabel', { name: person.name, slot: slotLabel(slot), status: label })}
                            onFocus={() => setFocus({ row, col })}
                            onClick={() => change(row, col, 'cycle')}
                            onKeyDown={(e) => onKeyDown(e, row, col)}
                          >
                            {label}
                          </button>
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('attendance.totals')}</th>
                  {summary.halfDays.map((s) => (
                    <td key={`${s.dayId}-${s.half}`} className="attendance__total">
                      <span>{t('attendance.totalCell', { present: s.present, absent: s.absent, excused: s.excused })}</span>
                      {!locked && s.unmarked > 0 && (
                        <Button
                          size="small"
                          aria-label={t('attendance.markOthersLabel', { slot: slotLabel(s) })}
                          onClick={() =>
                            apply((p) => {
                              const r = markUnmarked(p.minutes, p.participants, s, 'present')
                              return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
                            })
                          }
                        >
                          {t('attendance.markOthers')}
                        </Button>
                      )}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        <p className="attendance__summary">
          {t('attendance.summary', { participants: summary.participants, walkIns: summary.walkIns, attended: summary.attendedAtLeastOnce })}
        </p>
        {summary.orphanMarks > 0 && <p className="attendance__orphans">{t('attendance.orphans', { count: summary.orphanMarks })}</p>}
      </Section>
      <Section title={t('walkIn.title')}>
        <WalkInForm slots={slots} />
      </Section>
    </div>
  )
}
