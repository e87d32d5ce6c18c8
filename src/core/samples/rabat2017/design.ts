import type { ParticipantRole } from '../../analysis/balance'
import type { SamplePart } from '../types'

/**
 * Stage 4 of the Rabat 2017 sample: the design of the regional dialogue on the polyvalent-nurse shortage
 * (closed, 18–22 participants, Chatham House rule, interpretation French/Arabic) and its participants,
 * chosen from the stakeholders (`sh-…` ids of stakeholders.ts) or added directly. Fixed participant ids
 * (`pt-…`, listed in notes/sample-ids.md) are used by the attendance and the action plan.
 */

const INVITED_ON = '2017-06-05'
const PACK_SENT_ON = '2017-06-26'

type Status = 'toInvite' | 'invited' | 'confirmed' | 'declined'

interface Row {
  id: string
  stakeholderId: string | null
  name: string
  function: string
  institution: string
  role: ParticipantRole
  capacity?: 'official' | 'personal'
  consentToList?: boolean
  status?: Status
  respondedOn?: string | null
  email?: string
  phone?: string
  notes?: string
}

const ROWS: Row[] = [
  // Policymakers
  { id: 'pt-drs-director', stakeholderId: 'sh-drs-rsk', name: 'Dr Amina El Alaoui', function: 'Directrice régionale de la santé', institution: 'Direction régionale de la santé de Rabat-Salé-Kénitra', role: 'policymaker', respondedOn: '2017-06-05', email: 'a.elalaoui@sante.gov.ma', phone: '+212 537 00 00 01' },
  { id: 'pt-ms-drh', stakeholderId: 'sh-ms-drh', name: 'Mme Latifa Bennis', function: 'Cheffe de la division de la gestion des ressources humaines', institution: 'Ministère de la Santé — Direction des ressources humaines', role: 'policymaker', respondedOn: '2017-06-12' },
  { id: 'pt-ms-dprf', stakeholderId: 'sh-ms-dprf', name: 'M. Youssef Benjelloun', function: 'Chef de la division de la planification', institution: 'Ministère de la Santé — Direction de la planification et des ressources financières', role: 'policymaker', respondedOn: '2017-06-08' },
  { id: 'pt-crsk', stakeholderId: 'sh-crsk-social', name: 'M. Hicham Idrissi', function: 'Président de la commission des affaires sociales', institution: 'Conseil régional de Rabat-Salé-Kénitra', role: 'policymaker', respondedOn: '2017-06-15' },
  { id: 'pt-wilaya', stakeholderId: 'sh-wilaya-rsk', name: 'M. Saïd Chafik', function: 'Chef de la division de l’action sociale', institution: 'Wilaya de la région de Rabat-Salé-Kénitra', role: 'policymaker', status: 'declined', respondedOn: '2017-06-20', notes: 'Empêché ; souhaite recevoir la synthèse du dialogue.' },
  { id: 'pt-dp-khemisset', stakeholderId: 'sh-dp-khemisset', name: 'Dr Rachid Ouazzani', function: 'Délégué provincial de la santé', institution: 'Délégation provinciale de la santé de Khémisset', role: 'policymaker', respondedOn: '2017-06-06' },
  { id: 'pt-dp-sidi-kacem', stakeholderId: 'sh-dp-sidi-kacem', name: 'Dr Fatima Zahra Cherkaoui', function: 'Déléguée provinciale de la santé', institution: 'Délégation provinciale de la santé de Sidi Kacem', role: 'policymaker', respondedOn: '2017-06-07' },
  { id: 'pt-dp-kenitra', stakeholderId: 'sh-dp-kenitra', name: 'Dr Mustapha Raji', function: 'Délégué provincial de la santé', institution: 'Délégation provinciale de la santé de Kénitra', role: 'policymaker', status: 'invited', respondedOn: null, notes: 'Relance téléphonique le 28 juin.' },
  { id: 'pt-finances', stakeholderId: 'sh-finances-db', name: 'M. Karim Lamrani', function: 'Chef du service des secteurs sociaux', institution: 'Ministère de l’Économie et des Finances — Direction du budget', role: 'policymaker', respondedOn: '2017-06-22' },
  // Stakeholders
  { id: 'pt-chu', stakeholderId: 'sh-chu-ibn-sina', name: 'Mme Houda Sefrioui', function: 'Directrice des soins infirmiers', institution: 'CHU Ibn Sina de Rabat', role: 'stakeholder', respondedOn: '2017-06-09' },
  { id: 'pt-sii', stakeholderId: 'sh-sii', name: 'M. Abdellah Mouline', function: 'Secrétaire général régional', institution: 'Syndicat indépendant des infirmiers', role: 'stakeholder', respondedOn: '2017-06-14' },
  { id: 'pt-fns-umt', stakeholderId: 'sh-fns-umt', name: 'Mme Naïma Bouzid', function: 'Membre du bureau régional', institution: 'Fédération nationale de la santé (UMT)', role: 'stakeholder', consentToList: false, respondedOn: '2017-06-16' },
  { id: 'pt-anam', stakeholderId: 'sh-anam', name: 'Dr Omar Kettani', function: 'Chef de service, direction de la régulation', institution: 'Agence nationale de l’assurance maladie', role: 'stakeholder', respondedOn: '2017-06-13' },
  { id: 'pt-assoc-amal', stakeholderId: 'sh-assoc-amal', name: 'Mme Zineb Aït Ali', function: 'Présidente', institution: 'Association Amal pour la santé rurale', role: 'stakeholder', respondedOn: '2017-06-10' },
  { id: 'pt-usagers', stakeholderId: 'sh-usagers', name: 'M. Lahcen Ouhaddou', function: 'Représentant des usagers', institution: 'Comité de gestion du centre de santé rural de Tiddas', role: 'stakeholder', capacity: 'personal', consentToList: false, respondedOn: '2017-06-19' },
  { id: 'pt-communes', stakeholderId: 'sh-communes-rurales', name: 'M. Ahmed Benali', function: 'Président de commune rurale', institution: 'Communes rurales de la province de Sidi Slimane', role: 'stakeholder', respondedOn: '2017-06-21' },
  { id: 'pt-laureats', stakeholderId: 'sh-laureats', name: 'Mme Sanae Idrissi', function: 'Porte-parole', institution: 'Coordination régionale des lauréats infirmiers', role: 'stakeholder', capacity: 'personal', status: 'invited', respondedOn: null },
  // Researchers
  { id: 'pt-ispits', stakeholderId: 'sh-ispits-rabat', name: 'Dr Samira Benkirane', function: 'Directrice des études', institution: 'ISPITS de Rabat', role: 'researcher', respondedOn: '2017-06-06' },
  { id: 'pt-ensp', stakeholderId: 'sh-ensp', name: 'Pr Mohammed Lahlou', function: 'Professeur, ressources humaines en santé', institution: 'École nationale de santé publique', role: 'researcher', respondedOn: '2017-06-08' },
  { id: 'pt-inas-researcher', stakeholderId: null, name: 'Dr Youssef Chami', function: 'Chercheur en économie de la santé', institution: 'Institut national d’administration sanitaire', role: 'researcher', respondedOn: '2017-06-12' },
  // Partners as observers, and the facilitation team
  { id: 'pt-oms', stakeholderId: 'sh-oms', name: 'Dr Karima Tazi', function: 'Chargée de programme systèmes de santé', institution: 'Bureau de l’OMS au Maroc', role: 'observer', respondedOn: '2017-06-05' },
  { id: 'pt-ue', stakeholderId: 'sh-ue', name: 'M. Pierre Lefèvre', function: 'Chargé de programme santé', institution: 'Délégation de l’Union européenne au Maroc', role: 'observer', status: 'invited', respondedOn: null },
  { id: 'pt-facilitator', stakeholderId: null, name: 'Pr Abdelaziz Bennani', function: 'Modérateur, consultant en politiques de santé', institution: 'Indépendant', role: 'facilitator', respondedOn: '2017-06-05' },
  { id: 'pt-rapporteur', stakeholderId: null, name: 'Dr Nadia Fassi-Fihri', function: 'Rapporteuse', institution: 'Institut national d’administration sanitaire', role: 'facilitator', respondedOn: '2017-06-05' }
]

/** Ids of the participants, for attendance and action owners. */
export const PARTICIPANT_IDS = ROWS.map((r) => r.id)

export const design: SamplePart = ({ newId }) => {
  const check = (label: string, done: boolean) => ({ id: newId(), label, done })
  const line = (label: string, amount: number, source: string) => ({ id: newId(), label, amount, source })
  return {
    design: {
      objectives:
        'Partager les données sur la pénurie d’infirmiers polyvalents dans la région de Rabat-Salé-Kénitra ; ' +
        'délibérer sur trois options (incitations à la rétention en zone rurale, formation d’infirmiers issus de ' +
        'la région, délégation de tâches et unités mobiles) ; dégager les conditions de leur mise en œuvre et ' +
        '« qui pourrait faire quoi » pour la déclinaison régionale du plan stratégique.',
      expectedResults:
        'Une synthèse du dialogue, sans attribution des propos, diffusée aux participants sous un mois ; des ' +
        'engagements des institutions présentes ; une feuille de route intégrée au plan régional de santé et au ' +
        'projet de convention entre la DRS et le conseil régional.',
      openness: 'closed',
      targetSizeMin: 18,
      targetSizeMax: 22,
      dates: ['2017-07-06', '2017-07-07'],
      venue: 'Institut national d’administration sanitaire (INAS), salle de conférences',
      city: 'Rabat',
      facilitator: 'Pr Abdelaziz Bennani (modérateur indépendant)',
      rapporteur: 'Dr Nadia Fassi-Fihri (INAS)',
      chathamHouse: true,
      consensusNotSought: true,
      interpretation: ['fr', 'ar'],
      logistics: [
        check('Salle réservée (tables en U et deux salles de travail en groupe)', true),
        check('Sonorisation et micros', true),
        check('Cabine et matériel d’interprétation français–arabe', true),
        check('Badges et chevalets (prénom et nom, sans fonction)', true),
        check('Pauses café et déjeuners des deux journées', true),
        check('Transport des participants de Khémisset, Sidi Kacem, Sidi Slimane et Kénitra', true),
        check('Impression du dossier de pré-lecture (25 exemplaires)', true),
        check('Feuille de présence par demi-journée', false),
        check('Formulaires d’évaluation (SUPPORT 14)', false)
      ],
      budget: [
        line('Salle, pauses café et déjeuners (2 jours)', 46_000, 'OMS — Partenariat CSU'),
        line('Transport et hébergement des participants des provinces', 38_500, 'OMS — Partenariat CSU'),
        line('Interprétation simultanée français–arabe', 24_000, 'Union européenne'),
        line('Impression du dossier de pré-lecture et des supports', 6_500, 'DRS Rabat-Salé-Kénitra')
      ],
      preReadingPackSentOn: PACK_SENT_ON
    },
    participants: ROWS.map((r) => {
      const status = r.status ?? 'confirmed'
      return {
        id: r.id,
        stakeholderId: r.stakeholderId,
        name: r.name,
        function: r.function,
        institution: r.institution,
        email: r.email ?? '',
        phone: r.phone ?? '',
        role: r.role,
        capacity: r.capacity ?? 'official',
        consentToList: r.consentToList ?? true,
        invitationStatus: status,
        invitedOn: INVITED_ON,
        respondedOn: r.respondedOn ?? null,
        preReadingSentOn: status === 'declined' ? null : PACK_SENT_ON,
        walkIn: false,
        notes: r.notes ?? ''
      }
    })
  }
}
