import { describe, expect, test, vi } from 'vitest'
import fc from 'fast-check'
import { act, fireEvent, screen, within } from '@testing-library/react'
import {
  AddByName,
  CheckboxGroup,
  ConfirmDialog,
  DateField,
  NumberField,
  RepeatableRows,
  SelectField,
  TextArea,
  TextField,
  TimeField,
  moveItem,
  parseClockTime,
  parseIsoDate,
  parseNumber
} from '../../src/renderer/src/components'
import { Controlled, renderWithApp } from './render'

describe('TextField and TextArea', () => {
  test('labelled, dir="auto", typing reaches onChange', () => {
    const onChange = vi.fn()
    renderWithApp(<TextField label="Nom du commanditaire" value="" onChange={onChange} />)
    const input = screen.getByLabelText('Nom du commanditaire')
    expect(input.getAttribute('dir')).toBe('auto')
    fireEvent.change(input, { target: { value: 'المديرية الجهوية' } })
    expect(onChange).toHaveBeenCalledWith('المديرية الجهوية')
  })

  test('text over maxLength is kept whole and flagged with the translated message', () => {
    renderWithApp(<Controlled initial="">{(v, set) => <TextArea label="Contexte" value={v} onChange={set} maxLength={10} />}</Controlled>)
    const area = screen.getByLabelText('Contexte') as HTMLTextAreaElement
    fireEvent.change(area, { target: { value: 'Quinze lettres!' } })
    expect(area.value).toBe('Quinze lettres!')
    expect(area.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Texte trop long (15 caractères, maximum 10).')).toBeTruthy()
    expect(area.getAttribute('aria-describedby')).toContain(screen.getByText(/Texte trop long/).id)
  })

  test('required and empty says so; in Arabic the message is Arabic', () => {
    renderWithApp(<TextField label="الاسم" value=" " onChange={() => {}} required />, { lang: 'ar' })
    expect(screen.getByLabelText(/الاسم/).getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('status').textContent).toMatch(/[\u0600-\u06FF]/)
  })
})

describe('SelectField', () => {
  test('translated options plus "none" which maps to null', () => {
    const onChange = vi.fn()
    renderWithApp(<SelectField label="Niveau" value={'regional' as 'national' | 'regional' | null} options={['national', 'regional'] as const} optionLabel={(v) => v.toUpperCase()} onChange={onChange} />)
    const select = screen.getByLabelText('Niveau') as HTMLSelectElement
    expect([...select.options].map((o) => o.textContent)).toEqual(['— Non renseigné —', 'NATIONAL', 'REGIONAL'])
    expect(select.value).toBe('regional')
    fireEvent.change(select, { target: { value: '' } })
    expect(onChange).toHaveBeenLastCalledWith(null)
    fireEvent.change(select, { target: { value: 'national' } })
    expect(onChange).toHaveBeenLastCalledWith('national')
  })
})

describe('CheckboxGroup', () => {
  test('keeps the order of the options whatever the click order', () => {
    const onChange = vi.fn()
    renderWithApp(<CheckboxGroup legend="Langues" options={['fr', 'ar', 'en'] as const} optionLabel={(l) => l} value={['en']} onChange={onChange} />)
    fireEvent.click(screen.getByLabelText('fr'))
    expect(onChange).toHaveBeenLastCalledWith(['fr', 'en'])
    fireEvent.click(screen.getByLabelText('en'))
    expect(onChange).toHaveBeenLastCalledWith([])
  })
})

describe('NumberField', () => {
  test('reads "1 500,5" and Arabic-Indic digits; unreadable text stays with a message after blur', () => {
    const onChange = vi.fn()
    renderWithApp(<Controlled initial={null as number | null}>{(v, set) => <NumberField label="Montant" value={v} onChange={(n) => (onChange(n), set(n))} min={0} />}</Controlled>)
    const input = screen.getByLabelText('Montant') as HTMLInputElement
    fireEvent.change(input, { target: { value: '1 500,5' } })
    expect(onChange).toHaveBeenLastCalledWith(1500.5)
    fireEvent.change(input, { target: { value: '١٢٠٠٠' } })
    expect(onChange).toHaveBeenLastCalledWith(12000)
    onChange.mockClear()
    fireEvent.focus(input)
    fireEvent.change(input, { target: { value: '12 MAD' } })
    expect(onChange).not.toHaveBeenCalled()
    expect(input.value).toBe('12 MAD')
    expect(screen.queryByText('Nombre invalide.')).toBeNull()
    fireEvent.blur(input)
    expect(screen.getByText('Nombre invalide.')).toBeTruthy()
  })

  test('out of range is reported', () => {
    renderWithApp(<NumberField label="Score" value={9} onChange={() => {}} min={1} max={5} integer />)
    expect(screen.getByText('Valeur attendue entre 1 et 5.')).toBeTruthy()
  })
})

describe('DateField and TimeField', () => {
  test('a typed date becomes ISO and is shown in words; an impossible date is refused', () => {
    const onChange = vi.fn()
    renderWithApp(<Controlled initial={null as string | null}>{(v, set) => <DateField label="Date" value={v} onChange={(d) => (onChange(d), set(d))} />}</Controlled>)
    const input = screen.getByLabelText('Date') as HTMLInputElement
    fireEvent.change(input, { target: { value: '06/07/2017' } })
    expect(onChange).toHaveBeenLastCalledWith('2017-07-06')
    expect(screen.getByText('6 juillet 2017')).toBeTruthy()
    fireEvent.blur(input)
    expect(input.value).toBe('2017-07-06')
    onChange.mockClear()
    fireEvent.focus(input)
    fireEvent.change(input, { target: { value: '2017-02-30' } })
    fireEvent.blur(input)
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.getByText(/Date invalide/)).toBeTruthy()
    fireEvent.change(input, { target: { value: '' } })
    expect(onChange).toHaveBeenLastCalledWith(null)
  })

  test('an outside change (undo) replaces the text', () => {
    const { rerender } = renderWithApp(<DateField label="Date" value="2017-07-06" onChange={() => {}} />)
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2017-07-06')
    rerender(<DateField label="Date" value="2015-06-30" onChange={() => {}} />)
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2015-06-30')
  })

  test('24-hour time: 9h30 → 09:30, 25:00 refused', () => {
    const onChange = vi.fn()
    renderWithApp(<Controlled initial={null as string | null}>{(v, set) => <TimeField label="Début" value={v} onChange={(x) => (onChange(x), set(x))} />}</Controlled>)
    const input = screen.getByLabelText('Début') as HTMLInputElement
    fireEvent.change(input, { target: { value: '9h30' } })
    expect(onChange).toHaveBeenLastCalledWith('09:30')
    fireEvent.blur(input)
    expect(input.value).toBe('09:30')
    fireEvent.change(input, { target: { value: '25:00' } })
    fireEvent.blur(input)
    expect(screen.getByText(/Heure invalide/)).toBeTruthy()
  })
})

describe('parsers', () => {
  test('every real date round-trips through parseIsoDate in both notations (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10)
        const [y, m, day] = iso.split('-')
        expect(parseIsoDate(iso)).toEqual({ ok: true, value: iso })
        expect(parseIsoDate(`${day}/${m}/${y}`)).toEqual({ ok: true, value: iso })
      })
    )
  })

  test('every clock time round-trips, and numbers read back as written (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
        expect(parseClockTime(hhmm)).toEqual({ ok: true, value: hhmm })
        expect(parseClockTime(`${h}h${String(m).padStart(2, '0')}`)).toEqual({ ok: true, value: hhmm })
      })
    )
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = String(n)
        if (/e/i.test(text)) return
        expect(parseNumber(text)).toEqual({ ok: true, value: n })
        expect(parseNumber(text.replace('.', ','))).toEqual({ ok: true, value: n })
      })
    )
    expect(parseNumber('abc').ok).toBe(false)
    expect(parseClockTime('12:60').ok).toBe(false)
  })
})

describe('RepeatableRows and AddByName', () => {
  type Row = { id: string; label: string }
  const rows: Row[] = [
    { id: 'a', label: 'Atelier' },
    { id: 'b', label: 'Budget' },
    { id: 'c', label: 'Compte rendu' }
  ]

  test('moveItem moves and ignores impossible moves', () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1])
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3])
  })

  test('add focuses the new row, move and remove work from the keyboard-reachable buttons, row edits carry a coalesce key', () => {
    const changes: Array<{ items: Row[]; key?: string }> = []
    let n = 0
    renderWithApp(
      <Controlled initial={rows}>
        {(items, set) => (
          <RepeatableRows<Row>
            legend="Étapes"
            items={items}
            onChange={(next, key) => (changes.push({ items: next, key }), set(next))}
            itemLabel={(r) => r.label}
            createItem={() => ({ id: `new${++n}`, label: '' })}
            addLabel="Ajouter une étape"
            emptyText="Aucune étape."
            renderRow={(r, row) => <TextField label={`Libellé ${row.index + 1}`} value={r.label} onChange={(label) => row.set({ label })} />}
          />
        )}
      </Controlled>
    )
    fireEvent.click(screen.getByRole('button', { name: 'Descendre — Atelier' }))
    expect(changes.at(-1)?.items.map((r) => r.id)).toEqual(['b', 'a', 'c'])
    expect(changes.at(-1)?.key).toBeUndefined()
    expect((screen.getByRole('button', { name: 'Monter — Budget' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Compte rendu »' }))
    expect(changes.at(-1)?.items.map((r) => r.id)).toEqual(['b', 'a'])
    fireEvent.click(screen.getByRole('button', { name: /Ajouter une étape/ }))
    expect(document.activeElement).toBe(screen.getByLabelText('Libellé 3'))
    fireEvent.change(screen.getByLabelText('Libellé 3'), { target: { value: 'Suivi' } })
    expect(changes.at(-1)?.key).toBe('new1.label')
    expect(changes.at(-1)?.items.map((r) => r.label)).toEqual(['Budget', 'Atelier', 'Suivi'])
  })

  test('an empty list says so', () => {
    renderWithApp(<RepeatableRows<Row> legend="Étapes" items={[]} onChange={() => {}} itemLabel={(r) => r.label} addLabel="Ajouter" emptyText="Aucune étape." renderRow={() => null} createItem={() => ({ id: 'x', label: '' })} />)
    expect(screen.getByText('Aucune étape.')).toBeTruthy()
  })

  test('AddByName adds nothing while the name is empty, adds on Enter', () => {
    const onAdd = vi.fn()
    renderWithApp(<AddByName label="Nom de la personne" buttonLabel="Ajouter une personne" onAdd={onAdd} />)
    const button = screen.getByRole('button', { name: /Ajouter une personne/ }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    const input = screen.getByLabelText('Nom de la personne') as HTMLInputElement
    fireEvent.change(input, { target: { value: '  ' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onAdd).not.toHaveBeenCalled()
    fireEvent.change(input, { target: { value: ' Dr Hicham Nejmi ' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onAdd).toHaveBeenCalledWith('Dr Hicham Nejmi')
    expect(input.value).toBe('')
  })
})

describe('dialogs and notices', () => {
  test('ConfirmDialog: focus inside, Escape cancels', () => {
    const onCancel = vi.fn()
    renderWithApp(<ConfirmDialog title="Confirmation" message="Supprimer ?" confirmLabel="Supprimer" onConfirm={() => {}} onCancel={onCancel} danger />)
    const dialog = screen.getByRole('dialog', { name: 'Confirmation' })
    expect(dialog.contains(document.activeElement)).toBe(true)
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(onCancel).toHaveBeenCalled()
  })

  test('an error shows as a translated, dismissable alert with its params', async () => {
    const { NoticeProbe } = await import('./noticeProbe')
    renderWithApp(<NoticeProbe error={{ code: 'nameTooLong', params: { max: 200 } }} />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'probe' }))
    })
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('Le nom est trop long (200 caractères au maximum).')).toBeTruthy()
    fireEvent.click(within(alert).getByRole('button', { name: 'Fermer' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
