import { defaultStakeholderCategories } from '../../project/factory'
import type { Position, Power, StakeholderSnapshot } from '../../model/stakeholders'
import type { StakeholderCategoryKey } from '../../model/morocco'
import type { SamplePart } from '../types'

/**
 * Stage 3 of the Rabat 2017 sample: the actors of the polyvalent-nurse shortage in Rabat-Salé-Kénitra,
 * assessed with the Schmeer / PolicyMaker grid, and two dated snapshots (the steering committee's first
 * map, then the map after the bilateral consultations). Fixed, readable ids, listed in notes/sample-ids.md:
 * the design (participants) and later stages link to them.
 */

/** A user-defined category on top of the pre-loaded Moroccan ones. */
export const CATEGORY_GRADUATES = 'cat-custom-graduates'

type Row = {
  id: string
  name: string
  abbreviation: string
  organisation: string
  role: string
  category: StakeholderCategoryKey | typeof CATEGORY_GRADUATES
  level: 'national' | 'regional' | 'local'
  internal: 'internal' | 'external'
  knowledge: 1 | 2 | 3
  position: Position
  power: Power
  interest: 1 | 2 | 3 | 4 | 5
  resources: string
  leadership: boolean
  alliances: string
  gains: string
  losses: string
  strategy: 'strengthenSupport' | 'mobilise' | 'reduceOpposition' | 'monitor'
  engagement: string
  invited: boolean
  capacity: 'official' | 'personal'
  contact: string
}

const ROWS: Row[] = [
  {
    id: 'sh-drs-rsk',
    name: 'Direction régionale de la santé de Rabat-Salé-Kénitra',
    abbreviation: 'DRS RSK',
    organisation: 'Ministère de la Santé',
    role: 'Directrice régionale de la santé',
    category: 'drs',
    level: 'regional',
    internal: 'internal',
    knowledge: 3,
    position: 'highSupport',
    power: 'high',
    interest: 5,
    resources: "Autorité sur les affectations régionales, données des effectifs (BOSS), budget régional de formation continue",
    leadership: true,
    alliances: 'Délégations provinciales, ISPITS, bureau de l’OMS',
    gains: 'Centres de santé ruraux de nouveau ouverts, programmes mieux couverts',
    losses: 'Arbitrages difficiles entre provinces, charge de pilotage accrue',
    strategy: 'strengthenSupport',
    engagement: 'Porteuse du dialogue : ouvre les travaux, présente les données régionales, s’engage sur la feuille de route.',
    invited: true,
    capacity: 'official',
    contact: 'drs.rsk@sante.gov.ma'
  },
  {
    id: 'sh-ms-drh',
    name: 'Direction des ressources humaines du Ministère de la Santé',
    abbreviation: 'DRH',
    organisation: 'Ministère de la Santé',
    role: 'Division de la gestion des ressources humaines',
    category: 'ministry',
    level: 'national',
    internal: 'internal',
    knowledge: 3,
    position: 'mediumSupport',
    power: 'high',
    interest: 4,
    resources: 'Concours de recrutement, mutations, statut des infirmiers',
    leadership: false,
    alliances: 'Direction de la planification, ministère des Finances',
    gains: 'Répartition des postes appuyée sur des besoins régionaux documentés',
    losses: 'Une partie de la maîtrise centrale des affectations',
    strategy: 'strengthenSupport',
    engagement: 'Rencontre préalable à Rabat sur les postes budgétaires 2018 ; intervention sur la mobilité régionale.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-ms-dprf',
    name: 'Direction de la planification et des ressources financières',
    abbreviation: 'DPRF',
    organisation: 'Ministère de la Santé',
    role: 'Division de la planification',
    category: 'ministry',
    level: 'national',
    internal: 'internal',
    knowledge: 2,
    position: 'lowSupport',
    power: 'high',
    interest: 3,
    resources: 'Carte sanitaire, SROS, programmation budgétaire',
    leadership: false,
    alliances: 'DRH, DRS',
    gains: 'SROS régional cohérent avec les effectifs',
    losses: 'Aucune perte directe',
    strategy: 'strengthenSupport',
    engagement: 'Associée au comité de pilotage ; présente le lien avec le SROS et le plan stratégique.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-crsk-social',
    name: 'Conseil régional de Rabat-Salé-Kénitra — commission des affaires sociales',
    abbreviation: 'Conseil régional',
    organisation: 'Conseil régional de Rabat-Salé-Kénitra',
    role: 'Commission permanente (loi organique 111-14)',
    category: 'regionalCouncil',
    level: 'regional',
    internal: 'external',
    knowledge: 2,
    position: 'mediumSupport',
    power: 'high',
    interest: 4,
    resources: 'Budget régional, programme de développement régional, logements et transport',
    leadership: false,
    alliances: 'Wilaya, communes rurales',
    gains: 'Résultats visibles pour les populations rurales, place dans la gouvernance de la santé',
    losses: 'Dépenses nouvelles hors de ses compétences propres',
    strategy: 'mobilise',
    engagement: 'Proposer une convention DRS–région (logements de fonction, transport) ; présider une séance.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-wilaya-rsk',
    name: 'Wilaya de la région de Rabat-Salé-Kénitra',
    abbreviation: 'Wilaya',
    organisation: 'Ministère de l’Intérieur',
    role: 'Division de l’action sociale',
    category: 'waliGovernor',
    level: 'regional',
    internal: 'external',
    knowledge: 1,
    position: 'nonMobilised',
    power: 'high',
    interest: 2,
    resources: 'Coordination des services déconcentrés, INDH',
    leadership: false,
    alliances: 'Conseil régional, gouverneurs des provinces',
    gains: 'Paix sociale dans les zones rurales',
    losses: 'Aucune',
    strategy: 'mobilise',
    engagement: 'Courrier du directeur régional et point d’information sur les financements INDH possibles.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-chu-ibn-sina',
    name: 'Centre hospitalier universitaire Ibn Sina',
    abbreviation: 'CHU Ibn Sina',
    organisation: 'CHU Ibn Sina de Rabat',
    role: 'Direction des soins infirmiers',
    category: 'hospital',
    level: 'regional',
    internal: 'internal',
    knowledge: 3,
    position: 'lowOpposition',
    power: 'high',
    interest: 4,
    resources: 'Premier employeur d’infirmiers de la région, terrains de stage',
    leadership: false,
    alliances: 'Faculté de médecine, syndicats hospitaliers',
    gains: 'Stages mieux organisés',
    losses: 'Crainte de voir ses infirmiers redéployés vers le rural',
    strategy: 'reduceOpposition',
    engagement: 'Rassurer : pas de redéploiement imposé ; l’associer aux stages ruraux encadrés.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-dp-khemisset',
    name: 'Délégation provinciale de la santé de Khémisset',
    abbreviation: 'DP Khémisset',
    organisation: 'Ministère de la Santé',
    role: 'Délégué provincial',
    category: 'provincialDelegation',
    level: 'local',
    internal: 'internal',
    knowledge: 3,
    position: 'highSupport',
    power: 'medium',
    interest: 5,
    resources: 'Connaissance fine des centres fermés, équipes de district',
    leadership: true,
    alliances: 'DRS, communes rurales',
    gains: 'Réouverture des centres de santé ruraux',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Témoignage sur les centres à temps partiel ; porte-parole des provinces.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-dp-sidi-kacem',
    name: 'Délégation provinciale de la santé de Sidi Kacem',
    abbreviation: 'DP Sidi Kacem',
    organisation: 'Ministère de la Santé',
    role: 'Déléguée provinciale',
    category: 'provincialDelegation',
    level: 'local',
    internal: 'internal',
    knowledge: 3,
    position: 'mediumSupport',
    power: 'medium',
    interest: 5,
    resources: 'Données locales d’effectifs et de fréquentation',
    leadership: false,
    alliances: 'DRS',
    gains: 'Effectifs au niveau des normes',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Présente les données de la province dans le groupe de travail sur la répartition.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-dp-kenitra',
    name: 'Délégation provinciale de la santé de Kénitra',
    abbreviation: 'DP Kénitra',
    organisation: 'Ministère de la Santé',
    role: 'Délégué provincial',
    category: 'provincialDelegation',
    level: 'local',
    internal: 'internal',
    knowledge: 2,
    position: 'mediumSupport',
    power: 'medium',
    interest: 4,
    resources: 'Annexe de l’ISPITS à Kénitra, hôpital provincial',
    leadership: false,
    alliances: 'ISPITS',
    gains: 'Infirmiers formés sur place',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Invitée au groupe de travail sur la formation.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-ispits-rabat',
    name: 'Institut supérieur des professions infirmières et techniques de santé de Rabat',
    abbreviation: 'ISPITS',
    organisation: 'Ministère de la Santé',
    role: 'Direction des études',
    category: 'university',
    level: 'regional',
    internal: 'internal',
    knowledge: 3,
    position: 'highSupport',
    power: 'medium',
    interest: 5,
    resources: 'Places de formation, enseignants, données sur les lauréats',
    leadership: false,
    alliances: 'DRS, Délégations provinciales',
    gains: 'Places supplémentaires en filière polyvalente, stages ruraux',
    losses: 'Encadrement des stages plus lourd',
    strategy: 'strengthenSupport',
    engagement: 'Présente l’option « former des infirmiers issus de la région ».',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-ensp',
    name: 'École nationale de santé publique',
    abbreviation: 'ENSP',
    organisation: 'Ministère de la Santé',
    role: 'Département des ressources humaines en santé',
    category: 'university',
    level: 'national',
    internal: 'internal',
    knowledge: 3,
    position: 'lowSupport',
    power: 'low',
    interest: 3,
    resources: 'Recherche sur les ressources humaines en santé, enquêtes',
    leadership: false,
    alliances: 'OMS, INAS',
    gains: 'Terrain de recherche et d’évaluation',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Synthèse des données probantes ; suivi et évaluation de la feuille de route.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-sii',
    name: 'Syndicat indépendant des infirmiers',
    abbreviation: 'SII',
    organisation: 'Bureau régional de Rabat-Salé-Kénitra',
    role: 'Secrétaire général régional',
    category: 'professionalOrder',
    level: 'regional',
    internal: 'external',
    knowledge: 3,
    position: 'mediumOpposition',
    power: 'medium',
    interest: 5,
    resources: 'Capacité de mobilisation (grèves, sit-in), relais dans tous les centres',
    leadership: true,
    alliances: 'Fédération nationale de la santé (UMT), lauréats infirmiers',
    gains: 'Indemnités d’éloignement, logement, déroulement de carrière',
    losses: 'Affectations rurales imposées sans contrepartie',
    strategy: 'reduceOpposition',
    engagement: 'Rencontre bilatérale avant le dialogue ; mettre les mesures de rétention au cœur des options.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-fns-umt',
    name: 'Fédération nationale de la santé (UMT)',
    abbreviation: 'FNS-UMT',
    organisation: 'Union marocaine du travail',
    role: 'Bureau régional',
    category: 'professionalOrder',
    level: 'national',
    internal: 'external',
    knowledge: 2,
    position: 'lowOpposition',
    power: 'medium',
    interest: 4,
    resources: 'Représentation dans les commissions paritaires',
    leadership: false,
    alliances: 'SII',
    gains: 'Recrutements supplémentaires',
    losses: 'Délégation de tâches perçue comme une déqualification',
    strategy: 'reduceOpposition',
    engagement: 'Clarifier le cadre de la délégation de tâches (formation, reconnaissance).',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-anam',
    name: 'Agence nationale de l’assurance maladie',
    abbreviation: 'ANAM',
    organisation: 'ANAM',
    role: 'Direction de la régulation',
    category: 'insurer',
    level: 'national',
    internal: 'external',
    knowledge: 2,
    position: 'lowSupport',
    power: 'medium',
    interest: 2,
    resources: 'Données du RAMED et de l’AMO, conventions',
    leadership: false,
    alliances: 'CNSS, CNOPS',
    gains: 'Meilleur accès aux soins de base des bénéficiaires du RAMED',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Partager les données du RAMED sur le recours aux soins en milieu rural.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-oms',
    name: 'Bureau de l’OMS au Maroc',
    abbreviation: 'OMS',
    organisation: 'Organisation mondiale de la santé',
    role: 'Programme systèmes de santé',
    category: 'partner',
    level: 'national',
    internal: 'external',
    knowledge: 3,
    position: 'highSupport',
    power: 'medium',
    interest: 4,
    resources: 'Appui technique, financement du dialogue (Partenariat CSU), données probantes',
    leadership: false,
    alliances: 'Union européenne, Ministère de la Santé',
    gains: 'Dialogue régional exemplaire pour les autres régions',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Appui méthodologique ; présente les recommandations OMS sur la rétention en zone rurale.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-ue',
    name: 'Délégation de l’Union européenne au Maroc',
    abbreviation: 'UE',
    organisation: 'Union européenne',
    role: 'Programme d’appui au secteur de la santé',
    category: 'partner',
    level: 'national',
    internal: 'external',
    knowledge: 2,
    position: 'lowSupport',
    power: 'medium',
    interest: 2,
    resources: 'Appui budgétaire sectoriel (indicateurs RH)',
    leadership: false,
    alliances: 'OMS',
    gains: 'Indicateurs de l’appui budgétaire atteints',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Invitée comme observatrice ; informée des résultats.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-finances-db',
    name: 'Ministère de l’Économie et des Finances — Direction du budget',
    abbreviation: 'Direction du budget',
    organisation: 'Ministère de l’Économie et des Finances',
    role: 'Service des secteurs sociaux',
    category: 'otherMinistry',
    level: 'national',
    internal: 'external',
    knowledge: 1,
    position: 'lowOpposition',
    power: 'high',
    interest: 2,
    resources: 'Arbitrage des postes budgétaires et des indemnités',
    leadership: false,
    alliances: 'DRH du Ministère de la Santé',
    gains: 'Dépenses ciblées et mesurables',
    losses: 'Coût des postes et des indemnités',
    strategy: 'reduceOpposition',
    engagement: 'Présenter le coût chiffré des options et leur étalement sur trois ans.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-cliniques',
    name: 'Association nationale des cliniques privées',
    abbreviation: 'ANCP',
    organisation: 'Secteur privé',
    role: 'Bureau régional',
    category: 'privateSector',
    level: 'regional',
    internal: 'external',
    knowledge: 1,
    position: 'lowOpposition',
    power: 'low',
    interest: 2,
    resources: 'Employeur d’infirmiers en milieu urbain',
    leadership: false,
    alliances: 'Aucune connue',
    gains: 'Aucun',
    losses: 'Concurrence accrue pour recruter des infirmiers',
    strategy: 'monitor',
    engagement: 'Informé des résultats.',
    invited: false,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-assoc-amal',
    name: 'Association Amal pour la santé rurale',
    abbreviation: 'Amal',
    organisation: 'Société civile (Khémisset)',
    role: 'Présidente',
    category: 'ngo',
    level: 'local',
    internal: 'external',
    knowledge: 2,
    position: 'highSupport',
    power: 'low',
    interest: 5,
    resources: 'Caravanes médicales, relais communautaires',
    leadership: false,
    alliances: 'Communes rurales, délégation de Khémisset',
    gains: 'Centres ouverts, moins de caravanes palliatives',
    losses: 'Aucune',
    strategy: 'strengthenSupport',
    engagement: 'Témoignage sur l’accès aux soins des femmes en milieu rural.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-usagers',
    name: 'Usagers des centres de santé ruraux',
    abbreviation: 'Usagers',
    organisation: 'Comités de gestion des centres de santé',
    role: 'Représentants des usagers',
    category: 'citizens',
    level: 'local',
    internal: 'external',
    knowledge: 1,
    position: 'nonMobilised',
    power: 'low',
    interest: 4,
    resources: 'Expérience vécue, voix dans les conseils communaux',
    leadership: false,
    alliances: 'Association Amal',
    gains: 'Soins de proximité',
    losses: 'Aucune',
    strategy: 'mobilise',
    engagement: 'Deux représentants invités, à titre personnel ; préparation avec l’association Amal.',
    invited: true,
    capacity: 'personal',
    contact: ''
  },
  {
    id: 'sh-communes-rurales',
    name: 'Communes rurales de la province de Sidi Slimane',
    abbreviation: 'Communes rurales',
    organisation: 'Collectivités territoriales',
    role: 'Présidents de communes',
    category: 'localAuthority',
    level: 'local',
    internal: 'external',
    knowledge: 1,
    position: 'mediumSupport',
    power: 'low',
    interest: 4,
    resources: 'Locaux, logements communaux, transport',
    leadership: false,
    alliances: 'Conseil régional',
    gains: 'Service de santé de proximité pour leurs administrés',
    losses: 'Mise à disposition de logements',
    strategy: 'strengthenSupport',
    engagement: 'Proposer la mise à disposition de logements de fonction.',
    invited: true,
    capacity: 'official',
    contact: ''
  },
  {
    id: 'sh-laureats',
    name: 'Coordination régionale des lauréats infirmiers',
    abbreviation: 'Lauréats',
    organisation: 'Lauréats des ISPITS en attente d’emploi',
    role: 'Porte-parole',
    category: CATEGORY_GRADUATES,
    level: 'regional',
    internal: 'external',
    knowledge: 2,
    position: 'lowSupport',
    power: 'low',
    interest: 5,
    resources: 'Mobilisation des jeunes diplômés, présence médiatique',
    leadership: false,
    alliances: 'SII',
    gains: 'Recrutements dans la région',
    losses: 'Contrats précaires',
    strategy: 'strengthenSupport',
    engagement: 'Invitée à titre personnel ; attentes recueillies avant le dialogue.',
    invited: true,
    capacity: 'personal',
    contact: ''
  },
  {
    id: 'sh-presse',
    name: 'Presse et radios régionales',
    abbreviation: 'Presse',
    organisation: 'Médias',
    role: 'Journalistes santé',
    category: 'media',
    level: 'regional',
    internal: 'external',
    knowledge: 1,
    position: 'nonMobilised',
    power: 'low',
    interest: 2,
    resources: 'Audience, mise à l’agenda',
    leadership: false,
    alliances: 'Aucune',
    gains: 'Information',
    losses: 'Aucune',
    strategy: 'monitor',
    engagement: 'Pas d’invitation (règle de Chatham House) ; communiqué après le dialogue.',
    invited: false,
    capacity: 'official',
    contact: ''
  }
]

/** Ids of the stakeholders, for the design and later stages. */
export const STAKEHOLDER_IDS = ROWS.map((r) => r.id)

const categoryId = (c: Row['category']): string => (c === CATEGORY_GRADUATES ? c : `cat-${c}`)

type Assessment = { position: Position | null; power: Power | null; interest: number | null }

/** The steering committee's first map (May 2017): before the bilateral meetings. */
const FIRST_MAP: Record<string, Partial<Assessment>> = {
  'sh-crsk-social': { position: 'nonMobilised', interest: 2 },
  'sh-sii': { position: 'highOpposition' },
  'sh-fns-umt': { position: 'mediumOpposition' },
  'sh-chu-ibn-sina': { position: 'mediumOpposition' },
  'sh-finances-db': { position: 'mediumOpposition' },
  'sh-anam': { position: 'nonMobilised' },
  'sh-oms': { position: 'mediumSupport' },
  'sh-laureats': { position: 'nonMobilised' },
  'sh-dp-kenitra': { power: 'low' }
}
/** After the bilateral consultations (late June 2017); the council moved again afterwards. */
const SECOND_MAP: Record<string, Partial<Assessment>> = {
  'sh-crsk-social': { position: 'lowSupport', interest: 3 }
}
/** Not yet in the first map. */
const ADDED_LATER = new Set(['sh-ue', 'sh-laureats'])

const entry = (r: Row, over: Partial<Assessment>) => ({
  stakeholderId: r.id,
  name: r.name,
  position: over.position !== undefined ? over.position : r.position,
  power: over.power !== undefined ? over.power : r.power,
  interest: over.interest !== undefined ? over.interest : r.interest
})

export const SNAPSHOT_IDS = { first: 'snap-initial-map', second: 'snap-after-consultations' } as const

export const stakeholders: SamplePart = () => {
  const snapshots: StakeholderSnapshot[] = [
    {
      id: SNAPSHOT_IDS.first,
      label: 'Cartographie initiale — comité de pilotage',
      takenAt: '2017-05-22T10:30:00.000Z',
      entries: [
        ...ROWS.filter((r) => !ADDED_LATER.has(r.id)).map((r) => entry(r, FIRST_MAP[r.id] ?? {})),
        // The Interior ministry's directorate was later merged into the Wilaya's line.
        {
          stakeholderId: 'sh-dgct',
          name: 'Direction générale des collectivités territoriales',
          position: 'nonMobilised' as const,
          power: 'medium' as const,
          interest: 1
        }
      ]
    },
    {
      id: SNAPSHOT_IDS.second,
      label: 'Après les consultations bilatérales',
      takenAt: '2017-06-26T16:00:00.000Z',
      entries: ROWS.map((r) => entry(r, SECOND_MAP[r.id] ?? {}))
    }
  ]
  return {
    stakeholders: {
      categories: [...defaultStakeholderCategories(), { id: CATEGORY_GRADUATES, key: null, label: 'Lauréats et étudiants infirmiers' }],
      items: ROWS.map(({ category, ...r }) => ({ ...r, categoryId: categoryId(category) })),
      snapshots
    }
  }
}
