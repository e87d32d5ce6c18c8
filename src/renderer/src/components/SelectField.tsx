import { useTranslation } from 'react-i18next'
import { FieldShell, type FieldChromeProps } from './Field'

export interface SelectFieldProps<T extends string> extends FieldChromeProps {
  value: T | null
  options: readonly T[]
  /** Translated label of an option, e.g. `(v) => t(\`levels.${v}\`)`. */
  optionLabel: (option: T) => string
  onChange: (value: T | null) => void
  /** Offer the "— Non renseigné —" option that maps to null (default true). */
  allowNone?: boolean
}

const NONE = ''

export function SelectField<T extends string>({ value, options, optionLabel, onChange, allowNone = true, ...chrome }: SelectFieldProps<T>) {
  const { t } = useTranslation('common')
  return (
    <FieldShell {...chrome}>
      {(a11y) => (
        <select
          {...a11y}
          className="input input--select"
          value={value ?? NONE}
          onChange={(e) => {
            const v = e.target.value
            onChange(v === NONE ? null : (options.find((o) => o === v) ?? null))
          }}
        >
          {(allowNone || value === null) && <option value={NONE}>{t('form.none')}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}
