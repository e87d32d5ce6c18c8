import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { Packer } from 'docx'
import { afterAll, describe, expect, test } from 'vitest'
import { createDocument, type DocImages } from '../../src/core/documents'
import { serializeJson } from '../../src/main/storage/safeJsonFile'
import { packDocx } from '../../src/main/documents/packDocx'
import { sampleProject } from '../core/documents/fixtures'
import { tocEntries } from '../core/documents/tocPages'

/**
 * The export command's own packing (native zlib instead of docx's JavaScript zip) writes the same
 * package as `Packer.pack`, and `npm run export` runs the precompiled command with plain Node.
 */

const ROOT = resolve(import.meta.dirname, '..', '..')
const tmp = mkdtempSync(join(tmpdir(), 'hiwar-export-pack-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0))
const IMAGES: DocImages = Object.fromEntries(
  (['problemTree', 'stakeholderGrid', 'agendaGantt', 'actionGantt', 'evaluationChart'] as const).map((k) => [k, { data: PNG, widthPx: 500, heightPx: 300 }])
)

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes)
  const out = new Map<string, Uint8Array>()
  for (const name of Object.keys(zip.files)) out.set(name, await (zip.file(name) as JSZip.JSZipObject).async('uint8array'))
  return out
}

describe('packing a Word document for the export command', () => {
  test('gives the parts Packer.pack gives, in the same order, with the same bytes (pictures stored as they are)', async () => {
    const doc = createDocument('fullReport', sampleProject(), { lang: 'ar', images: IMAGES, now: '2017-07-10T10:00:00.000Z' })
    const reference = await partsOf(await Packer.pack(doc, 'uint8array'))
    const ours = await packDocx(doc)
    const parts = await partsOf(ours)
    expect([...parts.keys()]).toEqual([...reference.keys()])
    for (const [name, bytes] of reference) expect(Buffer.compare(Buffer.from(parts.get(name) as Uint8Array), Buffer.from(bytes)), name).toBe(0)
    expect([...parts.keys()].some((n) => n.endsWith('.png'))).toBe(true)
    // Packing the same document again gives the same bytes (fixed entry dates).
    expect(Buffer.compare(Buffer.from(await packDocx(doc)), Buffer.from(ours))).toBe(0)
  })
})

describe('npm run export (the precompiled command)', { timeout: 300_000 }, () => {
  const cli = join(ROOT, 'scripts', 'export-support', 'cli.mjs')

  test('without arguments: the usage, exit code 64', () => {
    const r = spawnSync(process.execPath, [cli], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 })
    expect(r.status).toBe(64)
    expect(r.stderr).toContain('--project')
  })

  test('writes the full report, its table of contents filled in', async () => {
    const projectFile = join(tmp, 'rabat.hiwar.json')
    writeFileSync(projectFile, serializeJson(sampleProject()))
    const out = join(tmp, 'out')
    const r = spawnSync(process.execPath, [cli, '--project', projectFile, '--doc', 'fullReport', '--lang', 'fr', '--out', out, '--now', '2017-07-10T10:00:00Z'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HIWAR_CHROMIUM: join(tmp, 'no-chromium') },
      timeout: 240_000
    })
    expect(r.status, r.stderr).toBe(0)
    const files = readdirSync(out).filter((f) => f.endsWith('.docx'))
    expect(files).toHaveLength(1)
    expect(r.stdout.trim()).toBe(join(out, files[0] as string))
    const entries = await tocEntries(new Uint8Array(readFileSync(join(out, files[0] as string))))
    expect(entries.length).toBeGreaterThan(40)
    expect(entries.every((e) => /^\d+$/.test(e.page))).toBe(true)
  })
})
