import { basename, dirname, join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeFileName, withExportSuffix } from '../../src/main/storage/fileNames'
import { errorFromFs, toAppError } from '../../src/main/storage/fileErrors'
import { AppFailure } from '../../src/core/result'

describe('safeFileName', () => {
  it.each([
    ['Atelier Rabat 2017', 'Atelier Rabat 2017'],
    ['Rabat: 6/7 juillet', 'Rabat_ 6_7 juillet'],
    ['..\\..\\windows', '_.._windows'],
    ['   ', 'hiwar-project'],
    ['...', 'hiwar-project'],
    ['CON', '_CON'],
    ['حوار جهوي', 'حوار جهوي']
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
  })

  it('never yields a path that leaves the chosen folder (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (name) => {
        const safe = safeFileName(name)
        expect(safe.length).toBeGreaterThan(0)
        expect(Array.from(safe).length).toBeLessThanOrEqual(100)
        expect(safe).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/)
        expect(safe).not.toMatch(/^\.|[. ]$/)
        const full = join('/chosen', `${safe}.hiwar.json`)
        expect(dirname(full)).toBe('/chosen')
        expect(basename(full)).toBe(`${safe}.hiwar.json`)
      }),
      { numRuns: 1000 }
    )
  })

  it('withExportSuffix adds .hiwar.json only when there is no .json', () => {
    expect(withExportSuffix('/d/x')).toBe('/d/x.hiwar.json')
    expect(withExportSuffix('/d/x.hiwar.json')).toBe('/d/x.hiwar.json')
    expect(withExportSuffix('/d/x.JSON')).toBe('/d/x.JSON')
  })
})

describe('errors from the file system', () => {
  const err = (code: string) => Object.assign(new Error(code), { code })
  it.each([
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EROFS', 'readOnly'],
    ['EACCES', 'readOnly'],
    ['EBUSY', 'fileBusy'],
    ['EPERM', 'fileBusy']
  ])('%s → %s', (code, expected) => {
    expect(errorFromFs(err(code))).toEqual({ code: expected, params: {} })
  })

  it('others → ioError with the code as reason', () => {
    expect(errorFromFs(err('EMFILE'))).toEqual({ code: 'ioError', params: { reason: 'EMFILE' } })
  })

  it('toAppError keeps expected failures, maps fs errors, and calls the rest unexpected', () => {
    expect(toAppError(new AppFailure('notFound', { id: 'x' }))).toEqual({ code: 'notFound', params: { id: 'x' } })
    expect(toAppError(err('ENOSPC'))).toEqual({ code: 'diskFull', params: {} })
    expect(toAppError(new TypeError('boom'))).toEqual({ code: 'unexpected', params: { message: 'boom' } })
    expect(toAppError('weird')).toEqual({ code: 'unexpected', params: { message: 'weird' } })
  })
})
