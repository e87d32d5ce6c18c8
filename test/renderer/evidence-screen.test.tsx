import { describe, expect, test } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import EvidenceScreen from '../../src/renderer/src/features/evidence/EvidenceScreen'
import { Project } from '../../src/core/model/project'
import { createBlankProject } from '../../src/core/project/factory'
import { buildSample } from '../../src/core/samples'
import { renderStage } from './minutes-harness'

const blank = () => createBlankProject({ id: 'p1', name: 'Dialogue', now: '2017-07-01T08:00:00.000Z' })
const sample = () => buildSample('rabat2017', { id: 'rabat', name: 'Rabat', now: '2017-07-01T08:00:00.000Z', newId: () => `x${Math.random().toString(36).slice(2, 10)}` })

const addByName = (label: string, value: string) => {
  const input = screen.getByLabelText(label)
  fireEvent.change(input, { target: { value } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
}

const completeness = () =>
  within(screen.getByText('Avancement de la note').closest('.brief-completeness') as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/^[✓◐○]/, ''))

describe('evidence screen', { timeout: 60_000 }, () => {
  test('an empty project: every brief section empty, no chosen problem yet', () => {
    renderStage(EvidenceScreen, blank())
    expect(screen.getByText("Aucun problème prioritaire n'a encore été retenu à l'étape 1.")).toBeTruthy()
    expect(completeness()).toEqual([
      'Messages clés : Vide (0/1)',
      'Le problème : Vide (0/1)',
      'Options politiques : Vide (0/10)',
      'Considérations de mise en œuvre : Vide (0/1)',
      'Références : Vide (0/1)'
    ])
    expect(screen.getByText('0 section(s) complète(s) sur 5')).toBeTruthy()
  })

  test('sources: added through the screen, local or global, link kept as plain text', () => {
    const r = renderStage(EvidenceScreen, blank())
    addByName("Titre d'une nouvelle source", 'Interventions for increasing the proportion of health professionals practising in rural areas')
    expect(screen.getByText(/Aucune donnée locale/)).toBeTruthy()
    addByName("Titre d'une nouvelle source", 'Effectifs infirmiers par province')
    const scopes = screen.getAllByLabelText('Portée') as HTMLSelectElement[]
    fireEvent.change(scopes[1]!, { target: { value: 'local' } })
    fireEvent.change(screen.getAllByLabelText('Type')[1]!, { target: { value: 'localData' } })
    const link = screen.getAllByLabelText('Lien ou référence du fichier (texte, jamais ouvert)')[0] as HTMLInputElement
    fireEvent.change(link, { target: { value: 'https://example.org/"><script>alert(1)</script>' } })
    fireEvent.change(screen.getAllByLabelText('Année')[0]!, { target: { value: '2015' } })

    const sources = r.current().evidence.sources
    expect(sources.map((s) => [s.scope, s.type, s.year])).toEqual([
      ['global', 'report', 2015],
      ['local', 'localData', null]
    ])
    expect(sources[0]!.link).toBe('https://example.org/"><script>alert(1)</script>')
    expect(document.querySelectorAll('a[href^="http"]')).toHaveLength(0)
    expect(document.querySelector('script')).toBeNull()
    expect(screen.queryByText(/Aucune donnée locale/)).toBeNull()
    expect(screen.getByText('2 source(s) : 1 locale(s), 1 mondiale(s).')).toBeTruthy()
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('a year out of range is refused with a message', () => {
    const r = renderStage(EvidenceScreen, blank())
    addByName("Titre d'une nouvelle source", 'Santé en chiffres')
    const year = screen.getByLabelText('Année')
    fireEvent.change(year, { target: { value: '1850' } })
    fireEvent.blur(year)
    expect(r.current().evidence.sources[0]!.year).toBeNull()
    expect(screen.getByText('Valeur attendue entre 1900 et 2100.')).toBeTruthy()
  })

  test('the brief builder: options with their facets, implementation, references; completeness follows', () => {
    const p = blank()
    const r = renderStage(EvidenceScreen, {
      ...p,
      priority: { ...p.priority, statement: 'Les centres ruraux manquent d’infirmiers.' },
      evidence: {
        ...p.evidence,
        sources: [
          { id: 'src-a', title: 'WHO retention guideline', authors: 'OMS', year: 2010, type: 'report', scope: 'global', keyFinding: '', link: '' },
          { id: 'src-b', title: 'Effectifs DRS', authors: 'DRS', year: 2017, type: 'localData', scope: 'local', keyFinding: '', link: '' }
        ]
      }
    })
    fireEvent.change(screen.getByLabelText('Messages clés, un par ligne'), { target: { value: 'Agir vite' } })
    fireEvent.click(screen.getByRole('button', { name: "Reprendre l'énoncé du problème (étape 1)" }))
    expect(r.current().evidence.brief.problem).toBe('Les centres ruraux manquent d’infirmiers.')

    addByName("Intitulé d'une nouvelle option", 'Incitations rurales')
    expect(screen.getByText('Une note présente au moins 2 options (1 pour l\'instant).')).toBeTruthy()
    expect(screen.getByText(/« Incitations rurales » : à compléter — Bénéfices, Effets indésirables et risques, Coûts, Équité, Suivi et évaluation/)).toBeTruthy()
    addByName("Intitulé d'une nouvelle option", 'Formation régionale')
    for (const facet of ['Bénéfices', 'Effets indésirables et risques', 'Coûts', 'Équité', 'Suivi et évaluation']) {
      screen.getAllByLabelText(facet).forEach((field, i) => fireEvent.change(field, { target: { value: `${facet} ${i}` } }))
    }
    const optionSources = screen.getAllByRole('group', { name: "Sources à l'appui" })
    fireEvent.click(within(optionSources[0]!).getByLabelText('WHO retention guideline'))
    fireEvent.click(within(optionSources[1]!).getByLabelText('Effectifs DRS'))
    expect(r.current().evidence.options.map((o) => o.sourceIds)).toEqual([['src-a'], ['src-b']])

    fireEvent.click(screen.getByRole('button', { name: /Ajouter un obstacle/ }))
    fireEvent.change(screen.getByLabelText('Obstacle'), { target: { value: 'Postes budgétaires centralisés' } })
    expect(completeness()[3]).toBe('Considérations de mise en œuvre : Incomplet (0/1)')
    fireEvent.change(screen.getByLabelText('Stratégie pour le lever'), { target: { value: 'Plan régional d’effectifs' } })

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter les sources citées par les options' }))
    expect(r.current().evidence.brief.referenceIds).toEqual(['src-a', 'src-b'])

    expect(completeness()).toEqual([
      'Messages clés : Complet (1/1)',
      'Le problème : Complet (1/1)',
      'Options politiques : Complet (10/10)',
      'Considérations de mise en œuvre : Complet (1/1)',
      'Références : Complet (2/2)'
    ])
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('removing a source removes it from the options and the references', () => {
    const r = renderStage(EvidenceScreen, sample())
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Nurses as substitutes for doctors in primary care »' }))
    const e = r.current().evidence
    expect(e.sources.some((s) => s.id === 'src-cochrane-nurses-2018')).toBe(false)
    expect(e.options.flatMap((o) => o.sourceIds)).not.toContain('src-cochrane-nurses-2018')
    expect(e.brief.referenceIds).not.toContain('src-cochrane-nurses-2018')
  })

  test('the scope filter hides rows without losing them; order and edits are kept', () => {
    const r = renderStage(EvidenceScreen, sample())
    const before = r.current().evidence.sources.map((s) => s.id)
    fireEvent.change(document.querySelector('.sources__filter select') as HTMLSelectElement, { target: { value: 'local' } })
    expect(screen.getByText('7 source(s) masquée(s) par le filtre.')).toBeTruthy()
    const section = within(document.querySelector('.evidence-sources') as HTMLElement)
    expect(document.querySelectorAll('.evidence-sources .rows__row')).toHaveLength(5)
    fireEvent.change(section.getAllByLabelText('Constat clé')[0]!, { target: { value: 'Nouveau constat' } })
    fireEvent.click(section.getByRole('button', { name: 'Descendre — Santé en chiffres 2016' }))
    const after = r.current().evidence.sources
    expect(after).toHaveLength(before.length)
    expect(after.find((s) => s.id === 'src-ms-sante-chiffres-2016')!.keyFinding).toBe('Nouveau constat')
    const locals = after.filter((s) => s.scope === 'local').map((s) => s.id)
    expect(locals.slice(0, 2)).toEqual(['src-hcp-rgph-2014', 'src-ms-sante-chiffres-2016'])
    expect(after.filter((s) => s.scope === 'global').map((s) => s.id)).toEqual(before.filter((id) => !locals.includes(id)))
  })

  test('the Rabat sample brief is complete in Arabic too', () => {
    renderStage(EvidenceScreen, sample(), 'ar')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('البيّنات')
    expect(screen.getByText('الأقسام المكتملة: 5 من 5')).toBeTruthy()
    expect(screen.getByText('المشكلة ذات الأولوية: Pénurie des infirmiers polyvalents').getAttribute('dir')).toBe('auto')
  })
})
