import i18next, { type i18n as I18n } from 'i18next'
import type { Lang } from '../model/common'
import { resources, NAMESPACES } from './resources'
import { DEFAULT_LANGUAGE } from './languages'

/**
 * A ready i18next instance (synchronous init: resources are bundled, nothing is fetched).
 * Used by the renderer (with react-i18next), by main (menu) and by the Word builders.
 */
export function createI18n(lng: Lang = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['fr', 'ar', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false
  })
  return instance
}

/** Text direction of a language, from i18next itself (no hand-kept RTL list). */
const probe = i18next.createInstance()
void probe.init({ initAsync: false })
export function directionOf(lng: Lang): 'ltr' | 'rtl' {
  return probe.dir(lng)
}
