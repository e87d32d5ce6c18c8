import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaBlock, AgendaDay } from '../../../../core/model/agenda'
import { dayOffsetOf, durationParts, formatClock } from '../../../../core/agenda/time'
import { formatDate } from '../../../../core/i18n/languages'
import { useLang } from '../../i18n/language'

/**
 * User text inside a translated sentence, wrapped in Unicode first-strong isolates (FSI … PDI) so a French
 * title in an Arabic sentence (or the reverse) keeps its own direction and its punctuation.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`

/** "mm:ss" (or "h:mm:ss" past an hour) of a number of seconds, sign ignored. */
export function timerText(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  const mm = String(m).padStart(2, '0')
  const ss = String(sec).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** Translated formatting of the agenda's times, durations, day names and block titles. */
export function useAgendaFormat() {
  const { t } = useTranslation('agenda')
  const lang = useLang()

  const duration = useCallback(
    (minutes: number): string => {
      const p = durationParts(minutes)
      const text =
        p.hours === 0
          ? t('duration.minutes', { minutes: p.minutes })
          : p.minutes === 0
            ? t('duration.hours', { hours: p.hours })
            : t('duration.hoursMinutes', { hours: p.hours, minutes: String(p.minutes).padStart(2, '0') })
      return p.sign < 0 ? `−${text}` : text
    },
    [t]
  )

  /** "14:30", or "00:30 (+1 j)" past midnight. */
  const clock = useCallback(
    (minutes: number): string => {
      const whole = Math.round(minutes)
      const offset = dayOffsetOf(whole)
      return offset > 0 ? `${formatClock(whole)} ${t('block.nextDay', { days: offset })}` : formatClock(whole)
    },
    [t]
  )

  const dayLabel = useCallback(
    (day: Pick<AgendaDay, 'date'>, index: number): string =>
      day.date ? t('dayLabelWithDate', { n: index + 1, date: formatDate(day.date, lang) }) : t('dayLabel', { n: index + 1 }),
    [t, lang]
  )

  const blockTitle = useCallback((block: Pick<AgendaBlock, 'title'>): string => block.title.trim() || t('block.untitled'), [t])

  return useMemo(() => ({ t, lang, duration, clock, dayLabel, blockTitle }), [t, lang, duration, clock, dayLabel, blockTitle])
}
