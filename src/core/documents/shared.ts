import type { Person } from '../model/common'
import type { Participant } from '../model/design'
import type { DocContext } from './context'
import { sanitizeLine } from './sanitize'
import { factsTable, note, type Block, type Cell } from './blocks'
import { dialogueDates } from './cover'
import { formatDateList } from './context'
import { LOCALE_OF } from '../i18n/languages'

/**
 * Facts of the project that several documents print the same way: who organises, which problem, who
 * takes part, the practical details of the dialogue.
 */

/** The organiser as written in a sentence: the sponsor's name, or its translated kind (the DRS of the region). */
export function organiserName(ctx: DocContext): string {
  const f = ctx.project.framing
  const typed = sanitizeLine(f.sponsorName)
  if (typed) return typed
  if (f.sponsor === 'drs' && f.region) return ctx.t(`documents:letterhead.regionalDirectorate.${f.region}`)
  if (f.sponsor) return ctx.t(`framing:sponsors.${f.sponsor}`)
  return ''
}

/** The chosen priority problem's title ('' when none is chosen). */
export function problemTitle(ctx: DocContext): string {
  const p = ctx.project.priority
  const chosen = p.candidates.find((c) => c.id === p.chosenProblemId)
  return sanitizeLine(chosen?.title ?? '')
}

/** The policy process the dialogue feeds, as a phrase ("Schéma régional de l'offre de soins (SROS) — SROS 2017-2021"). */
export function policyProcessName(ctx: DocContext): string {
  const f = ctx.project.framing
  const kind = f.policyProcess && f.policyProcess !== 'other' ? ctx.t(`framing:policyProcesses.${f.policyProcess}`) : ''
  const typed = sanitizeLine(f.policyProcessName)
  if (kind && typed && kind !== typed) return `${kind} \u2014 ${typed}`
  return typed || kind
}

/** "Name — function, institution". */
export function personLine(p: Pick<Person, 'name' | 'function' | 'institution'>): string {
  const role = [sanitizeLine(p.function), sanitizeLine(p.institution)].filter(Boolean).join(', ')
  return role ? `${sanitizeLine(p.name)} \u2014 ${role}` : sanitizeLine(p.name)
}

/** Who is invited: everyone on the list but walk-ins (added on the day) and those who declined. */
export const invitees = (ctx: DocContext): Participant[] => ctx.project.participants.filter((p) => !p.walkIn && p.invitationStatus !== 'declined')

/** Who is expected on the day (and may sign the attendance sheet): all but those who declined. */
export const expectedParticipants = (ctx: DocContext): Participant[] =>
  [...ctx.project.participants.filter((p) => p.invitationStatus !== 'declined')].sort((a, b) =>
    sanitizeLine(a.name).localeCompare(sanitizeLine(b.name), ctx.lang)
  )

export const yesNo = (ctx: DocContext, value: boolean): string => ctx.t(value ? 'documents:common.yes' : 'documents:common.no')

/** Money with the project's currency, in the document's number format. */
export function money(ctx: DocContext, amount: number | null, currency: string): string {
  if (amount === null) return ''
  return `${ctx.num(amount, { maximumFractionDigits: 2 })} ${sanitizeLine(currency)}`.trim()
}

/** The facts table of the dialogue: dates, venue, organiser, facilitator, rapporteur, languages, rules. */
export function dialogueFacts(ctx: DocContext, options: { rules?: boolean } = {}): Block[] {
  const d = ctx.project.design
  const t = ctx.t
  const dates = formatDateList(dialogueDates(ctx), ctx.lang)
  const venue = [sanitizeLine(d.venue), sanitizeLine(d.city)].filter(Boolean).join(', ')
  const languages = listOf(ctx, ctx.project.framing.languages.map((l) => t(`documents:languages.${l}`)))
  const interpretation = listOf(ctx, d.interpretation.map((l) => t(`documents:languages.${l}`)))
  const facts: [string, Cell][] = [
    [t('documents:facts.organiser'), organiserName(ctx)],
    [t('documents:facts.dates'), dates],
    [t('documents:facts.venue'), venue],
    [t('documents:facts.format'), t(`documents:facts.openness.${d.openness}`, { min: d.targetSizeMin, max: d.targetSizeMax })],
    [t('documents:facts.facilitator'), d.facilitator],
    [t('documents:facts.rapporteur'), d.rapporteur],
    [t('documents:facts.languages'), languages],
    [t('documents:facts.interpretation'), interpretation]
  ]
  if (options.rules !== false) {
    facts.push([t('documents:facts.chathamHouse'), yesNo(ctx, d.chathamHouse)])
    facts.push([t('documents:facts.consensusNotSought'), yesNo(ctx, d.consensusNotSought)])
  }
  const table = factsTable(ctx, facts)
  return table.length > 0 ? table : [note(ctx, t('documents:empty.design'))]
}

/** The sentences stating the dialogue's ground rules (Chatham House, no consensus sought). */
export function ruleSentences(ctx: DocContext): string[] {
  const d = ctx.project.design
  const out: string[] = []
  if (d.chathamHouse) out.push(ctx.t('documents:rules.chathamHouse'))
  if (d.consensusNotSought) out.push(ctx.t('documents:rules.consensusNotSought'))
  return out
}

/** ", les 6 et 7 juillet 2017, à Rabat" — the when and where of the dialogue, for a sentence. */
export function whenAndWhere(ctx: DocContext, place: string): string {
  const dates = dialogueDates(ctx)
  const list = formatDateList(dates, ctx.lang)
  const where = sanitizeLine(place)
  return [
    list ? ctx.t('documents:conceptNote.onDates', { dates: list, count: new Set(dates).size }) : '',
    where ? ctx.t('documents:conceptNote.inCity', { city: where }) : ''
  ].join('')
}

/** "français, arabe et anglais" — a list joined as the document's language does. */
export function listOf(ctx: DocContext, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE_OF[ctx.lang], { style: 'long', type: 'conjunction' }).format(items.filter(Boolean))
}
