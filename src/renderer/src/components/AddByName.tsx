import { useState } from 'react'
import { LIMITS } from '../../../core/model/common'
import { Button } from './Button'
import { useTextProblem } from './TextField'

/**
 * Adding a row whose name is required by the schema (a person, a problem, a stakeholder): type the name,
 * press Enter or the button. Nothing is added while the name is empty, so the project stays valid.
 */
export function AddByName({ label, buttonLabel, onAdd, maxLength = LIMITS.shortText }: { label: string; buttonLabel: string; onAdd: (name: string) => void; maxLength?: number }) {
  const [name, setName] = useState('')
  const problem = useTextProblem(name, maxLength, false)
  const valid = name.trim().length > 0 && problem === null
  const submit = () => {
    if (!valid) return
    onAdd(name.trim())
    setName('')
  }
  return (
    <div className="add-by-name">
      <input
        className="input"
        aria-label={label}
        placeholder={label}
        dir="auto"
        value={name}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            submit()
          }
        }}
      />
      <Button onClick={submit} disabled={!valid}>
        <span aria-hidden="true">{'+ '}</span>
        {buttonLabel}
      </Button>
      {problem && (
        <p className="field__error" role="status">
          {problem}
        </p>
      )}
    </div>
  )
}
