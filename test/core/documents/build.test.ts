import { describe, expect, test } from 'vitest'
import { buildDocument, DOCUMENT_KINDS, DOCUMENT_DIAGRAMS, isXmlSafe, sanitizeLine, type DocImages, type DocumentKind } from '../../../src/core/documents'
import type { Lang } from '../../../src/core/model/common'
import type { Project } from '../../../src/core/model/project'
import { createI18n } from '../../../src/core/i18n/create'
import { blankProject, documentText, nastyProject, NASTY, sampleProject, unzipStrict } from './fixtures'

const NOW = '2017-07-10T10:00:00.000Z'
const LANGS: Lang[] = ['fr', 'ar', 'en']

/** A real 2×2 PNG (red, green, blue, white). */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC'
  ),
  (c) => c.charCodeAt(0)
)
const IMAGES: DocImages = Object.fromEntries(
  (['problemTree', 'stakeholderGrid', 'agendaGantt', 'actionGantt', 'evaluationChart'] as const).map((k) => [k, { data: PNG, widthPx: 600, heightPx: 400 }])
)

const norm = (s: string) => sanitizeLine(s).replace(/[\u200E\u200F]/g, '').replace(/\s+/g, ' ').trim()
/** A user text as it must appear in the document (sanitised, whitespace folded), cut to a searchable length. */
const probe = (s: string, length = 40) => norm(s).slice(0, length).trim()

async function build(kind: DocumentKind, project: Project, lang: Lang, images?: DocImages) {
  const missing: string[] = []
  const bytes = await buildDocument(kind, project, { lang, now: NOW, images, onMissingKey: (k) => missing.push(k) })
  expect(missing, 'translation keys asked for but missing').toEqual([])
  const { parts, media } = await unzipStrict(bytes)
  for (const [name, xml] of parts) expect(isXmlSafe(xml), `${name} holds only XML 1.0 characters`).toBe(true)
  const xml = parts.get('word/document.xml') ?? ''
  return { bytes, parts, media, xml, text: norm(documentText(xml)) }
}

/** Texts each document must show for the sample project (taken from the project itself). */
function expectedTexts(kind: DocumentKind, p: Project): string[] {
  const chosen = p.priority.candidates.find((c) => c.id === p.priority.chosenProblemId)!.title
  const decision = p.minutes.entries.find((e) => e.type === 'decision')!.text
  const invitee = p.participants.find((x) => !x.walkIn && x.invitationStatus !== 'declined')!.name
  const action = p.actions.items[0]!.title
  const block = p.agenda.days[0]!.blocks.find((b) => b.type === 'presentation')!.title
  switch (kind) {
    case 'conceptNote':
      return [chosen, p.framing.context.split('\n')[0]!, block]
    case 'termsOfReference':
      return [p.design.objectives.split('\n')[0]!, p.framing.steeringCommittee[0]!.name]
    case 'invitations':
      return [invitee, ...p.participants.filter((x) => !x.walkIn && x.invitationStatus !== 'declined').map((x) => x.name)]
    case 'programme':
      return [block]
    case 'runSheet':
      return [block, p.agenda.days[0]!.blocks.find((b) => b.notes.trim() !== '')!.notes]
    case 'attendanceSheet':
      return p.participants.filter((x) => x.invitationStatus !== 'declined').map((x) => x.name)
    case 'evidenceBrief':
      return [p.evidence.options[0]!.title, p.evidence.options[1]!.title, p.evidence.brief.keyMessages.split('\n')[0]!]
    case 'stakeholderAnalysis':
      return [p.stakeholders.items[0]!.name, p.stakeholders.items[5]!.name]
    case 'minutes':
      return [decision, invitee]
    case 'summary':
      return [decision, chosen, action]
    case 'actionPlan':
      return [action, p.actions.items[3]!.title]
    case 'evaluationReport':
      return [p.evaluation.responses.find((r) => r.comments.trim() !== '')!.comments]
    case 'fullReport':
      return [chosen, decision, action, invitee, p.evidence.options[0]!.title, p.stakeholders.items[0]!.name]
  }
}

describe('every document, every language, the sample project', () => {
  const project = sampleProject()
  for (const lang of LANGS) {
    const t = createI18n(lang).getFixedT(lang)
    for (const kind of DOCUMENT_KINDS) {
      test(`${kind} (${lang}): strict XML, expected texts, direction, pictures`, { timeout: 240_000 }, async () => {
        const doc = await build(kind, project, lang, IMAGES)
        // Each document names itself (a letter does not: its subject line says what it is).
        const ownTitle = kind === 'fullReport' ? t('documents:report.title') : kind === 'invitations' ? t('documents:invitation.subjectLabel') : t(`documents:kinds.${kind}`)
        expect(doc.text).toContain(norm(ownTitle))
        for (const expected of expectedTexts(kind, project)) expect(doc.text, `${kind} shows "${probe(expected)}"`).toContain(probe(expected))
        // Arabic documents are right to left: bidirectional paragraphs, RTL runs, RTL tables.
        if (lang === 'ar') {
          expect(doc.xml).toMatch(/<w:bidi\/>/)
          expect(doc.xml).toMatch(/<w:rtl\/>/)
          // Data tables run right to left (the letterhead keeps French on the left, Arabic on the right).
          const tables = (doc.xml.match(/<w:tbl>/g) ?? []).length
          const leftToRight = (doc.xml.match(/<w:bidiVisual w:val="off"\/>/g) ?? []).length
          expect((doc.xml.match(/<w:bidiVisual\/>/g) ?? []).length).toBe(tables - leftToRight)
        } else {
          expect(doc.xml).not.toMatch(/<w:bidiVisual\/>/)
          // Headings of a French or English document are never right to left.
          expect(doc.xml).not.toMatch(/<w:pStyle w:val="Heading\d"\/><w:bidi\/>/)
        }
        // A4, "Page X / Y" footer, running header, styles.
        expect(doc.xml).toMatch(/<w:pgSz w:w="(11906|16838)" w:h="(16838|11906)"/)
        const footers = [...doc.parts.entries()].filter(([n]) => n.startsWith('word/footer')).map(([, x]) => x).join('')
        expect(footers).toContain('PAGE')
        if (kind !== 'invitations') expect(footers).toContain('NUMPAGES')
        expect(doc.parts.get('word/styles.xml')).toMatch(/w:styleId="Heading1"/)
        expect(doc.parts.get('word/styles.xml')).toMatch(/w:styleId="TableText"/)
        // Diagrams: each document embeds the pictures it needs.
        const needs = DOCUMENT_DIAGRAMS[kind].length
        if (needs > 0) {
          expect(doc.media.length).toBeGreaterThanOrEqual(1)
          expect(doc.xml).toContain('<pic:pic')
        } else {
          expect(doc.media).toEqual([])
        }
      })
    }
  }
})

describe('document-specific rules (sample, French)', { timeout: 240_000 }, () => {
  const project = sampleProject()

  test('the participant programme never shows the facilitator notes; the run-sheet does', async () => {
    const note = project.agenda.days[0]!.blocks.find((b) => b.notes.trim() !== '')!.notes
    expect((await build('programme', project, 'fr')).text).not.toContain(probe(note))
    expect((await build('runSheet', project, 'fr')).text).toContain(probe(note))
  })

  test('attendance sheet and action plan are landscape, with a header row repeated on every page', async () => {
    for (const kind of ['attendanceSheet', 'actionPlan'] as const) {
      const doc = await build(kind, project, 'fr')
      expect(doc.xml).toContain('w:orient="landscape"')
      expect(doc.xml).toContain('<w:tblHeader/>')
    }
    const sheet = await build('attendanceSheet', project, 'fr')
    // One signature column per half-day (2 days × 2) and ten blank numbered rows after the names.
    const expected = project.participants.filter((x) => x.invitationStatus !== 'declined').length + 10
    expect(sheet.text).toContain(`\n${expected}\n`.trim())
    expect((sheet.xml.match(/Signature/g) ?? []).length).toBe(4)
  })

  test('one invitation letter per invitee, each in its own section restarting page numbers', async () => {
    const doc = await build('invitations', project, 'fr')
    const invitees = project.participants.filter((x) => !x.walkIn && x.invitationStatus !== 'declined')
    expect((doc.xml.match(/<w:sectPr/g) ?? []).length).toBe(invitees.length)
    expect((doc.xml.match(/<w:pgNumType w:start="1"\/>/g) ?? []).length).toBe(invitees.length)
  })

  test('summary under the Chatham House rule: no speaker names; only consenting participants listed', async () => {
    const p = structuredClone(project)
    p.design.chathamHouse = true
    p.minutes.entries[0]!.speaker = 'Orateur Confidentiel'
    // Two people who own no action (owners are named in the next steps, as they should be).
    const owners = new Set(p.actions.items.map((a) => a.owner.refId))
    const [shy, open] = p.participants.filter((x) => !owners.has(x.id) && x.invitationStatus !== 'declined')
    shy!.name = 'Participante Discrète'
    shy!.consentToList = false
    open!.name = 'Participant Consentant'
    open!.consentToList = true
    const summary = await build('summary', p, 'fr')
    expect(summary.text).not.toContain('Orateur Confidentiel')
    expect(summary.text).not.toContain('Participante Discrète')
    expect(summary.text).toContain('Participant Consentant')
    // The minutes keep the names of those present but, under the rule, no speaker either.
    expect((await build('minutes', p, 'fr')).text).not.toContain('Orateur Confidentiel')
    // Without the rule, the minutes and summary attribute the comment.
    p.design.chathamHouse = false
    expect((await build('summary', p, 'fr')).text).toContain('Orateur Confidentiel')
    expect((await build('minutes', p, 'fr')).text).toContain('Orateur Confidentiel')
  })

  test('summary shows a consensus statement only when one was recorded', async () => {
    const t = createI18n('fr').getFixedT('fr')
    const p = structuredClone(project)
    p.minutes.consensusStatement = 'Les participants conviennent de créer un groupe de travail régional.'
    expect((await build('summary', p, 'fr')).text).toContain(norm(t('documents:summary.consensus')))
    p.minutes.consensusStatement = ''
    expect((await build('summary', p, 'fr')).text).not.toContain(norm(t('documents:summary.consensus')))
  })

  test('minutes say whether they are a draft or final', async () => {
    const t = createI18n('fr').getFixedT('fr')
    const p = structuredClone(project)
    p.minutes.status = 'draft'
    p.minutes.finalisedAt = null
    expect((await build('minutes', p, 'fr')).text).toContain(norm(t('documents:minutes.draft')))
    p.minutes.status = 'final'
    p.minutes.finalisedAt = '2017-07-12T10:00:00.000Z'
    expect((await build('minutes', p, 'fr')).text).toContain(norm(t('documents:minutes.finalOn', { date: '12 juillet 2017' })))
  })

  test('action status is text and "late" is derived from the export date', async () => {
    const t = createI18n('fr').getFixedT('fr')
    const p = structuredClone(project)
    p.actions.items[0]!.status = 'inProgress'
    p.actions.items[0]!.dueDate = '2017-07-01'
    const doc = await build('actionPlan', p, 'fr')
    expect(doc.text).toContain(norm(t('documents:actionStatuses.late')))
  })

  test('full report: table of contents with page numbers written, clean (Word does not ask to update)', async () => {
    const doc = await build('fullReport', project, 'fr', IMAGES)
    expect(doc.xml).toContain('TOC \\h \\o')
    expect(doc.xml).toMatch(/PAGEREF _Toc\d+ \\h/)
    expect(doc.xml).not.toContain('w:dirty="true"')
    expect(doc.parts.get('word/settings.xml')).not.toMatch(/<w:updateFields w:val="(true|1)"/)
    // The cached entries carry page numbers (the table is not empty until Word updates it).
    const toc = doc.xml.slice(doc.xml.indexOf('TOC \\h \\o'), doc.xml.indexOf('TOC \\h \\o') + 6000)
    expect(toc).toMatch(/<w:t(?: [^>]*)?>\d+<\/w:t>/)
    // Five pictures (the test uses one PNG for all, which the package stores once).
    expect((doc.xml.match(/<pic:pic /g) ?? []).length).toBe(5)
  })

  test('without pictures, each diagram is replaced by a captioned text rendition', async () => {
    const t = createI18n('fr').getFixedT('fr')
    const doc = await build('evidenceBrief', project, 'fr')
    expect(doc.media).toEqual([])
    expect(doc.text).toContain(norm(t('documents:figures.problemTree')))
    expect(doc.text).toContain(norm(t('documents:priority.causes')))
    expect(doc.text).toContain(probe(project.priority.tree.causes[0]!.text, 30))
  })
})

describe('a nasty project: control characters, U+FFFE, emoji, 2,000-character cells, RTL overrides, mixed scripts', { timeout: 240_000 }, () => {
  const project = nastyProject()
  for (const lang of LANGS) {
    for (const kind of DOCUMENT_KINDS) {
      test(`${kind} (${lang}) is well-formed and keeps the words`, { timeout: 240_000 }, async () => {
        const doc = await build(kind, project, lang, lang === 'ar' ? IMAGES : undefined)
        for (const [name, xml] of doc.parts) {
          expect(xml, name).not.toMatch(/[\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/)
        }
        if (['conceptNote', 'termsOfReference', 'fullReport'].includes(kind)) {
          expect(doc.text).toContain('Réunion 🤝 réussie')
          expect(doc.text).toContain(norm('Le SROS (المخطط الجهوي لعرض العلاجات) sera révisé en 2018'))
        }
        if (kind === 'minutes' || kind === 'fullReport') expect(doc.text).toContain('normal esrever and isolate embed')
      })
    }
  }

  test('tabs and line breaks survive as <w:tab/> and <w:br/>', async () => {
    const doc = await build('termsOfReference', project, 'fr')
    expect(doc.xml).toMatch(/Colonne A<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t[^>]*>Colonne B/)
    expect(doc.xml).toMatch(/<w:br\/><w:t[^>]*>Ligne 2/)
    expect(documentText(doc.xml)).toContain(NASTY.tabsAndBreaks.replace(/\r\n?/g, '\n'))
  })
})

describe('a blank project: every document builds and says, inside it, what is missing', () => {
  const project = blankProject()
  const emptyKey: Record<DocumentKind, string> = {
    conceptNote: 'context',
    termsOfReference: 'objectives',
    invitations: 'invitees',
    programme: 'agenda',
    runSheet: 'agenda',
    attendanceSheet: 'participants',
    evidenceBrief: 'keyMessages',
    stakeholderAnalysis: 'stakeholders',
    minutes: 'minutes',
    summary: 'actions',
    actionPlan: 'actions',
    evaluationReport: 'evaluation',
    fullReport: 'candidates'
  }
  for (const lang of LANGS) {
    const t = createI18n(lang).getFixedT(lang)
    for (const kind of DOCUMENT_KINDS) {
      test(`${kind} (${lang})`, { timeout: 120_000 }, async () => {
        const doc = await build(kind, project, lang)
        expect(doc.text).toContain(norm(t(`documents:empty.${emptyKey[kind]}`)).slice(0, 40))
        expect(doc.media).toEqual([])
      })
    }
  }
})
