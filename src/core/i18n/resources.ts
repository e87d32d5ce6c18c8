import type { Lang } from '../model/common'
import frCommon from './locales/fr/common.json'
import arCommon from './locales/ar/common.json'
import enCommon from './locales/en/common.json'
import frFraming from './locales/fr/framing.json'
import arFraming from './locales/ar/framing.json'
import enFraming from './locales/en/framing.json'

/**
 * Every namespace in every language. A stage adds its namespace here (one JSON file per language);
 * `test/core/i18n.test.ts` fails when a key is missing in any language.
 */
export const resources = {
  fr: { common: frCommon, framing: frFraming },
  ar: { common: arCommon, framing: arFraming },
  en: { common: enCommon, framing: enFraming }
} satisfies Record<Lang, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['fr']
export const NAMESPACES = Object.keys(resources.fr) as Namespace[]
