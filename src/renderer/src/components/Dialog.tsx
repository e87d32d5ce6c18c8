import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'
import { TextField } from './TextField'

/**
 * A modal dialog of our own (role="dialog", aria-modal): focus moves in on open and back on close,
 * Tab stays inside, Escape cancels.
 */
export function Dialog({ title, onClose, children, footer }: { title: string; onClose: () => void; children: ReactNode; footer: ReactNode }) {
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, button:not([disabled])')
    first?.focus()
    return () => previous?.focus?.()
  }, [])
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      onClose()
      return
    }
    if (e.key !== 'Tab' || !ref.current) return
    const focusables = [...ref.current.querySelectorAll<HTMLElement>('input, textarea, select, button:not([disabled]), [href]')]
    const first = focusables[0]
    const last = focusables[focusables.length - 1]
    if (!first || !last) return
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first.focus()
    }
  }
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={ref} onKeyDown={onKeyDown}>
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__footer">{footer}</div>
      </div>
    </div>
  )
}

/** Asks for a name (project name…); the confirm button is disabled while the name is empty. */
export function PromptDialog({ title, label, initialValue, confirmLabel, onConfirm, onCancel, maxLength = 200 }: { title: string; label: string; initialValue: string; confirmLabel: string; onConfirm: (value: string) => void; onCancel: () => void; maxLength?: number }) {
  const { t } = useTranslation('common')
  const [value, setValue] = useState(initialValue)
  const valid = value.trim().length > 0 && value.length <= maxLength
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (valid) onConfirm(value.trim())
  }
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('library.cancel')}</Button>
          <Button variant="primary" type="submit" form="prompt-dialog-form" disabled={!valid}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id="prompt-dialog-form" onSubmit={submit}>
        <TextField label={label} value={value} onChange={setValue} maxLength={maxLength} required />
      </form>
    </Dialog>
  )
}

/** Asks to confirm a consequential action (delete for good…). */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, danger }: { title: string; message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void; danger?: boolean }) {
  const { t } = useTranslation('common')
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('library.cancel')}</Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p dir="auto">{message}</p>
    </Dialog>
  )
}
