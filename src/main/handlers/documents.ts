import { isAbsolute, join, relative, resolve } from 'node:path'
import { createDocument, documentFileName, safeDocxName, type DocImages, type DocumentKind } from '../../core/documents'
import { AppFailure } from '../../core/result'
import type { DocumentImageInput } from '../../core/api'
import { packDocx } from '../documents/packDocx'
import { atomicWrite } from '../storage/atomicWrite'
import { toAppError } from '../storage/fileErrors'
import type { HandlerContext, Implementations } from './context'

type DocumentChannels = 'exportDocuments' | 'openPath' | 'showItemInFolder'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The diagram pictures of an export request: base64 → bytes, each checked to be a PNG. */
export function decodeImages(images: Partial<Record<string, DocumentImageInput>> | undefined): DocImages {
  const out: DocImages = {}
  for (const [key, image] of Object.entries(images ?? {})) {
    if (!image) continue
    const data = new Uint8Array(Buffer.from(image.pngBase64, 'base64'))
    if (data.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => data[i] !== b)) {
      throw new AppFailure('invalidInput', { field: `images.${key}` })
    }
    out[key as keyof DocImages] = { data, widthPx: image.widthPx, heightPx: image.heightPx }
  }
  return out
}

/** Whether `path` lies inside `dir` (not `dir` itself). */
export const isInsideFolder = (dir: string, path: string): boolean => {
  const rel = relative(resolve(dir), resolve(path))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Where a document goes: the file name made safe (no separators, no `..`, no reserved names) and joined
 * to the chosen folder; refused if the result would still fall outside it.
 */
export function targetPath(folder: string, fileName: string): string {
  const path = resolve(join(folder, fileName))
  if (!isInsideFolder(folder, path)) throw new AppFailure('invalidInput', { field: 'fileName' })
  return path
}

/**
 * The Word export: builds each document with the pure builders of `src/core/documents`, asks for a
 * folder (or reuses this session's), writes each file atomically (retrying transient errors), and
 * remembers what it wrote — "Open" and "Show in folder" act only on those files.
 */
export function documentsHandlers(ctx: HandlerContext): Pick<Implementations, DocumentChannels> {
  const { store } = ctx
  const written = new Set<string>()
  let lastFolder: string | null = null

  const knownPath = (path: string): string => {
    const p = resolve(path)
    if (!written.has(p)) throw new AppFailure('notFound', { file: path })
    if (!ctx.deps.shell) throw new AppFailure('unexpected', { message: 'no shell available' })
    return p
  }

  return {
    async exportDocuments({ projectId, kinds, lang, images, fileNameOverride, reuseFolder }) {
      const project = await store.load(projectId)
      const pictures = decodeImages(images)
      const chosen = reuseFolder && lastFolder !== null ? lastFolder : await ctx.deps.dialogs.chooseFolder()
      if (chosen === null) throw new AppFailure('cancelled')
      const folder = resolve(chosen)
      lastFolder = folder
      const now = ctx.now().toISOString()
      const files: { kind: DocumentKind; path: string }[] = []
      const busy: { kind: DocumentKind; path: string }[] = []
      for (const kind of [...new Set(kinds)]) {
        const name = fileNameOverride !== undefined ? safeDocxName(fileNameOverride) : documentFileName(kind, lang, project.name)
        const path = targetPath(folder, name)
        const bytes = await packDocx(createDocument(kind, project, { lang, images: pictures, now }))
        try {
          await store.retry(() => atomicWrite(path, bytes, store.fs))
        } catch (e) {
          if (toAppError(e).code !== 'fileBusy') throw e
          busy.push({ kind, path })
          continue
        }
        written.add(path)
        files.push({ kind, path })
      }
      const first = busy[0]
      if (first) throw new AppFailure('fileBusy', { path: first.path, kind: first.kind, written: files.length, busy: busy.length })
      return { folder, files }
    },

    async openPath({ path }) {
      const p = knownPath(path)
      await ctx.deps.shell!.openPath(p)
      return { path: p }
    },

    async showItemInFolder({ path }) {
      const p = knownPath(path)
      ctx.deps.shell!.showItemInFolder(p)
      return { path: p }
    }
  }
}
