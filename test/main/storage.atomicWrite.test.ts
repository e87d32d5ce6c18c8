import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { atomicWrite, cleanTempFiles, isTempFileName } from '../../src/main/storage/atomicWrite'
import { nodeFs, type FsLayer } from '../../src/main/storage/fsLayer'
import { tempDir } from './support'

/** The real fs, recording every call; `failAt` makes the n-th recorded operation of a kind throw. */
function recordingFs(failAt?: { op: string; code: string }) {
  const log: string[] = []
  const maybeFail = (op: string) => {
    log.push(op)
    if (failAt && failAt.op === op) throw Object.assign(new Error(`${failAt.code}: injected`), { code: failAt.code })
  }
  const fs: FsLayer = {
    ...nodeFs,
    canSyncDirectories: true,
    open: async (path, flags) => {
      const kind = flags === 'r' ? 'openDir' : 'openTemp'
      maybeFail(kind)
      const handle = await nodeFs.open(path, flags)
      const tag = flags === 'r' ? 'Dir' : 'Temp'
      return {
        writeFile: async (data) => {
          maybeFail(`write${tag}`)
          await handle.writeFile(data)
        },
        sync: async () => {
          maybeFail(`fsync${tag}`)
          await handle.sync()
        },
        close: async () => {
          log.push(`close${tag}`)
          await handle.close()
        }
      }
    },
    rename: async (from, to) => {
      maybeFail('rename')
      await nodeFs.rename(from, to)
    },
    unlink: async (p) => {
      log.push('unlink')
      await nodeFs.unlink(p)
    }
  }
  return { fs, log }
}

describe('atomicWrite', () => {
  it('writes the temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = tempDir()
    const { fs, log } = recordingFs()
    await atomicWrite(join(dir, 'p.json'), '{"v":1}', fs)
    expect(log).toEqual(['openTemp', 'writeTemp', 'fsyncTemp', 'closeTemp', 'rename', 'openDir', 'fsyncDir', 'closeDir'])
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe('{"v":1}')
    expect(readdirSync(dir)).toEqual(['p.json'])
  })

  it.each(['openTemp', 'writeTemp', 'fsyncTemp', 'rename'])(
    'when %s fails (ENOSPC, EROFS, EPERM), the previous content is intact and no temp file remains',
    async (op) => {
      for (const code of ['ENOSPC', 'EROFS', 'EPERM']) {
        const dir = tempDir()
        const target = join(dir, 'p.json')
        writeFileSync(target, 'previous')
        const { fs } = recordingFs({ op, code })
        await expect(atomicWrite(target, 'next', fs)).rejects.toMatchObject({ code })
        expect(readFileSync(target, 'utf8')).toBe('previous')
        expect(readdirSync(dir)).toEqual(['p.json'])
      }
    }
  )

  it('a failing folder fsync is reported (the new content is in place but not known durable)', async () => {
    const dir = tempDir()
    const { fs } = recordingFs({ op: 'fsyncDir', code: 'EIO' })
    await expect(atomicWrite(join(dir, 'p.json'), 'next', fs)).rejects.toMatchObject({ code: 'EIO' })
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe('next')
  })

  it('skips the folder fsync where the platform cannot do it', async () => {
    const dir = tempDir()
    const { fs, log } = recordingFs()
    await atomicWrite(join(dir, 'p.json'), 'x', { ...fs, canSyncDirectories: false })
    expect(log).not.toContain('openDir')
  })

  it('creates a new file when none exists, and replaces one that does', async () => {
    const dir = tempDir()
    await atomicWrite(join(dir, 'a.json'), 'one')
    await atomicWrite(join(dir, 'a.json'), 'two')
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('two')
  })
})

describe('temp files', () => {
  it('recognises lowdb/steno and our own temp names only', () => {
    expect(isTempFileName('.abc.json.tmp')).toBe(true)
    expect(isTempFileName('.abc.json.0f3a9b.tmp')).toBe(true)
    expect(isTempFileName('abc.json')).toBe(false)
    expect(isTempFileName('abc.tmp')).toBe(false)
    expect(isTempFileName('.hidden.json')).toBe(false)
  })

  it('cleanTempFiles removes leftovers and nothing else', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '.p.json.tmp'), 'half')
    writeFileSync(join(dir, '.p.json.aa11.tmp'), '')
    writeFileSync(join(dir, 'p.json'), '{}')
    expect((await cleanTempFiles(dir)).sort()).toEqual(['.p.json.aa11.tmp', '.p.json.tmp'])
    expect(readdirSync(dir)).toEqual(['p.json'])
    expect(await cleanTempFiles(join(dir, 'missing'))).toEqual([])
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})
