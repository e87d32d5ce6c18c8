import { useEffect, useMemo, useRef, useState } from 'react'
import type { Agenda } from '../../../../core/model/agenda'
import {
  adjustCurrent,
  computeLivePlan,
  endLive,
  goToBlock,
  goToNext,
  goToPrevious,
  resetLive,
  runningDayId,
  scheduleStatus,
  startLive,
  type LivePlan
} from '../../../../core/agenda/live'
import { formatClock } from '../../../../core/agenda/time'
import { Button, ConfirmDialog, EmptyState, SelectField } from '../../components'
import { useProjectSection } from '../../project/ProjectContext'
import { useClock, useNow } from './clock'
import { isolate, timerText, useAgendaFormat } from './format'
import { ProjectorView } from './ProjectorView'
import { TypeChip } from './TypeChip'

const ADJUST_STEP_MIN = 5

/** The local calendar date of an instant, `YYYY-MM-DD`. */
const localDate = (ms: number): string => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Which day to show first: the one running, else today's, else the first. */
function initialDay(agenda: Agenda, nowMs: number): string | null {
  const today = localDate(nowMs)
  return runningDayId(agenda) ?? agenda.days.find((d) => d.date === today)?.id ?? agenda.days[0]?.id ?? null
}

/**
 * Live mode: run a day against the clock. The clock comes from `useClock()` (injectable), the records go
 * to `project.agenda.live` through the normal project update (saved, undoable). The timer is derived from
 * the records and the clock on every tick, so nothing typed anywhere can stop it.
 */
export function LiveMode() {
  const fmt = useAgendaFormat()
  const { t } = fmt
  const [agenda, setAgenda] = useProjectSection('agenda')
  const clock = useClock()
  const now = useNow(1000)
  const [chosenDay, setChosenDay] = useState<string | null>(() => initialDay(agenda, clock.now()))
  const [projector, setProjector] = useState(false)
  const [confirmReset, setConfirmReset] = useState(false)
  const projectorButton = useRef<HTMLSpanElement>(null)

  const dayIndex = Math.max(
    0,
    agenda.days.findIndex((d) => d.id === chosenDay)
  )
  const day = agenda.days[dayIndex]
  const plan = useMemo(() => (day ? computeLivePlan(agenda, day.id, now, clock.wall) : null), [agenda, day, now, clock])

  // Say which block is running when it changes (not every second).
  const currentTitle = plan?.currentIndex != null ? fmt.blockTitle(plan.blocks[plan.currentIndex]!.block) : ''
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    setAnnouncement(currentTitle ? t('live.announce', { title: currentTitle }) : '')
  }, [currentTitle, t])

  if (!day || !plan) return <EmptyState title={t('live.noDays')} compact />

  /** Every live action reads the clock at the moment of the click. */
  const act = (f: (a: Agenda, nowMs: number) => Agenda) => setAgenda((a) => f(a, clock.now()))
  const start = () => act((a, ms) => startLive(a, day.id, ms))
  const next = () => act((a, ms) => goToNext(a, day.id, ms))
  const previous = () => act((a, ms) => goToPrevious(a, day.id, ms))
  const adjust = (delta: number) => setAgenda((a) => adjustCurrent(a, day.id, delta))
  const jumpTo = (blockId: string) => act((a, ms) => goToBlock(a, day.id, blockId, ms))
  const finish = () => act((a, ms) => endLive(a, day.id, ms))
  const hasRecords = agenda.live.some((r) => r.dayId === day.id)

  return (
    <div className="live">
      <p className="live__intro">{t('live.intro')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="live__toolbar">
        <SelectField<string>
          label={t('live.day')}
          value={day.id}
          allowNone={false}
          options={agenda.days.map((d) => d.id)}
          optionLabel={(id) => {
            const i = agenda.days.findIndex((d) => d.id === id)
            return fmt.dayLabel(agenda.days[i]!, i)
          }}
          onChange={(id) => id && setChosenDay(id)}
        />
        <p className="live__clock">
          {t('live.clock', { time: formatClock(clock.wall(now)) })}
        </p>
        <span ref={projectorButton} className="live__projector-button">
          <Button variant="primary" onClick={() => setProjector(true)} disabled={day.blocks.length === 0}>
            <span aria-hidden="true">{'⛶ '}</span>
            {t('live.projector')}
          </Button>
        </span>
      </div>

      {day.blocks.length === 0 ? (
        <EmptyState title={t('live.noBlocks')} compact />
      ) : (
        <>
          <LiveCurrent plan={plan} fmt={fmt} onStart={start} onNext={next} onPrevious={previous} onAdjust={adjust} onFinish={finish} onResume={() => jumpTo(day.blocks.at(-1)!.id)} />
          <LiveDayEnd plan={plan} fmt={fmt} />
          <LivePlanList plan={plan} fmt={fmt} onJump={jumpTo} />
          {hasRecords && (
            <div className="live__reset">
              <Button variant="ghost" className="btn--danger-ghost" onClick={() => setConfirmReset(true)}>
                {t('live.reset')}
              </Button>
            </div>
          )}
        </>
      )}

      {confirmReset && (
        <ConfirmDialog
          danger
          title={t('live.confirmResetTitle')}
          message={t('live.confirmReset', { n: dayIndex + 1 })}
          confirmLabel={t('live.reset')}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setAgenda((a) => resetLive(a, day.id))
            setConfirmReset(false)
          }}
        />
      )}
      {projector && (
        <ProjectorView
          plan={plan}
          dayLabel={fmt.dayLabel(day, dayIndex)}
          nowMin={clock.wall(now)}
          onNext={plan.status === 'running' ? next : plan.status === 'notStarted' ? start : undefined}
          onPrevious={plan.status === 'running' ? previous : undefined}
          onExit={() => {
            setProjector(false)
            projectorButton.current?.querySelector('button')?.focus()
          }}
        />
      )}
    </div>
  )
}

type Fmt = ReturnType<typeof useAgendaFormat>

function ScheduleStatus({ deltaMin, fmt }: { deltaMin: number; fmt: Fmt }) {
  const s = scheduleStatus(deltaMin)
  const icon = s.key === 'onTime' ? '✓' : s.key === 'ahead' ? '»' : '!'
  return (
    <p className={`live-status live-status--${s.key}`} data-testid="live-status">
      <span className="live-status__icon" aria-hidden="true">
        {icon}
      </span>
      {fmt.t(`live.status.${s.key}`, { minutes: s.minutes })}
    </p>
  )
}

function LiveCurrent(props: {
  plan: LivePlan
  fmt: Fmt
  onStart: () => void
  onNext: () => void
  onPrevious: () => void
  onAdjust: (delta: number) => void
  onFinish: () => void
  onResume: () => void
}) {
  const { plan, fmt } = props
  const { t } = fmt
  if (plan.status === 'notStarted') {
    return (
      <section className="live-current live-current--idle" aria-label={t('live.current')}>
        <p className="live-current__message">{t('live.notStarted', { start: fmt.clock(plan.blocks[0]?.plannedStartMin ?? 0), end: fmt.clock(plan.plannedEndMin) })}</p>
        <Button variant="primary" className="live-current__start" onClick={props.onStart}>
          <span className="icon-mirror" aria-hidden="true">
            {'▶'}
          </span>{' '}
          {t('live.start')}
        </Button>
      </section>
    )
  }
  if (plan.status === 'finished') {
    return (
      <section className="live-current live-current--idle" aria-label={t('live.current')}>
        <p className="live-current__message">{t('live.finished', { end: fmt.clock(plan.projectedEndMin), planned: fmt.clock(plan.plannedEndMin) })}</p>
        <ScheduleStatus deltaMin={plan.scheduleDeltaMin} fmt={fmt} />
        <Button onClick={props.onResume}>{t('live.resume')}</Button>
      </section>
    )
  }
  const index = plan.currentIndex as number
  const current = plan.blocks[index]!
  const next = plan.blocks[index + 1]
  const b = current.block
  const overrun = plan.remainingSec < 0
  const progress = plan.targetMin > 0 ? Math.min(1, plan.elapsedSec / (plan.targetMin * 60)) : 1
  return (
    <section className={`live-current live-current--${b.type}`} aria-labelledby="live-current-title">
      <p className="live-current__eyebrow">
        {t('live.current')}
        {' · '}
        {t('block.position', { n: index + 1 })}
      </p>
      <div className="live-current__grid">
        <div className="live-current__what">
          <h2 className="live-current__title" id="live-current-title" dir="auto">
            {fmt.blockTitle(b)}
          </h2>
          <TypeChip type={b.type} />
          {b.speaker.trim() && (
            <p className="live-current__speaker" dir="auto">
              {b.speaker}
            </p>
          )}
          <p className="live-current__times">
            {current.adjustmentMin === 0
              ? t('live.plannedOnly', { planned: fmt.duration(current.plannedMin) })
              : t('live.target', { planned: fmt.duration(current.plannedMin), target: fmt.duration(plan.targetMin) })}
          </p>
        </div>
        <div className={['live-timer', overrun ? 'live-timer--overrun' : ''].filter(Boolean).join(' ')} role="timer" aria-label={overrun ? t('live.overrun') : t('live.remaining')}>
          <span className="live-timer__label">{overrun ? t('live.overrun') : t('live.remaining')}</span>
          <span className="live-timer__value" dir="ltr" data-testid="live-remaining">
            {`${overrun ? '+' : ''}${timerText(plan.remainingSec)}`}
          </span>
          <span className="live-timer__elapsed" data-testid="live-elapsed">
            {t('live.elapsed', { time: timerText(plan.elapsedSec) })}
          </span>
          <span className="meter live-timer__meter" aria-hidden="true">
            <span className="meter__bar" style={{ inlineSize: `${Math.round(progress * 100)}%` }} />
          </span>
        </div>
      </div>
      <ScheduleStatus deltaMin={plan.scheduleDeltaMin} fmt={fmt} />
      <div className="live-controls">
        <Button onClick={props.onPrevious} disabled={index === 0}>
          <span className="icon-mirror" aria-hidden="true">
            {'◀'}
          </span>{' '}
          {t('live.previous')}
        </Button>
        <Button onClick={() => props.onAdjust(-ADJUST_STEP_MIN)} aria-label={t('live.removeFiveLabel')} disabled={plan.targetMin === 0}>
          {t('live.removeFive')}
        </Button>
        <Button onClick={() => props.onAdjust(ADJUST_STEP_MIN)} aria-label={t('live.addFiveLabel')}>
          {t('live.addFive')}
        </Button>
        <Button variant="primary" onClick={props.onNext}>
          {next ? t('live.next') : t('live.finish')}{' '}
          <span className="icon-mirror" aria-hidden="true">
            {'▶'}
          </span>
        </Button>
        {next && (
          <Button variant="ghost" onClick={props.onFinish}>
            {t('live.finish')}
          </Button>
        )}
      </div>
      <p className="live-current__next">
        {next ? t('live.nextUp', { title: isolate(fmt.blockTitle(next.block)), start: fmt.clock(next.liveStartMin) }) : t('live.lastBlock')}
      </p>
      {b.notes.trim() && (
        <aside className="live-current__notes" aria-label={t('live.notes')}>
          <p className="live-current__notes-title">{t('live.notes')}</p>
          <p dir="auto">{b.notes}</p>
        </aside>
      )}
    </section>
  )
}

function LiveDayEnd({ plan, fmt }: { plan: LivePlan; fmt: Fmt }) {
  const { t } = fmt
  if (plan.status === 'finished') return null
  return (
    <div className="live-dayend">
      <p>{t('live.dayEnd', { planned: fmt.clock(plan.plannedEndMin), projected: fmt.clock(plan.projectedEndMin) })}</p>
      {plan.dayOverrunMin > 0 && (
        <p className="live-dayend__overrun" role="alert">
          <span aria-hidden="true">{'! '}</span>
          {t('live.dayOverrun', { minutes: Math.round(plan.dayOverrunMin) })}
        </p>
      )}
      {plan.slackMin > 0 && <p className="live-dayend__slack">{t('live.slack', { minutes: plan.slackMin })}</p>}
    </div>
  )
}

function LivePlanList({ plan, fmt, onJump }: { plan: LivePlan; fmt: Fmt; onJump: (blockId: string) => void }) {
  const { t } = fmt
  return (
    <section className="live-plan" aria-labelledby="live-plan-title">
      <h2 className="live-plan__title" id="live-plan-title">
        {t('live.plan')}
      </h2>
      <ol className="live-plan__list">
        {plan.blocks.map((lb) => {
          const delta = Math.round(lb.liveMin - lb.plannedMin)
          const title = fmt.blockTitle(lb.block)
          return (
            <li
              key={lb.block.id}
              className={`live-plan__item live-plan__item--${lb.state} agenda-block--${lb.block.type}`}
              aria-current={lb.state === 'current' ? 'step' : undefined}
              data-block-id={lb.block.id}
            >
              <span className="live-plan__state">{t(`live.states.${lb.state}`)}</span>
              <span className="live-plan__times">
                <span className="live-plan__planned" dir="ltr">
                  {`${fmt.clock(lb.plannedStartMin)} – ${fmt.clock(lb.plannedEndMin)}`}
                </span>
                {(lb.state !== 'upcoming' || plan.status === 'running') && (
                  <span className="live-plan__live" dir="ltr">
                    {`${fmt.clock(lb.liveStartMin)} – ${fmt.clock(lb.liveEndMin)}`}
                  </span>
                )}
              </span>
              <span className="live-plan__what">
                <span className="live-plan__name" dir="auto">
                  {title}
                </span>
                <TypeChip type={lb.block.type} />
              </span>
              <span className="live-plan__delta">{delta !== 0 ? t('live.rebalanced', { delta: delta > 0 ? `+${delta}` : `−${Math.abs(delta)}` }) : ''}</span>
              {lb.state === 'upcoming' && (
                <Button size="small" variant="ghost" onClick={() => onJump(lb.block.id)} aria-label={t('live.startFromNamed', { title })}>
                  {t('live.startFrom')}
                </Button>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
