import { beforeAll, describe, expect, test } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import i18next, { type i18n as I18n } from 'i18next'
import { resources, NAMESPACES } from '../../src/core/i18n/resources'
import { formatDate } from '../../src/core/i18n/languages'
import type { Project } from '../../src/core/model/project'
import { STAGES } from '../../src/core/workflow/stages'
import { App } from '../../src/renderer/src/app/App'
import { STAGE_SCREENS } from '../../src/renderer/src/features/registry'
import { createFakeApi, sampleProject } from './fakeApi'
import { renderWithApp } from './render'

/**
 * Runtime guard against hard-coded text: the app is rendered with an i18n whose every string is a marker
 * `⟦ns:key …⟧` (placeholders kept, so values still show). Any letter left on screen once markers, the
 * project's own data and formatted dates are removed was written in a component, not translated.
 */
type Tree = { [k: string]: string | Tree }
const OPEN = '⟦'
const CLOSE = '⟧'

function markTree(tree: Tree, ns: string, prefix = ''): Tree {
  const out: Tree = {}
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    out[k] = typeof v === 'string' ? `${OPEN}${ns}:${key}${[...v.matchAll(/\{\{[^}]+\}\}/g)].map((m) => ` ${m[0]}`).join('')}${CLOSE}` : markTree(v, ns, key)
  }
  return out
}

function markerI18n(): I18n {
  const marked = Object.fromEntries(
    Object.entries(resources).map(([lng, namespaces]) => [lng, Object.fromEntries(Object.entries(namespaces).map(([ns, tree]) => [ns, markTree(tree as Tree, ns)]))])
  )
  const instance = i18next.createInstance()
  void instance.init({ resources: marked, lng: 'fr', fallbackLng: 'fr', ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false })
  return instance
}

/** Every string of the project (names, texts) and every date of it, formatted as the UI shows it. */
function userData(p: Project): string[] {
  const found: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      found.push(v)
      if (/^\d{4}-\d{2}-\d{2}/.test(v)) found.push(formatDate(v, 'fr'), formatDate(v.slice(0, 10), 'fr'))
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(p)
  return [...new Set(found.filter((s) => s.trim() !== ''))].sort((a, b) => b.length - a.length)
}

function stripMarkers(text: string): string {
  let previous
  let s = text
  do {
    previous = s
    s = s.replace(/⟦[^⟦⟧]*⟧/g, ' ')
  } while (s !== previous)
  return s
}

/**
 * Visible text and text-like attributes that still contain letters once markers and data are removed.
 * A piece of user data may be shortened on screen ("Les postes budgétaires sont…"), so a leftover
 * segment that is part of a data string counts as data too.
 */
function leftovers(root: HTMLElement, data: string[]): string[] {
  const isData = (segment: string) => {
    // Data may be shown shortened ("…") or numbered ("2. Présenter …").
    const core = segment.replace(/[…\s]+$/u, '').replace(/^\d+[.)]\s+/u, '').trim()
    return core.length > 0 && data.some((d) => d === core || (core.length >= 3 && d.includes(core)))
  }
  const clean = (raw: string) => {
    return stripMarkers(raw)
      .split(/\s[—·|:–-]\s|\n/u)
      .map((seg) => seg.trim())
      .filter((seg) => /\p{L}/u.test(seg) && !isData(seg))
      .join(' | ')
  }
  const found: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement
    if (parent?.closest('textarea, script, style')) continue
    // A date field shows its own value in words beside the input: that is data, not text.
    if (parent?.classList.contains('parsed-input__suffix')) {
      const input = parent.parentElement?.querySelector('input')
      if (input && n.textContent === formatDate(input.value, 'fr')) continue
    }
    const rest = clean(n.textContent ?? '')
    if (rest) found.push(`text "${rest}" in <${parent?.tagName.toLowerCase()} class="${parent?.className}">`)
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['title', 'placeholder', 'aria-label', 'alt']) {
      const value = el.getAttribute(attr)
      if (value && clean(value)) found.push(`${attr}="${value}" on <${el.tagName.toLowerCase()}>`)
    }
  }
  return found
}

const project = sampleProject('p1', 'Atelier Rabat 2017')
const data = userData(project)

beforeAll(async () => {
  // Load every registered stage screen once (lazy chunks).
  await Promise.all(Object.values(STAGE_SCREENS).map((lazy) => (lazy as unknown as { _payload?: { _result?: () => Promise<unknown> } })._payload?._result?.()))
}, 60_000)

describe('every visible string comes from i18n', { timeout: 60_000 }, () => {
  test('the marker check catches a hard-coded word', () => {
    const div = document.createElement('div')
    div.innerHTML = `<p>⟦common:a⟧ Bonjour</p><p title="Titre">${project.name}</p><p>⟦common:b 12⟧ · 12 %</p><p>⟦common:c⟧ — ${project.framing.context.slice(0, 30)}…</p>`
    expect(leftovers(div, data)).toEqual(['text "Bonjour" in <p class="">', 'title="Titre" on <p>'])
  })

  test('library and trash', async () => {
    const api = createFakeApi({ projects: [project, { ...sampleProject('p2', 'Projet dans la corbeille'), trashedAt: '2017-08-01T10:00:00.000Z' }] })
    const allData = [...data, 'Projet dans la corbeille']
    window.location.hash = '#/'
    const { unmount } = renderWithApp(<App />, { api, i18n: markerI18n() })
    await waitFor(() => expect(document.querySelector('.project-card')).not.toBeNull())
    expect(leftovers(document.body, allData)).toEqual([])
    unmount()
    window.location.hash = '#/trash'
    renderWithApp(<App />, { api, i18n: markerI18n() })
    await waitFor(() => expect(document.querySelector('.project-card')).not.toBeNull())
    expect(leftovers(document.body, allData)).toEqual([])
  })

  test.each(STAGES.map((s) => [s]))('project view at stage %s', async (stage) => {
    const api = createFakeApi({ projects: [project] })
    window.location.hash = `#/project/p1/${stage}`
    renderWithApp(<App />, { api, i18n: markerI18n() })
    await screen.findAllByRole('navigation', {}, { timeout: 20_000 })
    await waitFor(() => expect(document.querySelector('.stage-main .stage-screen, .stage-main .empty-state')).not.toBeNull(), { timeout: 20_000 })
    expect(leftovers(document.body, data)).toEqual([])
  })
})
