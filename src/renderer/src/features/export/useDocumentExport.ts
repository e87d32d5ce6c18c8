import { useCallback, useRef, useState } from 'react'
import type { DocumentImageInput, DocumentsExport } from '../../../../core/api'
import { diagramSources, DIAGRAM_WIDTH_PX } from '../../../../core/documents/diagramSources'
import type { DiagramKey } from '../../../../core/documents/diagramKeys'
import { diagramsFor, documentFileName, type DocumentKind } from '../../../../core/documents/kinds'
import type { Lang } from '../../../../core/model/common'
import type { Project } from '../../../../core/model/project'
import type { AppError } from '../../../../core/result'
import type { RendererApi } from '../../api/ApiContext'

/** Where a batch export stands; the dialog renders one view per phase. */
export type ExportState =
  | { phase: 'idle' }
  | { phase: 'diagrams'; done: number; total: number }
  | { phase: 'writing'; done: number; total: number; kind: DocumentKind }
  | { phase: 'busy'; kind: DocumentKind; path: string; remaining: DocumentKind[] }
  | { phase: 'done'; result: DocumentsExport; failedDiagrams: DiagramKey[] }
  | { phase: 'error'; error: AppError }

export interface ExportRequest {
  project: Project
  kinds: DocumentKind[]
  lang: Lang
}

/** Renders one diagram to a PNG for the documents (lazy: mermaid loads only when an export needs it). */
async function renderImage(source: string, key: DiagramKey): Promise<DocumentImageInput> {
  const { renderDiagramToPng, pngToBase64 } = await import('../../diagrams')
  const { png, widthPx, heightPx } = await renderDiagramToPng(source, { widthPx: DIAGRAM_WIDTH_PX[key], scale: 3 })
  return { pngBase64: pngToBase64(png), widthPx, heightPx }
}

/**
 * The export of a batch of Word documents: renders the diagrams the chosen documents need, then asks
 * main for one document at a time (the first call asks for the folder, the next ones reuse it), so the
 * dialog shows real progress. A document held open in Word stops the batch on a `busy` state that can be
 * retried, saved under another name, or skipped; the rest of the batch then goes on.
 */
export function useDocumentExport(api: RendererApi) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const context = useRef<{
    request: ExportRequest
    images: Partial<Record<DiagramKey, DocumentImageInput>>
    failedDiagrams: DiagramKey[]
    files: DocumentsExport['files']
    folder: string | null
  } | null>(null)

  const writeFrom = useCallback(
    async (queue: DocumentKind[], override?: { kind: DocumentKind; fileName: string }) => {
      const ctx = context.current
      if (!ctx) return
      const total = ctx.request.kinds.length
      for (let i = 0; i < queue.length; i++) {
        const kind = queue[i] as DocumentKind
        setState({ phase: 'writing', done: ctx.files.length, total, kind })
        const result = await api.exportDocuments({
          projectId: ctx.request.project.id,
          kinds: [kind],
          lang: ctx.request.lang,
          images: ctx.images,
          reuseFolder: ctx.folder !== null,
          ...(override && override.kind === kind ? { fileNameOverride: override.fileName } : {})
        })
        if (!result.ok) {
          if (result.error.code === 'fileBusy') {
            setState({ phase: 'busy', kind, path: String(result.error.params.path ?? ''), remaining: queue.slice(i + 1) })
          } else if (result.error.code === 'cancelled' && ctx.folder === null) {
            setState({ phase: 'idle' })
          } else {
            setState({ phase: 'error', error: result.error })
          }
          return
        }
        ctx.folder = result.value.folder
        ctx.files.push(...result.value.files)
      }
      setState({ phase: 'done', result: { folder: ctx.folder ?? '', files: [...ctx.files] }, failedDiagrams: ctx.failedDiagrams })
    },
    [api]
  )

  const start = useCallback(
    async (request: ExportRequest) => {
      const sources = diagramSources(request.project, request.lang, new Date().toISOString())
      const needed = diagramsFor(request.kinds).filter((k) => sources[k] !== undefined)
      const images: Partial<Record<DiagramKey, DocumentImageInput>> = {}
      const failedDiagrams: DiagramKey[] = []
      for (let i = 0; i < needed.length; i++) {
        const key = needed[i] as DiagramKey
        setState({ phase: 'diagrams', done: i, total: needed.length })
        try {
          images[key] = await renderImage(sources[key] as string, key)
        } catch {
          // The document then carries the captioned text rendition of this diagram.
          failedDiagrams.push(key)
        }
      }
      context.current = { request, images, failedDiagrams, files: [], folder: null }
      await writeFrom(request.kinds)
    },
    [writeFrom]
  )

  /** After `busy`: try the same document again (the user closed it in Word). */
  const retry = useCallback(async () => {
    if (state.phase !== 'busy') return
    await writeFrom([state.kind, ...state.remaining])
  }, [state, writeFrom])

  /** After `busy`: write that document under another name, then go on with the rest. */
  const saveAs = useCallback(
    async (fileName: string) => {
      if (state.phase !== 'busy') return
      await writeFrom([state.kind, ...state.remaining], { kind: state.kind, fileName })
    },
    [state, writeFrom]
  )

  /** After `busy`: leave that document out and go on. */
  const skip = useCallback(async () => {
    if (state.phase !== 'busy') return
    await writeFrom(state.remaining)
  }, [state, writeFrom])

  const reset = useCallback(() => {
    context.current = null
    setState({ phase: 'idle' })
  }, [])

  return { state, start, retry, saveAs, skip, reset }
}

/** The name a document would get, and a suggestion for "save under another name". */
export function suggestedOtherName(kind: DocumentKind, lang: Lang, projectName: string): string {
  return documentFileName(kind, lang, projectName).replace(/\.docx$/, ' (2).docx')
}
