import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { LANGUAGES, type Lang } from '../../../core/model/common'
import { DEFAULT_LANGUAGE } from '../../../core/i18n/languages'
import { useApi } from '../api/ApiContext'
import { useNotices } from '../api/errors'

const isLang = (v: string): v is Lang => (LANGUAGES as readonly string[]).includes(v)

/** Keeps `<html lang dir>` in step with the i18next language (direction from `i18n.dir()`). */
export function syncDocumentLanguage(i18n: I18n): void {
  const lng = i18n.resolvedLanguage ?? i18n.language
  document.documentElement.lang = lng
  document.documentElement.dir = i18n.dir(lng)
}

export function I18nRoot({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  useEffect(() => {
    syncDocumentLanguage(i18n)
    const onChange = () => syncDocumentLanguage(i18n)
    i18n.on('languageChanged', onChange)
    return () => i18n.off('languageChanged', onChange)
  }, [i18n])
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}

/** The current UI language, for `formatDate`/`formatTime`/`formatNumber`. */
export function useLang(): Lang {
  const { i18n } = useTranslation()
  const lng = i18n.resolvedLanguage ?? i18n.language
  return isLang(lng) ? lng : DEFAULT_LANGUAGE
}

/**
 * Restores the UI language saved in settings, once, when the app starts; `ready` turns true when done
 * (also when settings cannot be read: the error is shown and French stays).
 */
export function useRestoredLanguage(): boolean {
  const api = useApi()
  const { unwrap } = useNotices()
  const { i18n } = useTranslation()
  const [ready, setReady] = useState(false)
  const unwrapRef = useRef(unwrap)
  unwrapRef.current = unwrap
  useEffect(() => {
    let live = true
    void api.getSettings().then(async (r) => {
      const settings = unwrapRef.current(r)
      if (live && settings && settings.uiLanguage !== (i18n.resolvedLanguage ?? i18n.language)) {
        await i18n.changeLanguage(settings.uiLanguage)
      }
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [api, i18n])
  return ready
}

/** The current UI language and a setter that switches the UI and saves the choice in settings. */
export function useUiLanguage(): { lang: Lang; setLang: (lng: Lang) => void } {
  const api = useApi()
  const { unwrap } = useNotices()
  const { i18n } = useTranslation()
  const lang = useLang()
  const setLang = useCallback(
    (lng: Lang) => {
      void i18n.changeLanguage(lng)
      void api.setSettings({ uiLanguage: lng }).then((r) => unwrap(r))
    },
    [api, i18n, unwrap]
  )
  return { lang, setLang }
}
