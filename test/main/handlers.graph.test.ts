import { describe, expect, it } from 'vitest'
import { runtimeImports } from './support'

describe('the handler map runs without Electron', () => {
  it('nothing imported by src/main/handlers requires electron (the e2e harness loads it in plain Node)', () => {
    const { files, external } = runtimeImports('src/main/handlers/index.ts')
    expect(external).not.toContain('electron')
    expect(external.filter((p) => !p.startsWith('node:'))).toEqual(expect.arrayContaining(['lowdb', 'zod']))
    expect(files.some((f) => f.startsWith('src/main/storage/'))).toBe(true)
    expect(files.filter((f) => /src\/main\/(ipc|window|index|electronDeps)\.ts$/.test(f))).toEqual([])
  })
})
