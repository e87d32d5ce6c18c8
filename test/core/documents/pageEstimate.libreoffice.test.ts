import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildDocument, type DocImages } from '../../../src/core/documents'
import type { Lang } from '../../../src/core/model/common'
import type { Project } from '../../../src/core/model/project'
import { buildLargeProject } from '../../../src/core/samples/large'
import { sampleProject } from './fixtures'
import { headingPages, tocEntries, type TocEntry } from './tocPages'

/**
 * The page numbers the full report's table of contents is written with (src/core/documents/pageEstimate.ts)
 * against the pages LibreOffice actually prints: each report is converted to PDF (one `soffice` call,
 * its own profile), `pdftotext` gives the text of each page, and every heading of the table is looked up
 * in it. Runs wherever LibreOffice is installed (CI installs it); skipped otherwise.
 */

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const ready = has('soffice') && has('pdftotext')
const reason = ready ? '' : ' — SKIPPED: soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are needed'

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0))
const IMAGES: DocImages = Object.fromEntries(
  (['problemTree', 'stakeholderGrid', 'agendaGantt', 'actionGantt', 'evaluationChart'] as const).map((k) => [k, { data: PNG, widthPx: 500, heightPx: 300 }])
)
const NOW = '2017-07-10T10:00:00.000Z'

interface Case {
  name: string
  project: () => Project
  lang: Lang
  images: DocImages
}
const CASES: Case[] = [
  { name: 'sample-fr', project: sampleProject, lang: 'fr', images: IMAGES },
  { name: 'sample-ar', project: sampleProject, lang: 'ar', images: IMAGES },
  { name: 'sample-en', project: sampleProject, lang: 'en', images: {} },
  // 1/8 of the benchmarks' large project: ~60 pages, 300-row tables cut to 38, Arabic paragraphs in French.
  { name: 'large8-fr', project: () => buildLargeProject({ seed: 7, scale: 0.125, now: NOW }), lang: 'fr', images: {} }
]

describe.skipIf(!ready)(`the full report's table of contents gives the pages LibreOffice prints${reason}`, { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'hiwar-lo-toc-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-hiwar-toc-profile-'))
  const results = new Map<string, { entries: TocEntry[]; real: (number | null)[] }>()

  beforeAll(async () => {
    const files: string[] = []
    for (const c of CASES) {
      const file = join(dir, `${c.name}.docx`)
      writeFileSync(file, await buildDocument('fullReport', c.project(), { lang: c.lang, images: c.images, now: NOW }))
      files.push(file)
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 480_000 })
    for (const c of CASES) {
      const entries = await tocEntries(new Uint8Array(readFileSync(join(dir, `${c.name}.docx`))))
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, `${c.name}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f')
      results.set(c.name, { entries, real: headingPages(pages, entries) })
    }
  }, 600_000)

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  })

  for (const c of CASES) {
    test(`${c.name}: every heading's page is within one page of LibreOffice's, most exactly`, () => {
      const r = results.get(c.name)
      expect(r, 'converted').toBeDefined()
      const { entries, real } = r as NonNullable<typeof r>
      expect(entries.length).toBeGreaterThan(40)
      expect(entries.every((e) => /^\d+$/.test(e.page)), 'every entry has its page number').toBe(true)
      const found = entries.map((e, i) => ({ text: e.text, written: Number(e.page), real: real[i] })).filter((x): x is { text: string; written: number; real: number } => x.real !== null)
      // pdftotext garbles a few Arabic headings beyond recognition; nearly all must be found.
      expect(found.length).toBeGreaterThanOrEqual(Math.floor(entries.length * 0.9))
      const off = found.filter((x) => x.written !== x.real)
      expect(off.filter((x) => Math.abs(x.written - x.real) > 1), 'headings more than a page away').toEqual([])
      expect(off.length, `headings a page away: ${off.map((x) => `${x.text} ${x.written}/${x.real}`).join('; ')}`).toBeLessThanOrEqual(Math.ceil(found.length * 0.15))
    })
  }
})
