import { useTranslation } from 'react-i18next'

/**
 * A compact select for a table cell: no visible label (the column header is the label, `label` gives the
 * accessible name), "— Non renseigné —" maps to null.
 */
export function CellSelect<T extends string>({
  value,
  options,
  optionLabel,
  onChange,
  label,
  allowNone = true,
  className
}: {
  value: T | null
  options: readonly T[]
  optionLabel: (o: T) => string
  onChange: (v: T | null) => void
  label: string
  allowNone?: boolean
  className?: string
}) {
  const { t } = useTranslation('common')
  return (
    <select
      className={['input', 'input--select', 'cell-select', className ?? ''].filter(Boolean).join(' ')}
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? null)}
    >
      {(allowNone || value === null) && <option value="">{t('form.none')}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {optionLabel(o)}
        </option>
      ))}
    </select>
  )
}
