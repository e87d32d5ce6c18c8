import fc from 'fast-check'
import type { z } from 'zod'

/**
 * A fast-check arbitrary built from a zod 4 schema (the subset the project schema uses: objects,
 * strings with length/format/refine checks, numbers, booleans, enums, literals, arrays, nullable,
 * default/prefault/optional, and recursive trees through getters). Strings mix every kind of text a
 * facilitator may paste — Arabic, bidi marks, emoji, control characters, XML-hostile code points,
 * markup — and every value is checked against its own schema, so what comes out is a valid project.
 */
type Def = { type: string; [k: string]: unknown }
type Check = { _zod: { def: { check: string; [k: string]: unknown } } }

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def

const NASTY = [
  '',
  ' ',
  'Rabat — الرباط',
  'مرحباً بكم في الحوار الوطني',
  '\u200f\u202bنص\u202c\u200e',
  '<script>alert(1)</script>',
  'a\u0000b\u0007c',
  '\uFFFE\uFFFF',
  '\t\n\r\n',
  '😀👩🏽‍⚕️',
  '"quoted" \\ backslash',
  'x'.repeat(300)
]

const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: Math.min(maxLength, 60) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 40) }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY).map((s) => s.slice(0, maxLength)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 30) }) }
  )

const isoDateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString())
const isoDate = isoDateTime.map((s) => s.slice(0, 10))
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

function stringArbitrary(schema: z.ZodType, def: Def): fc.Arbitrary<string> {
  const checks = (def.checks as Check[] | undefined) ?? []
  let min = 0
  let max = 200
  // A format schema (z.iso.datetime…) carries its format on its own def; `.regex()` adds it as a check.
  let pattern: RegExp | null = (def.pattern as RegExp | undefined) ?? null
  let format: string | null = (def.format as string | undefined) ?? null
  for (const c of checks) {
    const d = c._zod.def
    if (d.check === 'min_length') min = d.minimum as number
    if (d.check === 'max_length') max = Math.min(max, d.maximum as number)
    if (d.check === 'string_format') {
      format = (d.format as string) ?? null
      pattern = (d.pattern as RegExp | undefined) ?? null
    }
  }
  const valid = (s: string) => (schema as z.ZodType).safeParse(s).success
  if (format === 'datetime') return isoDateTime.filter(valid)
  if (pattern) {
    // Known formats first (dates must also be real days); anything else from the pattern itself.
    return fc.oneof(isoDate, clock, fc.stringMatching(pattern, { size: 'small' })).filter(valid)
  }
  return text(max).filter((s) => s.length >= min).filter(valid)
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e6
  let max = 1e6
  let integer = false
  for (const c of (def.checks as Check[] | undefined) ?? []) {
    const d = c._zod.def
    if (d.check === 'greater_than') min = Math.max(min, (d.value as number) + (d.inclusive ? 0 : 1e-6))
    if (d.check === 'less_than') max = Math.min(max, (d.value as number) - (d.inclusive ? 0 : 1e-6))
    if (d.check === 'number_format') integer = true
  }
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n))
}

export function arbitraryOf(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, depth + 1)])))
    }
    case 'array':
      // Recursive trees (problem-tree children) stop growing after a few levels.
      if (depth > 10) return fc.constant([])
      return fc.array(arbitraryOf(def.element as z.ZodType, depth + 1), { maxLength: 3 })
    case 'string':
      return stringArbitrary(schema, def)
    case 'number':
      return numberArbitrary(def)
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as z.ZodType, depth), { nil: null, freq: 3 })
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return arbitraryOf(def.innerType as z.ZodType, depth)
    case 'pipe':
      return arbitraryOf(def.in as z.ZodType, depth)
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => arbitraryOf(o, depth)))
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), arbitraryOf(def.valueType as z.ZodType, depth + 1), { maxKeys: 3 })
    default:
      throw new Error(`zodArbitrary: unsupported zod type "${def.type}"`)
  }
}
