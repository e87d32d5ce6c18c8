import { useId, type ReactNode } from 'react'

export interface FieldChromeProps {
  /** Visible label (already translated). */
  label: string
  /** Help text under the label (already translated). */
  hint?: string
  /** An error from the caller (already translated); the field's own validation message wins. */
  error?: string | null
  required?: boolean
  className?: string
}

/**
 * Label + control + hint + message, wired for assistive tech: the control gets `id`, `aria-describedby`
 * and `aria-invalid` from the render prop.
 */
export function FieldShell({
  label,
  hint,
  error,
  required,
  className,
  children
}: FieldChromeProps & {
  children: (a11y: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; 'aria-required'?: true }) => ReactNode
}) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className={`field__label${required ? ' field__label--required' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { 'aria-required': true as const } : {})
      })}
      {error && (
        <p className="field__error" id={errorId} role="status">
          {error}
        </p>
      )}
    </div>
  )
}
