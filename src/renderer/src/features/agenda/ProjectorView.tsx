import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import type { LivePlan } from '../../../../core/agenda/live'
import { formatClock } from '../../../../core/agenda/time'
import { Button } from '../../components'
import { timerText, useAgendaFormat } from './format'
import { TypeChip } from './TypeChip'

/**
 * The room's screen: full window (and full screen through the Fullscreen API when the browser allows
 * it), large type, the current block with its time left and the next block. Never the facilitator's
 * notes. Page Down / Page Up (what presentation clickers send) change block; Escape leaves.
 */
export function ProjectorView({
  plan,
  dayLabel,
  nowMin,
  onNext,
  onPrevious,
  onExit
}: {
  plan: LivePlan
  dayLabel: string
  nowMin: number
  onNext?: () => void
  onPrevious?: () => void
  onExit: () => void
}) {
  const fmt = useAgendaFormat()
  const { t } = fmt
  const root = useRef<HTMLDivElement>(null)
  const exitButton = useRef<HTMLDivElement>(null)
  const handlers = useRef({ onNext, onPrevious, onExit })
  handlers.current = { onNext, onPrevious, onExit }

  useEffect(() => {
    exitButton.current?.querySelector('button')?.focus()
    const el = root.current
    let entered = false
    const onChange = () => {
      if (document.fullscreenElement) entered = true
      else if (entered) handlers.current.onExit()
    }
    document.addEventListener('fullscreenchange', onChange)
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) {
      el.requestFullscreen().catch(() => {
        // Not allowed here (no user gesture, headless, policy): the full-window layout stays.
      })
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault()
        handlers.current.onExit()
      } else if (e.key === 'PageDown') {
        e.preventDefault()
        handlers.current.onNext?.()
      } else if (e.key === 'PageUp') {
        e.preventDefault()
        handlers.current.onPrevious?.()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onChange)
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => {})
    }
  }, [])

  const index = plan.currentIndex
  const current = index !== null ? plan.blocks[index] : undefined
  const upcoming = index !== null ? plan.blocks[index + 1] : plan.status === 'notStarted' ? plan.blocks[0] : undefined
  const overrun = plan.remainingSec < 0

  return createPortal(
    <div className="projector" ref={root} role="dialog" aria-modal="true" aria-label={t('projector.label')} data-testid="projector">
      <header className="projector__top">
        <span className="projector__day">{dayLabel}</span>
        <div className="projector__exit" ref={exitButton}>
          <span className="projector__clock" dir="ltr">
            {formatClock(nowMin)}
          </span>
          <Button variant="secondary" size="small" onClick={onExit} title={t('projector.keys')}>
            {t('projector.exit')}
          </Button>
        </div>
      </header>
      <div className="projector__main">
        {current ? (
          <>
            <TypeChip type={current.block.type} className="projector__type" />
            <h1 className="projector__title" dir="auto">
              {fmt.blockTitle(current.block)}
            </h1>
            {current.block.speaker.trim() && (
              <p className="projector__speaker" dir="auto">
                {current.block.speaker}
              </p>
            )}
            <p className={['projector__timer', overrun ? 'projector__timer--overrun' : ''].filter(Boolean).join(' ')} role="timer">
              <span className="projector__timer-value" dir="ltr" data-testid="projector-remaining">
                {`${overrun ? '+' : ''}${timerText(plan.remainingSec)}`}
              </span>
              <span className="projector__timer-label">{overrun ? t('projector.overrun') : t('projector.remaining')}</span>
            </p>
          </>
        ) : (
          <h1 className="projector__title">{plan.status === 'finished' ? t('projector.finished') : t('projector.notStarted')}</h1>
        )}
      </div>
      <footer className="projector__bottom">
        {upcoming && (
          <p className="projector__next">
            <span className="projector__next-label">{t('projector.next')}</span>
            <span className="projector__next-time" dir="ltr">
              {fmt.clock(upcoming.liveStartMin)}
            </span>
            <span className="projector__next-title" dir="auto">
              {fmt.blockTitle(upcoming.block)}
            </span>
          </p>
        )}
        <p className="projector__keys">{t('projector.keys')}</p>
      </footer>
    </div>,
    document.body
  )
}
