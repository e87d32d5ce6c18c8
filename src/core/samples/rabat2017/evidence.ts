import type { SamplePart } from '../types'

/** Fixed, readable ids: actions and documents link to the options and sources. Listed in notes/sample-ids.md. */
export const EVIDENCE_IDS = {
  optRetention: 'opt-retention',
  optTraining: 'opt-training',
  optTaskSharing: 'opt-task-sharing'
} as const

const source = (
  id: string,
  title: string,
  authors: string,
  year: number,
  type: 'systematicReview' | 'localData' | 'report' | 'keyInformant' | 'other',
  scope: 'local' | 'global',
  keyFinding: string,
  link = ''
) => ({ id, title, authors, year, type, scope, keyFinding, link })

const SOURCES = [
  source(
    'src-who-rural-retention-2010',
    "Increasing access to health workers in remote and rural areas through improved retention: global policy recommendations",
    'Organisation mondiale de la Santé',
    2010,
    'report',
    'global',
    'Seize recommandations en quatre catégories — formation, réglementation, incitations financières, soutien ' +
      "personnel et professionnel — à combiner en un paquet adapté au contexte plutôt qu'appliquées isolément."
  ),
  source(
    'src-who-rural-guideline-2021',
    'WHO guideline on health workforce development, attraction, recruitment and retention in rural and remote areas',
    'Organisation mondiale de la Santé',
    2021,
    'report',
    'global',
    'Mise à jour des recommandations de 2010 : recruter des étudiants issus du milieu rural, former au plus ' +
      'près des zones rurales, offrir un paquet de mesures financières et non financières et évaluer leurs effets.'
  ),
  source(
    'src-cochrane-rural-2015',
    'Interventions for increasing the proportion of health professionals practising in rural and other underserved areas',
    'Grobler L, Marais BJ, Mabunda S — Cochrane Database of Systematic Reviews',
    2015,
    'systematicReview',
    'global',
    'Peu d’études contrôlées : les données sur les incitations, le service obligatoire ou la sélection des ' +
      "étudiants restent de faible certitude ; l'effet dépend du contexte et doit être suivi localement.",
    'doi:10.1002/14651858.CD005314.pub3'
  ),
  source(
    'src-cochrane-nurses-2018',
    'Nurses as substitutes for doctors in primary care',
    'Laurant M et al. — Cochrane Database of Systematic Reviews',
    2018,
    'systematicReview',
    'global',
    "Des infirmiers formés peuvent assurer une partie des soins primaires avec des résultats de santé et une " +
      'satisfaction des patients probablement similaires ou meilleurs, à condition de protocoles et de supervision.',
    'doi:10.1002/14651858.CD001271.pub3'
  ),
  source(
    'src-who-task-shifting-2008',
    'Task shifting: rational redistribution of tasks among health workforce teams — global recommendations and guidelines',
    'OMS, PEPFAR, ONUSIDA',
    2008,
    'report',
    'global',
    'La délégation de tâches suppose un cadre réglementaire, une formation standardisée, une supervision ' +
      "de soutien et la reconnaissance des personnels concernés ; elle complète le renforcement des effectifs sans le remplacer."
  ),
  source(
    'src-who-hrh-2030',
    'Global strategy on human resources for health: Workforce 2030',
    'Organisation mondiale de la Santé',
    2016,
    'report',
    'global',
    'Seuil indicatif de 4,45 médecins, infirmiers et sages-femmes pour 1 000 habitants pour progresser vers la ' +
      'couverture sanitaire universelle ; appel à planifier les effectifs selon les besoins de la population.'
  ),
  source(
    'src-who-whr-2006',
    'Rapport sur la santé dans le monde 2006 — Travailler ensemble pour la santé',
    'Organisation mondiale de la Santé',
    2006,
    'report',
    'global',
    'Le Maroc fait partie des 57 pays en situation de pénurie critique de médecins, infirmiers et sages-femmes.'
  ),
  source(
    'src-ms-sante-chiffres-2016',
    'Santé en chiffres 2016',
    'Ministère de la Santé — Direction de la planification et des ressources financières',
    2017,
    'localData',
    'local',
    "Effectifs des personnels infirmiers par région et par milieu : les densités les plus faibles sont " +
      'observées dans les provinces à dominante rurale.',
    'Fichier : DPRF/Sante_en_chiffres_2016.pdf'
  ),
  source(
    'src-hcp-rgph-2014',
    'Recensement général de la population et de l’habitat 2014',
    'Haut-Commissariat au Plan',
    2015,
    'localData',
    'local',
    'Environ 40 % de la population marocaine vit en milieu rural ; la population des provinces de la région ' +
      'sert au calcul des besoins en personnel par habitant.'
  ),
  source(
    'src-drs-effectifs-2017',
    'Situation des effectifs infirmiers des établissements de soins de santé primaires, par province',
    'Direction régionale de la santé de Rabat-Salé-Kénitra — Service des ressources humaines',
    2017,
    'localData',
    'local',
    'Relevé de mai 2017 : une partie des centres de santé ruraux de Khémisset, Sidi Kacem et Sidi Slimane ' +
      "fonctionnent avec un seul infirmier ou à temps partiel ; les départs à la retraite d'ici 2020 dépassent " +
      'les affectations annoncées.',
    'Fichier : DRS-RSK/RH/effectifs_ESSP_mai2017.xlsx'
  ),
  source(
    'src-kii-delegues-2017',
    'Entretiens avec les délégués provinciaux et les infirmiers-chefs de circonscription',
    'Équipe d’organisation du dialogue, DRS Rabat-Salé-Kénitra',
    2017,
    'keyInformant',
    'local',
    "Huit entretiens (juin 2017) : le logement, l'éloignement des familles et l'absence de perspective de " +
      'mutation sont cités en premier comme causes des départs ; les infirmiers originaires de la province restent plus longtemps.'
  ),
  source(
    'src-livre-blanc-2013',
    "Livre blanc — Pour une nouvelle gouvernance du secteur de la santé (2e Conférence nationale sur la santé)",
    'Ministère de la Santé',
    2013,
    'report',
    'local',
    'Recommande une gestion des ressources humaines plus proche des territoires et des mesures de motivation ' +
      'pour les zones difficiles dans le cadre de la régionalisation.'
  )
]

/** Stage 2 of the Rabat 2017 sample: sources, three options and the evidence brief on the nurse shortage. */
export const evidence: SamplePart = () => ({
  evidence: {
    sources: SOURCES,
    options: [
      {
        id: EVIDENCE_IDS.optRetention,
        title: "Paquet d'incitations pour attirer et retenir les infirmiers en zone rurale",
        description:
          "Logement de fonction construit ou loué avec les communes, indemnité d'éloignement revalorisée, priorité " +
          'de mutation après trois ans de service rural, formation continue et supervision régulière, financés ' +
          'par une convention DRS – conseil régional.',
        benefits:
          'Agit sur les causes de départ citées par les infirmiers ; effet attendu sur la stabilité des équipes et ' +
          "l'ouverture continue des centres ruraux.",
        harms:
          "Sentiment d'inégalité chez les personnels urbains ; risque d'effet d'aubaine si les conditions ne sont " +
          'pas liées à une durée de service.',
        costs:
          'Coûts récurrents (indemnités) et d’investissement (logements) à chiffrer avec la DRS ; partage possible ' +
          'avec le conseil régional et les communes.',
        equity: 'Bénéficie en premier aux populations rurales et enclavées, les moins bien desservies.',
        monitoring:
          'Taux de vacance et durée moyenne en poste par centre de santé rural ; jours d’ouverture par mois ; ' +
          'enquête annuelle de satisfaction des personnels.',
        sourceIds: ['src-who-rural-retention-2010', 'src-who-rural-guideline-2021', 'src-cochrane-rural-2015', 'src-kii-delegues-2017']
      },
      {
        id: EVIDENCE_IDS.optTraining,
        title: 'Former davantage d’infirmiers polyvalents issus de la région',
        description:
          'Augmenter les places en filière polyvalente des ISPITS de la région, réserver une part des admissions ' +
          'aux bacheliers des provinces rurales et intégrer des stages ruraux encadrés au cursus.',
        benefits:
          'Les infirmiers originaires du milieu rural restent plus longtemps en poste ; effet durable sur les effectifs.',
        harms: 'Effet différé (trois ans de formation) ; risque de diplômés sans poste budgétaire à la sortie.',
        costs: 'Encadrement pédagogique, terrains de stage, bourses ; à coordonner avec les postes budgétaires.',
        equity: 'Ouvre la formation aux jeunes des provinces rurales, en particulier aux jeunes femmes.',
        monitoring:
          'Nombre de places et d’admis issus des provinces rurales ; part des diplômés affectés dans la région ' +
          'et toujours en poste après trois ans.',
        sourceIds: ['src-who-rural-guideline-2021', 'src-ms-sante-chiffres-2016', 'src-drs-effectifs-2017']
      },
      {
        id: EVIDENCE_IDS.optTaskSharing,
        title: 'Délégation de tâches et travail en équipe dans les centres de santé ruraux',
        description:
          'Protocoles de prise en charge permettant aux infirmiers polyvalents d’assurer des actes définis ' +
          '(suivi des maladies chroniques stables, consultations prénatales), avec supervision par le médecin ' +
          'de la circonscription et unités mobiles pour les zones sans personnel.',
        benefits: 'Utilise mieux les compétences disponibles ; rapproche les soins des populations.',
        harms:
          'Ne crée pas de nouveaux infirmiers ; risque de surcharge accrue sans renfort ; réticences possibles ' +
          'des ordres professionnels et des syndicats.',
        costs: 'Formation aux protocoles, supervision, véhicules et fonctionnement des unités mobiles.',
        equity: 'Améliore l’accès dans les zones les plus isolées si les unités mobiles les ciblent en priorité.',
        monitoring:
          'Actes réalisés selon les protocoles, visites de supervision effectuées, couverture vaccinale et suivi ' +
          'prénatal dans les communes rurales.',
        sourceIds: ['src-cochrane-nurses-2018', 'src-who-task-shifting-2008']
      }
    ],
    brief: {
      title: 'Pénurie des infirmiers polyvalents dans la région de Rabat-Salé-Kénitra : options pour agir',
      keyMessages: [
        'Des centres de santé ruraux de la région fonctionnent à temps partiel faute d’infirmiers polyvalents.',
        'Les causes se cumulent : formation limitée, postes budgétaires insuffisants, faible attractivité des postes ruraux.',
        'L’OMS recommande un paquet de mesures combinant formation, incitations et soutien professionnel.',
        'Trois options sont proposées ; elles sont complémentaires et peuvent être engagées par étapes.',
        'La régionalisation avancée permet un partenariat entre la DRS et le conseil régional pour les financer.'
      ].join('\n'),
      problem:
        "Les établissements de soins de santé primaires de la région manquent d'infirmiers polyvalents, surtout " +
        'dans les provinces à dominante rurale. Les relevés de la DRS (mai 2017) montrent des centres ruraux ' +
        "fonctionnant avec un seul infirmier ou à temps partiel, et des départs à la retraite d'ici 2020 plus " +
        'nombreux que les affectations annoncées. Les entretiens avec les délégués provinciaux désignent le ' +
        "logement, l'éloignement et l'absence de perspective de carrière comme premières causes de départ.",
      implementation: [
        {
          id: 'impl-budget-posts',
          barrier: 'Les postes budgétaires sont créés et répartis au niveau central.',
          strategy:
            'Présenter au Ministère un plan régional d’effectifs chiffré et négocier une programmation pluriannuelle des affectations.'
        },
        {
          id: 'impl-funding',
          barrier: 'Financement des logements et des indemnités au-delà du budget de la DRS.',
          strategy:
            'Convention de partenariat avec le conseil régional et les communes (loi organique 111-14), avec un suivi annuel partagé.'
        },
        {
          id: 'impl-professions',
          barrier: 'Réticences des ordres professionnels et des syndicats face à la délégation de tâches.',
          strategy:
            'Associer leurs représentants à l’écriture des protocoles dès le dialogue ; démarrer par une expérimentation évaluée dans une province.'
        },
        {
          id: 'impl-training-capacity',
          barrier: 'Capacité d’encadrement des ISPITS et des terrains de stage limitée.',
          strategy: 'Former des tuteurs parmi les infirmiers-chefs et conventionner des centres de santé ruraux comme terrains de stage.'
        }
      ],
      referenceIds: SOURCES.map((s) => s.id)
    }
  }
})
