import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../core/model/common'

/**
 * The name of a row whose schema requires one (stakeholder, participant). What is typed shows at once; it
 * reaches the project only while it is a valid name, so an emptied field keeps the last good name (and
 * says so) instead of making the project unsavable.
 */
export function NameInput({
  value,
  onCommit,
  requiredMessage,
  label,
  id,
  className,
  invalidClassName = 'input--invalid',
  onKeyDown,
  dataRow,
  autoFocus
}: {
  value: string
  onCommit: (name: string) => void
  /** Shown while the field is empty (already translated, usually quoting the kept name). */
  requiredMessage: string
  /** Accessible name when there is no visible label (`id` given for a visible <label htmlFor>). */
  label?: string
  id?: string
  className?: string
  invalidClassName?: string
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void
  dataRow?: number
  autoFocus?: boolean
}) {
  const { t } = useTranslation('common')
  const [draft, setDraft] = useState(value)
  // Follow outside changes (undo, another editor of the same row) unless the user is fixing an empty draft.
  useEffect(() => {
    setDraft((d) => (d.trim() === '' || d.length > LIMITS.shortText ? d : value))
  }, [value])
  const empty = draft.trim() === ''
  const tooLong = draft.length > LIMITS.shortText
  const message = empty ? requiredMessage : tooLong ? t('form.tooLong', { length: draft.length, max: LIMITS.shortText }) : null
  const messageId = `${useId()}-message`
  return (
    <>
      <input
        id={id}
        className={['input', className ?? '', message ? invalidClassName : ''].filter(Boolean).join(' ')}
        value={draft}
        dir="auto"
        aria-label={label}
        aria-invalid={message ? true : undefined}
        aria-required={true}
        aria-describedby={message ? messageId : undefined}
        data-row={dataRow}
        autoFocus={autoFocus}
        onChange={(e) => {
          const v = e.target.value
          setDraft(v)
          if (v.trim() !== '' && v.length <= LIMITS.shortText) onCommit(v)
        }}
        onBlur={() => {
          if (draft.trim() === '' || tooLong) return
          if (draft !== draft.trim()) {
            setDraft(draft.trim())
            onCommit(draft.trim())
          }
        }}
        onKeyDown={onKeyDown}
      />
      {message && (
        <span className="field__error name-input__message" id={messageId} role="status">
          {message}
        </span>
      )}
    </>
  )
}
