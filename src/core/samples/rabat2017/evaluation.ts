import { EVALUATION_FEATURES, type Evaluation, type EvaluationResponse, type Lesson } from '../../model/evaluation'
import type { SamplePart } from '../types'

/**
 * Stage 8 of the Rabat 2017 sample: the 20 anonymous questionnaires handed in at the end of the workshop
 * (the 12 STP-14 features rated 1–7 in the order of EVALUATION_FEATURES, then intention to act; `null` =
 * left blank), and the organisers' debrief, each lesson assigned to a person of the organising team.
 * The spread is realistic: the facilitation and the Chatham House rule are rated highest, the
 * pre-circulated brief (sent only ten days before) and the representation of users lowest.
 */

type R = number | null
// priority, problem, options, implementation, who-does-what, brief, factors, people, representation,
// facilitator, chatham, no-consensus | intention, comment
const ROWS: Array<[R, R, R, R, R, R, R, R, R, R, R, R, R, string]> = [
  [7, 6, 6, 5, 5, 4, 6, 6, 5, 7, 7, 6, 7, 'Très utile pour préparer le dialogue de notre région.'],
  [7, 7, 6, 5, 6, 3, 6, 6, 4, 7, 7, 5, 6, 'La note d’information est arrivée trop tard pour être lue.'],
  [6, 6, 5, 4, 5, 4, 5, 6, 5, 6, 7, 6, 6, ''],
  [7, 6, 6, 6, 6, 5, 6, 7, 6, 7, 7, 7, 7, 'Les exemples régionaux étaient concrets.'],
  [6, 5, 5, 4, 4, 3, 5, 5, 4, 6, 6, 4, 5, 'Plus de temps pour les travaux de groupes.'],
  [7, 7, 7, 6, 6, 5, 6, 6, 5, 7, 7, 6, 7, ''],
  [5, 5, 4, 3, 4, 2, 4, 5, 3, 6, 6, 5, 4, 'Les usagers et les infirmiers de terrain étaient peu représentés.'],
  [7, 6, 6, 5, 6, 4, 6, 6, 5, 7, 7, 6, 6, ''],
  [6, 6, 6, 5, 5, 4, 5, 6, 5, 7, 6, 5, 6, 'Prévoir l’interprétation dès l’ouverture.'],
  [7, 7, 6, 6, 7, 5, 7, 7, 6, 7, 7, 7, 7, ''],
  [6, 5, 5, 5, 4, 4, 5, 5, 4, 6, 7, null, 5, ''],
  [7, 6, 5, 4, 5, 3, 5, 6, 5, 6, 7, 6, 6, 'Le conseil régional doit être associé plus tôt.'],
  [4, 5, 4, 4, 3, 3, 4, 4, 3, 5, 6, 3, 4, 'Le lien avec le budget de la région reste flou.'],
  [7, 7, 6, 6, 6, 6, 6, 6, 6, 7, 7, 6, 7, ''],
  [6, 6, 6, 5, 5, 4, 6, 6, 5, 6, 6, 5, 6, ''],
  [7, 6, 7, 5, 6, 4, 6, 7, 5, 7, 7, 6, 7, 'La règle de Chatham House a libéré la parole.'],
  [5, 5, 5, 4, 4, 3, 4, 5, 4, 6, 6, 4, 5, ''],
  [7, 6, 6, 6, 5, 5, 6, 6, 5, 7, 7, 7, 6, ''],
  [6, 6, 5, 5, 5, null, 5, 6, 5, 6, 7, 5, 6, 'Je n’ai pas reçu la note avant l’atelier.'],
  [7, 7, 6, 6, 6, 4, 6, 7, 6, 7, 7, 6, 7, 'Bonne articulation entre le cadre de l’OMS et la régionalisation.']
]

const response = (row: (typeof ROWS)[number], i: number): EvaluationResponse => ({
  id: `resp-${String(i + 1).padStart(2, '0')}`,
  ratings: Object.fromEntries(EVALUATION_FEATURES.map((f, k) => [f, row[k] as R])) as EvaluationResponse['ratings'],
  intentionToAct: row[12],
  comments: row[13],
  // Typed in on the afternoon of day 2, about two minutes per questionnaire (local 16:00 = 15:00Z).
  enteredAt: new Date(Date.UTC(2017, 6, 7, 15, 0 + i * 2)).toISOString()
})

const LESSONS: Lesson[] = [
  {
    id: 'lesson-pack',
    lesson: 'Diffuser le dossier de lecture (note d’information, programme) au moins deux semaines avant le dialogue : il n’a été envoyé que dix jours avant.',
    owner: 'Mme Salma Berrada',
    dueDate: '2017-09-15'
  },
  {
    id: 'lesson-interpretation',
    lesson: 'Prévoir l’interprétation simultanée arabe–français dès la séance d’ouverture, et la tester la veille.',
    owner: 'M. Omar Chraïbi',
    dueDate: '2017-09-15'
  },
  {
    id: 'lesson-council',
    lesson: 'Confirmer plus tôt la participation du conseil régional et de la wilaya, par un courrier du directeur régional suivi d’un appel.',
    owner: 'Dr Amina El Alaoui',
    dueDate: null
  },
  {
    id: 'lesson-groups',
    lesson: 'Réserver plus de temps aux travaux de groupes et réduire les présentations magistrales de la première matinée.',
    owner: 'Pr Abdelaziz Bennani',
    dueDate: null
  },
  {
    id: 'lesson-users',
    lesson: 'Inviter davantage d’infirmiers de terrain et de représentants des usagers pour une représentation plus équitable.',
    owner: 'Mme Salma Berrada',
    dueDate: '2017-10-01'
  },
  {
    id: 'lesson-evaluation',
    lesson: 'Saisir les questionnaires d’évaluation le jour même et partager les résultats avec le comité de pilotage sous une semaine.',
    owner: 'Dr Nadia Fassi-Fihri',
    dueDate: null
  }
]

export const evaluation: SamplePart = () => {
  const value: Evaluation = { responses: ROWS.map(response), debrief: LESSONS }
  return { evaluation: value }
}
