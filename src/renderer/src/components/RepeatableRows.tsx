import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, IconButton } from './Button'
import { EmptyState } from './EmptyState'

export interface RowApi<T> {
  /**
   * Merges a patch into this row. `onChange` then receives a coalesce key naming the row and the fields
   * (`<rowId>.<field>`), so typing in one cell is one undo step; add/remove/move pass no key.
   */
  set: (patch: Partial<T>) => void
  index: number
}

export interface RepeatableRowsProps<T extends { id: string }> {
  /** Title of the list (already translated); rendered as a legend. */
  legend: string
  items: readonly T[]
  /** The new list; `coalesce` is set for edits inside one row (pass it on to `update`). */
  onChange: (items: T[], coalesce?: string) => void
  renderRow: (item: T, row: RowApi<T>) => ReactNode
  /** Short name of a row for the remove/move buttons' accessible names (e.g. the person's name). */
  itemLabel: (item: T, index: number) => string
  /** Creates a new row for the default add button. */
  createItem?: () => T
  addLabel: string
  emptyText: string
  /** Replaces the default add button, e.g. `AddByName` when the schema requires a name (focus stays there). */
  renderAdd?: (add: (item: T) => void) => ReactNode
  /** Extra content under the rows (a total…). */
  footer?: ReactNode
  hint?: string
}

/** Move one item of a list; returns the same array when the move is impossible. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return items as T[]
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item as T)
  return next
}

/**
 * An editable list of rows (add, remove, move up/down), keyboard-first: after adding, focus goes to the
 * new row's first field; after removing, to the add button.
 */
export function RepeatableRows<T extends { id: string }>({ legend, items, onChange, renderRow, itemLabel, createItem, addLabel, emptyText, renderAdd, footer, hint }: RepeatableRowsProps<T>) {
  const { t } = useTranslation('common')
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLDivElement>(null)
  const focusRow = useRef<string | null>(null)

  useEffect(() => {
    const id = focusRow.current
    if (!id || !listRef.current) return
    focusRow.current = null
    const row = [...listRef.current.querySelectorAll<HTMLElement>('[data-row-id]')].find((el) => el.dataset.rowId === id)
    row?.querySelector<HTMLElement>('input, textarea, select')?.focus()
  })

  const add = (item: T) => {
    focusRow.current = item.id
    onChange([...items, item])
  }
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index))
    addRef.current?.querySelector<HTMLElement>('button, input')?.focus()
  }
  const move = (from: number, to: number) => onChange(moveItem(items, from, to))

  return (
    <fieldset className="rows">
      <legend className="rows__legend">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {items.length === 0 ? (
        <EmptyState body={emptyText} compact />
      ) : (
        <ol className="rows__list" ref={listRef}>
          {items.map((item, index) => {
            const name = itemLabel(item, index)
            return (
              <li key={item.id} className="rows__row" data-row-id={item.id}>
                <div className="rows__fields">
                  {renderRow(item, {
                    index,
                    set: (patch) =>
                      onChange(
                        items.map((x) => (x.id === item.id ? { ...x, ...patch } : x)),
                        `${item.id}.${Object.keys(patch).sort().join(',')}`
                      )
                  })}
                </div>
                <div className="rows__controls">
                  <IconButton icon="↑" label={`${t('form.moveUp')} — ${name}`} disabled={index === 0} onClick={() => move(index, index - 1)} />
                  <IconButton icon="↓" label={`${t('form.moveDown')} — ${name}`} disabled={index === items.length - 1} onClick={() => move(index, index + 1)} />
                  <IconButton icon="✕" className="btn--danger-ghost" label={t('form.removeItem', { name })} onClick={() => remove(index)} />
                </div>
              </li>
            )
          })}
        </ol>
      )}
      {footer}
      <div className="rows__add" ref={addRef}>
        {renderAdd
          ? renderAdd((item) => onChange([...items, item]))
          : createItem && (
              <Button onClick={() => add(createItem())}>
                <span aria-hidden="true">{'+ '}</span>
                {addLabel}
              </Button>
            )}
      </div>
    </fieldset>
  )
}
