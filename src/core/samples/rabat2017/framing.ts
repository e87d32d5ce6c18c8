import type { SamplePart } from '../types'

const CONTEXT = [
  "Le système de santé marocain fait face à un nombre croissant de défis, tant au niveau d'une transition " +
    "démographique et épidémiologique qu'au niveau institutionnel, notamment à travers la mise en œuvre de la " +
    'régionalisation avancée. Le Livre blanc préconise que la modernisation de la gouvernance du système de santé ' +
    "prenne en compte l'agenda de régionalisation et prépare les acteurs à cette nouvelle mission : il s'agit " +
    "d'offrir un espace de créativité, de flexibilité et de prise de décision dans un cadre de proximité.",
  'La stratégie sectorielle de santé 2012-2016 arrive à échéance et un nouveau plan stratégique a été formulé en ' +
    "2017. Il est l'occasion de renforcer l'agenda des réformes, qui devront se déployer au niveau régional afin " +
    "d'assurer la convergence entre la mise en œuvre du plan stratégique et l'agenda de régionalisation avancée. " +
    'La feuille de route du Partenariat CSU au Maroc propose pour cela une série de dialogues politiques en 2017.',
  'Ce dialogue prolonge la rencontre de Marrakech des 18 et 19 décembre 2015 sur la régionalisation avancée du ' +
    "secteur de la santé : nouvel arrêté organisant les services déconcentrés du Ministère, rôle des directions " +
    'régionales de la santé (DRS) dans les commissions instaurées par la loi 111-14, missions de santé publique ' +
    "des collectivités territoriales, planification régionale de l'offre de soins (SROS, base de données BOSS) et " +
    "territorialisation des programmes d'investissement.",
  "L'atelier de Rabat des 6 et 7 juillet 2017 présente le cadre de référence de l'OMS sur le dialogue politique " +
    'en santé, illustre ses étapes par des exemples régionaux et internationaux, puis réunit les directeurs ' +
    'régionaux pour choisir les problématiques qui appellent un dialogue au niveau régional et passer en revue ' +
    "les étapes de son organisation. La région de Rabat-Salé-Kénitra s'en saisit pour préparer la déclinaison " +
    'régionale du plan stratégique.'
].join('\n\n')

/** Stage 0 of the Rabat 2017 sample: who commissions the dialogue, for which policy process, with what means. */
export const framing: SamplePart = ({ newId }) => {
  const person = (name: string, fn: string, institution: string) => ({ id: newId(), name, function: fn, institution })
  const milestone = (label: string, date: string, done: boolean) => ({ id: newId(), label, date, done })
  const line = (label: string, amount: number, source: string) => ({ id: newId(), label, amount, source })
  return {
    framing: {
      sponsor: 'whoOffice',
      sponsorName:
        "Bureau de l'OMS au Maroc et Ministère de la Santé (Partenariat OMS-UE-Luxembourg pour la couverture sanitaire universelle)",
      level: 'regional',
      region: 'rabatSaleKenitra',
      province: '',
      policyProcess: 'regionalPlan',
      policyProcessName: 'Plan stratégique santé 2025 — déclinaison régionale du plan de santé de Rabat-Salé-Kénitra',
      context: CONTEXT,
      steeringCommittee: [
        person('Dr Amina El Alaoui', 'Directrice régionale de la santé', 'Direction régionale de la santé de Rabat-Salé-Kénitra'),
        person(
          'M. Youssef Benjelloun',
          'Chef de la division de la planification',
          'Ministère de la Santé — Direction de la planification et des ressources financières'
        ),
        person('Dr Karima Tazi', 'Chargée de programme systèmes de santé', "Bureau de l'OMS au Maroc"),
        person('M. Hicham Idrissi', 'Président de la commission des affaires sociales', 'Conseil régional de Rabat-Salé-Kénitra')
      ],
      organisingTeam: [
        person('Mme Salma Berrada', "Coordinatrice de l'atelier", 'Direction régionale de la santé de Rabat-Salé-Kénitra'),
        person('M. Omar Chraïbi', 'Logistique et invitations', 'Direction régionale de la santé de Rabat-Salé-Kénitra'),
        person('Dr Nadia Fassi-Fihri', 'Rapporteuse', "Institut national d'administration sanitaire (INAS)"),
        person('Mme Leïla Amrani', 'Assistante de programme', "Bureau de l'OMS au Maroc")
      ],
      timeline: [
        milestone('Rencontre de Marrakech sur la régionalisation avancée du secteur de la santé', '2015-12-18', true),
        milestone('Note conceptuelle validée par le comité de pilotage', '2017-05-22', true),
        milestone('Invitations envoyées aux directeurs régionaux', '2017-06-05', true),
        milestone('Dossier de lecture préalable diffusé aux participants', '2017-06-26', true),
        milestone("Atelier, jour 1 : cadre de référence de l'OMS et exemples de dialogues", '2017-07-06', true),
        milestone('Atelier, jour 2 : choix des problématiques et étapes du dialogue régional', '2017-07-07', true),
        milestone("Compte rendu de l'atelier diffusé", '2017-07-28', false),
        milestone('Projet formel de dialogue politique régional soumis au Ministère', '2017-10-16', false)
      ],
      budgetCurrency: 'MAD',
      budget: [
        line('Salle et pauses-café (2 jours, 35 personnes)', 38_500, 'Partenariat OMS-UE-Luxembourg'),
        line('Hébergement et déplacements des directeurs régionaux', 86_000, 'Ministère de la Santé'),
        line('Interprétation simultanée français–arabe', 24_000, 'Partenariat OMS-UE-Luxembourg'),
        line('Facilitation et rapportage', 30_000, "Bureau de l'OMS au Maroc"),
        line('Impression du dossier de lecture et des supports', 8_500, 'Direction régionale de la santé')
      ],
      languages: ['fr', 'ar']
    }
  }
}
