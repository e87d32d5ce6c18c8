import type { ReactNode } from 'react'

/** An honest empty state: what is missing and, optionally, what to do about it. */
export function EmptyState({ title, body, action, compact }: { title?: string; body?: string; action?: ReactNode; compact?: boolean }) {
  return (
    <div className={['empty-state', compact ? 'empty-state--compact' : ''].filter(Boolean).join(' ')}>
      {title && <p className="empty-state__title">{title}</p>}
      {body && <p className="empty-state__body">{body}</p>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  )
}
