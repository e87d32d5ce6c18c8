import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../core/i18n/languages'
import { useLang } from '../i18n/language'
import type { FieldChromeProps } from './Field'
import { ParsedInput } from './ParsedInput'
import { parseIsoDate } from './parse'

export interface DateFieldProps extends FieldChromeProps {
  /** ISO calendar date `YYYY-MM-DD`, or null. */
  value: string | null
  onChange: (value: string | null) => void
  invalidMessage?: string
}

const same = (s: string | null) => s ?? ''

/** A date typed as YYYY-MM-DD (or DD/MM/YYYY), shown back in words ("6 juillet 2017"). No native picker. */
export function DateField({ value, onChange, invalidMessage, ...chrome }: DateFieldProps) {
  const { t } = useTranslation('ui')
  const lang = useLang()
  return (
    <ParsedInput<string | null>
      {...chrome}
      value={value}
      onChange={onChange}
      format={same}
      parse={parseIsoDate}
      invalidMessage={invalidMessage ?? t('field.dateInvalid')}
      placeholder={t('field.datePlaceholder')}
      inputMode="numeric"
      inputClassName="input--date"
      suffix={value ? formatDate(value, lang) : undefined}
    />
  )
}
