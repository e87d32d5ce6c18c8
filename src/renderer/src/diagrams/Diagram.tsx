import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DiagramError, renderMermaidSvg } from './mermaid'
import './diagram.css'

interface Rendered {
  svg: string | null
  error: DiagramError['reason'] | null
}

/** Re-drawing on every keystroke is wasteful: wait this long after the last change. */
const REDRAW_DELAY_MS = 250

/**
 * Shows a mermaid diagram. Mermaid is loaded on first use; its output (strict mode: labels are plain
 * text, no scripts) is the only markup this app inserts as HTML. While a changed text is being drawn
 * the previous picture stays in place; a text that does not parse shows a translated message.
 */
export function Diagram({ source, label, className }: { source: string; label: string; className?: string }) {
  const { t } = useTranslation('documents')
  const [rendered, setRendered] = useState<Rendered>({ svg: null, error: null })
  useEffect(() => {
    let live = true
    const timer = setTimeout(
      () => {
        renderMermaidSvg(source).then(
          (svg) => live && setRendered({ svg, error: null }),
          (e: unknown) => live && setRendered({ svg: null, error: e instanceof DiagramError ? e.reason : 'failed' })
        )
      },
      rendered.svg === null && rendered.error === null ? 0 : REDRAW_DELAY_MS
    )
    return () => {
      live = false
      clearTimeout(timer)
    }
    // Only a new source triggers a redraw; `rendered` is read for the delay, not as a trigger.
  }, [source])
  const classes = ['diagram', className].filter(Boolean).join(' ')
  if (rendered.error) {
    return (
      <figure className={`${classes} diagram--error`}>
        <p className="diagram__message" role="alert">
          {t(`diagram.${rendered.error}`)}
        </p>
      </figure>
    )
  }
  if (rendered.svg === null) {
    return (
      <figure className={`${classes} diagram--loading`} aria-busy="true">
        <p className="diagram__message" role="status">
          {t('diagram.loading')}
        </p>
      </figure>
    )
  }
  return (
    <figure className={classes}>
      {/* Mermaid strict-mode output (sanitised by mermaid with DOMPurify): the one allowed HTML insertion. */}
      <div className="diagram__svg" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: rendered.svg }} />
    </figure>
  )
}
