import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Checked } from '../../../../core/analysis/prioritisation'
import { westernDigits } from '../../components'

export interface ScoreInputProps {
  value: number | null
  /** The core check of this cell (grid score, weight, Hanlon component). */
  check: (raw: string) => Checked
  /** Receives a valid value, or null when the cell is emptied (only if `clearable`). */
  onCommit: (value: number | null) => void
  /** Accessible name of the cell (already translated). */
  label: string
  clearable?: boolean
  className?: string
  /** Arrow up/down in a matrix: the caller moves focus to the cell above or below. */
  onVerticalKey?: (direction: -1 | 1, e: KeyboardEvent<HTMLInputElement>) => void
}

const show = (n: number | null): string => (n === null ? '' : String(n))

/**
 * A compact number cell for score matrices: what is typed stays on screen; a valid value is saved at once,
 * a refused one (out of range, not a number) keeps the previous value and says why beside the cell.
 */
export function ScoreInput({ value, check, onCommit, label, clearable = true, className, onVerticalKey }: ScoreInputProps) {
  const { t } = useTranslation('priority')
  const errorId = useId()
  const [state, setState] = useState(() => ({ text: show(value), source: value }))
  if (!Object.is(state.source, value)) {
    // Changed from outside (undo, another view): show the new value unless the text already says it.
    const current = check(westernDigits(state.text))
    const same = current.ok && current.value === value
    setState({ text: same ? state.text : show(value), source: value })
  }
  const text = westernDigits(state.text).trim()
  const checked = text === '' ? null : check(text)
  const issue = checked && !checked.ok ? checked.issue : null
  const refusedEmpty = text === '' && !clearable && value !== null

  return (
    <span className={['score-input', issue ? 'score-input--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <input
        className="input score-input__field"
        type="text"
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        value={state.text}
        aria-label={label}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
        onChange={(e) => {
          const next = e.target.value
          setState({ text: next, source: value })
          const raw = westernDigits(next).trim()
          if (raw === '') {
            if (clearable && value !== null) onCommit(null)
            return
          }
          const c = check(raw)
          if (c.ok && c.value !== value) onCommit(c.value)
        }}
        onBlur={() => {
          if (refusedEmpty) setState({ text: show(value), source: value })
        }}
        onKeyDown={(e) => {
          if (!onVerticalKey) return
          if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault()
            onVerticalKey(e.key === 'ArrowUp' ? -1 : 1, e)
          }
        }}
      />
      {issue && (
        <span className="score-input__error" id={errorId} role="status">
          {t(`errors.${issue.code}`, issue.params)}
        </span>
      )}
    </span>
  )
}

/** Moves focus to the cell of the same column in the previous/next row of a matrix (`data-cell="row:col"`). */
export function focusCell(table: HTMLElement | null, row: number, col: number): void {
  table?.querySelector<HTMLInputElement>(`[data-cell="${row}:${col}"] input`)?.focus()
}
