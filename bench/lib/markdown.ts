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
      ['Nom', 'Organisation', 'Rôle', 'Position', 'Pouvoir', 'Intérêt', 'Stratégie', 'Gains', 'Pertes'],
      p.stakeholders.items.map((s) => [s.name, s.organisation, s.role, s.position, s.power, s.interest, s.strategy, s.gains, s.losses])
    )
  )
  figure('stakeholderGrid', 'Grille pouvoir / intérêt')

  h(1, '5. Conception du dialogue')
  para(p.design.objectives)
  para(p.design.expectedResults)

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

  h(1, '8. Plan d’action')
  out.push(
    table(
      ['N°', 'Action', 'Responsable', 'Début', 'Échéance', 'Budget', 'Indicateur', 'Cible', 'Statut'],
      p.actions.items.map((a, i) => [i + 1, a.title, a.owner.name, a.startDate, a.dueDate, a.budget, a.indicator, a.target, a.status])
    )
  )
  figure('actionGantt', 'Calendrier du plan d’action')
  for (const f of p.actions.followUps) {
    h(2, `Suivi du ${f.date}`)
    para(f.notes)
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
