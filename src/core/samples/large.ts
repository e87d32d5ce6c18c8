/**
 * A generated large project for the benchmarks (`npm run bench`) and the scale tests: a big regional
 * dialogue with every stage filled — 300 stakeholders, 100 agenda blocks over 3 days, 500 actions, 200
 * minute points of about 60 words, 30 evaluation responses at scale 1 (about 1 MB of JSON) — in the
 * French / Arabic mix of a Moroccan ministry file. Deterministic: the same seed, scale and `now` give the
 * same project, byte for byte. Every list grows linearly with `scale` (no list grows with the square of
 * another), so growth measurements see the cost of the code, not of the data.
 */
import { CURRENT_SCHEMA_VERSION, Project, type ProjectInput } from '../model/project'
import { PEARL_KEYS } from '../model/priority'
import type { BlockType } from '../model/agenda'
import { EVALUATION_FEATURES } from '../model/evaluation'
import { STAKEHOLDER_CATEGORY_KEYS } from '../model/morocco'
import { POSITIONS, POWERS, STRATEGIES } from '../model/stakeholders'
import { defaultCriteria, defaultStakeholderCategories } from '../project/factory'

export interface LargeProjectOptions {
  /** Any integer: the same seed gives the same project. */
  seed: number
  /** Multiplies every list (1, 2, 4, 8…); fractional scales are allowed (counts are rounded, at least 1). */
  scale?: number
  /** ISO instant of creation; the dialogue took place 60 days before it. */
  now: string
  id?: string
  name?: string
}

/** How many of each thing a large project holds at a given scale. */
export function largeProjectCounts(scale = 1) {
  const n = (base: number): number => Math.max(1, Math.round(base * scale))
  return {
    stakeholders: n(300),
    agendaBlocks: n(100),
    agendaDays: 3,
    actions: n(500),
    minuteEntries: n(200),
    evaluationResponses: n(30),
    participants: n(120),
    candidates: n(12),
    scorers: 6,
    causes: n(6),
    effects: n(4),
    sources: n(40),
    options: n(5),
    implementation: n(8),
    followUps: 4,
    lessons: n(10)
  }
}

// ─── A tiny deterministic PRNG (mulberry32) ────────────────────────────────────────────────────────

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p
  }
}

// ─── Word banks (French and Modern Standard Arabic, as in a Moroccan ministry file) ────────────────

const FIRST_NAMES = [
  ['Amina', 'f'], ['Youssef', 'm'], ['Fatima Zahra', 'f'], ['Rachid', 'm'], ['Khadija', 'f'], ['Mohammed', 'm'],
  ['Nadia', 'f'], ['Hicham', 'm'], ['Samira', 'f'], ['Karim', 'm'], ['Latifa', 'f'], ['Abdelilah', 'm'],
  ['Meryem', 'f'], ['Omar', 'm'], ['Salma', 'f'], ['Driss', 'm'], ['Imane', 'f'], ['Mustapha', 'm'],
  ['Souad', 'f'], ['Hassan', 'm'], ['Zineb', 'f'], ['Saïd', 'm'], ['Naïma', 'f'], ['Anas', 'm'],
  ['Houda', 'f'], ['Brahim', 'm'], ['Loubna', 'f'], ['Jamal', 'm'], ['Ghizlane', 'f'], ['Adil', 'm']
] as const
const LAST_NAMES = [
  'El Alaoui', 'Benjelloun', 'Ouazzani', 'Bennani', 'El Idrissi', 'Tazi', 'Chraïbi', 'Berrada', 'El Fassi', 'Amrani',
  'Lahlou', 'Benkirane', 'Sqalli', 'Kettani', 'El Mansouri', 'Aït Taleb', 'Bouzidi', 'Ziani', 'El Khatib', 'Hajji',
  'Naciri', 'Filali', 'Belhaj', 'Cherkaoui', 'Mernissi', 'Zniber', 'Tahiri', 'Ouali', 'Bakkali', 'Raji'
] as const
const ARABIC_NAMES = [
  'أمينة العلوي', 'يوسف بنجلون', 'فاطمة الزهراء التازي', 'رشيد الوزاني', 'خديجة بناني', 'محمد الإدريسي',
  'نادية الشرايبي', 'هشام برادة', 'سميرة الفاسي', 'كريم العمراني', 'لطيفة لحلو', 'عبد الإله بنكيران'
] as const

const INSTITUTIONS = [
  ['Direction régionale de la santé de Rabat-Salé-Kénitra', 'DRS', 'drs'],
  ['Délégation provinciale de la santé de Kénitra', 'DPS Kénitra', 'provincialDelegation'],
  ['Délégation provinciale de la santé de Khémisset', 'DPS Khémisset', 'provincialDelegation'],
  ['Délégation provinciale de la santé de Sidi Kacem', 'DPS Sidi Kacem', 'provincialDelegation'],
  ['Délégation préfectorale de la santé de Salé', 'DPS Salé', 'provincialDelegation'],
  ['Centre hospitalier universitaire Ibn Sina', 'CHU Ibn Sina', 'hospital'],
  ['Centre hospitalier provincial El Idrissi de Kénitra', 'CHP Kénitra', 'hospital'],
  ['Ministère de la Santé et de la Protection sociale', 'MSPS', 'ministry'],
  ['Conseil régional de Rabat-Salé-Kénitra', 'CR RSK', 'regionalCouncil'],
  ['Wilaya de la région de Rabat-Salé-Kénitra', 'Wilaya', 'waliGovernor'],
  ['Commune rurale de Sidi Yahya Zaër', 'CR Sidi Yahya', 'localAuthority'],
  ['Ministère de l’Économie et des Finances', 'MEF', 'otherMinistry'],
  ['Ministère de l’Intérieur — Direction générale des collectivités territoriales', 'DGCT', 'otherMinistry'],
  ['Agence nationale de l’assurance maladie', 'ANAM', 'insurer'],
  ['Caisse nationale de sécurité sociale', 'CNSS', 'insurer'],
  ['Ordre national des infirmiers', 'ONI', 'professionalOrder'],
  ['Association marocaine des sciences infirmières et techniques sanitaires', 'AMSITS', 'professionalOrder'],
  ['Clinique privée Agdal', 'Clinique Agdal', 'privateSector'],
  ['Association des amis des malades de Khémisset', 'AAM Khémisset', 'ngo'],
  ['جمعية دعم المرضى بسيدي سليمان', 'ج.د.م', 'ngo'],
  ['Faculté de médecine et de pharmacie de Rabat', 'FMPR', 'university'],
  ['Institut supérieur des professions infirmières et techniques de santé de Rabat', 'ISPITS Rabat', 'university'],
  ['Organisation mondiale de la Santé — bureau du Maroc', 'OMS', 'partner'],
  ['Fonds des Nations unies pour la population', 'UNFPA', 'partner'],
  ['Union européenne — délégation au Maroc', 'UE', 'partner'],
  ['Société nationale de radiodiffusion et de télévision', 'SNRT', 'media'],
  ['المندوبية الإقليمية للصحة بالقنيطرة', 'م.إ.ص', 'provincialDelegation'],
  ['مجلس جهة الرباط سلا القنيطرة', 'م.ج', 'regionalCouncil'],
  ['Collectif des usagers des centres de santé ruraux', 'CUCSR', 'citizens']
] as const satisfies readonly (readonly [string, string, (typeof STAKEHOLDER_CATEGORY_KEYS)[number]])[]

const FUNCTIONS = [
  'Directeur régional', 'Délégué provincial', 'Chef du service des ressources humaines', 'Infirmier chef de poste',
  'Médecin chef du SIAAP', 'Cheffe de la division de la planification', 'Directeur de l’ISPITS', 'Vice-président',
  'Chargé de mission', 'Présidente', 'Conseiller technique', 'Chef de la cellule de communication',
  'Sage-femme coordinatrice', 'Administrateur', 'Chef du service de l’offre de soins', 'Point focal OMS'
] as const

const PLACES = [
  'Kénitra', 'Khémisset', 'Sidi Kacem', 'Sidi Slimane', 'Salé', 'Skhirate-Témara', 'Rabat', 'Tiflet',
  'Souk El Arbaa', 'Rommani', 'Mechra Bel Ksiri', 'Oulmès'
] as const

const TOPICS = [
  'la pénurie d’infirmiers polyvalents',
  'la fermeture des dispensaires ruraux',
  'la rétention des professionnels dans les zones enclavées',
  'la délégation de tâches aux infirmiers',
  'la capacité de formation des ISPITS',
  'le logement de fonction des infirmiers chefs de poste',
  'la répartition des postes budgétaires entre provinces',
  'les unités médicales mobiles',
  'la continuité des soins maternels',
  'la charge de travail dans les centres de santé de niveau 1'
] as const

const ACTORS = [
  'Les représentants des délégations provinciales',
  'Les directeurs d’hôpitaux',
  'Plusieurs participants',
  'Les élus du Conseil régional',
  'Les infirmiers chefs de poste présents',
  'Les experts de l’OMS',
  'Les associations de la société civile',
  'Les responsables de l’ISPITS',
  'Les délégués provinciaux',
  'Les représentants des collectivités territoriales'
] as const

const MEASURES = [
  'une prime de zone pour les postes ruraux difficiles',
  'l’ouverture de places supplémentaires en filière polyvalente',
  'des conventions avec les communes pour le logement des infirmiers',
  'un plan de carrière accéléré après trois ans en milieu rural',
  'la mutualisation des unités mobiles entre provinces voisines',
  'un protocole régional de délégation de tâches',
  'le recrutement contractuel financé par le Conseil régional',
  'un tableau de bord trimestriel des effectifs par établissement',
  'des stages ruraux encadrés dès la deuxième année de formation',
  'la réaffectation des infirmiers des établissements urbains en sureffectif'
] as const

const RESOURCES = [
  'Budget de fonctionnement, personnel technique de la division',
  'Réseau des infirmiers chefs de poste, véhicules de supervision',
  'Crédits du programme de développement régional',
  'Expertise technique et appui financier ponctuel',
  'Influence auprès des élus et de l’administration territoriale',
  'Accès aux médias régionaux',
  'الموارد البشرية والدعم اللوجستي'
] as const

const RISKS = [
  'Retard dans l’ouverture des postes budgétaires',
  'Refus des affectations en zone enclavée',
  'Financement régional non reconduit',
  'Résistance des organisations professionnelles',
  'Rotation rapide des responsables',
  'تأخر في صرف الاعتمادات'
] as const

const FRENCH_SENTENCES: readonly ((r: Rng) => string)[] = [
  (r) => `${r.pick(ACTORS)} ont souligné que ${r.pick(TOPICS)} pèse d’abord sur les communes de ${r.pick(PLACES)} et de ${r.pick(PLACES)}, où plusieurs établissements ne fonctionnent plus que deux jours par semaine.`,
  (r) => `Il a été rappelé que ${r.int(12, 48)} % des postes ouverts en ${r.int(2014, 2017)} dans la province de ${r.pick(PLACES)} n’ont pas été pourvus, faute de candidats acceptant une affectation en milieu rural.`,
  (r) => `${r.pick(ACTORS)} ont proposé ${r.pick(MEASURES)}, en insistant sur la nécessité d’un financement pluriannuel inscrit au programme de développement régional.`,
  (r) => `La discussion a porté sur ${r.pick(TOPICS)} et sur les conditions d’une mise en œuvre réaliste d’ici ${r.int(2018, 2021)}, compte tenu des contraintes budgétaires.`,
  (r) => `Un désaccord a été exprimé sur ${r.pick(MEASURES)} : certains y voient une réponse rapide, d’autres craignent un effet d’aubaine sans amélioration durable de l’accès aux soins.`,
  (r) => `Les données présentées montrent un ratio de ${r.int(4, 9)},${r.int(0, 9)} infirmiers pour 10 000 habitants dans la province de ${r.pick(PLACES)}, contre ${r.int(10, 14)} en moyenne régionale.`,
  (r) => `${r.pick(ACTORS)} ont demandé que les organisations professionnelles soient consultées avant toute décision sur ${r.pick(MEASURES)}.`,
  (r) => `Le groupe de travail a retenu que ${r.pick(TOPICS)} relève à la fois du niveau central et de la région, ce qui impose une coordination étroite avec la Direction des ressources humaines.`,
  (r) => `Il est ressorti des échanges que l’isolement professionnel et l’absence de perspectives de carrière expliquent une large part des départs observés à ${r.pick(PLACES)}.`,
  (r) => `Les participants ont convenu de documenter ${r.pick(TOPICS)} par une enquête rapide auprès des ${r.int(20, 90)} centres de santé concernés avant la prochaine réunion du comité de pilotage.`
]

const ARABIC_SENTENCES = [
  'أكد المشاركون على ضرورة تعزيز الموارد البشرية في المراكز الصحية القروية.',
  'تمت الإشارة إلى أن النقص في الممرضين متعددي الاختصاصات يؤثر على جودة الخدمات الصحية.',
  'اقترح ممثل المجلس الجهوي تخصيص اعتمادات إضافية لتحفيز العاملين في المناطق النائية.',
  'شدد ممثل المندوبية الإقليمية على أهمية التنسيق بين القطاعات المعنية.',
  'دعا المتدخلون إلى مراجعة نظام التعويضات عن العمل في الوسط القروي.',
  'لوحظ أن بعض المؤسسات الصحية أغلقت أبوابها بسبب غياب الأطر التمريضية.',
  'طالبت الجمعيات بإشراك المجتمع المدني في تتبع تنفيذ خطة العمل.',
  'تم الاتفاق على إعداد مذكرة تقنية حول الخيارات المقترحة قبل نهاية السنة.',
  'أبرز مدير المعهد العالي للمهن التمريضية وتقنيات الصحة محدودية الطاقة الاستيعابية للتداريب الميدانية.',
  'اعتبر المشاركون أن السكن الوظيفي عامل حاسم في استقرار الممرضين بالمناطق الجبلية.'
] as const

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length

/** A paragraph of about `words` words: mostly French, sometimes Arabic, sometimes both (a quoted remark). */
function paragraph(r: Rng, words: number): string {
  const roll = r.next()
  const arabic = roll < 0.15
  const mixed = !arabic && roll < 0.3
  const out: string[] = []
  let count = 0
  while (count < words) {
    const sentence = arabic ? r.pick(ARABIC_SENTENCES) : r.pick(FRENCH_SENTENCES)(r)
    out.push(sentence)
    count += wordCount(sentence)
  }
  if (mixed) out.push(`Un intervenant a résumé : « ${r.pick(ARABIC_SENTENCES)} »`)
  return out.join(' ')
}

/** One sentence (a title or a short field). */
const sentence = (r: Rng): string => (r.chance(0.15) ? r.pick(ARABIC_SENTENCES) : r.pick(FRENCH_SENTENCES)(r))

/** Short texts stay within the schema's 500 characters. */
const short = (s: string, max = 480): string => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`)

// ─── Dates ─────────────────────────────────────────────────────────────────────────────────────────

const DAY_MS = 86_400_000
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
const pad = (n: number, width = 4): string => String(n).padStart(width, '0')

// ─── The project ───────────────────────────────────────────────────────────────────────────────────

/** The generated large project, valid against the `Project` schema (parsed before it is returned). */
export function buildLargeProject(args: LargeProjectOptions): Project {
  const scale = args.scale ?? 1
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`)
  const r = mulberry32(args.seed)
  const c = largeProjectCounts(scale)
  const nowMs = new Date(args.now).getTime()
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not an ISO instant: ${args.now}`)
  const firstDayMs = Math.floor(nowMs / DAY_MS) * DAY_MS - 60 * DAY_MS
  const dialogueDates = [0, 1, 2].map((d) => isoDay(firstDayMs + d * DAY_MS))
  const atDialogue = (day: number, minute: number): string => new Date(firstDayMs + day * DAY_MS + minute * 60_000).toISOString()

  const personName = (): string => {
    if (r.chance(0.12)) return r.pick(ARABIC_NAMES)
    const [first, gender] = r.pick(FIRST_NAMES)
    const title = r.chance(0.4) ? r.pick(['Dr', 'Pr']) : gender === 'f' ? 'Mme' : 'M.'
    return `${title} ${first} ${r.pick(LAST_NAMES)}`
  }
  const email = (i: number): string => `contact${pad(i)}@sante-rsk.ma`
  const phone = (): string => `+212 6${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`

  // Stage 0 — framing
  const people = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const inst = r.pick(INSTITUTIONS)
      return { id: `${prefix}-${pad(i + 1)}`, name: personName(), function: r.pick(FUNCTIONS), institution: inst[0], email: email(i + 1), phone: phone() }
    })
  const framing: ProjectInput['framing'] = {
    sponsor: 'drs',
    sponsorName: 'Direction régionale de la santé de Rabat-Salé-Kénitra, avec l’appui de l’OMS',
    level: 'regional',
    region: 'rabatSaleKenitra',
    province: 'Kénitra, Khémisset, Sidi Kacem, Sidi Slimane, Salé, Skhirate-Témara, Rabat',
    policyProcess: 'regionalPlan',
    policyProcessName: 'Programme régional de développement sanitaire 2018–2022',
    context: Array.from({ length: 6 }, () => paragraph(r, 90)).join('\n\n'),
    steeringCommittee: people('sc', 8),
    organisingTeam: people('org', 6),
    timeline: Array.from({ length: 10 }, (_, i) => ({
      id: `ms-${pad(i + 1)}`,
      label: short(`Étape ${i + 1} : ${r.pick(MEASURES)}`),
      date: isoDay(firstDayMs + (i - 6) * 14 * DAY_MS),
      done: i < 7
    })),
    budgetCurrency: 'MAD',
    budget: Array.from({ length: 12 }, (_, i) => ({
      id: `fb-${pad(i + 1)}`,
      label: short(`Poste ${i + 1} — ${r.pick(['restauration', 'hébergement', 'transport', 'interprétation', 'reprographie', 'location de salle'])}`),
      amount: r.int(5, 120) * 1000,
      source: r.pick(['OMS', 'DRS', 'Conseil régional'])
    })),
    languages: ['fr', 'ar'],
    checklist: Array.from({ length: 8 }, (_, i) => ({ id: `fc-${pad(i + 1)}`, label: short(sentence(r), 200), done: r.chance(0.7) }))
  }

  // Stage 1 — priority
  const candidates = Array.from({ length: c.candidates }, (_, i) => ({
    id: `cand-${pad(i + 1)}`,
    title: short(`${r.pick(TOPICS).replace(/^./, (ch) => ch.toUpperCase())} (${r.pick(PLACES)})`),
    description: paragraph(r, 60),
    source: short(sentence(r), 200),
    affectedGroups: short(`Populations rurales de ${r.pick(PLACES)} et de ${r.pick(PLACES)}`)
  }))
  const scorers = Array.from({ length: c.scorers }, (_, i) => ({
    id: `scorer-${pad(i + 1)}`,
    name: personName(),
    role: r.pick(FUNCTIONS),
    scoredOn: dialogueDates[0],
    rationale: paragraph(r, 30)
  }))
  const criteria = defaultCriteria().map((k, i) => ({ ...k, weight: i < 3 ? 2 : 1 }))
  const scores = scorers.flatMap((s) =>
    candidates.flatMap((p) => criteria.map((k) => ({ scorerId: s.id, problemId: p.id, criterionId: k.id, value: r.int(1, 5) })))
  )
  const hanlon = scorers.flatMap((s) =>
    candidates.map((p) => ({
      scorerId: s.id,
      problemId: p.id,
      a: r.int(0, 10),
      b: r.int(0, 20),
      c: r.int(0, 10),
      pearl: Object.fromEntries(PEARL_KEYS.map((k) => [k, r.chance(0.9)]))
    }))
  )
  // A large but readable tree: each cause or effect has 3 (causes) or 2 (effects) sub-causes, the first
  // of which is explained one level further (about 46 nodes at scale 1).
  const treeNodes = (prefix: string, n: number, width: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${pad(i + 1)}`,
      text: short(sentence(r), 200),
      objective: short(`Obtenir ${r.pick(MEASURES)}`, 200),
      children: Array.from({ length: width }, (_, j) => ({
        id: `${prefix}-${pad(i + 1)}-${j + 1}`,
        text: short(sentence(r), 200),
        objective: short(`Mettre en place ${r.pick(MEASURES)}`, 200),
        children:
          j === 0
            ? [{ id: `${prefix}-${pad(i + 1)}-${j + 1}-1`, text: short(sentence(r), 200), objective: short(`Assurer ${r.pick(MEASURES)}`, 200) }]
            : []
      }))
    }))
  const causes = treeNodes('cause', c.causes, 3)
  const priority: ProjectInput['priority'] = {
    method: 'grid',
    criteria,
    candidates,
    scorers,
    scores,
    hanlon,
    chosenProblemId: candidates[0]?.id ?? null,
    choiceRationale: paragraph(r, 60),
    statement: paragraph(r, 60),
    affectedGroups: 'Populations rurales et périurbaines de la région, femmes enceintes, personnes âgées',
    tree: { causes, effects: treeNodes('effect', c.effects, 2) },
    objective: paragraph(r, 30),
    champion: 'Dr Rachid Ouazzani, Directeur régional de la santé',
    policyWindow: paragraph(r, 40)
  }

  // Stage 2 — evidence
  const sources = Array.from({ length: c.sources }, (_, i) => ({
    id: `src-${pad(i + 1)}`,
    title: short(`${r.pick(['Rapport', 'Revue systématique', 'Enquête', 'Note de synthèse', 'Annuaire statistique'])} sur ${r.pick(TOPICS)}`),
    authors: `${r.pick(LAST_NAMES)} ${r.pick(FIRST_NAMES)[0].charAt(0)}., ${r.pick(LAST_NAMES)} ${r.pick(FIRST_NAMES)[0].charAt(0)}.`,
    year: r.int(2005, 2017),
    type: r.pick(['systematicReview', 'localData', 'report', 'keyInformant', 'other'] as const),
    scope: r.pick(['local', 'global'] as const),
    keyFinding: paragraph(r, 45),
    link: `doc-${pad(i + 1)}.pdf`
  }))
  const options = Array.from({ length: c.options }, (_, i) => ({
    id: `opt-${pad(i + 1)}`,
    title: short(`Option ${i + 1} : ${r.pick(MEASURES)}`),
    description: paragraph(r, 60),
    benefits: paragraph(r, 30),
    harms: paragraph(r, 25),
    costs: paragraph(r, 25),
    equity: paragraph(r, 25),
    monitoring: paragraph(r, 25),
    sourceIds: Array.from({ length: 4 }, () => r.pick(sources).id).filter((id, k, all) => all.indexOf(id) === k)
  }))
  const evidence: ProjectInput['evidence'] = {
    sources,
    options,
    brief: {
      title: 'Note d’information stratégique : retenir les infirmiers polyvalents en milieu rural',
      keyMessages: Array.from({ length: 5 }, () => sentence(r)).join('\n'),
      problem: Array.from({ length: 3 }, () => paragraph(r, 70)).join('\n\n'),
      implementation: Array.from({ length: c.implementation }, (_, i) => ({ id: `impl-${pad(i + 1)}`, barrier: paragraph(r, 25), strategy: paragraph(r, 25) })),
      referenceIds: sources.map((s) => s.id)
    }
  }

  // Stage 3 — stakeholders
  const stakeholderItems = Array.from({ length: c.stakeholders }, (_, i) => {
    const inst = r.pick(INSTITUTIONS)
    return {
      id: `stk-${pad(i + 1)}`,
      name: personName(),
      abbreviation: inst[1],
      organisation: inst[0],
      role: r.pick(FUNCTIONS),
      categoryId: `cat-${inst[2]}`,
      level: r.pick(['national', 'regional', 'local'] as const),
      internal: r.pick(['internal', 'external'] as const),
      knowledge: r.int(1, 3),
      position: r.pick(POSITIONS),
      power: r.pick(POWERS),
      interest: r.int(1, 5),
      resources: r.pick(RESOURCES),
      leadership: r.chance(0.2),
      alliances: `${r.pick(INSTITUTIONS)[1]}, ${r.pick(INSTITUTIONS)[1]}`,
      gains: r.pick(MEASURES).replace(/^./, (ch) => ch.toUpperCase()),
      losses: r.chance(0.5) ? r.pick(RISKS) : '',
      strategy: r.pick(STRATEGIES),
      engagement: sentence(r),
      invited: r.chance(0.4),
      capacity: r.pick(['official', 'personal'] as const),
      contact: email(i + 1)
    }
  })
  const snapshot = (id: string, label: string, day: number) => ({
    id,
    label,
    takenAt: atDialogue(day, 9 * 60),
    entries: stakeholderItems.map((s) => ({ stakeholderId: s.id, name: s.name, position: r.pick(POSITIONS), power: s.power, interest: s.interest }))
  })
  const stakeholders: ProjectInput['stakeholders'] = {
    categories: defaultStakeholderCategories(),
    items: stakeholderItems,
    snapshots: [snapshot('snap-before', 'Avant le dialogue', -30), snapshot('snap-after', 'Après le dialogue', 3)]
  }

  // Stage 4 — design and participants
  const design: ProjectInput['design'] = {
    objectives: Array.from({ length: 4 }, () => sentence(r)).join('\n'),
    expectedResults: Array.from({ length: 4 }, () => sentence(r)).join('\n'),
    openness: 'closed',
    targetSizeMin: 90,
    targetSizeMax: 130,
    dates: dialogueDates,
    venue: 'Hôtel Farah, salle Al Andalous',
    city: 'Rabat',
    facilitator: 'Pr Latifa Lahlou',
    rapporteur: 'M. Anas Tahiri',
    chathamHouse: true,
    consensusNotSought: true,
    interpretation: ['fr', 'ar'],
    logistics: Array.from({ length: 15 }, (_, i) => ({ id: `log-${pad(i + 1)}`, label: short(sentence(r), 200), done: r.chance(0.8) })),
    budget: Array.from({ length: 10 }, (_, i) => ({ id: `db-${pad(i + 1)}`, label: `Ligne ${i + 1}`, amount: r.int(2, 80) * 1000, source: 'OMS' })),
    preReadingPackSentOn: isoDay(firstDayMs - 10 * DAY_MS)
  }
  const participants = Array.from({ length: c.participants }, (_, i) => {
    const stakeholder = r.chance(0.8) ? stakeholderItems[(i * 7) % stakeholderItems.length] : undefined
    const status = r.pick(['invited', 'confirmed', 'confirmed', 'confirmed', 'declined'] as const)
    return {
      id: `par-${pad(i + 1)}`,
      stakeholderId: stakeholder?.id ?? null,
      name: stakeholder?.name ?? personName(),
      function: stakeholder?.role ?? r.pick(FUNCTIONS),
      institution: stakeholder?.organisation ?? r.pick(INSTITUTIONS)[0],
      email: email(1000 + i),
      phone: phone(),
      role: r.pick(['policymaker', 'stakeholder', 'stakeholder', 'researcher', 'observer'] as const),
      capacity: r.pick(['official', 'personal'] as const),
      consentToList: r.chance(0.7),
      invitationStatus: status,
      invitedOn: isoDay(firstDayMs - 30 * DAY_MS),
      respondedOn: status === 'invited' ? null : isoDay(firstDayMs - 20 * DAY_MS),
      preReadingSentOn: isoDay(firstDayMs - 10 * DAY_MS),
      walkIn: r.chance(0.05),
      notes: r.chance(0.3) ? sentence(r) : ''
    }
  })

  // Stage 5 — agenda: blocks spread over 3 days; durations shrink with the scale so a day stays < 24 h.
  const blockTypes = ['presentation', 'plenary', 'plenary', 'groupWork', 'groupWork', 'break', 'presentation'] as const
  const perDay = [0, 1, 2].map((d) => Math.floor(c.agendaBlocks / 3) + (d < c.agendaBlocks % 3 ? 1 : 0))
  let blockNo = 0
  const days = perDay.map((count, d) => ({
    id: `day-${d + 1}`,
    date: dialogueDates[d] ?? null,
    start: '08:00',
    blocks: Array.from({ length: count }, (_, k) => {
      blockNo++
      const type: BlockType = k === 0 ? (d === 0 ? 'opening' : 'plenary') : k === count - 1 ? (d === 2 ? 'closing' : 'evaluation') : k === Math.floor(count / 2) ? 'meal' : r.pick(blockTypes)
      const base = type === 'meal' ? 60 : type === 'break' ? 15 : r.pick([10, 15, 15, 20, 20, 25])
      return {
        id: `blk-${pad(blockNo)}`,
        title: short(type === 'meal' ? 'Déjeuner' : type === 'break' ? 'Pause-café' : `${r.pick(['Séance', 'Table ronde', 'Travaux de groupe', 'Présentation'])} : ${r.pick(TOPICS)}`),
        type,
        durationMin: Math.max(2, Math.round(base / scale)),
        speaker: type === 'break' || type === 'meal' ? '' : personName(),
        objective: type === 'break' || type === 'meal' ? '' : sentence(r),
        notes: type === 'break' || type === 'meal' ? '' : paragraph(r, 20),
        materials: r.chance(0.4) ? 'Diapositives, fiches de travail, tableau à feuilles' : ''
      }
    })
  }))
  const allBlocks = days.flatMap((d, dayIndex) => d.blocks.map((b) => ({ block: b, dayIndex })))
  const talkBlocks = allBlocks.filter((b) => b.block.type !== 'break' && b.block.type !== 'meal')

  // Stage 7 — actions (built before the minutes so raised actions can point at them)
  const objectiveIds = causes.flatMap((n) => [n.id, ...n.children.map((ch) => ch.id)])
  const actionItems = Array.from({ length: c.actions }, (_, i) => {
    const ownerRoll = r.next()
    const participant = r.pick(participants)
    const stakeholder = r.pick(stakeholderItems)
    const start = firstDayMs + r.int(5, 120) * DAY_MS
    const linkRoll = r.next()
    return {
      id: `act-${pad(i + 1)}`,
      title: short(`${r.pick(['Élaborer', 'Mettre en place', 'Négocier', 'Évaluer', 'Diffuser', 'Financer'])} ${r.pick(MEASURES)} (${r.pick(PLACES)})`),
      linkedTo:
        linkRoll < 0.4
          ? { kind: 'option' as const, refId: r.pick(options).id }
          : linkRoll < 0.8
            ? { kind: 'objective' as const, refId: r.pick(objectiveIds) }
            : { kind: 'none' as const, refId: null },
      owner:
        ownerRoll < 0.4
          ? { kind: 'participant' as const, refId: participant.id, name: participant.name }
          : ownerRoll < 0.8
            ? { kind: 'stakeholder' as const, refId: stakeholder.id, name: stakeholder.name }
            : { kind: 'free' as const, refId: null, name: r.pick(INSTITUTIONS)[1] },
      partners: short(`${r.pick(INSTITUTIONS)[1]}, ${r.pick(INSTITUTIONS)[1]}`),
      startDate: isoDay(start),
      dueDate: isoDay(start + r.int(30, 400) * DAY_MS),
      resources: r.pick(RESOURCES),
      budget: r.chance(0.8) ? r.int(1, 500) * 1000 : null,
      fundingSource: r.pick(['Budget général', 'Conseil régional', 'OMS', 'INDH', 'Union européenne']),
      indicator: short(`Nombre de ${r.pick(['postes pourvus', 'infirmiers formés', 'centres rouverts', 'conventions signées'])}`),
      baseline: String(r.int(0, 40)),
      target: String(r.int(40, 200)),
      verification: 'Rapport trimestriel de la DRS',
      status: r.pick(['notStarted', 'inProgress', 'inProgress', 'done', 'dropped'] as const),
      risks: r.chance(0.6) ? r.pick(RISKS) : '',
      comments: r.chance(0.2) ? sentence(r) : '',
      sourceEntryId: null as string | null
    }
  })

  // Stage 6 — minutes
  const entryTypes = ['keyPoint', 'keyPoint', 'keyPoint', 'agreement', 'disagreement', 'proposal', 'decision', 'actionRaised'] as const
  const entries = Array.from({ length: c.minuteEntries }, (_, i) => {
    const where = talkBlocks[Math.floor((i * talkBlocks.length) / c.minuteEntries)] ?? r.pick(talkBlocks)
    const type = r.pick(entryTypes)
    const action = type === 'actionRaised' ? actionItems[i % actionItems.length] : undefined
    const id = `ent-${pad(i + 1)}`
    if (action) action.sourceEntryId = id
    return {
      id,
      blockId: where.block.id,
      type,
      text: paragraph(r, 60),
      speaker: '',
      createdAt: atDialogue(where.dayIndex, 8 * 60 + r.int(0, 600)),
      actionId: action?.id ?? null
    }
  })
  // Every participant has a mark for each half-day; those who declined are excused throughout.
  const attendance = participants.flatMap((p) =>
    days.flatMap((d) =>
      (['am', 'pm'] as const).map((half) => ({
        participantId: p.id,
        dayId: d.id,
        half,
        status: p.invitationStatus === 'declined' ? ('excused' as const) : r.pick(['present', 'present', 'present', 'present', 'absent', 'excused'] as const)
      }))
    )
  )
  const minutes: ProjectInput['minutes'] = {
    status: 'final',
    finalisedAt: atDialogue(4, 10 * 60),
    entries,
    attendance,
    amendments: Array.from({ length: 3 }, (_, i) => ({
      id: `amd-${pad(i + 1)}`,
      at: atDialogue(6 + i, 11 * 60),
      author: 'M. Anas Tahiri',
      reason: 'Correction demandée par la délégation provinciale',
      kind: 'editEntry' as const,
      entryId: entries[i]?.id ?? null,
      before: entries[i]?.text ?? '',
      after: entries[i]?.text ?? ''
    })),
    consensusStatement: paragraph(r, 80)
  }

  const followUps = Array.from({ length: c.followUps }, (_, i) => ({
    id: `fu-${pad(i + 1)}`,
    date: isoDay(firstDayMs + (i + 1) * 30 * DAY_MS),
    notes: paragraph(r, 40),
    progress: actionItems
      .filter((_, k) => k % c.followUps === i)
      .map((a) => ({ actionId: a.id, status: a.status, percent: r.int(0, 100), note: r.chance(0.5) ? sentence(r) : '' }))
  }))
  const actions: ProjectInput['actions'] = { currency: 'MAD', items: actionItems, followUps }

  // Stage 8 — evaluation
  const evaluation: ProjectInput['evaluation'] = {
    responses: Array.from({ length: c.evaluationResponses }, (_, i) => ({
      id: `resp-${pad(i + 1)}`,
      ratings: Object.fromEntries(EVALUATION_FEATURES.map((k) => [k, r.chance(0.95) ? r.int(3, 7) : null])),
      intentionToAct: r.int(2, 7),
      comments: r.chance(0.6) ? paragraph(r, 30) : '',
      enteredAt: atDialogue(2, 17 * 60 + i)
    })),
    debrief: Array.from({ length: c.lessons }, (_, i) => ({
      id: `les-${pad(i + 1)}`,
      lesson: paragraph(r, 30),
      owner: personName(),
      dueDate: isoDay(firstDayMs + (20 + i) * DAY_MS)
    }))
  }

  const input: ProjectInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: args.id ?? `large-${args.seed}-x${String(scale).replace(/[^0-9]/g, '_')}`,
    name: args.name ?? `Dialogue régional sur les infirmiers polyvalents (grand projet ×${scale})`,
    createdAt: args.now,
    updatedAt: args.now,
    sample: null,
    docLanguage: 'fr',
    framing,
    priority,
    evidence,
    stakeholders,
    design,
    participants,
    agenda: { days, live: [] },
    minutes,
    actions,
    evaluation
  }
  return Project.parse(input)
}
