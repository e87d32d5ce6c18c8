import { useState } from 'react'
import { FieldShell, type FieldChromeProps } from './Field'
import type { Parsed } from './parse'

export interface ParsedInputProps<T> extends FieldChromeProps {
  value: T
  onChange: (value: T) => void
  format: (value: T) => string
  parse: (text: string) => Parsed<T>
  /** Translated message shown when the text cannot be read (once the field loses focus). */
  invalidMessage: string
  /** Extra check on a parsed value; returns a translated message or null. */
  validate?: (value: T) => string | null
  placeholder?: string
  inputMode?: 'text' | 'numeric' | 'decimal'
  dir?: 'ltr' | 'rtl' | 'auto'
  inputClassName?: string
  /** Shown after the input (e.g. the formatted date). */
  suffix?: string
}

/**
 * A text input whose text is parsed into a value: what the person types stays on screen while it is
 * incomplete or wrong (with a message), and only valid values reach `onChange`. Changes from outside
 * (undo, another field) replace the text.
 */
export function ParsedInput<T>({ value, onChange, format, parse, invalidMessage, validate, placeholder, inputMode = 'text', dir = 'ltr', inputClassName, suffix, ...chrome }: ParsedInputProps<T>) {
  const [state, setState] = useState(() => ({ text: format(value), source: value }))
  const [focused, setFocused] = useState(false)
  if (!Object.is(state.source, value)) {
    const parsed = parse(state.text)
    const keep = parsed.ok && Object.is(parsed.value, value)
    setState({ text: keep ? state.text : format(value), source: value })
  }
  const parsed = parse(state.text)
  const problem = !parsed.ok ? (focused ? null : invalidMessage) : validate ? validate(parsed.value) : null
  return (
    <FieldShell {...chrome} error={problem ?? chrome.error}>
      {(a11y) => (
        <span className="parsed-input">
          <input
            {...a11y}
            {...(!parsed.ok ? { 'aria-invalid': true } : {})}
            className={['input', inputClassName ?? ''].filter(Boolean).join(' ')}
            type="text"
            value={state.text}
            dir={dir}
            inputMode={inputMode}
            placeholder={placeholder}
            autoComplete="off"
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false)
              const p = parse(state.text)
              if (p.ok) setState({ text: format(p.value), source: value })
            }}
            onChange={(e) => {
              const text = e.target.value
              setState({ text, source: value })
              const p = parse(text)
              if (p.ok && !Object.is(p.value, value)) onChange(p.value)
            }}
          />
          {suffix && <span className="parsed-input__suffix">{suffix}</span>}
        </span>
      )}
    </FieldShell>
  )
}
