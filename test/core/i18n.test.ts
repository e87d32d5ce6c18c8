import { describe, expect, test } from 'vitest'
import { resources } from '../../src/core/i18n/resources'
import { LANGUAGES } from '../../src/core/model/common'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a locale file as `a.b.c` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort()

const namespaces = [...new Set(LANGUAGES.flatMap((l) => Object.keys(resources[l])))].sort()
const table = (lng: (typeof LANGUAGES)[number], ns: string): Map<string, string> => {
  const tree = (resources[lng] as Record<string, Tree | undefined>)[ns]
  return tree ? flatten(tree) : new Map()
}

/**
 * Plural variants (`_zero … _other`) differ by language (Arabic has six forms, French three); i18next
 * falls back to `_other`, so a plural key must have `_other` everywhere and the forms may differ.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/
const baseKey = (key: string): string => key.replace(PLURAL, '')

function problemsOf(ns: string, tables = new Map(LANGUAGES.map((l) => [l, table(l, ns)] as const))): string[] {
  const problems: string[] = []
  const bases = new Set([...tables.values()].flatMap((t) => [...t.keys()].map(baseKey)))
  const plural = new Set([...tables.values()].flatMap((t) => [...t.keys()].filter((k) => PLURAL.test(k)).map(baseKey)))
  for (const [lng, own] of tables) {
    for (const base of bases) {
      const key = plural.has(base) ? `${base}_other` : base
      if (!own.has(key)) problems.push(`${lng}:${ns}:${key} is missing`)
    }
  }
  const fr = tables.get('fr') ?? new Map<string, string>()
  for (const [lng, own] of tables) {
    for (const [key, text] of own) {
      const others = LANGUAGES.map((l) => tables.get(l)?.get(key)).filter((x): x is string => x !== undefined)
      if (text.trim() === '' && others.some((o) => o.trim() !== '')) problems.push(`${lng}:${ns}:${key} is empty`)
      const reference = fr.get(key)
      const comparable = !PLURAL.test(key) || key.endsWith('_other')
      if (comparable && reference !== undefined && placeholders(text).join() !== placeholders(reference).join()) {
        problems.push(`${lng}:${ns}:${key} has placeholders {${placeholders(text)}} instead of {${placeholders(reference)}}`)
      }
    }
  }
  return problems
}

describe('locales: fr, ar and en carry the same keys', () => {
  test('every language has every namespace', () => {
    for (const lng of LANGUAGES) {
      expect(Object.keys(resources[lng]).sort(), `namespaces of ${lng}`).toEqual(namespaces)
    }
  })

  for (const ns of namespaces) {
    test(`namespace "${ns}": no key missing in any language, no text empty in one only, same placeholders`, () => {
      expect(problemsOf(ns)).toEqual([])
    })
  }

  test('the check itself reports a missing key, a lone empty text, a changed placeholder, a plural without _other', () => {
    const tables = new Map([
      ['fr', flatten({ a: 'A', b: 'B {{n}}', c: 'C', p_one: 'un', p_other: '{{count}} f' })],
      ['ar', flatten({ a: 'أ', b: 'ب {{m}}', c: '', p_one: 'واحد', p_few: '{{count}} ق' })],
      ['en', flatten({ b: 'B {{n}}', c: 'C', p_one: 'one', p_other: '{{count}} e' })]
    ] as const)
    expect(problemsOf('x', tables).sort()).toEqual(
      ['en:x:a is missing', 'ar:x:p_other is missing', 'ar:x:c is empty', 'ar:x:b has placeholders {m} instead of {n}'].sort()
    )
  })
})
