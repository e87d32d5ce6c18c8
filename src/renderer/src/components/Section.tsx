import { useId, type ReactNode } from 'react'

/** A titled part of a screen (h2), with an optional intro and actions beside the title. */
export function Section({ title, intro, actions, children, className }: { title: string; intro?: string; actions?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId()
  return (
    <section className={['section', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={id}>
      <div className="section__head">
        <h2 className="section__title" id={id}>
          {title}
        </h2>
        {actions && <div className="section__actions">{actions}</div>}
      </div>
      {intro && <p className="section__intro">{intro}</p>}
      <div className="section__body">{children}</div>
    </section>
  )
}

/** A white panel grouping related content. */
export function Card({ children, className, as: Tag = 'div' }: { children: ReactNode; className?: string; as?: 'div' | 'article' | 'li' }) {
  return <Tag className={['card', className ?? ''].filter(Boolean).join(' ')}>{children}</Tag>
}

/** Lays fields out in responsive columns (`className` lets a screen set its own column widths). */
export function FieldGrid({ children, columns = 2, className }: { children: ReactNode; columns?: 1 | 2 | 3 | 4; className?: string }) {
  return <div className={['field-grid', `field-grid--${columns}`, className ?? ''].filter(Boolean).join(' ')}>{children}</div>
}

/** The top of a stage screen: its title (h1) and intro. */
export function ScreenHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <header className="screen-header">
      <div className="screen-header__text">
        <h1 className="screen-header__title">{title}</h1>
        {intro && <p className="screen-header__intro">{intro}</p>}
      </div>
      {actions && <div className="screen-header__actions">{actions}</div>}
    </header>
  )
}
