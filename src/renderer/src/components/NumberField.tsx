import { useTranslation } from 'react-i18next'
import type { FieldChromeProps } from './Field'
import { ParsedInput } from './ParsedInput'
import { parseNumber } from './parse'

export interface NumberFieldProps extends FieldChromeProps {
  value: number | null
  onChange: (value: number | null) => void
  min?: number
  max?: number
  /** Whole numbers only (scores, counts). */
  integer?: boolean
  /** Translated message for unreadable input (defaults to a generic one). */
  invalidMessage?: string
  placeholder?: string
  suffix?: string
}

const formatNumberInput = (n: number | null) => (n === null ? '' : String(n))

export function NumberField({ value, onChange, min, max, integer, invalidMessage, placeholder, suffix, ...chrome }: NumberFieldProps) {
  const { t } = useTranslation('ui')
  return (
    <ParsedInput<number | null>
      {...chrome}
      value={value}
      onChange={onChange}
      format={formatNumberInput}
      parse={(text) => {
        const p = parseNumber(text)
        return p.ok && integer && p.value !== null && !Number.isInteger(p.value) ? { ok: false } : p
      }}
      validate={(n) =>
        n !== null && ((min !== undefined && n < min) || (max !== undefined && n > max))
          ? t('field.numberRange', { min: min ?? '−∞', max: max ?? '∞' })
          : null
      }
      invalidMessage={invalidMessage ?? t('field.numberInvalid')}
      placeholder={placeholder}
      inputMode={integer ? 'numeric' : 'decimal'}
      inputClassName="input--number"
      suffix={suffix}
    />
  )
}
