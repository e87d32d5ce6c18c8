import { z } from 'zod'
import { Lang } from './common'

export const Settings = z.object({
  uiLanguage: Lang.default('fr'),
  docLanguage: Lang.default('fr')
})
export type Settings = z.infer<typeof Settings>
