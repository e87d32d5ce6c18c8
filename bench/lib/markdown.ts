/**
 * The full report's content as Markdown, for the pandoc baseline: the same chapters, tables and texts as
 * Hiwar's full report (cover, table of contents via `--toc`, framing, priority, evidence, stakeholders,
 * design, programme, minutes, action plan, evaluation, annexes with the participant list and the
 * attendance sheet), and the diagram pictures when they were rendered. Pandoc gets the same work to do,
 * minus what only Hiwar does (bilingual letterhead, page-number estimation, landscape sections).
 */
import type { Project } from '../../src/core/model/project'

const cell = (s: string | number | null | undefined): string =>
  String(s ?? '')
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()

const paragraphs = (s: string): string => s.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean).join('\n\n')

function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  if (rows.length === 0) return '_(aucune ligne)_'
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')
}

export function projectToMarkdown(project: Project, images: Record<string, string> = {}): string {
  const p = project
  const out: string[] = []
  const h = (level: number, text: string) => out.push(`${'#'.repeat(level)} ${text}`)
  const para = (text: string) => text.trim() && out.push(paragraphs(text))
  const figure = (key: string, caption: string) => {
    if (images[key]) out.push(`![${caption}](${images[key]}){width=16cm}`)
  }

  out.push(
    `---\ntitle: "Rapport du dialogue politique"\nsubtitle: "${cell(p.name).replace(/"/g, "'")}"\ndate: "${p.design.dates.join(', ')}"\n---`,
    'Royaume du Maroc — Ministère de la Santé et de la Protection sociale — المملكة المغربية'
  )

  h(1, '1. Cadrage')
  para(p.framing.context)
  out.push(table(['Nom', 'Fonction', 'Institution'], p.framing.steeringCommittee.map((x) => [x.name, x.function, x.institution])))
  out.push(table(['Jalon', 'Date'], p.framing.timeline.map((m) => [m.label, m.date])))

  h(1, '2. Problème prioritaire')
  out.push(table(['Problème', 'Groupes touchés'], p.priority.candidates.map((c) => [c.title, c.affectedGroups])))
  para(p.priority.statement)
  para(p.priority.choiceRationale)
  figure('problemTree', 'Arbre à problèmes')

  h(1, '3. Données probantes')
  h(2, 'Messages clés')
  out.push(p.evidence.brief.keyMessages.split('\n').filter(Boolean).map((m) => `- ${m}`).join('\n'))
  para(p.evidence.brief.problem)
  for (const o of p.evidence.options) {
    h(2, o.title)
    for (const text of [o.description, o.benefits, o.harms, o.costs, o.equity, o.monitoring]) para(text)
  }
  out.push(table(['Obstacle', 'Stratégie'], p.evidence.brief.implementation.map((i) => [i.barrier, i.strategy])))
  h(2, 'Références')
  out.push(p.evidence.sources.map((s, i) => `${i + 1}. ${s.authors} (${s.year ?? 's.d.'}). ${s.title}. ${s.keyFinding}`).join('\n'))

  h(1, '4. Parties prenantes')
  out.push(
    table(
      ['Nom', 'Organisation', 'Rôle', 'Catégorie', 'Niveau', 'Position', 'Pouvoir', 'Intérêt', 'Ressources', 'Alliances', 'Gains', 'Pertes'],
      p.stakeholders.items.map((s) => [s.name, s.organisation, s.role, s.categoryId, s.level, s.position, s.power, s.interest, s.resources, s.alliances, s.gains, s.losses])
    )
  )
  figure('stakeholderGrid', 'Grille pouvoir / intérêt')
  h(2, 'Stratégies d’engagement')
  out.push(p.stakeholders.items.map((s) => `- **${cell(s.name)}** (${s.strategy ?? ''}) — ${cell(s.engagement)}`).join('\n'))

  h(1, '5. Conception du dialogue')
  para(p.design.objectives)
  para(p.design.expectedResults)
  h(2, 'Organisation et logistique')
  out.push(`${cell(p.design.venue)}, ${cell(p.design.city)} — ${cell(p.design.facilitator)}, ${cell(p.design.rapporteur)}`)
  out.push(p.design.logistics.map((l) => `- ${cell(l.label)}`).join('\n'))
  out.push(table(['Poste', 'Montant', 'Source'], p.design.budget.map((b) => [b.label, b.amount, b.source])))

  h(1, '6. Programme')
  for (const d of p.agenda.days) {
    h(2, `Jour ${d.date ?? ''}`)
    out.push(table(['Séance', 'Type', 'Durée', 'Intervenant', 'Objectif'], d.blocks.map((b) => [b.title, b.type, b.durationMin, b.speaker, b.objective])))
  }
  figure('agendaGantt', 'Programme')

  h(1, '7. Compte rendu')
  const blocks = new Map(p.agenda.days.flatMap((d) => d.blocks).map((b) => [b.id, b.title]))
  let current = ''
  for (const e of p.minutes.entries) {
    const title = blocks.get(e.blockId ?? '') ?? 'Général'
    if (title !== current) {
      current = title
      h(2, title)
    }
    out.push(`- **${e.type}** — ${cell(e.text)}`)
  }
  para(p.minutes.consensusStatement)
  h(2, 'Modifications apportées après validation')
  for (const m of p.minutes.amendments) out.push(`- ${m.at} — ${cell(m.author)} — ${cell(m.reason)}: « ${cell(m.before)} » → « ${cell(m.after)} »`)
  h(2, 'Liste des présents')
  const present = new Set(p.minutes.attendance.filter((a) => a.status === 'present').map((a) => a.participantId))
  out.push(p.participants.filter((x) => present.has(x.id)).map((x) => `${cell(x.name)} (${cell(x.institution)})`).join(', '))

  h(1, 'Synthèse du dialogue')
  h(2, 'Principaux enseignements des échanges')
  out.push(p.minutes.entries.filter((e) => ['keyPoint', 'agreement', 'disagreement'].includes(e.type)).map((e) => `- ${cell(e.text)}`).join('\n'))
  h(2, 'Suites à donner')
  out.push(p.minutes.entries.filter((e) => ['proposal', 'decision', 'actionRaised'].includes(e.type)).map((e) => `- ${cell(e.text)}`).join('\n'))

  h(1, '8. Plan d’action')
  // The cells as Hiwar writes them: the link's label (not its id) and a label before each secondary value.
  const objectives = new Map(p.priority.tree.causes.flatMap((n) => [n, ...n.children]).map((n) => [n.id, n.objective]))
  const options = new Map(p.evidence.options.map((o) => [o.id, o.title]))
  const linkLabel = (a: (typeof p.actions.items)[number]) =>
    a.linkedTo.kind === 'option' ? options.get(a.linkedTo.refId ?? '') : a.linkedTo.kind === 'objective' ? objectives.get(a.linkedTo.refId ?? '') : undefined
  out.push(
    table(
      ['N°', 'Action', 'Responsable', 'Dates', 'Ressources', 'Indicateur', 'Vérification', 'Statut', 'Risques'],
      p.actions.items.map((a, i) => {
        const link = linkLabel(a)
        return [
          i + 1,
          [a.title, link ? `Lié à : ${link}` : '', a.comments].filter(Boolean).join(' — '),
          [a.owner.name, a.partners ? `Partenaires : ${a.partners}` : ''].filter(Boolean).join(' — '),
          `Début : ${a.startDate ?? ''} — Échéance : ${a.dueDate ?? ''}`,
          [a.resources, a.budget === null ? '' : `${a.budget} MAD`, a.fundingSource ? `Financement : ${a.fundingSource}` : ''].filter(Boolean).join(' — '),
          [a.indicator, `Base : ${a.baseline}`, `Cible : ${a.target}`].join(' — '),
          a.verification,
          a.status,
          a.risks
        ]
      })
    )
  )
  figure('actionGantt', 'Calendrier du plan d’action')
  h(2, 'Rapport de suivi')
  const titles = new Map(p.actions.items.map((a) => [a.id, a.title]))
  for (const f of p.actions.followUps) {
    h(3, `Suivi du ${f.date}`)
    para(f.notes)
    out.push(table(['Action', 'Statut', 'Avancement', 'Note'], f.progress.map((g) => [titles.get(g.actionId), g.status, g.percent, g.note])))
  }

  h(1, '9. Évaluation')
  out.push(
    table(
      ['Réponse', 'Intention d’agir', 'Commentaires'],
      p.evaluation.responses.map((r, i) => [i + 1, r.intentionToAct, r.comments])
    )
  )
  figure('evaluationChart', 'Résultats de l’évaluation')
  out.push(p.evaluation.debrief.map((l) => `- ${cell(l.lesson)}`).join('\n'))

  h(1, 'Annexe 1. Participants')
  out.push(table(['N°', 'Nom', 'Fonction', 'Institution', 'Rôle'], p.participants.map((x, i) => [i + 1, x.name, x.function, x.institution, x.role])))
  h(1, 'Annexe 2. Feuille de présence')
  const days = p.agenda.days
  out.push(
    table(
      ['N°', 'Nom', 'Institution', 'Téléphone', 'E-mail', ...days.flatMap((_, k) => [`J${k + 1} matin`, `J${k + 1} après-midi`])],
      p.participants.map((x, i) => [i + 1, x.name, x.institution, x.phone, x.email, ...days.flatMap(() => ['', ''])])
    )
  )
  return `${out.join('\n\n')}\n`
}
