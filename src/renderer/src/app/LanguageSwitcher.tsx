import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../core/model/common'
import { useUiLanguage } from '../i18n/language'

/** fr / العربية / English — each name in its own language; the choice is saved in the settings. */
export function LanguageSwitcher() {
  const { t } = useTranslation('common')
  const { lang, setLang } = useUiLanguage()
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          dir="auto"
          className="lang-switch__btn"
          aria-pressed={l === lang}
          onClick={() => l !== lang && setLang(l)}
        >
          {t(`language.${l}`, { lng: l })}
        </button>
      ))}
    </div>
  )
}
