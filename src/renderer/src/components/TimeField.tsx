import { useTranslation } from 'react-i18next'
import type { FieldChromeProps } from './Field'
import { ParsedInput } from './ParsedInput'
import { parseClockTime } from './parse'

export interface TimeFieldProps extends FieldChromeProps {
  /** 24-hour clock time `HH:MM`, or null. */
  value: string | null
  onChange: (value: string | null) => void
  invalidMessage?: string
}

const same = (s: string | null) => s ?? ''

/** A 24-hour time of our own (the native one may show AM/PM): accepts 9:30, 0930, 9h30. */
export function TimeField({ value, onChange, invalidMessage, ...chrome }: TimeFieldProps) {
  const { t } = useTranslation('ui')
  return (
    <ParsedInput<string | null>
      {...chrome}
      value={value}
      onChange={onChange}
      format={same}
      parse={parseClockTime}
      invalidMessage={invalidMessage ?? t('field.timeInvalid')}
      placeholder={t('field.timePlaceholder')}
      inputMode="numeric"
      inputClassName="input--time"
    />
  )
}
