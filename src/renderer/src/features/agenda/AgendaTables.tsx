import { useMemo } from 'react'
import type { Agenda } from '../../../../core/model/agenda'
import { scheduleAgenda } from '../../../../core/agenda/schedule'
import { EmptyState } from '../../components'
import { useAgendaFormat } from './format'
import { TypeChip } from './TypeChip'

/**
 * The two printed views of the agenda. `programme`: what participants receive (no facilitator notes, no
 * materials). `runSheet`: the facilitator's sheet, with durations, private notes and materials.
 */
export function AgendaTables({ agenda, variant }: { agenda: Agenda; variant: 'programme' | 'runSheet' }) {
  const fmt = useAgendaFormat()
  const { t } = fmt
  const days = useMemo(() => scheduleAgenda(agenda), [agenda])
  const blockCount = days.reduce((n, d) => n + d.blocks.length, 0)
  if (blockCount === 0) return <EmptyState title={t('programme.empty')} compact />
  const runSheet = variant === 'runSheet'
  return (
    <div className={`agenda-sheet agenda-sheet--${variant}`}>
      {days.map((day) => (
        <section key={day.day.id} className="agenda-sheet__day" aria-labelledby={`sheet-${variant}-${day.day.id}`}>
          <h2 className="agenda-sheet__title" id={`sheet-${variant}-${day.day.id}`}>
            {fmt.dayLabel(day.day, day.index)}
          </h2>
          {day.blocks.length === 0 ? (
            <p className="agenda-day__empty">{t('live.noBlocks')}</p>
          ) : (
            <table className="agenda-table">
              <thead>
                <tr>
                  <th scope="col" className="agenda-table__time">
                    {t('table.time')}
                  </th>
                  <th scope="col">{t('table.session')}</th>
                  {runSheet ? (
                    <th scope="col" className="agenda-table__notes">
                      {t('table.notes')}
                    </th>
                  ) : (
                    <th scope="col">{t('table.objective')}</th>
                  )}
                </tr>
              </thead>
              <tbody>
                {day.blocks.map((tb) => {
                  const b = tb.block
                  return (
                    <tr key={b.id} className={`agenda-table__row agenda-table__row--${b.type}`}>
                      <td className="agenda-table__time">
                        <span dir="ltr">{`${fmt.clock(tb.startMin)} – ${fmt.clock(tb.endMin)}`}</span>
                        {runSheet && <span className="agenda-table__duration">{fmt.duration(tb.endMin - tb.startMin)}</span>}
                      </td>
                      <td>
                        <p className="agenda-table__session" dir="auto">
                          {fmt.blockTitle(b)}
                        </p>
                        <TypeChip type={b.type} />
                        {b.speaker.trim() && (
                          <p className="agenda-table__speaker">
                            <span className="agenda-table__label">{t('table.labelColon', { label: t('table.speaker') })}</span>
                            <span dir="auto">{b.speaker}</span>
                          </p>
                        )}
                        {runSheet && b.objective.trim() && (
                          <p className="agenda-table__text">
                            <span className="agenda-table__label">{t('table.labelColon', { label: t('table.objective') })}</span>
                            <span dir="auto">{b.objective}</span>
                          </p>
                        )}
                      </td>
                      {runSheet ? (
                        <td className="agenda-table__notes">
                          {b.notes.trim() && (
                            <p className="agenda-table__text agenda-table__private" dir="auto">
                              {b.notes}
                            </p>
                          )}
                          {b.materials.trim() && (
                            <p className="agenda-table__text">
                              <span className="agenda-table__label">{t('table.labelColon', { label: t('table.materials') })}</span>
                              <span dir="auto">{b.materials}</span>
                            </p>
                          )}
                        </td>
                      ) : (
                        <td>
                          <p className="agenda-table__text" dir="auto">
                            {b.objective}
                          </p>
                        </td>
                      )}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  )
}
