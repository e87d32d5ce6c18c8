import { useRef, type KeyboardEvent, type ReactNode } from 'react'

/**
 * Tabs of a stage screen (WAI-ARIA tabs pattern): one tab stop, ←/→ move in the visual direction (so they
 * are mirrored in Arabic), Home/End jump to the first/last tab. Ids: `<idPrefix>-tab-<tab>` for each tab,
 * `<idPrefix>-panel-<tab>` for the panel of the current one.
 */
export function Tabs<T extends string>({
  tabs,
  value,
  onChange,
  label,
  labelOf,
  idPrefix,
  panelClassName,
  children
}: {
  tabs: readonly T[]
  value: T
  onChange: (tab: T) => void
  label: string
  labelOf: (tab: T) => string
  idPrefix: string
  /** Classes of the panel besides `tabs__panel`. */
  panelClassName?: string
  children: ReactNode
}) {
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({})
  const choose = (tab: T) => {
    onChange(tab)
    refs.current[tab]?.focus()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.indexOf(value)
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const step = e.key === 'ArrowRight' ? (rtl ? -1 : 1) : e.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0
    let next: T | undefined
    if (step !== 0) next = tabs[(i + step + tabs.length) % tabs.length]
    else if (e.key === 'Home') next = tabs[0]
    else if (e.key === 'End') next = tabs[tabs.length - 1]
    if (next !== undefined) {
      e.preventDefault()
      choose(next)
    }
  }
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab}`}
            aria-selected={tab === value}
            aria-controls={`${idPrefix}-panel-${tab}`}
            tabIndex={tab === value ? 0 : -1}
            className={['tabs__tab', tab === value ? 'tabs__tab--active' : ''].filter(Boolean).join(' ')}
            onClick={() => onChange(tab)}
          >
            {labelOf(tab)}
          </button>
        ))}
      </div>
      <div
        className={['tabs__panel', panelClassName ?? ''].filter(Boolean).join(' ')}
        role="tabpanel"
        id={`${idPrefix}-panel-${value}`}
        aria-labelledby={`${idPrefix}-tab-${value}`}
      >
        {children}
      </div>
    </>
  )
}
