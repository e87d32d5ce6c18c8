import type { Lang } from '../model/common'
import frCommon from './locales/fr/common.json'
import arCommon from './locales/ar/common.json'
import enCommon from './locales/en/common.json'
import frFraming from './locales/fr/framing.json'
import arFraming from './locales/ar/framing.json'
import enFraming from './locales/en/framing.json'
import frUi from './locales/fr/ui.json'
import arUi from './locales/ar/ui.json'
import enUi from './locales/en/ui.json'
import frDocuments from './locales/fr/documents.json'
import arDocuments from './locales/ar/documents.json'
import enDocuments from './locales/en/documents.json'
import frPriority from './locales/fr/priority.json'
import arPriority from './locales/ar/priority.json'
import enPriority from './locales/en/priority.json'
import frEvidence from './locales/fr/evidence.json'
import arEvidence from './locales/ar/evidence.json'
import enEvidence from './locales/en/evidence.json'
import frMinutes from './locales/fr/minutes.json'
import arMinutes from './locales/ar/minutes.json'
import enMinutes from './locales/en/minutes.json'
import frActions from './locales/fr/actions.json'
import arActions from './locales/ar/actions.json'
import enActions from './locales/en/actions.json'
import frEvaluation from './locales/fr/evaluation.json'
import arEvaluation from './locales/ar/evaluation.json'
import enEvaluation from './locales/en/evaluation.json'
import frAgenda from './locales/fr/agenda.json'
import arAgenda from './locales/ar/agenda.json'
import enAgenda from './locales/en/agenda.json'

import frStakeholders from './locales/fr/stakeholders.json'
import arStakeholders from './locales/ar/stakeholders.json'
import enStakeholders from './locales/en/stakeholders.json'
import frDesign from './locales/fr/design.json'
import arDesign from './locales/ar/design.json'
import enDesign from './locales/en/design.json'
import frSafety from './locales/fr/safety.json'
import arSafety from './locales/ar/safety.json'
import enSafety from './locales/en/safety.json'

/**
 * Every namespace in every language. A stage adds its namespace here (one JSON file per language);
 * `test/core/i18n.test.ts` fails when a key is missing in any language.
 */
export const resources = {
  fr: { common: frCommon, safety: frSafety, stakeholders: frStakeholders, design: frDesign, framing: frFraming, ui: frUi, documents: frDocuments, priority: frPriority, evidence: frEvidence, minutes: frMinutes, actions: frActions, evaluation: frEvaluation, agenda: frAgenda },
  ar: { common: arCommon, safety: arSafety, stakeholders: arStakeholders, design: arDesign, framing: arFraming, ui: arUi, documents: arDocuments, priority: arPriority, evidence: arEvidence, minutes: arMinutes, actions: arActions, evaluation: arEvaluation, agenda: arAgenda },
  en: { common: enCommon, safety: enSafety, stakeholders: enStakeholders, design: enDesign, framing: enFraming, ui: enUi, documents: enDocuments, priority: enPriority, evidence: enEvidence, minutes: enMinutes, actions: enActions, evaluation: enEvaluation, agenda: enAgenda }
} satisfies Record<Lang, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['fr']
export const NAMESPACES = Object.keys(resources.fr) as Namespace[]
