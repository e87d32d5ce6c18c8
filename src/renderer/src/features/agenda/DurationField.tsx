import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseDuration } from '../../../../core/agenda/time'
import { FieldShell } from '../../components'

/**
 * A block's duration in minutes, typed as "45", "1h30", "1:30"… What is typed stays on screen; only a valid
 * duration reaches `onChange`. A wrong one (negative, more than a day, not a duration) keeps the previous
 * value in the project and says why once the field is left — nothing typed is lost.
 */
export function DurationField({ label, value, onChange, hint }: { label: string; value: number; onChange: (minutes: number) => void; hint?: string }) {
  const { t } = useTranslation('agenda')
  const [state, setState] = useState(() => ({ text: String(value), source: value }))
  const [focused, setFocused] = useState(false)
  if (state.source !== value) {
    const parsed = parseDuration(state.text)
    setState({ text: parsed.ok && parsed.minutes === value ? state.text : String(value), source: value })
  }
  const parsed = parseDuration(state.text)
  const problem = parsed.ok || focused ? null : t(`issues.${parsed.issue.key}`, parsed.issue.params)
  return (
    <FieldShell label={label} hint={hint} error={problem} className="duration-field">
      {(a11y) => (
        <span className="parsed-input">
          <input
            {...a11y}
            {...(!parsed.ok ? { 'aria-invalid': true } : {})}
            className="input input--duration"
            type="text"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={state.text}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false)
              const p = parseDuration(state.text)
              if (p.ok) setState({ text: String(p.minutes), source: value })
            }}
            onChange={(e) => {
              const text = e.target.value
              setState({ text, source: value })
              const p = parseDuration(text)
              if (p.ok && p.minutes !== value) onChange(p.minutes)
            }}
          />
          <span className="parsed-input__suffix">{t('duration.suffix')}</span>
        </span>
      )}
    </FieldShell>
  )
}
