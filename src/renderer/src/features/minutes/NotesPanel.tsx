import { memo, useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimedBlock } from '../../../../core/agenda'
import type { Lang } from '../../../../core/model/common'
import { formatDate } from '../../../../core/i18n/languages'
import type { EntryType } from '../../../../core/model/minutes'
import { entriesWithSpeaker, stripSpeakers } from '../../../../core/minutes/entries'
import { isoDateOf } from '../../../../core/actions/status'
import { Button, CheckboxField, DEFER_ABOVE, EmptyState, Later, useAfterFirstPaint } from '../../components'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { Composer } from './Composer'
import { EntryList } from './EntryList'
import type { AmendRequest } from './AmendDialog'
import { existingBlockIds, GENERAL, minuteBlocks, type BlockDay } from './blocks'
import { useApply } from './useApply'

/** The block running now (today's day of the agenda, by the clock), to open the minutes where the room is. */
function currentBlock(blocks: TimedBlock[], now: Date): string | null {
  const today = isoDateOf(now)
  const minute = now.getHours() * 60 + now.getMinutes()
  return blocks.find((b) => b.date === today && b.startMin <= minute && minute < b.endMin)?.block.id ?? null
}

export function ChathamNotice() {
  const { t } = useTranslation('minutes')
  const { project } = useProject()
  const apply = useApply()
  const stored = entriesWithSpeaker(project.minutes)
  return (
    <div className="minutes-chatham" role="note">
      <p className="minutes-chatham__title">{t('chatham.title')}</p>
      <p>{t('chatham.body')}</p>
      {stored > 0 && (
        <p className="minutes-chatham__stored">
          {t('chatham.stored', { count: stored })}{' '}
          {project.minutes.status === 'draft' && (
            <Button
              size="small"
              onClick={() =>
                apply((p) => {
                  const r = stripSpeakers(p.minutes)
                  return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
                })
              }
            >
              {t('chatham.strip')}
            </Button>
          )}
        </p>
      )}
    </div>
  )
}

type Translate = ReturnType<typeof useTranslation<'minutes'>>['t']

function dayLabel(t: Translate, lang: Lang, dayIndex: number, date: string | null): string {
  return date ? t('blocks.dayWithDate', { n: dayIndex + 1, date: formatDate(date, lang) }) : t('blocks.day', { n: dayIndex + 1 })
}

interface BlockNavProps {
  days: readonly BlockDay[]
  counts: ReadonlyMap<string, number>
  selectedKey: string
  onSelect: (key: string) => void
  showQuiet: boolean
  onShowQuiet: (show: boolean) => void
}

/**
 * The agenda's blocks (a hundred buttons in a long workshop). Memoised with stable props: typing in the
 * composer or picking an entry type never re-renders it — only a new selection or new entries do.
 */
const BlockNav = memo(function BlockNav({ days, counts, selectedKey, onSelect, showQuiet, onShowQuiet }: BlockNavProps) {
  const { t } = useTranslation('minutes')
  const { t: ta } = useTranslation('agenda')
  const lang = useLang()
  const blockButton = (key: string, title: string, sub: string | null) => {
    const count = counts.get(key) ?? 0
    return (
      <li key={key || 'general'}>
        <button type="button" className="minutes-blocks__item" aria-current={selectedKey === key ? 'true' : undefined} onClick={() => onSelect(key)}>
          {sub && <span className="minutes-blocks__time">{sub}</span>}
          <span className="minutes-blocks__title" dir="auto">
            {title}
          </span>
          <span className="minutes-blocks__count">{t('blocks.count', { count })}</span>
        </button>
      </li>
    )
  }
  const shownDays = days.filter((d) => d.blocks.length > 0)
  // A long agenda lays out the selected block's day with the switch; the other days follow just after the paint.
  const painted = useAfterFirstPaint()
  const blockTotal = shownDays.reduce((n, d) => n + d.blocks.length, 0)
  return (
    <nav className="minutes-blocks" aria-label={t('blocks.label')}>
      {shownDays.length === 0 && <p className="minutes-blocks__empty">{t('blocks.noAgenda')}</p>}
      {shownDays.map((d) => (
        <Later key={d.dayId} className="minutes-blocks__later" now={painted || blockTotal <= DEFER_ABOVE || d.blocks.some((b) => b.block.id === selectedKey)}>
          <div className="minutes-blocks__day">
            <h3 className="minutes-blocks__day-title">{dayLabel(t, lang, d.dayIndex, d.date)}</h3>
            <ul className="minutes-blocks__list">{d.blocks.map((b) => blockButton(b.block.id, b.block.title || ta(`blockTypes.${b.block.type}`), t('blocks.time', { start: b.start, end: b.end })))}</ul>
          </div>
        </Later>
      ))}
      <ul className="minutes-blocks__list minutes-blocks__list--general">{blockButton(GENERAL, t('blocks.general'), null)}</ul>
      <CheckboxField label={t('blocks.showBreaks')} checked={showQuiet} onChange={onShowQuiet} className="minutes-blocks__quiet" />
    </nav>
  )
})

/**
 * Note-taking: the agenda's blocks on one side, the selected block's composer and entries on the other.
 * The text being typed lives in the composer (one small component re-renders per key); the panel only
 * remembers each block's unsent draft, in a ref, to give it back when the block is selected again.
 */
export function NotesPanel({ onAmend }: { onAmend: (request: AmendRequest) => void }) {
  const { t } = useTranslation('minutes')
  const { t: ta } = useTranslation('agenda')
  const lang = useLang()
  const { project } = useProject()
  const { agenda, minutes, design } = project
  const [showQuiet, setShowQuiet] = useState(false)
  const days = useMemo(() => minuteBlocks(agenda, minutes, showQuiet), [agenda, minutes, showQuiet])
  const allBlocks = useMemo(() => days.flatMap((d) => d.blocks), [days])
  const existing = useMemo(() => existingBlockIds(agenda), [agenda])
  const [selected, setSelected] = useState<string>(() => currentBlock(allBlocks, new Date()) ?? allBlocks[0]?.block.id ?? GENERAL)
  const drafts = useRef(new Map<string, string>())
  const [type, setType] = useState<EntryType>('keyPoint')
  const locked = minutes.status === 'final'

  const counts = useMemo(() => {
    const c = new Map<string, number>()
    for (const e of minutes.entries) {
      const key = e.blockId !== null && existing.has(e.blockId) ? e.blockId : GENERAL
      c.set(key, (c.get(key) ?? 0) + 1)
    }
    return c
  }, [minutes.entries, existing])

  const selectedKey = selected !== GENERAL && !existing.has(selected) ? GENERAL : selected
  const timed = allBlocks.find((b) => b.block.id === selectedKey) ?? null
  const entries = useMemo(
    () => minutes.entries.filter((e) => (selectedKey === GENERAL ? e.blockId === null || !existing.has(e.blockId) : e.blockId === selectedKey)),
    [minutes.entries, selectedKey, existing]
  )
  const blockTitle = timed ? timed.block.title : t('blocks.general')
  const onDraftChange = useCallback((text: string) => {
    if (text === '') drafts.current.delete(selectedKey)
    else drafts.current.set(selectedKey, text)
  }, [selectedKey])

  return (
    <div className="minutes-notes">
      <BlockNav days={days} counts={counts} selectedKey={selectedKey} onSelect={setSelected} showQuiet={showQuiet} onShowQuiet={setShowQuiet} />

      <section className="minutes-pane" aria-labelledby="minutes-pane-title">
        <header className="minutes-pane__head">
          <h2 className="minutes-pane__title" id="minutes-pane-title" dir="auto">
            {blockTitle}
          </h2>
          {timed ? (
            <p className="minutes-pane__sub">
              {dayLabel(t, lang, timed.dayIndex, timed.date)} · <span dir="ltr">{t('blocks.time', { start: timed.start, end: timed.end })}</span> · {ta(`blockTypes.${timed.block.type}`)}
            </p>
          ) : (
            <p className="minutes-pane__sub">{t('blocks.generalHint')}</p>
          )}
        </header>
        {design.chathamHouse && <ChathamNotice />}
        {locked ? (
          <EmptyState
            compact
            title={t('composer.lockedTitle')}
            body={t('composer.locked')}
            action={
              <Button onClick={() => onAmend({ kind: 'addEntry', blockId: selectedKey === GENERAL ? null : selectedKey })}>{t('amend.addEntry')}</Button>
            }
          />
        ) : (
          <Composer
            key={selectedKey || 'general'}
            blockId={selectedKey === GENERAL ? null : selectedKey}
            chathamHouse={design.chathamHouse}
            initialText={drafts.current.get(selectedKey) ?? ''}
            onTextChange={onDraftChange}
            type={type}
            onTypeChange={setType}
          />
        )}
        <EntryList entries={entries} blockTitle={blockTitle} chathamHouse={design.chathamHouse} locked={locked} onAmend={onAmend} />
      </section>
    </div>
  )
}
