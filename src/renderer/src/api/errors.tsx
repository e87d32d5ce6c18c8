import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../core/result'

/** A translated, user-facing message: `errors.<code>` with its params. */
export function useErrorMessage(): (error: AppError) => string {
  const { t } = useTranslation('common')
  return useCallback((error: AppError) => t(`errors.${error.code}`, { ...error.params }), [t])
}

interface Notice {
  id: number
  kind: 'error' | 'info'
  text: string
}

interface NoticeApi {
  /** Shows a translated error in the alert banner. */
  reportError: (error: AppError) => void
  /** Shows a short confirmation (already translated), e.g. "Projet exporté : …". */
  reportInfo: (text: string) => void
  /**
   * Unwraps a Result: the value when ok, otherwise shows the translated error and returns null.
   * A cancelled dialog (`errors.cancelled`) is silent.
   */
  unwrap: <T>(result: Result<T>) => T | null
}

const NoticeContext = createContext<NoticeApi | null>(null)
const NoticeListContext = createContext<{ notices: Notice[]; dismiss: (id: number) => void } | null>(null)

let nextId = 1
const INFO_MS = 8000

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const message = useErrorMessage()
  const push = useCallback((kind: Notice['kind'], text: string) => {
    const id = nextId++
    setNotices((list) => [...list.filter((n) => n.text !== text), { id, kind, text }].slice(-4))
    // Confirmations go away by themselves; errors stay until dismissed.
    if (kind === 'info') setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), INFO_MS)
  }, [])
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), [])
  const api = useMemo<NoticeApi>(
    () => ({
      reportError: (error) => push('error', message(error)),
      reportInfo: (text) => push('info', text),
      unwrap: <T,>(result: Result<T>): T | null => {
        if (result.ok) return result.value
        if (result.error.code !== 'cancelled') push('error', message(result.error))
        return null
      }
    }),
    [push, message]
  )
  const list = useMemo(() => ({ notices, dismiss }), [notices, dismiss])
  return (
    <NoticeContext.Provider value={api}>
      <NoticeListContext.Provider value={list}>{children}</NoticeListContext.Provider>
    </NoticeContext.Provider>
  )
}

/** `reportError`, `reportInfo` and `unwrap` of the surrounding `NoticeProvider`. */
export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext)
  if (!api) throw new Error('useNotices() needs a <NoticeProvider> above it')
  return api
}

/** The visible, dismissable banners (errors get role="alert", confirmations role="status"). */
export function NoticeBanner() {
  const { t } = useTranslation('common')
  const ctx = useContext(NoticeListContext)
  if (!ctx || ctx.notices.length === 0) return null
  return (
    <div className="notices">
      {ctx.notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          {n.kind === 'error' && <strong className="notice__title">{t('errors.title')}</strong>}
          <span className="notice__text" dir="auto">
            {n.text}
          </span>
          <button type="button" className="notice__close" onClick={() => ctx.dismiss(n.id)} aria-label={t('errors.dismiss')}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  )
}
