import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../../core/i18n/languages'
import { Button, DateField, IconButton } from '../../components'
import { useLang } from '../../i18n/language'

const MAX_DAYS = 14

/** One or more dialogue days: each an editable date, plus a "new day" field (duplicates refused, sorted on add). */
export function DatesEditor({ dates, onChange }: { dates: readonly string[]; onChange: (dates: string[]) => void }) {
  const { t } = useTranslation('design')
  const lang = useLang()
  const [draft, setDraft] = useState<string | null>(null)
  const duplicate = draft !== null && dates.includes(draft)
  const full = dates.length >= MAX_DAYS
  const add = () => {
    if (draft === null || duplicate || full) return
    onChange([...dates, draft].sort())
    setDraft(null)
  }
  return (
    <fieldset className="field design-dates">
      <legend className="field__label">{t('dates.legend')}</legend>
      {dates.length === 0 ? (
        <p className="field__hint">{t('dates.empty')}</p>
      ) : (
        <ol className="design-dates__list">
          {dates.map((d, i) => (
            <li key={i} className="design-dates__item">
              <DateField
                label={t('dates.day', { index: i + 1 })}
                value={d}
                invalidMessage={t('dates.invalid')}
                error={dates.some((x, j) => j !== i && x === d) ? t('dates.duplicate') : null}
                onChange={(v) => v !== null && onChange(dates.map((x, j) => (j === i ? v : x)))}
              />
              <IconButton icon="×" label={t('dates.remove', { date: formatDate(d, lang) })} className="btn--danger-ghost" onClick={() => onChange(dates.filter((_, j) => j !== i))} />
            </li>
          ))}
        </ol>
      )}
      <div className="design-dates__add">
        <DateField label={t('dates.new')} value={draft} invalidMessage={t('dates.invalid')} error={duplicate ? t('dates.duplicate') : full ? t('dates.max') : null} onChange={setDraft} />
        <Button onClick={add} disabled={draft === null || duplicate || full}>
          <span aria-hidden="true">{'+ '}</span>
          {t('dates.add')}
        </Button>
      </div>
    </fieldset>
  )
}
