import type { AttendanceMark, EntryType, MinuteEntry, Minutes } from '../../model/minutes'
import type { SamplePart } from '../types'

/**
 * Stage 6 of the Rabat 2017 sample: the minutes of the two days, taken under the Chatham House rule (no
 * speaker on any entry), keyed to the agenda blocks of agenda.ts (`blk-…`), with the attendance of the
 * participants of design.ts (`pt-…`) per half-day. The "action raised" entries of "Qui fait quoi" are
 * linked to the action-plan items of actions.ts (`act-…`). The minutes were finalised on 10 July 2017
 * and amended once since. Fixed ids are listed in /work/notes/sample-ids.md.
 */

/** Morocco was on UTC+1 in July 2017: local 09:05 is 08:05Z. */
const at = (day: 1 | 2, hhmm: string): string => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number]
  return `2017-07-0${day === 1 ? 6 : 7}T${String(h - 1).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`
}

const entry = (id: string, blockId: string, type: EntryType, day: 1 | 2, time: string, text: string, actionId: string | null = null): MinuteEntry => ({
  id,
  blockId,
  type,
  text,
  speaker: '',
  createdAt: at(day, time),
  actionId
})

/** Entry ids of the actions raised, shared with actions.ts (`sourceEntryId`). */
export const RAISED_ENTRY_IDS = {
  note: 'min-d2-who-1',
  census: 'min-d2-who-2',
  incentives: 'min-d2-who-3',
  training: 'min-d2-who-4',
  committee: 'min-d2-who-5'
} as const

const ENTRIES: MinuteEntry[] = [
  entry('min-d1-open-1', 'blk-d1-opening', 'keyPoint', 1, '09:12', 'L’atelier ouvre la série de dialogues politiques prévue en 2017 par la feuille de route du Partenariat pour la couverture sanitaire universelle au Maroc.'),
  entry('min-d1-open-2', 'blk-d1-opening', 'keyPoint', 1, '09:20', 'Le nouveau plan stratégique 2017-2021 devra se déployer au niveau régional, en cohérence avec l’agenda de la régionalisation avancée et le Livre blanc.'),
  entry('min-d1-obj-1', 'blk-d1-objectives', 'agreement', 1, '09:40', 'Les participants acceptent les règles de travail : règle de Chatham House, pas de recherche de consensus, téléphones en mode silencieux.'),
  entry('min-d1-who-1', 'blk-d1-who-framework', 'keyPoint', 1, '10:05', 'Le dialogue politique réunit décideurs, parties prenantes et chercheurs autour d’un problème prioritaire, sur la base d’une note d’information diffusée à l’avance.'),
  entry('min-d1-who-2', 'blk-d1-who-framework', 'keyPoint', 1, '10:20', 'Un dialogue éclaire la décision sans s’y substituer : il produit une compréhension partagée et des pistes d’action, pas un vote.'),
  entry('min-d1-ex-1', 'blk-d1-examples', 'keyPoint', 1, '11:05', 'Exemples présentés : dialogues sur la rétention du personnel en zone rurale (Afrique de l’Ouest) et sur la santé maternelle (Tunisie).'),
  entry('min-d1-debate-1', 'blk-d1-debate', 'agreement', 1, '11:40', 'Large accord sur l’utilité d’un dialogue régional pour relier le plan stratégique national aux priorités des régions.'),
  entry('min-d1-debate-2', 'blk-d1-debate', 'disagreement', 1, '11:55', 'Divergence sur le niveau de décision : certains estiment que les marges de manœuvre des DRS restent trop faibles tant que la gestion des postes budgétaires est centralisée.'),
  entry('min-d1-debate-3', 'blk-d1-debate', 'proposal', 1, '12:10', 'Associer dès la préparation le conseil régional et sa commission des affaires sociales (loi organique 111-14).'),
  entry('min-d1-debate-4', 'blk-d1-debate', 'keyPoint', 1, '12:20', 'Préalables cités : un porteur identifié, des données régionales fiables, un calendrier compatible avec l’élaboration du budget.'),
  entry('min-d1-strat-1', 'blk-d1-strategy', 'keyPoint', 1, '14:20', 'Les grandes orientations de la stratégie sectorielle mettent l’accent sur l’accès aux soins en milieu rural et sur les ressources humaines.'),
  entry('min-d1-reg-1', 'blk-d1-regionalisation', 'keyPoint', 1, '15:05', 'Le schéma régional de l’offre de soins (SROS) est l’instrument de planification régionale prévu par la loi-cadre 34-09.'),
  entry('min-d1-reg-2', 'blk-d1-regionalisation', 'disagreement', 1, '15:20', 'Les avis divergent sur la capacité des régions à cofinancer des postes de santé sur leur budget propre.'),
  entry('min-d1-prob-1', 'blk-d1-problems', 'keyPoint', 1, '16:05', 'Problématiques proposées par les directeurs régionaux : pénurie des infirmiers polyvalents, organisation de l’offre de soins en santé maternelle, prise en charge des personnes en situation de handicap, plan de développement multi-région pour le Sud.'),
  entry('min-d1-prob-2', 'blk-d1-problems', 'keyPoint', 1, '16:30', 'Dans plusieurs provinces, des dispensaires ruraux ferment faute d’infirmier polyvalent ; les postes vacants se concentrent dans les communes rurales éloignées.'),
  entry('min-d1-prob-3', 'blk-d1-problems', 'proposal', 1, '16:45', 'Noter chaque problématique selon une grille explicite (ampleur, gravité, équité, faisabilité, acceptabilité) avant de choisir.'),
  entry('min-d1-wrap-1', 'blk-d1-wrapup', 'keyPoint', 1, '17:05', 'Synthèse du jour : besoin d’un dialogue régional confirmé ; la grille de priorisation sera remplie demain matin.'),
  entry('min-d2-prio-1', 'blk-d2-priorities', 'keyPoint', 2, '09:20', 'Restitution de la grille : la pénurie des infirmiers polyvalents obtient le score le plus élevé, notamment pour l’ampleur et l’équité.'),
  entry('min-d2-prio-2', 'blk-d2-priorities', 'decision', 2, '09:40', 'La pénurie des infirmiers polyvalents en milieu rural est retenue comme problématique du premier dialogue régional de Rabat-Salé-Kénitra.'),
  entry('min-d2-steps-1', 'blk-d2-steps', 'keyPoint', 2, '10:00', 'Étapes rappelées : cadrage, note d’information, cartographie des parties prenantes, conception, ordre du jour, dialogue, plan d’action, évaluation.'),
  entry('min-d2-groups-1', 'blk-d2-groups', 'proposal', 2, '11:00', 'Groupe 1 : proposer des incitations à l’installation en zone rurale (logement de fonction, prime d’éloignement, déroulement de carrière).'),
  entry('min-d2-groups-2', 'blk-d2-groups', 'proposal', 2, '11:20', 'Groupe 2 : former des infirmiers polyvalents issus des provinces déficitaires, avec engagement de service dans la région.'),
  entry('min-d2-groups-3', 'blk-d2-groups', 'proposal', 2, '11:35', 'Groupe 3 : développer la délégation de tâches et les unités médicales mobiles pour les douars les plus isolés.'),
  entry('min-d2-report-1', 'blk-d2-report-back', 'agreement', 2, '12:20', 'Accord sur la nécessité de combiner plusieurs options plutôt que d’en choisir une seule.'),
  entry('min-d2-report-2', 'blk-d2-report-back', 'disagreement', 2, '12:35', 'Les représentants des infirmiers s’inquiètent d’une délégation de tâches sans cadre juridique ni revalorisation.'),
  entry('min-d2-report-3', 'blk-d2-report-back', 'keyPoint', 2, '12:45', 'La disponibilité de places de stage encadré limite l’augmentation des effectifs formés à l’ISPITS.'),
  entry('min-d2-support-1', 'blk-d2-support', 'keyPoint', 2, '14:10', 'Le Ministère et le Partenariat OMS–UE–Luxembourg proposent un appui technique pour la note d’information et l’animation du dialogue.'),
  entry(RAISED_ENTRY_IDS.note, 'blk-d2-who-does-what', 'actionRaised', 2, '14:40', 'La DRS prépare une note au conseil régional présentant la problématique et sollicitant son implication dans le dialogue.', 'act-note-council'),
  entry(RAISED_ENTRY_IDS.census, 'blk-d2-who-does-what', 'actionRaised', 2, '14:45', 'Recenser les postes d’infirmiers vacants par province et par établissement, avec les délégations provinciales.', 'act-census'),
  entry(RAISED_ENTRY_IDS.incentives, 'blk-d2-who-does-what', 'actionRaised', 2, '14:50', 'Chiffrer un dispositif d’incitations à l’installation en zone rurale (logement, prime, carrière).', 'act-incentives-costing'),
  entry(RAISED_ENTRY_IDS.training, 'blk-d2-who-does-what', 'actionRaised', 2, '14:55', 'Étudier avec l’ISPITS de Rabat l’ouverture d’une filière polyvalente réservée aux bacheliers des provinces déficitaires.', 'act-ispits-quota'),
  entry(RAISED_ENTRY_IDS.committee, 'blk-d2-who-does-what', 'actionRaised', 2, '15:00', 'Constituer un comité régional de suivi du plan d’action, réuni chaque trimestre.', 'act-committee'),
  entry('min-d2-who-6', 'blk-d2-who-does-what', 'decision', 2, '15:05', 'Le premier dialogue régional se tiendra avant la fin de l’année, après diffusion de la note d’information.'),
  entry('min-d2-close-1', 'blk-d2-closing', 'agreement', 2, '15:40', 'Les participants remercient l’OMS et souhaitent que la démarche soit étendue aux autres régions.')
]

type Mark = 'P' | 'A' | 'E'
const STATUS: Record<Mark, AttendanceMark['status']> = { P: 'present', A: 'absent', E: 'excused' }

/** Per participant: day 1 morning, day 1 afternoon, day 2 morning, day 2 afternoon. */
const ATTENDANCE: Record<string, [Mark, Mark, Mark, Mark]> = {
  'pt-drs-director': ['P', 'P', 'P', 'P'],
  'pt-ms-drh': ['P', 'P', 'P', 'E'],
  'pt-ms-dprf': ['P', 'P', 'P', 'P'],
  'pt-crsk': ['P', 'E', 'P', 'P'],
  'pt-wilaya': ['E', 'E', 'E', 'E'],
  'pt-dp-khemisset': ['P', 'P', 'P', 'P'],
  'pt-dp-sidi-kacem': ['P', 'P', 'P', 'P'],
  'pt-dp-kenitra': ['A', 'A', 'P', 'P'],
  'pt-finances': ['P', 'P', 'A', 'A'],
  'pt-chu': ['P', 'P', 'P', 'P'],
  'pt-sii': ['P', 'P', 'P', 'P'],
  'pt-fns-umt': ['P', 'P', 'P', 'P'],
  'pt-anam': ['P', 'E', 'P', 'P'],
  'pt-assoc-amal': ['P', 'P', 'P', 'P'],
  'pt-usagers': ['P', 'P', 'P', 'A'],
  'pt-communes': ['P', 'P', 'E', 'E'],
  'pt-laureats': ['A', 'A', 'P', 'P'],
  'pt-ispits': ['P', 'P', 'P', 'P'],
  'pt-ensp': ['P', 'P', 'P', 'P'],
  'pt-inas-researcher': ['P', 'P', 'P', 'P'],
  'pt-oms': ['P', 'P', 'P', 'P'],
  'pt-ue': ['A', 'A', 'A', 'A'],
  'pt-facilitator': ['P', 'P', 'P', 'P'],
  'pt-rapporteur': ['P', 'P', 'P', 'P']
}

const SLOTS = [
  { dayId: 'day-1', half: 'am' },
  { dayId: 'day-1', half: 'pm' },
  { dayId: 'day-2', half: 'am' },
  { dayId: 'day-2', half: 'pm' }
] as const

const attendance = (): AttendanceMark[] =>
  Object.entries(ATTENDANCE).flatMap(([participantId, marks]) =>
    marks.map((m, i) => ({ participantId, dayId: SLOTS[i]!.dayId, half: SLOTS[i]!.half, status: STATUS[m] }))
  )

export const minutes: SamplePart = () => {
  const value: Minutes = {
    status: 'final',
    finalisedAt: '2017-07-10T15:30:00.000Z',
    entries: ENTRIES.map((e) => (e.id === 'min-d2-report-3' ? { ...e, text: 'La disponibilité de places de stage encadré en milieu rural limite l’augmentation des effectifs formés à l’ISPITS.' } : e)),
    attendance: attendance(),
    amendments: [
      {
        id: 'amd-1',
        at: '2017-07-12T09:15:00.000Z',
        author: 'Dr Nadia Fassi-Fihri',
        reason: 'Précision demandée par la directrice des études de l’ISPITS lors de la relecture',
        kind: 'editEntry',
        entryId: 'min-d2-report-3',
        before: 'La disponibilité de places de stage encadré limite l’augmentation des effectifs formés à l’ISPITS.',
        after: 'La disponibilité de places de stage encadré en milieu rural limite l’augmentation des effectifs formés à l’ISPITS.',
        typeChange: null,
        mark: null
      },
      {
        id: 'amd-2',
        at: '2017-07-12T09:20:00.000Z',
        author: 'Dr Nadia Fassi-Fihri',
        reason: 'Excuse écrite reçue de la délégation de Kénitra le 11 juillet',
        kind: 'attendance',
        entryId: null,
        before: 'absent',
        after: 'excused',
        typeChange: null,
        mark: { participantId: 'pt-dp-kenitra', dayId: 'day-1', half: 'am' }
      }
    ],
    // Consensus was not sought (design): no consensus statement.
    consensusStatement: ''
  }
  // The attendance amendment changed the mark: apply it to the stored sheet too.
  value.attendance = value.attendance.map((m) =>
    m.participantId === 'pt-dp-kenitra' && m.dayId === 'day-1' && m.half === 'am' ? { ...m, status: 'excused' } : m
  )
  return { minutes: value }
}
