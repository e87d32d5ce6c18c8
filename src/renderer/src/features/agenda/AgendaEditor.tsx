import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { BLOCK_TYPES, type Agenda, type AgendaBlock, type BlockType } from '../../../../core/model/agenda'
import {
  addBlock,
  addDay,
  insertStandardSequence,
  moveBlock,
  moveBlockBy,
  newBlock,
  newDay,
  nextDate,
  removeBlock,
  removeDay,
  STANDARD_STEPS,
  updateBlock,
  updateDay,
  type BlockPatch
} from '../../../../core/agenda/edit'
import { findBlockTiming, scheduleAgenda, type TimedBlock, type TimedDay } from '../../../../core/agenda/schedule'
import { blockIssues, dayIssues, validateAgenda } from '../../../../core/agenda/validate'
import type { AgendaIssue } from '../../../../core/agenda/time'
import { newId } from '../../../../core/project/factory'
import { Button, ConfirmDialog, DateField, EmptyState, FieldGrid, DEFER_ABOVE, IconButton, Later, SelectField, TextArea, TextField, TimeField, useAfterFirstPaint } from '../../components'
import { useProjectSection } from '../../project/ProjectContext'
import { DurationField } from './DurationField'
import { isolate, useAgendaFormat } from './format'
import { TypeChip } from './TypeChip'

type Fmt = ReturnType<typeof useAgendaFormat>

/** Where focus goes after the next render: a block's field by position among its focusable elements. */
interface FocusRequest {
  blockId: string
  /** Position among the block's focusable elements, or a selector (e.g. its first input: the title). */
  index?: number
  selector?: string
}

/** Blocks of the first day laid out with a switch to a long agenda (about a screenful). */
const FIRST_BLOCKS = 8
const FOCUSABLE = 'input, select, textarea, button, [tabindex="0"]'
// Block ids match the schema's Id (letters, digits, '_' and '-'), so they are safe inside a quoted selector.

/** Stage 5 editor: days, timed blocks, reorder by drag and by keyboard, the standard sequence in one click. */
export function AgendaEditor() {
  const fmt = useAgendaFormat()
  const painted = useAfterFirstPaint()
  const { t } = fmt
  const [agenda, setAgenda] = useProjectSection('agenda')
  const schedule = useMemo(() => scheduleAgenda(agenda), [agenda])
  const blockCount = schedule.reduce((n, d) => n + d.blocks.length, 0)
  const issues = useMemo(() => validateAgenda(agenda), [agenda])
  const [announcement, setAnnouncement] = useState('')
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const [dragging, setDragging] = useState<string | null>(null)
  const [dropAt, setDropAt] = useState<{ dayId: string; index: number } | null>(null)
  const [dayToRemove, setDayToRemove] = useState<string | null>(null)
  const focusRequest = useRef<FocusRequest | null>(null)

  useEffect(() => {
    const request = focusRequest.current
    if (!request) return
    focusRequest.current = null
    const el = document.querySelector(`[data-block-id="${request.blockId}"]`)
    const targets = el ? [...el.querySelectorAll<HTMLElement>(request.selector ?? FOCUSABLE)] : []
    const target = targets[request.index ?? 0] ?? targets[0]
    if (target && document.activeElement !== target) target.focus()
  })

  const apply = (next: Agenda) => {
    if (next !== agenda) setAgenda(() => next)
  }

  const announceMove = (next: Agenda, block: AgendaBlock) => {
    const timing = findBlockTiming(next, block.id)
    if (!timing) return
    setAnnouncement(
      t('block.moved', {
        title: isolate(fmt.blockTitle(block)),
        day: timing.dayIndex + 1,
        position: timing.index + 1,
        start: fmt.clock(timing.startMin),
        end: fmt.clock(timing.endMin)
      })
    )
  }

  const moveBy = (block: AgendaBlock, delta: -1 | 1, from?: HTMLElement | null) => {
    const next = moveBlockBy(agenda, block.id, delta)
    if (next === agenda) {
      setAnnouncement(t('block.notMoved', { title: isolate(fmt.blockTitle(block)) }))
      return
    }
    const container = document.querySelector(`[data-block-id="${block.id}"]`)
    const focusables = container ? [...container.querySelectorAll<HTMLElement>(FOCUSABLE)] : []
    const active = from ?? (document.activeElement as HTMLElement | null)
    const index = active ? focusables.indexOf(active) : -1
    focusRequest.current = { blockId: block.id, index: index < 0 ? 0 : index }
    apply(next)
    announceMove(next, block)
  }

  const onBlockKeyDown = (block: AgendaBlock) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
    e.preventDefault()
    moveBy(block, e.key === 'ArrowUp' ? -1 : 1, e.target as HTMLElement)
  }

  const setBlock = (id: string, patch: BlockPatch, field?: string) =>
    setAgenda((a) => updateBlock(a, id, patch), field ? `agenda.${id}.${field}` : undefined)

  const addNewBlock = (dayId: string) => {
    const block = newBlock(newId(), { title: '', type: 'plenary', durationMin: 30 })
    focusRequest.current = { blockId: block.id, selector: 'input' }
    setAgenda((a) => addBlock(a, dayId, block))
  }

  const insertStandard = (dayId: string, dayIndex: number) => {
    const label = (step: string) => ({ title: t(`standard.steps.${step}.title`), objective: t(`standard.steps.${step}.objective`) })
    setAgenda((a) => insertStandardSequence(a, dayId, { newId, label }))
    setAnnouncement(t('standard.inserted', { count: STANDARD_STEPS.length, n: dayIndex + 1 }))
  }

  const addNewDay = () => setAgenda((a) => addDay(a, newDay(newId(), { date: nextDate(a), start: '09:00' })))

  // ——— drag and drop (HTML5) ———
  const onDragStart = (block: AgendaBlock) => (e: DragEvent<HTMLElement>) => {
    e.dataTransfer.setData('text/plain', block.id)
    e.dataTransfer.effectAllowed = 'move'
    const row = (e.currentTarget as HTMLElement).closest('li')
    if (row) e.dataTransfer.setDragImage(row, 24, 24)
    setDragging(block.id)
  }
  const onDragEnd = () => {
    setDragging(null)
    setDropAt(null)
  }
  const onDragOverBlock = (dayId: string, index: number) => (e: DragEvent<HTMLLIElement>) => {
    if (!dragging) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'move'
    const rect = e.currentTarget.getBoundingClientRect()
    const after = e.clientY > rect.top + rect.height / 2
    const target = { dayId, index: after ? index + 1 : index }
    if (dropAt?.dayId !== target.dayId || dropAt.index !== target.index) setDropAt(target)
  }
  const onDragOverEnd = (dayId: string, count: number) => (e: DragEvent<HTMLElement>) => {
    if (!dragging) return
    e.preventDefault()
    if (dropAt?.dayId !== dayId || dropAt.index !== count) setDropAt({ dayId, index: count })
  }
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault()
    const id = dragging ?? e.dataTransfer.getData('text/plain')
    const target = dropAt
    onDragEnd()
    if (!id || !target) return
    const from = findBlockTiming(agenda, id)
    if (!from) return
    // `dropAt.index` is a gap between blocks; moveBlock wants the block's final index.
    const index = from.dayId === target.dayId && from.index < target.index ? target.index - 1 : target.index
    const next = moveBlock(agenda, id, { dayId: target.dayId, index })
    apply(next)
    if (next !== agenda) announceMove(next, from.block)
  }

  const removingDay = schedule.find((d) => d.day.id === dayToRemove)

  return (
    <div className="agenda-editor">
      <p className="agenda-editor__hint">{t('keyboardHint')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {schedule.length === 0 && <EmptyState title={t('day.noDays')} compact />}
      {schedule.map((timed, dayIndex) => (
        // The first day is laid out with the switch; the next days follow just after the first paint (a day
        // added later is drawn at once).
        <Later key={timed.day.id} now={dayIndex === 0 || painted || blockCount <= DEFER_ABOVE}>
          <DayEditor
            timed={timed}
            // A long first day lays out its first blocks with the switch and the others just after the paint.
            blockLimit={painted || blockCount <= DEFER_ABOVE ? undefined : FIRST_BLOCKS}
            fmt={fmt}
            issues={issues}
            expanded={expanded}
            dragging={dragging}
            dropAt={dropAt}
            onToggle={(id) =>
              setExpanded((s) => {
                const next = new Set(s)
                if (next.has(id)) next.delete(id)
                else next.add(id)
                return next
              })
            }
            onDate={(date) => setAgenda((a) => updateDay(a, timed.day.id, { date }), `agenda.${timed.day.id}.date`)}
            onStart={(start) => setAgenda((a) => updateDay(a, timed.day.id, { start }), `agenda.${timed.day.id}.start`)}
            onRemove={() => setDayToRemove(timed.day.id)}
            onAddBlock={() => addNewBlock(timed.day.id)}
            onInsertStandard={() => insertStandard(timed.day.id, timed.index)}
            setBlock={setBlock}
            onRemoveBlock={(id) => setAgenda((a) => removeBlock(a, id))}
            onMove={moveBy}
            onBlockKeyDown={onBlockKeyDown}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragOverBlock={onDragOverBlock}
            onDragOverEnd={onDragOverEnd}
            onDrop={onDrop}
          />
        </Later>
      ))}
      <div className="agenda-editor__add-day">
        <Button variant="primary" onClick={addNewDay}>
          {`+ ${t('day.add')}`}
        </Button>
      </div>
      {removingDay && (
        <ConfirmDialog
          danger
          title={t('day.confirmRemoveTitle')}
          message={t('day.confirmRemove', { n: removingDay.index + 1, count: removingDay.blocks.length })}
          confirmLabel={t('day.remove')}
          onCancel={() => setDayToRemove(null)}
          onConfirm={() => {
            setAgenda((a) => removeDay(a, removingDay.day.id))
            setDayToRemove(null)
          }}
        />
      )}
    </div>
  )
}

interface DayEditorProps {
  timed: TimedDay
  /** Only the first blocks (a screenful, before the first paint of a long agenda); all when undefined. */
  blockLimit?: number
  fmt: Fmt
  issues: AgendaIssue[]
  expanded: ReadonlySet<string>
  dragging: string | null
  dropAt: { dayId: string; index: number } | null
  onToggle: (blockId: string) => void
  onDate: (date: string | null) => void
  onStart: (start: string) => void
  onRemove: () => void
  onAddBlock: () => void
  onInsertStandard: () => void
  setBlock: (id: string, patch: BlockPatch, field?: string) => void
  onRemoveBlock: (id: string) => void
  onMove: (block: AgendaBlock, delta: -1 | 1, from?: HTMLElement | null) => void
  onBlockKeyDown: (block: AgendaBlock) => (e: KeyboardEvent<HTMLLIElement>) => void
  onDragStart: (block: AgendaBlock) => (e: DragEvent<HTMLElement>) => void
  onDragEnd: () => void
  onDragOverBlock: (dayId: string, index: number) => (e: DragEvent<HTMLLIElement>) => void
  onDragOverEnd: (dayId: string, count: number) => (e: DragEvent<HTMLElement>) => void
  onDrop: (e: DragEvent<HTMLElement>) => void
}

function DayEditor(props: DayEditorProps) {
  const { timed, fmt, issues, dragging, dropAt } = props
  const { t } = fmt
  const day = timed.day
  const headingId = `agenda-day-${day.id}`
  const ownIssues = dayIssues(issues, day.id)
  const dropIndex = dropAt?.dayId === day.id ? dropAt.index : null
  return (
    <section className="agenda-day" aria-labelledby={headingId} data-day-id={day.id}>
      <div className="agenda-day__head">
        <div>
          <h2 className="agenda-day__title" id={headingId}>
            {fmt.dayLabel(day, timed.index)}
          </h2>
          <p className="agenda-day__summary">
            {t('day.summary', { start: fmt.clock(timed.startMin), end: fmt.clock(timed.endMin), count: timed.blocks.length, duration: fmt.duration(timed.totalMin) })}
          </p>
        </div>
        <IconButton icon="🗑" label={t('day.removeNamed', { n: timed.index + 1 })} className="btn--danger-ghost" onClick={props.onRemove} />
      </div>
      <FieldGrid columns={3}>
        <DateField label={t('day.date')} value={day.date} invalidMessage={t('day.dateInvalid')} onChange={props.onDate} />
        <TimeField label={t('day.start')} value={day.start} invalidMessage={t('day.startInvalid')} onChange={(v) => v !== null && props.onStart(v)} />
      </FieldGrid>
      {ownIssues.length > 0 && <IssueList issues={ownIssues} fmt={fmt} />}
      {timed.blocks.length > 0 && (
        // Column titles for the eye; each field keeps its own (visually hidden) label for assistive tech.
        <div className="agenda-blocks__head" aria-hidden="true">
          <span>{t('block.title')}</span>
          <span>{t('block.type')}</span>
          <span>{t('block.duration')}</span>
        </div>
      )}
      <ol className={['agenda-blocks', dragging ? 'agenda-blocks--dragging' : ''].filter(Boolean).join(' ')} aria-label={fmt.dayLabel(day, timed.index)}>
        {(props.blockLimit === undefined ? timed.blocks : timed.blocks.slice(0, props.blockLimit)).map((tb) => (
          <BlockEditor
            key={tb.block.id}
            timed={tb}
            count={timed.blocks.length}
            fmt={fmt}
            issues={blockIssues(issues, tb.block.id).filter((i) => i.key !== 'dayPastMidnight')}
            expanded={props.expanded.has(tb.block.id)}
            isDragging={dragging === tb.block.id}
            dropBefore={dropIndex === tb.index}
            onToggle={() => props.onToggle(tb.block.id)}
            set={(patch, field) => props.setBlock(tb.block.id, patch, field)}
            onRemove={() => props.onRemoveBlock(tb.block.id)}
            onMove={(delta, from) => props.onMove(tb.block, delta, from)}
            onKeyDown={props.onBlockKeyDown(tb.block)}
            onDragStart={props.onDragStart(tb.block)}
            onDragEnd={props.onDragEnd}
            onDragOver={props.onDragOverBlock(day.id, tb.index)}
            onDrop={props.onDrop}
          />
        ))}
      </ol>
      {dragging && (
        <div
          className={['agenda-drop-end', dropIndex === timed.blocks.length ? 'agenda-drop-end--active' : ''].filter(Boolean).join(' ')}
          onDragOver={props.onDragOverEnd(day.id, timed.blocks.length)}
          onDrop={props.onDrop}
        >
          {t('day.dropHere')}
        </div>
      )}
      {timed.blocks.length === 0 && !dragging && <p className="agenda-day__empty">{t('day.empty')}</p>}
      <div className="agenda-day__actions">
        <Button onClick={props.onAddBlock}>{`+ ${t('block.add')}`}</Button>
        <Button variant="ghost" onClick={props.onInsertStandard} title={t('standard.hint')} aria-describedby={`${headingId}-std`}>
          {t('standard.insert')}
        </Button>
        <span className="visually-hidden" id={`${headingId}-std`}>
          {t('standard.hint')}
        </span>
      </div>
    </section>
  )
}

interface BlockEditorProps {
  timed: TimedBlock
  count: number
  fmt: Fmt
  issues: AgendaIssue[]
  expanded: boolean
  isDragging: boolean
  dropBefore: boolean
  onToggle: () => void
  set: (patch: BlockPatch, field?: string) => void
  onRemove: () => void
  onMove: (delta: -1 | 1, from?: HTMLElement | null) => void
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void
  onDragStart: (e: DragEvent<HTMLElement>) => void
  onDragEnd: () => void
  onDragOver: (e: DragEvent<HTMLLIElement>) => void
  onDrop: (e: DragEvent<HTMLElement>) => void
}

function BlockEditor(props: BlockEditorProps) {
  const { timed, fmt, expanded } = props
  const { t } = fmt
  const b = timed.block
  const title = fmt.blockTitle(b)
  const detailsId = `agenda-block-details-${b.id}`
  const time = `${fmt.clock(timed.startMin)} – ${fmt.clock(timed.endMin)}`
  const classes = [
    'agenda-block',
    `agenda-block--${b.type}`,
    props.isDragging ? 'agenda-block--dragging' : '',
    props.dropBefore ? 'agenda-block--drop-before' : ''
  ].filter(Boolean)
  return (
    <li className={classes.join(' ')} data-block-id={b.id} onKeyDown={props.onKeyDown} onDragOver={props.onDragOver} onDrop={props.onDrop}>
      <div className="agenda-block__bar">
        <span
          className="agenda-block__handle"
          draggable
          tabIndex={0}
          role="button"
          aria-label={t('block.handle', { n: timed.index + 1, title, start: fmt.clock(timed.startMin), end: fmt.clock(timed.endMin) })}
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
        >
          <span aria-hidden="true">{'⠿'}</span>
        </span>
        <span className="agenda-block__time" dir="ltr">
          {time}
        </span>
        <TypeChip type={b.type} />
        <span className="agenda-block__duration">{fmt.duration(timed.endMin - timed.startMin)}</span>
        <span className="agenda-block__controls">
          <IconButton icon="↑" label={t('block.moveUpNamed', { title })} onClick={(e) => props.onMove(-1, e.currentTarget)} />
          <IconButton icon="↓" label={t('block.moveDownNamed', { title })} onClick={(e) => props.onMove(1, e.currentTarget)} />
          <Button variant="ghost" size="small" aria-expanded={expanded} aria-controls={detailsId} aria-label={t('block.showDetails', { title })} onClick={props.onToggle}>
            <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
          </Button>
          <IconButton icon="🗑" label={t('block.removeNamed', { title })} className="btn--danger-ghost" onClick={props.onRemove} />
        </span>
      </div>
      <div className="agenda-block__main">
        <TextField className="agenda-block__title" label={t('block.title')} value={b.title} onChange={(v) => props.set({ title: v }, 'title')} />
        <SelectField<BlockType>
          label={t('block.type')}
          value={b.type}
          options={BLOCK_TYPES}
          allowNone={false}
          optionLabel={(type) => t(`blockTypes.${type}`)}
          onChange={(type) => type && props.set({ type })}
        />
        <DurationField label={t('block.duration')} value={b.durationMin} onChange={(durationMin) => props.set({ durationMin }, 'duration')} />
      </div>
      {props.issues.length > 0 && <IssueList issues={props.issues} fmt={fmt} />}
      <div className="agenda-block__details" id={detailsId} hidden={!expanded}>
        {expanded && (
          <FieldGrid columns={2}>
            <TextField label={t('block.speaker')} value={b.speaker} onChange={(v) => props.set({ speaker: v }, 'speaker')} />
            <TextArea label={t('block.objective')} rows={2} value={b.objective} onChange={(v) => props.set({ objective: v }, 'objective')} />
            <TextArea label={t('block.notes')} hint={t('block.notesHint')} rows={3} value={b.notes} onChange={(v) => props.set({ notes: v }, 'notes')} />
            <TextArea label={t('block.materials')} rows={3} value={b.materials} onChange={(v) => props.set({ materials: v }, 'materials')} />
          </FieldGrid>
        )}
      </div>
    </li>
  )
}

/** User text in an issue's params (a title, a typed value) keeps its own direction inside the sentence. */
const USER_TEXT_PARAMS = ['title', 'value']
const isolateText = (params: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && USER_TEXT_PARAMS.includes(k) ? isolate(v) : v]))

export function IssueList({ issues, fmt }: { issues: AgendaIssue[]; fmt: Fmt }) {
  return (
    <ul className="agenda-issues" role="status">
      {issues.map((issue, i) => (
        <li key={`${issue.key}-${i}`} className={`agenda-issue agenda-issue--${issue.severity}`}>
          <span className="agenda-issue__mark" aria-hidden="true">
            {issue.severity === 'error' ? '!' : 'i'}
          </span>
          {fmt.t(`issues.${issue.key}`, isolateText(issue.params))}
        </li>
      ))}
    </ul>
  )
}
