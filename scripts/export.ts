/**
 * Headless export: the Word documents of a project file, without the app.
 *
 *   npm run export -- --project <file.json> --doc <kind|all|kind,kind> --lang <fr|ar|en> --out <dir> [--now <ISO>]
 *
 * The project file is checked exactly as the app imports one (size, JSON, schema version, schema), with
 * the same translated messages and a non-zero exit code. Diagrams are drawn by the app's mermaid code in
 * the system Chromium (`HIWAR_CHROMIUM` or /usr/bin/chromium); without it the command warns once and each
 * picture is replaced by its captioned text rendition.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createI18n } from '../src/core/i18n/create'
import { createDocument, diagramsFor, diagramSources, documentFileName, DOCUMENT_KINDS, type DocImages, type DocumentKind } from '../src/core/documents'
import { LANGUAGES, type Lang } from '../src/core/model/common'
import type { Project } from '../src/core/model/project'
import type { AppError } from '../src/core/result'
import { errorFromZod } from '../src/core/validation'
import { decodeProject } from '../src/main/storage/projectCodec'
import { DEFAULT_MAX_FILE_BYTES, InvalidJsonError, parseJsonText } from '../src/main/storage/safeJsonFile'
import { findChromium, openDiagramRenderer } from './export-support/diagram-renderer'
import { packDocx } from '../src/main/documents/packDocx'

export const EXIT = { ok: 0, usage: 64, invalidProject: 65, ioError: 74 } as const

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  env: NodeJS.ProcessEnv
}

const isLang = (v: string): v is Lang => (LANGUAGES as readonly string[]).includes(v)
const isKind = (v: string): v is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(v)

/** The project in a file, as the app's import reads it; an `AppError` (translated by the caller) otherwise. */
export async function readProjectFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<{ project: Project } | { error: AppError }> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    return { error: { code: 'notFound', params: { file: path } } }
  }
  if (size > maxBytes) return { error: { code: 'fileTooLarge', params: { size, max: maxBytes } } }
  let raw: unknown
  try {
    raw = parseJsonText(path, await readFile(path))
  } catch (e) {
    if (e instanceof InvalidJsonError) return { error: { code: 'notHiwarFile', params: {} } }
    return { error: { code: 'ioError', params: { reason: e instanceof Error ? e.message : String(e) } } }
  }
  const decoded = decodeProject(raw, path)
  if (decoded.kind === 'ok') return { project: decoded.project }
  return { error: decoded.zodError ? errorFromZod(decoded.zodError) : decoded.error }
}

/** Runs the command; returns the exit code (the tests call this directly). */
export async function runExport(argv: string[], io: Io): Promise<number> {
  let values: { project?: string; doc?: string; lang?: string; out?: string; now?: string }
  try {
    values = parseArgs({
      args: argv,
      options: { project: { type: 'string' }, doc: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' } },
      strict: true,
      allowPositionals: false
    }).values
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e))
    return EXIT.usage
  }
  const langArg = values.lang ?? 'fr'
  const lang: Lang = isLang(langArg) ? langArg : 'fr'
  const t = createI18n(lang).getFixedT(lang)
  const usage = () => io.err(t('documents:cli.usage', { kinds: DOCUMENT_KINDS.join(', ') }))
  if (!isLang(langArg)) {
    io.err(t('documents:cli.badLang', { lang: langArg }))
    usage()
    return EXIT.usage
  }
  if (!values.project || !values.out || !values.doc) {
    usage()
    return EXIT.usage
  }
  const asked = values.doc === 'all' ? [...DOCUMENT_KINDS] : values.doc.split(',').map((k) => k.trim()).filter(Boolean)
  const unknown = asked.filter((k) => !isKind(k))
  if (unknown.length > 0 || asked.length === 0) {
    io.err(t('documents:cli.badDoc', { doc: unknown.join(', ') || values.doc }))
    usage()
    return EXIT.usage
  }
  const kinds = [...new Set(asked)] as DocumentKind[]
  const now = values.now ?? new Date().toISOString()
  if (Number.isNaN(new Date(now).getTime())) {
    io.err(t('documents:cli.badNow', { now }))
    return EXIT.usage
  }

  const read = await readProjectFile(resolve(values.project))
  if ('error' in read) {
    io.err(t(`common:errors.${read.error.code}`, { ...read.error.params }))
    return EXIT.invalidProject
  }
  const project = read.project

  let images: DocImages = {}
  const sources = diagramSources(project, lang, now)
  const needed = Object.fromEntries(diagramsFor(kinds).filter((k) => sources[k] !== undefined).map((k) => [k, sources[k] as string]))
  if (Object.keys(needed).length > 0) {
    const chromium = findChromium(io.env)
    if (chromium === null) {
      io.err(t('documents:cli.noChromium'))
    } else {
      try {
        const renderer = await openDiagramRenderer(chromium)
        try {
          const rendered = await renderer.render(needed)
          images = rendered.images
          if (rendered.failed.length > 0) io.err(t('documents:cli.diagramsFailed', { keys: rendered.failed.join(', ') }))
        } finally {
          await renderer.close()
        }
      } catch (e) {
        io.err(t('documents:cli.chromiumFailed', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) }))
      }
    }
  }

  const outDir = resolve(values.out)
  try {
    await mkdir(outDir, { recursive: true })
    for (const kind of kinds) {
      const bytes = await packDocx(createDocument(kind, project, { lang, images, now }))
      const path = join(outDir, documentFileName(kind, lang, project.name))
      await writeFile(path, bytes)
      io.out(path)
    }
  } catch (e) {
    io.err(t('common:errors.ioError', { reason: e instanceof Error ? e.message : String(e) }))
    return EXIT.ioError
  }
  return EXIT.ok
}

/** The command on a real process: prints to stdout/stderr, gives the exit code (70 on an unexpected error). */
export async function main(argv: string[]): Promise<number> {
  const io: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), env: process.env }
  try {
    return await runExport(argv, io)
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    return 70
  }
}

// `tsx scripts/export.ts …` still works; `npm run export` runs the precompiled bundle (export-support/cli.mjs).
const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
