import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildDocument, DOCUMENT_KINDS, type DocImages, type DocumentKind } from '../../../src/core/documents'
import { createI18n } from '../../../src/core/i18n/create'
import type { Lang } from '../../../src/core/model/common'
import { nastyProject, sampleProject } from './fixtures'

/**
 * LibreOffice reads every document of the sample project: each converts to PDF (one `soffice` call for
 * the whole batch, with its own profile), and `pdftotext` finds the names, decisions and actions in it;
 * the Arabic PDFs hold Arabic text. Runs wherever LibreOffice is installed (CI installs it).
 */

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const ready = has('soffice') && has('pdftotext')
const reason = ready ? '' : ' — SKIPPED: soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are needed'

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0))
const IMAGES: DocImages = Object.fromEntries(
  (['problemTree', 'stakeholderGrid', 'agendaGantt', 'actionGantt', 'evaluationChart'] as const).map((k) => [k, { data: PNG, widthPx: 500, heightPx: 300 }])
)
const BATCH: [Lang, readonly DocumentKind[]][] = [
  ['fr', DOCUMENT_KINDS],
  ['ar', DOCUMENT_KINDS],
  ['en', ['conceptNote', 'summary', 'actionPlan']]
]
/** Documents of the nasty project (control characters, U+FFFE, overrides, 2,000-character cells). */
const NASTY_BATCH: [Lang, readonly DocumentKind[]][] = [
  ['fr', ['termsOfReference', 'minutes', 'actionPlan']],
  ['ar', ['termsOfReference', 'minutes', 'actionPlan']]
]

const norm = (s: string) => s.replace(/[\u200E\u200F\u00AD\u202A-\u202E]/g, '').replace(/\s+/g, ' ').trim()
/**
 * Arabic as pdftotext gives it back loses the lam-alef ligature's order ("الأشغال" comes out "األشغال"):
 * compare letter skeletons without alefs and lams.
 */
const skeleton = (s: string) => norm(s).normalize('NFKC').replace(/[\u0622\u0623\u0625\u0627\u0644\s]/g, '')

describe.skipIf(!ready)(`LibreOffice converts every document of the sample${reason}`, { timeout: 600_000 }, () => {
  const project = sampleProject()
  const dir = mkdtempSync(join(tmpdir(), 'hiwar-lo-docs-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-hiwar-profile-'))
  const pdfText = new Map<string, string>()

  beforeAll(async () => {
    const files: string[] = []
    for (const [lang, kinds] of BATCH) {
      for (const kind of kinds) {
        const file = join(dir, `${lang}-${kind}.docx`)
        writeFileSync(file, await buildDocument(kind, project, { lang, images: IMAGES, now: '2017-07-10T10:00:00.000Z' }))
        files.push(file)
      }
    }
    const nasty = nastyProject()
    for (const [lang, kinds] of NASTY_BATCH) {
      for (const kind of kinds) {
        const file = join(dir, `nasty-${lang}-${kind}.docx`)
        writeFileSync(file, await buildDocument(kind, nasty, { lang, images: IMAGES, now: '2017-07-10T10:00:00.000Z' }))
        files.push(file)
      }
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 480_000
    })
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
      pdfText.set(name.replace(/\.pdf$/, ''), norm(execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, name), '-'], { encoding: 'utf8' })))
    }
  }, 600_000)

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  })

  test('every document became a PDF', () => {
    for (const [lang, kinds] of BATCH) for (const kind of kinds) expect(pdfText.has(`${lang}-${kind}`), `${lang}-${kind}.pdf`).toBe(true)
  })

  test('French PDFs show the names, the decisions and the actions', () => {
    const decision = project.minutes.entries.find((e) => e.type === 'decision')!.text
    const person = project.participants[0]!.name
    const action = project.actions.items[0]!.title
    const problem = project.priority.candidates.find((c) => c.id === project.priority.chosenProblemId)!.title
    const text = (kind: DocumentKind) => pdfText.get(`fr-${kind}`) ?? ''
    expect(text('conceptNote')).toContain(norm(problem))
    expect(text('conceptNote')).toContain('ROYAUME DU MAROC')
    expect(text('invitations')).toContain(norm(person))
    expect(text('attendanceSheet')).toContain(norm(person))
    expect(text('minutes')).toContain(norm(decision).slice(0, 50))
    expect(text('summary')).toContain(norm(decision).slice(0, 50))
    expect(text('actionPlan')).toContain(norm(action).slice(0, 40))
    expect(text('stakeholderAnalysis')).toContain(norm(project.stakeholders.items[0]!.name).slice(0, 30))
    expect(text('evidenceBrief')).toContain(norm(project.evidence.options[0]!.title).slice(0, 40))
    expect(text('fullReport')).toContain('Sommaire')
    expect(text('fullReport')).toContain(norm(decision).slice(0, 50))
    // "Page X / Y" is computed (the cover has no footer; the contents page is page 2).
    expect(text('fullReport')).toMatch(/Page 2 \/ \d+/)
  })

  test('Arabic PDFs hold Arabic text: titles, letterhead, translated labels', () => {
    const t = createI18n('ar').getFixedT('ar')
    for (const kind of DOCUMENT_KINDS) {
      const text = pdfText.get(`ar-${kind}`) ?? ''
      expect(text, `ar-${kind}`).toMatch(/[\u0627-\u064A]{3,}/)
      expect(skeleton(text), `ar-${kind}`).toContain(skeleton('المملكة المغربية'))
    }
    expect(skeleton(pdfText.get('ar-minutes') ?? '')).toContain(skeleton(t('documents:minutes.proceedings')))
    expect(skeleton(pdfText.get('ar-actionPlan') ?? '')).toContain(skeleton(t('documents:kinds.actionPlan')))
    expect(skeleton(pdfText.get('ar-fullReport') ?? '')).toContain(skeleton(t('documents:report.toc')))
    // User text in French stays readable inside the Arabic documents.
    expect(pdfText.get('ar-summary')).toContain(norm(project.actions.items[0]!.title).slice(0, 30))
  })

  test('the nasty project converts too, its words intact', () => {
    for (const [lang, kinds] of NASTY_BATCH) {
      for (const kind of kinds) expect(pdfText.has(`nasty-${lang}-${kind}`), `nasty-${lang}-${kind}.pdf`).toBe(true)
    }
    expect(pdfText.get('nasty-fr-termsOfReference')).toContain('Colonne A')
    expect(pdfText.get('nasty-fr-termsOfReference')).toContain('Ligne 4')
    expect(pdfText.get('nasty-fr-minutes')).toContain('esrever')
  })

  test('English PDFs are in English', () => {
    expect(pdfText.get('en-conceptNote')).toContain('KINGDOM OF MOROCCO')
    expect(pdfText.get('en-summary')).toContain('Next steps')
    expect(pdfText.get('en-actionPlan')).toContain('Means of verification')
  })
})
