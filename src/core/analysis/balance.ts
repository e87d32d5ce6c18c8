import type { Design, Participant } from '../model/design'
import { PARTICIPANT_ROLES } from '../model/design'
import type { Stakeholder, StakeholderCategory } from '../model/stakeholders'
import { POWER_WEIGHT, stanceOf } from './stakeholders'

/**
 * The participant balance check of a policy dialogue (SUPPORT tool 14, McMaster Health Forum): a mix of
 * policymakers, stakeholders and researchers, every category of the stakeholder map at the table, the
 * dissenting voices included, and a size that allows deliberation (18–22 by default).
 *
 * Explicit rules:
 * - who counts: participants not marked "declined", except facilitators and observers (they do not
 *   deliberate);
 * - mix: each of the three deliberating roles is present; none holds more than 60 % of the seats; none
 *   holds less than 15 % once there are at least 6 deliberating participants;
 * - categories: every category that has a stakeholder in the table has at least one participant chosen
 *   from a stakeholder of that category;
 * - dissent: when the table holds opponents with medium or high power, at least one opponent is invited;
 * - size: within the design's target (min–max).
 */

export const BALANCE_ROLES = ['policymaker', 'stakeholder', 'researcher'] as const
export type BalanceRole = (typeof BALANCE_ROLES)[number]
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]

export const BALANCE_RULES = { maxShare: 60, minShare: 15, minCountForShare: 6 } as const

export interface BalanceIssue {
  /** i18n key under `design:balance.issues.` */
  key: string
  severity: 'warning' | 'info'
  params: Record<string, string | number>
}

export interface Balance {
  /** Deliberating participants (the three roles, not declined). */
  counted: number
  byRole: Record<ParticipantRole, number>
  /** Share of each deliberating role, 0–100 (rounded). */
  shares: Record<BalanceRole, number>
  size: { count: number; min: number; max: number; status: 'below' | 'within' | 'above' }
  /** Categories present in the stakeholder table but absent from the participants. */
  missingCategories: StakeholderCategory[]
  capacity: { official: number; personal: number }
  /** Participants who agreed to be named in the published list. */
  consenting: number
  issues: BalanceIssue[]
}

const isActive = (p: Participant): boolean => p.invitationStatus !== 'declined'
const isDeliberating = (p: Participant): boolean =>
  isActive(p) && (BALANCE_ROLES as readonly string[]).includes(p.role)

export function participantBalance(args: {
  participants: readonly Participant[]
  stakeholders: readonly Stakeholder[]
  categories: readonly StakeholderCategory[]
  design: Pick<Design, 'targetSizeMin' | 'targetSizeMax'>
}): Balance {
  const { participants, stakeholders, categories, design } = args
  const active = participants.filter(isActive)
  const deliberating = participants.filter(isDeliberating)
  const byRole = Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, 0])) as Record<ParticipantRole, number>
  for (const p of active) byRole[p.role]++
  const counted = deliberating.length
  const shares = Object.fromEntries(
    BALANCE_ROLES.map((r) => [r, counted === 0 ? 0 : Math.round((byRole[r] / counted) * 100)])
  ) as Record<BalanceRole, number>

  const issues: BalanceIssue[] = []
  if (counted > 0) {
    for (const role of BALANCE_ROLES) {
      if (byRole[role] === 0) issues.push({ key: 'missingRole', severity: 'warning', params: { role } })
      else if (shares[role] > BALANCE_RULES.maxShare)
        issues.push({ key: 'dominantRole', severity: 'warning', params: { role, share: shares[role], max: BALANCE_RULES.maxShare } })
      else if (counted >= BALANCE_RULES.minCountForShare && shares[role] < BALANCE_RULES.minShare)
        issues.push({ key: 'fewRole', severity: 'warning', params: { role, share: shares[role], min: BALANCE_RULES.minShare } })
    }
  }

  const byId = new Map(stakeholders.map((s) => [s.id, s]))
  const chosen = active.map((p) => (p.stakeholderId ? byId.get(p.stakeholderId) : undefined)).filter((s): s is Stakeholder => !!s)
  const usedCategories = new Set(stakeholders.map((s) => s.categoryId).filter((c): c is string => c !== null))
  const coveredCategories = new Set(chosen.map((s) => s.categoryId).filter((c): c is string => c !== null))
  const missingCategories = categories.filter((c) => usedCategories.has(c.id) && !coveredCategories.has(c.id))
  if (active.length > 0 && missingCategories.length > 0)
    issues.push({ key: 'missingCategories', severity: 'warning', params: { count: missingCategories.length } })

  const strongOpponents = stakeholders.filter(
    (s) => s.position !== null && stanceOf(s.position) === 'opponent' && s.power !== null && POWER_WEIGHT[s.power] >= 2
  )
  const opponentInvited = chosen.some((s) => s.position !== null && stanceOf(s.position) === 'opponent')
  if (active.length > 0 && strongOpponents.length > 0 && !opponentInvited)
    issues.push({ key: 'noOpponents', severity: 'warning', params: { count: strongOpponents.length } })

  const min = Math.min(design.targetSizeMin, design.targetSizeMax)
  const max = Math.max(design.targetSizeMin, design.targetSizeMax)
  const status = counted < min ? 'below' : counted > max ? 'above' : 'within'
  if (status === 'below') issues.push({ key: 'sizeBelow', severity: 'warning', params: { count: counted, min, max } })
  if (status === 'above') issues.push({ key: 'sizeAbove', severity: 'warning', params: { count: counted, min, max } })

  const consenting = active.filter((p) => p.consentToList).length
  if (active.length > consenting)
    issues.push({ key: 'consentMissing', severity: 'info', params: { count: active.length - consenting } })

  return {
    counted,
    byRole,
    shares,
    size: { count: counted, min, max, status },
    missingCategories,
    capacity: {
      official: active.filter((p) => p.capacity === 'official').length,
      personal: active.filter((p) => p.capacity === 'personal').length
    },
    consenting,
    issues
  }
}

/** Whether the balance has no warning left (info remarks do not count). */
export const isBalanced = (b: Balance): boolean => b.counted > 0 && b.issues.every((i) => i.severity !== 'warning')
