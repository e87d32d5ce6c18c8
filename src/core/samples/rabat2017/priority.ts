import { defaultCriteria } from '../../project/factory'
import { DEFAULT_CRITERIA_KEYS, type GridScore, type HanlonScore, type TreeNode } from '../../model/priority'
import type { SamplePart } from '../types'

const SOURCE = 'Atelier de Rabat, 6-7 juillet 2017 — travaux des directeurs régionaux'

/** Fixed, readable ids: other stages (actions, documents) link to them. Listed in notes/sample-ids.md. */
export const PRIORITY_IDS = {
  nurses: 'prob-nurses',
  maternal: 'prob-maternal',
  disability: 'prob-disability',
  south: 'prob-south',
  scorerDrs: 'scorer-drs',
  scorerPlanning: 'scorer-planning',
  scorerDelegate: 'scorer-delegate'
} as const

/** Weights chosen by the steering committee: the size, severity and equity of a problem count double. */
const WEIGHTS: Record<(typeof DEFAULT_CRITERIA_KEYS)[number], number> = {
  magnitude: 2,
  severity: 2,
  equity: 2,
  feasibility: 1,
  acceptability: 1,
  resources: 1,
  evidence: 1,
  champion: 1
}

/**
 * Grid scores (1–5) per scorer and candidate, in the order of DEFAULT_CRITERIA_KEYS:
 * magnitude, severity, equity, feasibility, acceptability, resources, evidence, champion.
 */
const GRID: Record<string, Record<string, number[]>> = {
  [PRIORITY_IDS.scorerDrs]: {
    [PRIORITY_IDS.nurses]: [5, 4, 5, 4, 5, 3, 4, 4],
    [PRIORITY_IDS.maternal]: [4, 5, 4, 4, 4, 3, 5, 3],
    [PRIORITY_IDS.disability]: [3, 4, 5, 2, 3, 2, 2, 2],
    [PRIORITY_IDS.south]: [3, 3, 4, 2, 3, 2, 2, 3]
  },
  [PRIORITY_IDS.scorerPlanning]: {
    [PRIORITY_IDS.nurses]: [5, 4, 4, 4, 4, 3, 4, 5],
    [PRIORITY_IDS.maternal]: [4, 5, 5, 3, 4, 3, 4, 3],
    [PRIORITY_IDS.disability]: [3, 3, 4, 3, 3, 2, 2, 3],
    [PRIORITY_IDS.south]: [2, 3, 4, 2, 4, 2, 2, 2]
  },
  [PRIORITY_IDS.scorerDelegate]: {
    [PRIORITY_IDS.nurses]: [5, 5, 5, 3, 5, 3, 3, 4],
    [PRIORITY_IDS.maternal]: [3, 5, 4, 4, 3, 3, 5, 3],
    [PRIORITY_IDS.disability]: [2, 4, 5, 2, 3, 2, 2, 2],
    [PRIORITY_IDS.south]: [3, 4, 4, 2, 3, 2, 2, 2]
  }
}

const ALL_MET = { propriety: true, economics: true, acceptability: true, resources: true, legality: true }

/** Hanlon scores as a second reading (A 0–10, B 0–20, C 0–10, PEARL). */
const HANLON: HanlonScore[] = [
  { scorerId: PRIORITY_IDS.scorerDrs, problemId: PRIORITY_IDS.nurses, a: 8, b: 15, c: 7, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDrs, problemId: PRIORITY_IDS.maternal, a: 6, b: 17, c: 6, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDrs, problemId: PRIORITY_IDS.disability, a: 4, b: 14, c: 4, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDrs, problemId: PRIORITY_IDS.south, a: 5, b: 12, c: 4, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerPlanning, problemId: PRIORITY_IDS.nurses, a: 8, b: 14, c: 6, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerPlanning, problemId: PRIORITY_IDS.maternal, a: 6, b: 16, c: 6, pearl: ALL_MET },
  // A multi-region plan is beyond one region's budget: "economics" not met for this scorer.
  { scorerId: PRIORITY_IDS.scorerPlanning, problemId: PRIORITY_IDS.south, a: 4, b: 12, c: 4, pearl: { ...ALL_MET, economics: false } },
  { scorerId: PRIORITY_IDS.scorerPlanning, problemId: PRIORITY_IDS.disability, a: 4, b: 13, c: 5, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDelegate, problemId: PRIORITY_IDS.nurses, a: 9, b: 16, c: 6, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDelegate, problemId: PRIORITY_IDS.maternal, a: 5, b: 17, c: 6, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDelegate, problemId: PRIORITY_IDS.disability, a: 4, b: 15, c: 4, pearl: ALL_MET },
  { scorerId: PRIORITY_IDS.scorerDelegate, problemId: PRIORITY_IDS.south, a: 4, b: 13, c: 3, pearl: ALL_MET }
]

const node = (id: string, text: string, objective: string, children: TreeNode[] = []): TreeNode => ({ id, text, objective, children })

const CAUSES: TreeNode[] = [
  node(
    'cause-training',
    "Capacité de formation en soins infirmiers polyvalents insuffisante au regard des besoins",
    'Capacité de formation adaptée aux besoins de la région',
    [
      node('cause-training-places', 'Places limitées en filière polyvalente dans les ISPITS', 'Places en filière polyvalente augmentées dans les ISPITS de la région'),
      node('cause-training-internships', 'Peu de terrains de stage encadrés en milieu rural', 'Stages ruraux encadrés intégrés au cursus')
    ]
  ),
  node(
    'cause-recruitment',
    'Postes budgétaires insuffisants et recrutement géré au niveau central',
    'Postes budgétaires et recrutements programmés selon les besoins régionaux',
    [node('cause-recruitment-posts', 'Créations de postes inférieures aux départs à la retraite', 'Créations de postes au moins égales aux départs')]
  ),
  node(
    'cause-retention',
    'Faible attractivité et rétention des postes en zones rurales et enclavées',
    'Postes ruraux attractifs et infirmiers maintenus en poste',
    [
      node('cause-retention-housing', "Absence de logement de fonction et indemnité d'éloignement faible", "Logements de fonction disponibles et indemnité d'éloignement revalorisée"),
      node('cause-retention-career', 'Perspectives de carrière et de formation continue limitées', 'Parcours de carrière et formation continue garantis après un service rural'),
      node('cause-retention-isolation', 'Isolement professionnel et supervision rare', 'Supervision régulière et appui à distance par les équipes de district')
    ]
  ),
  node(
    'cause-distribution',
    'Répartition inégale des effectifs entre provinces et entre milieux urbain et rural',
    'Effectifs répartis selon les besoins de chaque province'
  )
]

const EFFECTS: TreeNode[] = [
  node(
    'effect-closures',
    'Centres de santé ruraux fermés ou ouverts à temps partiel',
    'Centres de santé ruraux ouverts tous les jours ouvrables',
    [node('effect-access', 'Recours tardif aux soins et longs déplacements des populations rurales', 'Soins de proximité accessibles aux populations rurales')]
  ),
  node(
    'effect-workload',
    'Surcharge de travail et épuisement des infirmiers en poste',
    'Charge de travail soutenable pour les équipes',
    [node('effect-quality', 'Qualité et continuité des soins dégradées', 'Qualité et continuité des soins assurées')]
  ),
  node(
    'effect-programmes',
    'Couverture insuffisante des programmes de santé : vaccination, suivi prénatal, maladies chroniques',
    'Couverture des programmes de santé améliorée en milieu rural'
  )
]

const STATEMENT =
  "Dans la région de Rabat-Salé-Kénitra, les établissements de soins de santé primaires et les hôpitaux de " +
  "proximité manquent d'infirmiers polyvalents, surtout en milieu rural et dans les provinces les moins " +
  "urbanisées (Khémisset, Sidi Kacem, Sidi Slimane). Des centres de santé ruraux fonctionnent à temps partiel " +
  "ou ferment faute de personnel, les programmes de santé publique y sont moins bien couverts et les équipes " +
  "en poste sont surchargées. Le Maroc figure depuis 2006 parmi les pays en situation de pénurie critique de " +
  "personnels de santé selon l'OMS ; la régionalisation avancée et le nouveau plan stratégique donnent à la " +
  "région l'occasion d'agir sur la formation, le recrutement, la répartition et la rétention de ces infirmiers."

/** Stage 1 of the Rabat 2017 sample: the four problems, scored by three people, the nurse shortage chosen and its tree. */
export const priority: SamplePart = () => {
  const candidate = (id: string, title: string, description: string, affectedGroups: string) => ({
    id,
    title,
    description,
    source: SOURCE,
    affectedGroups
  })
  const criteria = defaultCriteria().map((c) => ({ ...c, weight: c.key ? WEIGHTS[c.key] : 1 }))
  const scores: GridScore[] = Object.entries(GRID).flatMap(([scorerId, byProblem]) =>
    Object.entries(byProblem).flatMap(([problemId, values]) =>
      DEFAULT_CRITERIA_KEYS.map((key, i) => ({ scorerId, problemId, criterionId: `crit-${key}`, value: values[i] ?? 3 }))
    )
  )
  return {
    priority: {
      method: 'grid',
      criteria,
      candidates: [
        candidate(
          PRIORITY_IDS.nurses,
          'Pénurie des infirmiers polyvalents',
          "Les établissements de soins de santé primaires et les hôpitaux de proximité manquent d'infirmiers " +
            'polyvalents, surtout en milieu rural : des centres de santé ferment ou fonctionnent à temps partiel, ' +
            'et la répartition des effectifs entre provinces reste inégale.',
          'Populations rurales et périurbaines, personnels des centres de santé'
        ),
        candidate(
          PRIORITY_IDS.maternal,
          "Organisation de l'offre de soins en santé maternelle",
          "L'organisation de l'offre de soins autour de la santé maternelle reste fragmentée : suivi prénatal " +
            "irrégulier, accès inégal aux maisons d'accouchement et aux urgences obstétricales, référence et " +
            'contre-référence peu coordonnées entre niveaux de soins.',
          'Femmes enceintes et nouveau-nés, en particulier en zones enclavées'
        ),
        candidate(
          PRIORITY_IDS.disability,
          'Prise en charge des personnes en situation de handicap',
          'Les personnes à besoins spécifiques, notamment en situation de handicap, trouvent difficilement une ' +
            "prise en charge adaptée : peu de services de rééducation et d'appareillage, accessibilité insuffisante " +
            'des structures et faible coordination avec les acteurs sociaux.',
          'Personnes en situation de handicap et leurs familles'
        ),
        candidate(
          PRIORITY_IDS.south,
          'Plan de développement sanitaire multi-région pour les régions du Sud',
          'Les régions du Sud, vastes et peu peuplées, ne peuvent porter seules une offre de soins spécialisés : ' +
            'un plan de développement concerté entre plusieurs régions permettrait de mutualiser plateaux ' +
            'techniques, ressources humaines et transports sanitaires.',
          'Populations des régions du Sud, directions régionales concernées'
        )
      ],
      scorers: [
        {
          id: PRIORITY_IDS.scorerDrs,
          name: 'Dr Amina El Alaoui',
          role: 'Directrice régionale de la santé, Rabat-Salé-Kénitra',
          scoredOn: '2017-07-06',
          rationale:
            "Les fermetures de centres de santé ruraux remontent chaque mois des délégations ; c'est le problème " +
            'le plus visible pour les élus et celui sur lequel la région peut agir avec le conseil régional.'
        },
        {
          id: PRIORITY_IDS.scorerPlanning,
          name: 'M. Youssef Benjelloun',
          role: 'Chef de la division de la planification, Ministère de la Santé',
          scoredOn: '2017-07-06',
          rationale:
            'La santé maternelle est grave mais déjà portée par un programme national ; la pénurie infirmière ' +
            'conditionne la réussite de tous les programmes et relève directement du plan régional.'
        },
        {
          id: PRIORITY_IDS.scorerDelegate,
          name: 'Dr Rachid Ouazzani',
          role: 'Délégué provincial de la santé, Khémisset',
          scoredOn: '2017-07-07',
          rationale:
            "Dans la province, plusieurs dispensaires ruraux n'ont plus d'infirmier à plein temps ; les " +
            'populations parcourent de longues distances pour une vaccination ou un suivi de grossesse.'
        }
      ],
      scores,
      hanlon: HANLON,
      chosenProblemId: PRIORITY_IDS.nurses,
      choiceRationale:
        'Premier au classement de la grille pondérée chez les trois évaluateurs et en tête avec la méthode de ' +
        "Hanlon. Le problème touche l'ensemble des programmes de soins de santé primaires, il relève des " +
        'compétences partagées entre la région et le Ministère (loi 111-14) et la préparation du plan régional ' +
        "offre une fenêtre d'opportunité. La santé maternelle, proche au classement, sera traitée dans le " +
        'dialogue suivant de la série.',
      statement: STATEMENT,
      affectedGroups:
        'Populations rurales et des zones enclavées (femmes enceintes, enfants, malades chroniques), infirmiers ' +
        'en poste dans les centres de santé ruraux, équipes des hôpitaux de proximité',
      tree: { causes: CAUSES, effects: EFFECTS },
      objective:
        "Disposer d'infirmiers polyvalents en nombre suffisant, durablement affectés dans les établissements " +
        'de soins de santé primaires de toutes les provinces de la région.',
      champion:
        'Dr Amina El Alaoui, directrice régionale de la santé, avec la commission des affaires sociales du conseil régional',
      policyWindow:
        "Élaboration en 2017 du nouveau plan stratégique du Ministère et de sa déclinaison régionale ; mise en " +
        "place des commissions prévues par la loi organique 111-14 ; préparation du budget 2018 et de la " +
        "convention de partenariat entre la DRS et le conseil régional."
    }
  }
}
