import type { SamplePart } from '../types'
import type { AgendaBlock } from '../../model/agenda'

/**
 * Stage 5 of the Rabat 2017 sample: the two-day programme of the training and consultation workshop
 * (6–7 July 2017). Ids are fixed and readable (listed in /work/notes/sample-ids.md) so the minutes and
 * the tests can refer to blocks: 'day-1', 'day-2', 'blk-d1-opening', 'blk-d2-groups'…
 */
type BlockInput = Pick<AgendaBlock, 'id' | 'title' | 'type' | 'durationMin'> & Partial<AgendaBlock>

const block = (b: BlockInput): AgendaBlock => ({ speaker: '', objective: '', notes: '', materials: '', ...b })

const DAY_1: AgendaBlock[] = [
  block({
    id: 'blk-d1-registration',
    title: 'Accueil et inscription des participants',
    type: 'opening',
    durationMin: 30,
    objective: 'Enregistrer les participants et remettre le dossier de l’atelier.',
    notes: 'Faire signer la feuille de présence (demi-journée du matin). Vérifier les badges des douze DRS.',
    materials: 'Feuille de présence, badges, dossier du participant (programme, note conceptuelle, fiche d’évaluation).'
  }),
  block({
    id: 'blk-d1-opening',
    title: 'Séance d’ouverture : allocutions du Ministère de la Santé et de l’OMS',
    type: 'opening',
    durationMin: 30,
    speaker: 'Secrétaire général du Ministère de la Santé ; Représentant de l’OMS au Maroc',
    objective: 'Situer l’atelier dans la feuille de route du Partenariat CSU et l’agenda de la régionalisation avancée.',
    notes: 'Allocutions limitées à 10 minutes chacune. Photo de groupe à la fin de la séance.',
    materials: 'Pupitre, micros, interprétation arabe–français.'
  }),
  block({
    id: 'blk-d1-objectives',
    title: 'Objectifs et déroulement de l’atelier, règles de travail',
    type: 'presentation',
    durationMin: 15,
    speaker: 'Modérateur de l’atelier',
    objective: 'Partager les objectifs, le programme des deux jours et les règles de travail.',
    notes: 'Annoncer la règle de Chatham House et le fait qu’aucun consensus n’est recherché.',
    materials: 'Diapositives « Objectifs et programme ».'
  }),
  block({
    id: 'blk-d1-who-framework',
    title: 'Le cadre de référence de l’OMS sur le dialogue politique en santé',
    type: 'presentation',
    durationMin: 45,
    speaker: 'Conseiller en politiques et systèmes de santé, OMS',
    objective: 'Présenter la définition, les principes et les étapes du dialogue politique (note d’orientation OMS 2015, outil SUPPORT 14).',
    notes: 'Garder 10 minutes de questions. Renvoyer les questions sur la régionalisation à l’après-midi.',
    materials: 'Diapositives OMS ; note d’orientation sur le dialogue politique (version française).'
  }),
  block({
    id: 'blk-d1-break-am',
    title: 'Pause-café',
    type: 'break',
    durationMin: 20
  }),
  block({
    id: 'blk-d1-examples',
    title: 'Les étapes d’un dialogue politique illustrées par des exemples régionaux et internationaux',
    type: 'presentation',
    durationMin: 40,
    speaker: 'Équipe OMS et Direction régionale de la santé de Rabat-Salé-Kénitra',
    objective: 'Montrer, sur des cas concrets, la préparation, la conduite et le suivi d’un dialogue.',
    notes: 'Deux exemples : un dialogue national (EVIPNet) et une concertation régionale au Maroc.',
    materials: 'Études de cas imprimées.'
  }),
  block({
    id: 'blk-d1-debate',
    title: 'Débat : nécessité et préalables d’un dialogue politique au niveau régional',
    type: 'plenary',
    durationMin: 60,
    speaker: 'Modérateur de l’atelier',
    objective: 'Recueillir l’avis des directeurs régionaux sur l’intérêt du dialogue pour la mise en œuvre du plan stratégique et les conditions de sa réussite.',
    notes: 'Tour de table des douze régions (3 minutes chacune), puis discussion libre. Noter les préalables cités au tableau.',
    materials: 'Tableau de conférence, marqueurs.'
  }),
  block({
    id: 'blk-d1-lunch',
    title: 'Déjeuner',
    type: 'meal',
    durationMin: 90
  }),
  block({
    id: 'blk-d1-strategy',
    title: 'Grandes orientations de la Stratégie sectorielle de santé et du nouveau plan stratégique',
    type: 'presentation',
    durationMin: 45,
    speaker: 'Direction de la planification et des ressources financières, Ministère de la Santé',
    objective: 'Rappeler les axes du plan stratégique 2017 et ce qui en relève du niveau régional.',
    notes: 'Faire signer la feuille de présence (après-midi).',
    materials: 'Diapositives ; synthèse du plan stratégique.'
  }),
  block({
    id: 'blk-d1-regionalisation',
    title: 'Cadre réglementaire et opérationnel de la régionalisation avancée',
    type: 'presentation',
    durationMin: 45,
    speaker: 'Direction de la réglementation et du contentieux, Ministère de la Santé',
    objective: 'Présenter la loi organique 111-14, l’arrêté 1363-11 sur les DRS et les commissions du conseil régional.',
    notes: 'Faire le lien avec la rencontre de Marrakech (décembre 2015).',
    materials: 'Textes de référence (loi organique 111-14, arrêté 1363-11).'
  }),
  block({
    id: 'blk-d1-break-pm',
    title: 'Pause-café',
    type: 'break',
    durationMin: 15
  }),
  block({
    id: 'blk-d1-problems',
    title: 'Travaux des directeurs régionaux : problématiques appelant un dialogue politique',
    type: 'groupWork',
    durationMin: 75,
    speaker: 'Modérateur de l’atelier ; facilitateurs OMS dans chaque groupe',
    objective: 'Identifier, par groupe de régions, les problématiques du système de santé qui nécessitent un dialogue au niveau régional.',
    notes:
      'Trois groupes de quatre régions. Pistes attendues : pénurie d’infirmiers polyvalents, organisation de l’offre de soins en santé maternelle, prise en charge des personnes en situation de handicap, plan de développement multi-régions pour le Sud.',
    materials: 'Grille de priorisation (critères pondérés), fiches problème, tableaux de conférence.'
  }),
  block({
    id: 'blk-d1-wrapup',
    title: 'Synthèse de la première journée',
    type: 'closing',
    durationMin: 15,
    speaker: 'Rapporteur de l’atelier',
    objective: 'Récapituler les problématiques proposées par les groupes.',
    notes: 'Annoncer le programme du lendemain.'
  })
]

const DAY_2: AgendaBlock[] = [
  block({
    id: 'blk-d2-priorities',
    title: 'Restitution et choix des problématiques prioritaires',
    type: 'plenary',
    durationMin: 45,
    speaker: 'Modérateur de l’atelier',
    objective: 'Choisir, par région, la problématique prioritaire à soumettre à un dialogue politique, selon des critères explicites.',
    notes: 'Faire noter chaque problématique sur la grille ; consigner qui a noté et pourquoi.',
    materials: 'Grille de priorisation remplie la veille.'
  }),
  block({
    id: 'blk-d2-steps',
    title: 'Les étapes de l’organisation d’un dialogue politique régional',
    type: 'presentation',
    durationMin: 30,
    speaker: 'Conseiller en politiques et systèmes de santé, OMS',
    objective: 'Passer en revue les étapes : problème, données probantes et note d’information, parties prenantes, conception, déroulement, suivi.',
    materials: 'Liste de contrôle EVIPNet de préparation d’un dialogue.'
  }),
  block({
    id: 'blk-d2-break-am',
    title: 'Pause-café',
    type: 'break',
    durationMin: 15
  }),
  block({
    id: 'blk-d2-groups',
    title: 'Travaux de groupes : préparer le dialogue régional sur la problématique choisie',
    type: 'groupWork',
    durationMin: 90,
    speaker: 'Facilitateurs OMS et DRS',
    objective: 'Esquisser pour chaque région la note d’information, la cartographie des parties prenantes et la conception du dialogue.',
    notes: 'Chaque groupe désigne un rapporteur. Rappeler de distinguer décideurs, parties prenantes et chercheurs.',
    materials: 'Modèle de note d’information ; tableau des parties prenantes ; grille pouvoir/intérêt.'
  }),
  block({
    id: 'blk-d2-report-back',
    title: 'Restitution des groupes et discussion',
    type: 'plenary',
    durationMin: 60,
    speaker: 'Rapporteurs des groupes',
    objective: 'Partager les feuilles de route régionales et relever les difficultés de mise en œuvre.',
    notes: '10 minutes par groupe, puis discussion. Consigner les points d’accord et de désaccord.'
  }),
  block({
    id: 'blk-d2-lunch',
    title: 'Déjeuner',
    type: 'meal',
    durationMin: 60
  }),
  block({
    id: 'blk-d2-support',
    title: 'Accompagnement des régions par le Ministère de la Santé et le Partenariat OMS-UE-Luxembourg',
    type: 'presentation',
    durationMin: 30,
    speaker: 'Représentant de l’OMS au Maroc ; Direction de la planification',
    objective: 'Présenter l’appui disponible pour les régions qui souhaitent conduire un dialogue formel.',
    notes: 'Faire signer la feuille de présence (après-midi).'
  }),
  block({
    id: 'blk-d2-who-does-what',
    title: 'Qui fait quoi : prochaines étapes dans chaque région',
    type: 'plenary',
    durationMin: 45,
    speaker: 'Modérateur de l’atelier',
    objective: 'Arrêter pour chaque région un porteur, un calendrier et les premières actions.',
    notes: 'Chaque action soulevée doit avoir un responsable et une échéance : les inscrire au plan d’action.',
    materials: 'Modèle de plan d’action.'
  }),
  block({
    id: 'blk-d2-evaluation',
    title: 'Évaluation de l’atelier',
    type: 'evaluation',
    durationMin: 20,
    objective: 'Recueillir l’avis des participants sur les 12 caractéristiques du dialogue (échelle 1–7) et leur intention d’agir.',
    notes: 'Questionnaire anonyme : ne pas demander de nom. Ramasser les fiches avant la clôture.',
    materials: 'Fiches d’évaluation imprimées (outil SUPPORT 14).'
  }),
  block({
    id: 'blk-d2-closing',
    title: 'Clôture de l’atelier',
    type: 'closing',
    durationMin: 25,
    speaker: 'Secrétaire général du Ministère de la Santé ; Représentant de l’OMS au Maroc',
    objective: 'Conclure et annoncer la série de dialogues régionaux de 2017.',
    notes: 'Remise des attestations de participation.'
  })
]

export const agenda: SamplePart = () => ({
  agenda: {
    days: [
      { id: 'day-1', date: '2017-07-06', start: '08:30', blocks: DAY_1 },
      { id: 'day-2', date: '2017-07-07', start: '09:00', blocks: DAY_2 }
    ],
    live: []
  }
})
