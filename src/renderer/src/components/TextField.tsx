import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../core/model/common'
import { FieldShell, type FieldChromeProps } from './Field'

/** The translated message for a text over its limit, or for a required text left empty. */
export function useTextProblem(value: string, maxLength: number, required: boolean | undefined): string | null {
  const { t } = useTranslation('common')
  if (value.length > maxLength) return t('form.tooLong', { length: value.length, max: maxLength })
  if (required && value.trim() === '') return t('form.required')
  return null
}

export interface TextFieldProps extends FieldChromeProps {
  value: string
  onChange: (value: string) => void
  /** Longer text is kept (never truncated) and flagged with the translated "too long" message. */
  maxLength?: number
  type?: 'text' | 'email' | 'tel' | 'search'
  placeholder?: string
  /** `auto` (default) for user text: Arabic and French both display right. */
  dir?: 'auto' | 'ltr' | 'rtl'
  autoFocus?: boolean
  name?: string
  inputClassName?: string
}

export function TextField({ value, onChange, maxLength = LIMITS.shortText, type = 'text', placeholder, dir = 'auto', autoFocus, name, inputClassName, ...chrome }: TextFieldProps) {
  const problem = useTextProblem(value, maxLength, chrome.required)
  return (
    <FieldShell {...chrome} error={problem ?? chrome.error}>
      {(a11y) => (
        <input
          {...a11y}
          className={['input', inputClassName ?? ''].filter(Boolean).join(' ')}
          type={type}
          name={name}
          value={value}
          dir={dir}
          placeholder={placeholder}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  )
}

export interface TextAreaProps extends Omit<TextFieldProps, 'type'> {
  rows?: number
}

export function TextArea({ value, onChange, maxLength = LIMITS.longText, placeholder, dir = 'auto', rows = 5, autoFocus, name, inputClassName, ...chrome }: TextAreaProps) {
  const problem = useTextProblem(value, maxLength, chrome.required)
  return (
    <FieldShell {...chrome} error={problem ?? chrome.error}>
      {(a11y) => (
        <textarea
          {...a11y}
          className={['input', 'input--area', inputClassName ?? ''].filter(Boolean).join(' ')}
          name={name}
          value={value}
          dir={dir}
          rows={rows}
          placeholder={placeholder}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  )
}
