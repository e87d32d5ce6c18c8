import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeFs } from '../../src/main/storage/fsLayer'
import { backupFile, freshName, quarantineFile } from '../../src/main/storage/moveAside'
import { tempDir } from './support'

const at = new Date('2017-07-06T10:42:00.000Z')

describe('moving files aside', () => {
  it('freshName stamps the name and never reuses a taken one', async () => {
    const dir = tempDir()
    const first = await freshName(nodeFs, dir, 'abc.json', at)
    expect(first).toBe(join(dir, 'abc.2017-07-06T10-42-00-000Z.json'))
    writeFileSync(first, '')
    expect(await freshName(nodeFs, dir, 'abc.json', at)).toBe(join(dir, 'abc.2017-07-06T10-42-00-000Z-2.json'))
  })

  it('backupFile keeps the exact old bytes under backups/, labelled with the version', async () => {
    const dir = tempDir()
    const source = join(dir, 'p1.json')
    const bytes = Buffer.from('{"schemaVersion":1,"name":"Hébergé — \u062d\u0648\u0627\u0631"}\n')
    writeFileSync(source, bytes)
    const target = await backupFile(nodeFs, join(dir, 'backups'), source, 'v1', at)
    expect(target).toBe(join(dir, 'backups', 'p1.v1.2017-07-06T10-42-00-000Z.json'))
    expect(readFileSync(target).equals(bytes)).toBe(true)
    expect(readFileSync(source).equals(bytes)).toBe(true)
  })

  it('quarantineFile moves the bytes untouched and writes a sidecar with the reason', async () => {
    const dir = tempDir()
    const source = join(dir, 'bad.json')
    writeFileSync(source, '\u0000\u0001 not json')
    const report = await quarantineFile({
      fs: nodeFs,
      quarantineDir: join(dir, 'quarantine'),
      path: source,
      error: { code: 'corruptFile', params: { file: 'bad.json', reason: 'invalid JSON' } },
      reason: 'invalid JSON',
      now: at
    })
    expect(readdirSync(dir).sort()).toEqual(['quarantine'])
    expect(readdirSync(join(dir, 'quarantine')).sort()).toEqual([
      'bad.2017-07-06T10-42-00-000Z.json',
      'bad.2017-07-06T10-42-00-000Z.reason.json'
    ])
    expect(readFileSync(report.quarantinedAs, 'utf8')).toBe('\u0000\u0001 not json')
    expect(JSON.parse(readFileSync(join(dir, 'quarantine', 'bad.2017-07-06T10-42-00-000Z.reason.json'), 'utf8'))).toEqual(report)
    expect(report).toMatchObject({ file: 'bad.json', reason: 'invalid JSON', at: at.toISOString() })
  })

  it('a move across devices (EXDEV) falls back to copy + unlink', async () => {
    const dir = tempDir()
    const source = join(dir, 'bad.json')
    writeFileSync(source, 'x')
    const fs = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' })
      }
    }
    // The sidecar is written with a rename too; give it the real one after the first move.
    let first = true
    const report = await quarantineFile({
      fs: { ...fs, rename: async (a: string, b: string) => (first ? ((first = false), fs.rename()) : nodeFs.rename(a, b)) },
      quarantineDir: join(dir, 'q'),
      path: source,
      error: { code: 'corruptFile', params: {} },
      reason: 'r',
      now: at
    })
    expect(readFileSync(report.quarantinedAs, 'utf8')).toBe('x')
    expect(readdirSync(dir).sort()).toEqual(['q'])
  })
})
