import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from '../../src/main/paths'

describe('resolveDataDir', () => {
  const userData = () => '/home/u/.config/Hiwar'
  it('uses HIWAR_DATA_DIR when set', () => {
    expect(resolveDataDir({ HIWAR_DATA_DIR: '/media/usb/hiwar' }, userData)).toBe('/media/usb/hiwar')
  })
  it('resolves a relative HIWAR_DATA_DIR (portable use)', () => {
    expect(resolveDataDir({ HIWAR_DATA_DIR: 'data' }, userData)).toBe(resolve('data'))
  })
  it('falls back to Electron userData when unset or blank', () => {
    expect(resolveDataDir({}, userData)).toBe('/home/u/.config/Hiwar')
    expect(resolveDataDir({ HIWAR_DATA_DIR: '  ' }, userData)).toBe('/home/u/.config/Hiwar')
  })
})
