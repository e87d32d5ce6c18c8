import { useMemo } from 'react'
import type { Agenda } from '../../../../core/model/agenda'
import { agendaGantt } from '../../../../core/diagrams/agendaGantt'
import { EmptyState } from '../../components'
import { Diagram } from '../../diagrams'
import { useAgendaFormat } from './format'

/** The agenda as a mermaid gantt chart (one section per day on a 24-hour axis), generated in core. */
export function AgendaGanttView({ agenda }: { agenda: Agenda }) {
  const fmt = useAgendaFormat()
  const { t } = fmt
  const blockCount = agenda.days.reduce((n, d) => n + d.blocks.length, 0)
  const source = useMemo(
    () =>
      agendaGantt(agenda, {
        title: t('gantt.title'),
        day: (index, date) => fmt.dayLabel({ date }, index),
        untitled: () => t('block.untitled')
      }),
    [agenda, fmt, t]
  )
  if (blockCount === 0) return <EmptyState title={t('programme.empty')} compact />
  return (
    <div className="agenda-gantt">
      <p className="agenda-gantt__intro">{t('gantt.intro')}</p>
      <Diagram source={source} label={t('gantt.label', { count: blockCount, days: agenda.days.length })} className="agenda-gantt__diagram" />
    </div>
  )
}
