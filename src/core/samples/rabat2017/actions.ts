import type { ActionItem, ActionProgress, Actions } from '../../model/actions'
import type { SamplePart } from '../types'
import { RAISED_ENTRY_IDS } from './minutes'

/**
 * Stage 7 of the Rabat 2017 sample: the regional action plan on the shortage of polyvalent nurses that
 * came out of the workshop — SMART actions linked to the options of evidence.ts (`opt-…`) or to objectives
 * of the objective tree (priority.ts), owned by participants (`pt-…`), stakeholders (`sh-…`) or named
 * freely, budgets in MAD, and two follow-up meetings (October 2017, January 2018) that carried the open
 * actions forward. One owner was later removed from the participant list (kept by name, flagged).
 * Statuses are those recorded at the latest meeting; "late" is derived from the due dates, never stored.
 */

type ItemInput = Pick<ActionItem, 'id' | 'title'> & Partial<ActionItem>

const item = (a: ItemInput): ActionItem => ({
  linkedTo: { kind: 'none', refId: null },
  owner: { kind: 'free', refId: null, name: '' },
  partners: '',
  startDate: null,
  dueDate: null,
  resources: '',
  budget: null,
  fundingSource: '',
  indicator: '',
  baseline: '',
  target: '',
  verification: '',
  status: 'notStarted',
  risks: '',
  comments: '',
  sourceEntryId: null,
  ...a
})

const option = (refId: string) => ({ kind: 'option' as const, refId })
const objective = (refId: string) => ({ kind: 'objective' as const, refId })
const participant = (refId: string, name: string) => ({ kind: 'participant' as const, refId, name })
const stakeholder = (refId: string, name: string) => ({ kind: 'stakeholder' as const, refId, name })
const free = (name: string) => ({ kind: 'free' as const, refId: null, name })

const ITEMS: ActionItem[] = [
  item({
    id: 'act-restitution',
    title: 'Restituer les résultats de l’atelier aux équipes des délégations provinciales',
    owner: participant('pt-drs-director', 'Dr Amina El Alaoui'),
    partners: 'Délégations provinciales de Khémisset, Sidi Kacem et Kénitra',
    startDate: '2017-07-15',
    dueDate: '2017-07-31',
    resources: 'Réunion de coordination régionale mensuelle (pas de coût supplémentaire).',
    indicator: 'Réunions de restitution tenues',
    baseline: '0',
    target: '7 provinces et préfectures',
    verification: 'Comptes rendus des réunions',
    status: 'done'
  }),
  item({
    id: 'act-note-council',
    title: 'Présenter au conseil régional une note sur la pénurie des infirmiers polyvalents',
    linkedTo: objective('cause-recruitment-posts'),
    owner: participant('pt-drs-director', 'Dr Amina El Alaoui'),
    partners: 'Commission des affaires sociales du conseil régional',
    startDate: '2017-07-17',
    dueDate: '2017-09-15',
    resources: 'Note de 4 pages, données du recensement des postes.',
    indicator: 'Note présentée en commission',
    baseline: 'Sujet jamais inscrit à l’ordre du jour de la commission',
    target: 'Inscription à la session de septembre',
    verification: 'Procès-verbal de la commission',
    status: 'done',
    sourceEntryId: RAISED_ENTRY_IDS.note
  }),
  item({
    id: 'act-committee',
    title: 'Constituer le comité régional de suivi du plan d’action',
    owner: free('Secrétariat général de la DRS'),
    partners: 'OMS, conseil régional, délégations provinciales',
    startDate: '2017-07-20',
    dueDate: '2017-09-30',
    indicator: 'Décision de constitution signée',
    target: 'Comité installé, réunion trimestrielle',
    verification: 'Décision du directeur régional',
    status: 'done',
    sourceEntryId: RAISED_ENTRY_IDS.committee
  }),
  item({
    id: 'act-brief',
    title: 'Rédiger la note d’information stratégique du dialogue régional',
    owner: participant('pt-inas-researcher', 'Dr Youssef Chami'),
    partners: 'ENSP, Bureau de l’OMS',
    startDate: '2017-07-20',
    dueDate: '2017-09-30',
    resources: 'Deux chercheurs à mi-temps pendant six semaines ; revue documentaire.',
    budget: 30_000,
    fundingSource: 'Partenariat OMS–UE–Luxembourg',
    indicator: 'Note validée par le comité de pilotage',
    target: 'Note de 12 pages avec trois options',
    verification: 'Note diffusée aux participants',
    status: 'done'
  }),
  item({
    id: 'act-census',
    title: 'Recenser les postes d’infirmiers vacants par province et par établissement',
    linkedTo: objective('cause-recruitment-posts'),
    owner: free('Service de la planification de la DRS'),
    partners: 'Délégations provinciales',
    startDate: '2017-07-20',
    dueDate: '2017-10-31',
    resources: 'Fiches de collecte, un statisticien par délégation.',
    budget: 40_000,
    fundingSource: 'Budget de fonctionnement de la DRS',
    indicator: 'Tableau des postes vacants consolidé',
    baseline: 'Aucun recensement consolidé depuis 2014',
    target: '100 % des établissements des sept provinces',
    verification: 'Tableau transmis à la Direction des ressources humaines',
    status: 'done',
    sourceEntryId: RAISED_ENTRY_IDS.census
  }),
  item({
    id: 'act-incentives-costing',
    title: 'Chiffrer un dispositif d’incitations à l’installation en zone rurale',
    linkedTo: option('opt-retention'),
    owner: participant('pt-ms-dprf', 'M. Youssef Benjelloun'),
    partners: 'Direction du budget, Direction des ressources humaines',
    startDate: '2017-09-01',
    dueDate: '2017-12-31',
    resources: 'Consultant national (30 jours), données de paie.',
    budget: 120_000,
    fundingSource: 'Partenariat OMS–UE–Luxembourg',
    indicator: 'Note de chiffrage disponible',
    target: 'Trois scénarios chiffrés sur cinq ans',
    verification: 'Note transmise au comité de suivi',
    status: 'inProgress',
    risks: 'Accès aux données de paie ; arbitrages de la loi de finances 2018.',
    sourceEntryId: RAISED_ENTRY_IDS.incentives
  }),
  item({
    id: 'act-housing',
    title: 'Identifier et réhabiliter les logements de fonction proches des dispensaires ruraux',
    linkedTo: objective('cause-retention-housing'),
    owner: participant('pt-communes', 'M. Ahmed Benali'),
    partners: 'Délégations provinciales, conseil régional',
    startDate: '2017-10-01',
    dueDate: '2018-03-31',
    resources: 'Inventaire du patrimoine ; travaux de réhabilitation.',
    budget: 2_500_000,
    fundingSource: 'Conseil régional (programme de mise à niveau rurale)',
    indicator: 'Logements de fonction habitables',
    baseline: '14 logements habitables sur 41',
    target: '35 logements habitables',
    verification: 'Procès-verbaux de réception des travaux',
    status: 'inProgress',
    risks: 'Délais des marchés publics.'
  }),
  item({
    id: 'act-career',
    title: 'Proposer des mesures de déroulement de carrière pour les infirmiers en poste isolé',
    linkedTo: option('opt-retention'),
    owner: participant('pt-ms-drh', 'Mme Latifa Bennis'),
    partners: 'Syndicat indépendant des infirmiers, FNS-UMT',
    startDate: '2017-10-01',
    dueDate: '2018-06-30',
    indicator: 'Projet de mesures soumis au Ministère',
    target: 'Bonification d’ancienneté après trois ans de service rural',
    verification: 'Courrier de transmission',
    status: 'notStarted',
    risks: 'Relève d’un texte national : la région ne peut que proposer.'
  }),
  item({
    id: 'act-ispits-quota',
    title: 'Étudier une filière polyvalente réservée aux bacheliers des provinces déficitaires',
    linkedTo: option('opt-training'),
    owner: participant('pt-ispits', 'Dr Samira Benkirane'),
    partners: 'DRS, Ministère de l’Enseignement supérieur',
    startDate: '2017-09-15',
    dueDate: '2018-02-28',
    budget: 60_000,
    fundingSource: 'Budget de l’ISPITS de Rabat',
    indicator: 'Étude de faisabilité remise',
    baseline: '0 place réservée',
    target: '40 places réservées par promotion',
    verification: 'Arrêté d’ouverture du concours',
    status: 'inProgress',
    sourceEntryId: RAISED_ENTRY_IDS.training
  }),
  item({
    id: 'act-internships',
    title: 'Conventionner de nouveaux terrains de stage encadré en milieu rural',
    linkedTo: objective('cause-training-internships'),
    owner: participant('pt-dp-sidi-kacem', 'Dr Fatima Zahra Cherkaoui'),
    partners: 'ISPITS de Rabat, centres de santé ruraux',
    startDate: '2017-10-15',
    dueDate: '2018-06-30',
    budget: 80_000,
    fundingSource: 'Budget régional',
    indicator: 'Conventions de stage signées',
    baseline: '3 terrains de stage ruraux',
    target: '12 terrains de stage ruraux',
    verification: 'Conventions signées',
    status: 'notStarted'
  }),
  item({
    id: 'act-service-commitment',
    title: 'Rédiger une convention d’engagement de service dans la région pour les lauréats',
    linkedTo: option('opt-training'),
    owner: stakeholder('sh-ms-drh', 'Direction des ressources humaines du Ministère de la Santé (DRH)'),
    startDate: '2017-09-01',
    dueDate: '2017-12-31',
    status: 'dropped',
    comments: 'Abandonnée en janvier 2018 : un cadre national est en préparation au Ministère.'
  }),
  item({
    id: 'act-task-sharing-study',
    title: 'Analyser le cadre juridique de la délégation de tâches aux infirmiers polyvalents',
    linkedTo: option('opt-task-sharing'),
    owner: participant('pt-ensp', 'Pr Mohammed Lahlou'),
    partners: 'Direction des ressources humaines, syndicats infirmiers',
    startDate: '2017-09-01',
    dueDate: '2017-12-15',
    budget: 50_000,
    fundingSource: 'Bureau de l’OMS au Maroc',
    indicator: 'Note juridique remise',
    verification: 'Note présentée au comité de suivi',
    status: 'done'
  }),
  item({
    id: 'act-mobile-units',
    title: 'Programmer les tournées des unités médicales mobiles dans les douars isolés',
    linkedTo: option('opt-task-sharing'),
    owner: participant('pt-dp-khemisset', 'Dr Rachid Ouazzani'),
    partners: 'Communes rurales, Association Amal pour la santé rurale',
    startDate: '2017-09-01',
    dueDate: '2017-12-31',
    resources: 'Deux unités mobiles, carburant, indemnités de déplacement.',
    budget: 900_000,
    fundingSource: 'Budget régional (INDH)',
    indicator: 'Douars desservis au moins une fois par mois',
    baseline: '18 douars',
    target: '45 douars',
    verification: 'Registres des tournées',
    status: 'done'
  }),
  item({
    id: 'act-dialogue',
    title: 'Organiser le dialogue régional sur la pénurie des infirmiers polyvalents',
    owner: participant('pt-drs-director', 'Dr Amina El Alaoui'),
    partners: 'Bureau de l’OMS, conseil régional',
    startDate: '2017-10-01',
    dueDate: '2017-12-15',
    resources: 'Salle, interprétation arabe–français, modérateur, rapporteur.',
    budget: 180_000,
    fundingSource: 'Partenariat OMS–UE–Luxembourg',
    indicator: 'Dialogue tenu et synthèse diffusée',
    target: '18 à 22 participants, dont un tiers de décideurs',
    verification: 'Synthèse du dialogue et feuille de présence',
    status: 'inProgress',
    risks: 'Calendrier du conseil régional.'
  }),
  item({
    id: 'act-dashboard',
    title: 'Mettre en place un tableau de bord trimestriel des effectifs infirmiers',
    owner: participant('pt-drs-statistician', 'M. Adil Naciri'),
    partners: 'Délégations provinciales, Bureau de l’OMS',
    startDate: '2017-11-01',
    dueDate: '2018-03-31',
    budget: 70_000,
    fundingSource: 'Bureau de l’OMS au Maroc',
    indicator: 'Tableau de bord publié chaque trimestre',
    target: '4 éditions par an',
    verification: 'Tableaux de bord archivés',
    status: 'notStarted',
    comments: 'Le statisticien désigné a quitté la DRS ; désigner un nouveau responsable.'
  }),
  item({
    id: 'act-users-info',
    title: 'Informer les usagers et les comités de gestion des centres de santé des mesures retenues',
    owner: participant('pt-assoc-amal', 'Mme Zineb Aït Ali'),
    partners: 'Comités de gestion des centres de santé ruraux',
    startDate: '2018-01-15',
    dueDate: '2018-04-30',
    budget: 25_000,
    fundingSource: 'Conseil régional',
    indicator: 'Réunions d’information tenues',
    target: 'Une réunion par province',
    verification: 'Listes de présence',
    status: 'notStarted'
  })
]

const row = (actionId: string, status: ActionProgress['status'], percent: number | null, note = ''): ActionProgress => ({ actionId, status, percent, note })

export const actions: SamplePart = () => {
  const value: Actions = {
    currency: 'MAD',
    items: ITEMS,
    followUps: [
      {
        id: 'fu-2017-10',
        date: '2017-10-12',
        notes: 'Première réunion du comité régional de suivi, à la DRS. Quatre actions réalisées depuis l’atelier ; les autres sont reportées.',
        progress: [
          row('act-census', 'inProgress', 60, 'Cinq provinces sur sept ont transmis leurs fiches.'),
          row('act-incentives-costing', 'inProgress', 20, 'Termes de référence du consultant validés.'),
          row('act-housing', 'notStarted', null),
          row('act-career', 'notStarted', null),
          row('act-ispits-quota', 'inProgress', 30),
          row('act-internships', 'notStarted', null),
          row('act-service-commitment', 'inProgress', 10),
          row('act-task-sharing-study', 'inProgress', 40),
          row('act-mobile-units', 'inProgress', 50, 'Première unité mobile en service depuis le 1er octobre.'),
          row('act-dialogue', 'inProgress', 20, 'Date à fixer avec le conseil régional.'),
          row('act-dashboard', 'notStarted', null),
          row('act-users-info', 'notStarted', null)
        ]
      },
      {
        id: 'fu-2018-01',
        date: '2018-01-18',
        notes: 'Deuxième réunion du comité de suivi. Le dialogue régional est reporté à février 2018.',
        progress: [
          row('act-census', 'done', 100),
          row('act-incentives-costing', 'inProgress', 70, 'Deux scénarios chiffrés sur trois.'),
          row('act-housing', 'inProgress', 25, 'Inventaire terminé ; appel d’offres lancé.'),
          row('act-career', 'notStarted', null),
          row('act-ispits-quota', 'inProgress', 60),
          row('act-internships', 'notStarted', null, 'Attend la nouvelle promotion de l’ISPITS.'),
          row('act-service-commitment', 'dropped', null, 'Cadre national en préparation.'),
          row('act-task-sharing-study', 'done', 100),
          row('act-mobile-units', 'done', 100),
          row('act-dialogue', 'inProgress', 80, 'Reporté à février 2018 (calendrier du conseil régional).'),
          row('act-dashboard', 'notStarted', null, 'Responsable à remplacer.'),
          row('act-users-info', 'notStarted', null)
        ]
      }
    ]
  }
  return { actions: value }
}
