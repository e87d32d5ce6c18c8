import type { Participant } from '../../../../core/model/design'
import type { Stakeholder, StakeholderCategory } from '../../../../core/model/stakeholders'
import type { StakeholderCategoryKey } from '../../../../core/model/morocco'

/** Categories whose people usually sit as policymakers, or as researchers; the rest as stakeholders. */
const POLICYMAKER_CATEGORIES: readonly StakeholderCategoryKey[] = ['ministry', 'drs', 'provincialDelegation', 'regionalCouncil', 'waliGovernor', 'localAuthority', 'otherMinistry']
const RESEARCHER_CATEGORIES: readonly StakeholderCategoryKey[] = ['university']

/** The role a participant chosen from a stakeholder starts with (editable afterwards). */
export function roleFor(s: Stakeholder, categories: readonly StakeholderCategory[]): Participant['role'] {
  const key = categories.find((c) => c.id === s.categoryId)?.key ?? null
  if (key && POLICYMAKER_CATEGORIES.includes(key)) return 'policymaker'
  if (key && RESEARCHER_CATEGORIES.includes(key)) return 'researcher'
  return 'stakeholder'
}

/** A new participant representing a stakeholder: named after it until the person's name is typed. */
export function participantFromStakeholder(s: Stakeholder, categories: readonly StakeholderCategory[], id: string): Participant {
  return {
    id,
    stakeholderId: s.id,
    name: s.name,
    function: s.role,
    institution: s.organisation.trim() !== '' ? s.organisation : s.name,
    email: '',
    phone: '',
    role: roleFor(s, categories),
    capacity: s.capacity,
    consentToList: false,
    invitationStatus: 'toInvite',
    invitedOn: null,
    respondedOn: null,
    preReadingSentOn: null,
    walkIn: false,
    notes: ''
  }
}

/** Changing the invitation status dates it (invited on / answered on) when no date was recorded yet. */
export function withStatus(p: Participant, status: Participant['invitationStatus'], today: string): Participant {
  const next: Participant = { ...p, invitationStatus: status }
  if (status !== 'toInvite' && next.invitedOn === null) next.invitedOn = today
  if ((status === 'confirmed' || status === 'declined') && next.respondedOn === null) next.respondedOn = today
  return next
}

/** Today's local calendar date, `YYYY-MM-DD`. */
export const localToday = (): string => new Date().toLocaleDateString('en-CA')
