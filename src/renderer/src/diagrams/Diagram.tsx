import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DiagramError, renderMermaidSvg } from './mermaid'
import './diagram.css'

interface Rendered {
  svg: string | null
  error: DiagramError['reason'] | null
}

/** Re-drawing on every keystroke is wasteful: wait this long after the last change. */
const REDRAW_DELAY_MS = 250

/** How many drawn pictures are kept (one per source text); the oldest goes first. */
const CACHE_SIZE = 24

/**
 * SVG per mermaid source text, for the whole session: coming back to a stage, or re-rendering with the same
 * text, shows the picture at once instead of asking mermaid again (a big diagram takes seconds).
 */
const drawn = new Map<string, string>()
const drawing = new Map<string, Promise<string>>()

function remember(source: string, svg: string): void {
  drawn.delete(source)
  drawn.set(source, svg)
  while (drawn.size > CACHE_SIZE) drawn.delete(drawn.keys().next().value as string)
}

/** The SVG of `source`: from the cache, from a drawing already under way, or drawn now. */
export function drawDiagram(source: string): Promise<string> {
  const done = drawn.get(source)
  if (done !== undefined) return Promise.resolve(done)
  let pending = drawing.get(source)
  if (!pending) {
    pending = renderMermaidSvg(source).then(
      (svg) => {
        drawing.delete(source)
        remember(source, svg)
        return svg
      },
      (e: unknown) => {
        drawing.delete(source)
        throw e
      }
    )
    drawing.set(source, pending)
  }
  return pending
}

/** The picture already drawn for `source` in this session, if any. */
export const cachedDiagram = (source: string): string | null => drawn.get(source) ?? null

/** For tests: forget every picture. */
export function clearDiagramCache(): void {
  drawn.clear()
  drawing.clear()
}

/** Runs `run` once the current frame has been painted (never inside the click or switch that showed it). */
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * True once the element has come within about half a screen of the visible area (then stays true): a
 * diagram at the bottom of a long screen is drawn when the facilitator scrolls towards it, not on every
 * visit to the stage. Without IntersectionObserver (tests), true at once.
 */
function useNearView(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const el = ref.current
    if (near || !el) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect()
          setNear(true)
        }
      },
      { rootMargin: '50% 0px' }
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [near, ref])
  return near
}

/**
 * Shows a mermaid diagram. Mermaid is loaded on first use; its output (strict mode: labels are plain
 * text, no scripts) is the only markup this app inserts as HTML. While a changed text is being drawn
 * the previous picture stays in place; a text that does not parse shows a translated message.
 * Drawing starts after the screen has been painted and once the diagram is near the visible area;
 * a text drawn before in this session is shown at once.
 */
export function Diagram({ source, label, className }: { source: string; label: string; className?: string }) {
  const { t } = useTranslation('documents')
  const [rendered, setRendered] = useState<Rendered>(() => ({ svg: cachedDiagram(source), error: null }))
  const [shownSource, setShownSource] = useState<string | null>(() => (cachedDiagram(source) === null ? null : source))
  const figure = useRef<HTMLElement>(null)
  const near = useNearView(figure)
  useEffect(() => {
    if (shownSource === source) return
    const cached = cachedDiagram(source)
    if (cached !== null) {
      setRendered({ svg: cached, error: null })
      setShownSource(source)
      return
    }
    if (!near) return
    let live = true
    const draw = () => {
      drawDiagram(source).then(
        (svg) => {
          if (!live) return
          setRendered({ svg, error: null })
          setShownSource(source)
        },
        (e: unknown) => {
          if (!live) return
          setRendered({ svg: null, error: e instanceof DiagramError ? e.reason : 'failed' })
          setShownSource(source)
        }
      )
    }
    let cancel: () => void
    if (rendered.svg === null && rendered.error === null) cancel = afterPaint(draw)
    else {
      const timer = setTimeout(draw, REDRAW_DELAY_MS)
      cancel = () => clearTimeout(timer)
    }
    return () => {
      live = false
      cancel()
    }
    // A new source, or coming near the visible area, triggers a drawing; `rendered` is read for the delay.
  }, [source, near, shownSource])
  const classes = ['diagram', className].filter(Boolean).join(' ')
  if (rendered.error) {
    return (
      <figure ref={figure} className={`${classes} diagram--error`}>
        <p className="diagram__message" role="alert">
          {t(`diagram.${rendered.error}`)}
        </p>
      </figure>
    )
  }
  if (rendered.svg === null) {
    return (
      <figure ref={figure} className={`${classes} diagram--loading`} aria-busy="true">
        <p className="diagram__message" role="status">
          {t('diagram.loading')}
        </p>
      </figure>
    )
  }
  return (
    <figure ref={figure} className={classes}>
      {/* Mermaid strict-mode output (sanitised by mermaid with DOMPurify): the one allowed HTML insertion. */}
      <div className="diagram__svg" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: rendered.svg }} />
    </figure>
  )
}
