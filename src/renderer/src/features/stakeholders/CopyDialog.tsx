import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { serialiseStakeholders, tableLabelsFor } from '../../../../core/analysis/stakeholderPaste'
import { Button, Dialog } from '../../components'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { useStakeholders } from './useStakeholders'

/**
 * The table as tab-separated text, selected and ready for Ctrl+C (or the button) to paste into Excel or
 * LibreOffice — and back into Hiwar: the header and values are the ones the paste dialog reads.
 */
export function CopyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('stakeholders')
  const { reportInfo } = useNotices()
  const lang = useLang()
  const { section } = useStakeholders()
  const ref = useRef<HTMLTextAreaElement>(null)
  const text = useMemo(() => serialiseStakeholders(section.items, tableLabelsFor(lang, section.categories)), [section, lang])
  useEffect(() => {
    ref.current?.select()
  }, [text])
  const copy = async () => {
    ref.current?.select()
    try {
      await navigator.clipboard.writeText(text)
      reportInfo(t('copy.copied'))
      onClose()
    } catch {
      // No clipboard permission (a browser): the text stays selected for Ctrl+C.
      ref.current?.focus()
    }
  }
  return (
    <Dialog
      title={t('copy.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('copy.close')}</Button>
          <Button variant="primary" onClick={() => void copy()}>
            {t('copy.copy')}
          </Button>
        </>
      }
    >
      <div className="sh-paste">
        <p className="field__hint">{t('copy.hint')}</p>
        <label className="field">
          <span className="field__label">{t('copy.label')}</span>
          <textarea ref={ref} className="input input--area sh-paste__input" readOnly rows={10} value={text} dir="auto" />
        </label>
      </div>
    </Dialog>
  )
}
