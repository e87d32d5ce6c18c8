import type { SamplePart } from '../types'
import { framing } from './framing'
import { priority } from './priority'
import { evidence } from './evidence'
import { agenda } from './agenda'
import { stakeholders } from './stakeholders'
import { design } from './design'
import { minutes } from './minutes'
import { actions } from './actions'
import { evaluation } from './evaluation'

/**
 * The Rabat 2017 workshop (WHO training and consultation on policy dialogue for advanced regionalisation,
 * 6–7 July 2017) as a sample project, one part per stage. Extension point: a stage file
 * (`evidence.ts`, `stakeholders.ts`, `design.ts`, `agenda.ts`, `minutes.ts`, `actions.ts`,
 * `evaluation.ts`) exports a `SamplePart` and is added to this list. A part replaces its stage's blank
 * defaults entirely (e.g. a `stakeholders` part must bring the Moroccan categories itself).
 */
const parts: readonly SamplePart[] = [framing, priority, evidence, agenda, stakeholders, design, minutes, actions, evaluation]

export const rabat2017 = { parts, docLanguage: 'fr' as const }
