import type { Document } from 'docx'
import { participantBalance } from '../analysis/balance'
import { QUADRANTS, feasibility, quadrantOf, stanceOf } from '../analysis/stakeholders'
import { PARTICIPANT_ROLES } from '../model/design'
import type { Stakeholder } from '../model/stakeholders'
import { factsTable, heading, note, para, table, type Block, type Cell } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { stakeholderGridFigure } from './figures'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { yesNo } from './shared'

/**
 * Stakeholder analysis (cartographie des parties prenantes): method, the power/interest grid picture,
 * the PolicyMaker feasibility reading, engagement strategies, the balance of participants, and — on a
 * landscape page — the full stakeholder table.
 */

export function categoryLabel(ctx: DocContext, s: Stakeholder): string {
  const c = ctx.project.stakeholders.categories.find((x) => x.id === s.categoryId)
  if (!c) return ''
  return c.key ? ctx.t(`common:stakeholderCategories.${c.key}`) : sanitizeLine(c.label)
}

export const stakeholderName = (s: Stakeholder): string => {
  const abbr = sanitizeLine(s.abbreviation)
  return abbr && abbr !== sanitizeLine(s.name) ? `${sanitizeLine(s.name)} (${abbr})` : sanitizeLine(s.name)
}

/** The PolicyMaker reading as sentences (support vs opposition, and what could swing). */
export function feasibilityBlocks(ctx: DocContext): Block[] {
  const t = ctx.t
  const f = feasibility(ctx.project.stakeholders.items)
  const suffix = (key: string) => key.split('.').pop() ?? key
  const params = { ...f.reading.params }
  const out: Block[] = [para(ctx, t(`documents:stakeholders.reading.${suffix(f.reading.key)}`, params))]
  for (const hint of f.hints) out.push(para(ctx, t(`documents:stakeholders.hint.${suffix(hint.key)}`, hint.params)))
  out.push(
    ...factsTable(ctx, [
      [t('documents:stakeholders.supportWeight'), t('documents:stakeholders.weightOf', { weight: f.support, count: f.supporters })],
      [t('documents:stakeholders.oppositionWeight'), t('documents:stakeholders.weightOf', { weight: f.opposition, count: f.opponents })],
      [t('documents:stakeholders.nonMobilisedWeight'), t('documents:stakeholders.weightOf', { weight: f.nonMobilised, count: f.nonMobilisedCount })],
      [t('documents:stakeholders.supportShare'), f.supportShare === null ? '' : `${ctx.num(f.supportShare)} %`]
    ])
  )
  return out
}

export function strategyTable(ctx: DocContext): Block[] {
  const t = ctx.t
  const items = ctx.project.stakeholders.items.filter((s) => s.strategy !== null || s.engagement.trim() !== '')
  if (items.length === 0) return [note(ctx, t('documents:empty.strategies'))]
  return table(ctx, {
    columns: [
      { title: t('documents:stakeholders.actor'), weight: 3 },
      { title: t('documents:stakeholders.strategy'), weight: 2.5 },
      { title: t('documents:stakeholders.engagement'), weight: 5 }
    ],
    rows: items.map((s) => [stakeholderName(s), s.strategy ? t(`documents:strategies.${s.strategy}`) : '', s.engagement])
  })
}

export function balanceBlocks(ctx: DocContext): Block[] {
  const t = ctx.t
  const p = ctx.project
  if (p.participants.length === 0) return [note(ctx, t('documents:empty.participants'))]
  const b = participantBalance({ participants: p.participants, stakeholders: p.stakeholders.items, categories: p.stakeholders.categories, design: p.design })
  return [
    ...table(ctx, {
      columns: [
        { title: t('documents:stakeholders.role'), weight: 5 },
        { title: t('documents:stakeholders.count'), weight: 2 }
      ],
      rows: [
        ...PARTICIPANT_ROLES.filter((r) => b.byRole[r] > 0).map((r) => [t(`documents:roles.${r}`), ctx.num(b.byRole[r])]),
        [t('documents:capacities.official'), ctx.num(b.capacity.official)],
        [t('documents:capacities.personal'), ctx.num(b.capacity.personal)]
      ],
      widthFraction: 0.7
    }),
    para(ctx, t(`documents:stakeholders.size.${b.size.status}`, { count: b.size.count, min: b.size.min, max: b.size.max }))
  ]
}

export function quadrantSummary(ctx: DocContext): Block[] {
  const t = ctx.t
  const items = ctx.project.stakeholders.items
  const rows: Cell[][] = QUADRANTS.map((q) => {
    const inQ = items.filter((s) => quadrantOf(s) === q)
    return [t(`documents:quadrants.${q}`), ctx.num(inQ.length), t(`documents:quadrantAdvice.${q}`)]
  })
  return table(ctx, {
    columns: [
      { title: t('documents:stakeholders.quadrant'), weight: 3 },
      { title: t('documents:stakeholders.count'), weight: 1.2 },
      { title: t('documents:stakeholders.advice'), weight: 6 }
    ],
    rows
  })
}

/** The portrait part: method, grid, reading, strategies, balance. */
export function stakeholderAnalysisBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const items = ctx.project.stakeholders.items
  if (items.length === 0) return [note(ctx, t('documents:empty.stakeholders'))]
  const stances = { supporter: 0, nonMobilised: 0, opponent: 0 }
  for (const s of items) if (s.position) stances[stanceOf(s.position)] += 1
  return [
    heading(ctx, h, t('documents:stakeholders.method')),
    para(ctx, t('documents:stakeholders.methodText')),
    para(ctx, t('documents:stakeholders.overview', { count: items.length, ...stances })),
    heading(ctx, h, t('documents:stakeholders.grid')),
    ...stakeholderGridFigure(ctx),
    ...quadrantSummary(ctx),
    heading(ctx, h, t('documents:stakeholders.feasibility')),
    ...feasibilityBlocks(ctx),
    heading(ctx, h, t('documents:stakeholders.strategies')),
    ...strategyTable(ctx),
    heading(ctx, h, t('documents:stakeholders.balance')),
    ...balanceBlocks(ctx)
  ]
}

/** The landscape part: the stakeholder table itself (Schmeer / PolicyMaker columns). */
export function stakeholderTableBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const items = ctx.project.stakeholders.items
  if (items.length === 0) return []
  const gainsLosses = (s: Stakeholder) =>
    [s.gains.trim() ? `${t('documents:stakeholders.gains')}${t('documents:common.colon')}${s.gains.trim()}` : '', s.losses.trim() ? `${t('documents:stakeholders.losses')}${t('documents:common.colon')}${s.losses.trim()}` : '']
      .filter(Boolean)
      .join('\n')
  return [
    heading(ctx, h, t('documents:stakeholders.table')),
    ...table(ctx, {
      orientation: 'landscape',
      columns: [
        { title: t('documents:stakeholders.actor'), weight: 4 },
        { title: t('documents:stakeholders.category'), weight: 3.2 },
        { title: t('documents:stakeholders.level'), weight: 1.8 },
        { title: t('documents:stakeholders.position'), weight: 2.4 },
        { title: t('documents:stakeholders.power'), weight: 1.6 },
        { title: t('documents:stakeholders.interest'), weight: 1.5 },
        { title: t('documents:stakeholders.knowledge'), weight: 1.8 },
        { title: t('documents:stakeholders.leadership'), weight: 1.6 },
        { title: t('documents:stakeholders.gainsLosses'), weight: 4.5 },
        { title: t('documents:stakeholders.strategy'), weight: 2.6 }
      ],
      rows: items.map((s) => [
        [sanitizeLine(s.name), sanitizeLine(s.organisation), sanitizeLine(s.role)].filter(Boolean).join('\n') + (sanitizeLine(s.abbreviation) ? ` (${sanitizeLine(s.abbreviation)})` : ''),
        categoryLabel(ctx, s),
        s.level ? t(`documents:stakeholderLevels.${s.level}`) : '',
        s.position ? t(`documents:positions.${s.position}`) : '',
        s.power ? t(`documents:powers.${s.power}`) : '',
        s.interest !== null ? `${ctx.num(s.interest)} / 5` : '',
        s.knowledge !== null ? t(`documents:knowledge.${s.knowledge}`) : '',
        yesNo(ctx, s.leadership),
        gainsLosses(s),
        s.strategy ? t(`documents:strategies.${s.strategy}`) : ''
      ])
    })
  ]
}

export function buildStakeholderAnalysis(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.stakeholderAnalysis')
  const tableBlocks = stakeholderTableBlocks(ctx, 1)
  return assemble(ctx, title, [
    { children: [...titleBlock(ctx, title), ...stakeholderAnalysisBody(ctx, 1)] },
    ...(tableBlocks.length > 0 ? [{ children: tableBlocks, orientation: 'landscape' as const }] : [])
  ])
}
