import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'

/** Rows per page of a long table: a screenful or two, so a visit lays out 50 rows, not 500. */
export const PAGE_SIZE = 50

export interface Paged<T> {
  /** The rows of the current page. */
  rows: T[]
  /** 0-based; always a page that exists. */
  page: number
  pageCount: number
  setPage: (page: number) => void
}

/**
 * Splits `items` (already filtered and sorted: filters search every row) into pages of `pageSize`.
 * Going back to the first page when `resetKey` changes (a new filter) is the caller's choice of key.
 */
export function usePaged<T>(items: readonly T[], resetKey: unknown = null, pageSize = PAGE_SIZE): Paged<T> {
  const [wanted, setWanted] = useState(0)
  const [key, setKey] = useState(resetKey)
  let page = wanted
  if (!Object.is(key, resetKey)) {
    // Adjusting state while rendering (React's documented pattern): no extra commit of the old page.
    setKey(resetKey)
    setWanted(0)
    page = 0
  }
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize))
  page = Math.min(Math.max(0, page), pageCount - 1)
  return { rows: items.slice(page * pageSize, (page + 1) * pageSize), page, pageCount, setPage: setWanted }
}

export interface PagerProps {
  /** 0-based current page. */
  page: number
  pageCount: number
  /** Number of rows in all pages (after filters). */
  total: number
  pageSize?: number
  onPage: (page: number) => void
  /** Accessible name of the navigation, e.g. « Pages du plan d'action ». */
  label: string
  className?: string
}

/**
 * Page navigation for a long table: first, previous, a page picker, next, last, and which rows are shown.
 * Plain buttons (keyboard: Tab, Enter/Space); a button with nowhere to go stays focusable but inert
 * (aria-disabled), so the focus never falls to the page when the last page is reached. In Arabic the row
 * of controls mirrors with the layout (flex, logical properties). Nothing is shown for a single page.
 */
export function Pager({ page, pageCount, total, pageSize = PAGE_SIZE, onPage, label, className }: PagerProps) {
  const { t } = useTranslation('ui')
  const pickerId = useId()
  if (pageCount <= 1) return null
  const from = page * pageSize + 1
  const to = Math.min(total, (page + 1) * pageSize)
  const go = (target: number) => {
    if (target >= 0 && target < pageCount && target !== page) onPage(target)
  }
  const step = (target: number, text: string, hint: string) => {
    const inert = target < 0 || target >= pageCount || target === page
    return (
      <Button size="small" variant="ghost" className="pager__step" aria-disabled={inert || undefined} title={hint} aria-label={hint} onClick={() => go(target)}>
        {text}
      </Button>
    )
  }
  return (
    <nav className={['pager', className ?? ''].filter(Boolean).join(' ')} aria-label={label}>
      {step(0, t('pager.first'), t('pager.firstHint'))}
      {step(page - 1, t('pager.previous'), t('pager.previousHint'))}
      <label className="pager__picker" htmlFor={pickerId}>
        <span className="visually-hidden">{t('pager.goTo')}</span>
        <select id={pickerId} className="input input--select pager__select" value={page} onChange={(e) => go(Number(e.target.value))}>
          {Array.from({ length: pageCount }, (_, i) => (
            <option key={i} value={i}>
              {t('pager.pageOf', { page: i + 1, pages: pageCount })}
            </option>
          ))}
        </select>
      </label>
      {step(page + 1, t('pager.next'), t('pager.nextHint'))}
      {step(pageCount - 1, t('pager.last'), t('pager.lastHint'))}
      <span className="pager__range" role="status">
        {t('pager.range', { from, to, total })}
      </span>
    </nav>
  )
}

/** Keeps `page` showing the row `index` (e.g. the row just added or opened) when that row moves to another page. */
export function useShowRow(index: number, page: number, setPage: (page: number) => void, pageSize = PAGE_SIZE): void {
  useEffect(() => {
    if (index < 0) return
    const target = Math.floor(index / pageSize)
    if (target !== page) setPage(target)
    // Only a change of the row's position moves the page; the user's own paging is left alone.
  }, [index])
}
