import { useId } from 'react'

export interface CheckboxFieldProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
  disabled?: boolean
  className?: string
}

export function CheckboxField({ label, checked, onChange, hint, disabled, className }: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className={['checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        className="checkbox__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className="checkbox__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint checkbox__hint">
          {hint}
        </p>
      )}
    </div>
  )
}

export interface CheckboxGroupProps<T extends string> {
  legend: string
  options: readonly T[]
  optionLabel: (option: T) => string
  value: readonly T[]
  /** Called with the selection in the order of `options`. */
  onChange: (value: T[]) => void
  hint?: string
}

/** Several checkboxes for a set of values (kept in the order of `options`). */
export function CheckboxGroup<T extends string>({ legend, options, optionLabel, value, onChange, hint }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="field checkbox-group">
      <legend className="field__label">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="checkbox-group__options">
        {options.map((o) => (
          <CheckboxField
            key={o}
            label={optionLabel(o)}
            checked={value.includes(o)}
            onChange={(on) => onChange(options.filter((x) => (x === o ? on : value.includes(x))))}
          />
        ))}
      </div>
    </fieldset>
  )
}
