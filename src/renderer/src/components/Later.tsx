import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Parts of a screen are deferred only in long projects (a screen decides with its own counts against this):
 * with a few dozen rows everything is drawn at once, as before.
 */
export const DEFER_ABOVE = 40

/** Runs `run` as a low-priority update just after the next paint; returns a canceller. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => startTransition(run), 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Renders its children just after the screen around it has been painted (or at once when they are
 * scrolled near the visible area, whichever comes first): a stage switch lays out what fits on the
 * screen, and the long parts below follow in the next frames, as a low-priority update that a click or a
 * key interrupts. Without IntersectionObserver (a test DOM without layout) the children render at once.
 */
export function Later({ children, className, now = false }: { children: ReactNode; className?: string; now?: boolean }) {
  // `now`: render at once (e.g. the first of a list of parts wrapped alike, or any part once the screen is there).
  const [shown, setShown] = useState(() => now || typeof IntersectionObserver === 'undefined')
  const placeholder = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (shown || now) return
    const cancel = afterNextPaint(() => setShown(true))
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true)
    })
    if (placeholder.current) observer.observe(placeholder.current)
    return () => {
      cancel()
      observer.disconnect()
    }
  }, [shown, now])
  if (shown || now) return children
  return <div ref={placeholder} className={['later', className ?? ''].filter(Boolean).join(' ')} aria-hidden="true" />
}

/**
 * False during the first render (and its paint), true just after — for a long list that shows its first
 * rows with the screen and the rest of the page of rows a moment later (a low-priority update).
 * True at once without IntersectionObserver (a test DOM without layout), like `Later`.
 */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (after) return
    return afterNextPaint(() => setAfter(true))
  }, [after])
  return after
}
