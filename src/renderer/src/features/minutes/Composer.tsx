import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ENTRY_TYPES, type EntryType } from '../../../../core/model/minutes'
import { addEntry } from '../../../../core/minutes/entries'
import { newId } from '../../../../core/project/factory'
import { Button } from '../../components'
import { useApply } from './useApply'

export interface ComposerProps {
  blockId: string | null
  chathamHouse: boolean
  /** The block's unsent draft, when it was left with text in the field. */
  initialText: string
  /** Told of every change of the text (to keep the draft), without re-rendering anything else. */
  onTextChange: (text: string) => void
  type: EntryType
  onTypeChange: (type: EntryType) => void
}

/** Alt+1 … Alt+6 pick the type; `code` (physical key) so it works on AZERTY and Arabic layouts alike. */
function typeFromShortcut(e: React.KeyboardEvent): EntryType | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null
  const m = /^(?:Digit|Numpad)([1-6])$/.exec(e.code)
  return m ? (ENTRY_TYPES[Number(m[1]) - 1] ?? null) : null
}

/**
 * Fast entry while people talk: the text field keeps focus, Enter adds the entry (Shift+Enter is a new
 * line), Alt+digit switches the type. Adding updates the project at once; saving happens in the
 * background (debounced), so typing is never held up.
 */
export function Composer({ blockId, chathamHouse, initialText, onTextChange, type, onTypeChange }: ComposerProps) {
  const { t } = useTranslation('minutes')
  const apply = useApply()
  const inputRef = useRef<HTMLTextAreaElement>(null)
  // The text is local: a keystroke re-renders this component only, never the block list or the entries.
  const [text, setText] = useState(initialText)
  const changeText = (next: string) => {
    setText(next)
    onTextChange(next)
  }
  const [speaker, setSpeaker] = useState('')
  const [status, setStatus] = useState<string[]>([])
  const hintId = useId()
  const groupName = useId()

  const submit = () => {
    if (text.trim() === '') {
      setStatus([t('errors.emptyText')])
      return
    }
    let notes: string[] = []
    const error = apply((p) => {
      const r = addEntry(p.minutes, { blockId, type, text, speaker }, { chathamHouse, now: new Date().toISOString(), newId })
      if (!r.ok) return r
      notes = [
        t('composer.added', { type: t(`entryTypes.${type}`) }),
        ...(r.value.speakerStripped ? [t('composer.speakerStripped')] : []),
        ...(r.value.cleaned ? [t('composer.cleaned')] : [])
      ]
      return { ok: true, value: { ...p, minutes: r.value.minutes } }
    })
    if (!error) {
      changeText('')
      setStatus(notes)
    }
    inputRef.current?.focus()
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const shortcut = typeFromShortcut(e)
    if (shortcut) {
      e.preventDefault()
      onTypeChange(shortcut)
      return
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault()
      submit()
    }
  }

  return (
    <div className="minutes-composer">
      <fieldset className="minutes-composer__types">
        <legend className="field__label">{t('composer.type')}</legend>
        {ENTRY_TYPES.map((et, i) => (
          <label key={et} className={`entry-type-chip entry-type--${et}`} title={t('composer.typeShortcut', { label: t(`entryTypes.${et}`), key: i + 1 })}>
            <input type="radio" name={groupName} value={et} checked={type === et} onChange={() => onTypeChange(et)} />
            <span className="entry-type-chip__label">{t(`entryTypes.${et}`)}</span>
            <kbd className="entry-type-chip__key" aria-hidden="true">
              {i + 1}
            </kbd>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${hintId}-text`}>
          {t('composer.text')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('composer.textHint')}
        </p>
        <textarea
          id={`${hintId}-text`}
          ref={inputRef}
          className="input input--area minutes-composer__text"
          dir="auto"
          rows={3}
          value={text}
          aria-describedby={hintId}
          onChange={(e) => changeText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="minutes-composer__row">
        {!chathamHouse && (
          <div className="field minutes-composer__speaker">
            <label className="field__label" htmlFor={`${hintId}-speaker`}>
              {t('composer.speaker')}
            </label>
            <input
              id={`${hintId}-speaker`}
              className="input"
              dir="auto"
              value={speaker}
              onChange={(e) => setSpeaker(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  submit()
                }
              }}
            />
          </div>
        )}
        <Button variant="primary" onClick={submit} className="minutes-composer__add">
          {t('composer.add')}
        </Button>
      </div>
      <p className="minutes-composer__status" role="status" aria-live="polite">
        {status.join(' ')}
      </p>
    </div>
  )
}
