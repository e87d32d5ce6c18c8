import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import JSZip from 'jszip'
import { DOCUMENT_KINDS, documentFileName } from '../../src/core/documents'
import { nodeFs, type FsLayer } from '../../src/main/storage/fsLayer'
import { decodeImages, isInsideFolder, targetPath } from '../../src/main/handlers/documents'
import { setup, tempDir, value } from './support'

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC'

/** A sample project in a fresh data folder, and an export folder the dialog will answer. */
async function withSample(folderAnswers: (string | null)[], overrides: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(overrides, { folder: folderAnswers })
  const project = value(await ctx.api.createProject({ name: 'Atelier Rabat 2017', sample: 'rabat2017' }))
  return { ...ctx, project }
}

function shell() {
  const opened: string[] = []
  const shown: string[] = []
  return { opened, shown, shell: { openPath: async (p: string) => void opened.push(p), showItemInFolder: (p: string) => void shown.push(p) } }
}

describe('exportDocuments', () => {
  it('asks for a folder and writes each document under its translated name', async () => {
    const out = tempDir('hiwar-export-')
    const { api, project, asked } = await withSample([out])
    const result = value(
      await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote', 'actionPlan', 'minutes'], lang: 'fr', images: { actionGantt: { pngBase64: PNG_BASE64, widthPx: 600, heightPx: 200 } } })
    )
    expect(asked.filter((a) => a.kind === 'folder')).toHaveLength(1)
    expect(result.folder).toBe(resolve(out))
    expect(result.files.map((f) => f.kind)).toEqual(['conceptNote', 'actionPlan', 'minutes'])
    expect(result.files.map((f) => f.path)).toEqual(['conceptNote', 'actionPlan', 'minutes'].map((k) => join(resolve(out), documentFileName(k as 'minutes', 'fr', 'Atelier Rabat 2017'))))
    const zip = await JSZip.loadAsync(readFileSync(result.files[1]!.path))
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(true)
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Plan d&apos;action')
  })

  it('writes Arabic documents with Arabic file names', async () => {
    const out = tempDir('hiwar-export-')
    const { api, project } = await withSample([out])
    const result = value(await api.exportDocuments({ projectId: project.id, kinds: ['summary'], lang: 'ar' }))
    expect(readdirSync(out)).toEqual(['خلاصة الحوار - Atelier Rabat 2017.docx'])
    const xml = await (await JSZip.loadAsync(readFileSync(result.files[0]!.path))).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:bidi/>')
  })

  it('a cancelled folder dialog writes nothing', async () => {
    const { api, project } = await withSample([null])
    const r = await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote'], lang: 'fr' })
    expect(r).toEqual({ ok: false, error: { code: 'cancelled', params: {} } })
  })

  it('reuses the folder of the previous export when asked, without a dialog', async () => {
    const out = tempDir('hiwar-export-')
    const { api, project, asked } = await withSample([out])
    value(await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote'], lang: 'fr' }))
    value(await api.exportDocuments({ projectId: project.id, kinds: ['programme'], lang: 'en', reuseFolder: true }))
    expect(asked.filter((a) => a.kind === 'folder')).toHaveLength(1)
    expect(readdirSync(out).sort()).toEqual(['Note conceptuelle - Atelier Rabat 2017.docx', 'Participant programme - Atelier Rabat 2017.docx'])
  })

  it('a file held open by Word (EBUSY/EPERM) fails with fileBusy and its path; the other files are written; another name works', async () => {
    const out = tempDir('hiwar-export-')
    const busyName = documentFileName('minutes', 'fr', 'Atelier Rabat 2017')
    for (const code of ['EBUSY', 'EPERM']) {
      const fs: FsLayer = {
        ...nodeFs,
        rename: async (from, to) => {
          if (to.endsWith(busyName)) throw Object.assign(new Error(`${code}: resource busy or locked`), { code })
          return nodeFs.rename(from, to)
        }
      }
      const { api, project } = await withSample([out], { fs, storage: { retry: { delaysMs: [1, 1] } } })
      const r = await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote', 'minutes', 'summary'], lang: 'fr' })
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.error.code).toBe('fileBusy')
      expect(r.error.params).toMatchObject({ path: join(resolve(out), busyName), kind: 'minutes', written: 2, busy: 1 })
      expect(existsSync(join(out, documentFileName('summary', 'fr', 'Atelier Rabat 2017')))).toBe(true)
      // No temp file left behind.
      expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([])
      // "Save under another name".
      const again = value(await api.exportDocuments({ projectId: project.id, kinds: ['minutes'], lang: 'fr', fileNameOverride: 'Compte rendu (copie)', reuseFolder: true }))
      expect(again.files[0]!.path).toBe(join(resolve(out), 'Compte rendu (copie).docx'))
    }
  })

  it('refuses a picture that is not a PNG, and a file name override for more than one document', async () => {
    const out = tempDir('hiwar-export-')
    const { api, project } = await withSample([out, out])
    const notPng = await api.exportDocuments({
      projectId: project.id,
      kinds: ['evidenceBrief'],
      lang: 'fr',
      images: { problemTree: { pngBase64: Buffer.from('<svg onload=alert(1)>').toString('base64'), widthPx: 10, heightPx: 10 } }
    })
    expect(notPng).toMatchObject({ ok: false, error: { code: 'invalidInput', params: { field: 'images.problemTree' } } })
    const two = await api.exportDocuments({ projectId: project.id, kinds: ['summary', 'minutes'], lang: 'fr', fileNameOverride: 'x' })
    expect(two).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    const none = await api.exportDocuments({ projectId: project.id, kinds: [], lang: 'fr' })
    expect(none).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    const unknown = await api.exportDocuments({ projectId: project.id, kinds: ['letterBomb' as never], lang: 'fr' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(readdirSync(out)).toEqual([])
  })

  it('a file name override can never leave the chosen folder', async () => {
    const out = tempDir('hiwar-export-')
    const { api, project } = await withSample([out])
    value(await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote'], lang: 'fr' }))
    for (const name of ['../../evil', '..\\..\\evil', '/etc/passwd', 'C:\\Windows\\evil', '..', 'sub/dir/x.docx']) {
      const r = value(await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote'], lang: 'fr', fileNameOverride: name, reuseFolder: true }))
      expect(isInsideFolder(out, r.files[0]!.path), `${name} → ${r.files[0]!.path}`).toBe(true)
    }
  })

  it('exports all thirteen documents of an empty project', async () => {
    const out = tempDir('hiwar-export-')
    const ctx = setup({}, { folder: [out] })
    const project = value(await ctx.api.createProject({ name: 'Vide' }))
    const r = value(await ctx.api.exportDocuments({ projectId: project.id, kinds: [...DOCUMENT_KINDS], lang: 'en' }))
    expect(r.files).toHaveLength(13)
  }, 120_000)
})

describe('targetPath (file names stay inside the folder)', () => {
  it('property: whatever the name, the path is inside the folder', () => {
    const folder = tempDir('hiwar-target-')
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const path = targetPath(folder, documentFileName('summary', 'fr', name))
        expect(isInsideFolder(folder, path)).toBe(true)
        expect(resolve(path, '..')).toBe(resolve(folder))
      }),
      { numRuns: 2000 }
    )
  })

  it('refuses a raw name that would escape (defence in depth)', () => {
    expect(() => targetPath('/tmp/out', '../x.docx')).toThrow()
    expect(() => targetPath('/tmp/out', '')).toThrow()
  })

  it('decodeImages accepts PNG bytes only', () => {
    expect(decodeImages({ problemTree: { pngBase64: PNG_BASE64, widthPx: 2, heightPx: 2 } }).problemTree?.data.length).toBeGreaterThan(8)
    expect(() => decodeImages({ problemTree: { pngBase64: Buffer.from('GIF89a....').toString('base64'), widthPx: 2, heightPx: 2 } })).toThrow()
  })
})

describe('openPath / showItemInFolder', () => {
  it('open and show only the files this session exported', async () => {
    const out = tempDir('hiwar-export-')
    const s = shell()
    const { api, project } = await withSample([out], { shell: s.shell })
    const r = value(await api.exportDocuments({ projectId: project.id, kinds: ['conceptNote'], lang: 'fr' }))
    const path = r.files[0]!.path
    value(await api.openPath({ path }))
    value(await api.showItemInFolder({ path }))
    expect(s.opened).toEqual([path])
    expect(s.shown).toEqual([path])
    for (const other of ['/bin/sh', join(out, '..', 'x.docx'), 'C:\\Windows\\System32\\calc.exe']) {
      expect(await api.openPath({ path: other })).toMatchObject({ ok: false, error: { code: 'notFound' } })
      expect(await api.showItemInFolder({ path: other })).toMatchObject({ ok: false, error: { code: 'notFound' } })
    }
    expect(s.opened).toEqual([path])
  })
})
