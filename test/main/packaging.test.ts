import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Threat 14 — a tampered or repurposed binary. The packaging configuration builds Windows (NSIS) and
 * Linux (AppImage, deb) installers, and its afterPack hook flips the Electron fuses. Building installers
 * needs the Electron binary (not here), so the hook runs the real @electron/fuses on a stand-in binary
 * carrying Electron's fuse wire, and the wire is read back.
 */
const ROOT = resolve(__dirname, '../..')
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
const fuses = require('@electron/fuses') as typeof import('@electron/fuses')
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants.js') as { SENTINEL: string; FuseState: { DISABLE: number; ENABLE: number } }
const afterPack = require(join(ROOT, 'scripts/after-pack.cjs')) as ((context: unknown) => Promise<void>) & { HIWAR_FUSES: Record<string, unknown> }

interface BuilderConfig {
  appId: string
  asar: boolean
  afterPack: string
  files: string[]
  publish: unknown
  win: { target: { target: string; arch: string[] }[] }
  linux: { target: string[] }
}
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig

/** A file that holds Electron's fuse wire as a real binary does: sentinel, version 1, 8 fuses. */
function standInBinary(path: string) {
  // Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar
  // integrity off, only-from-asar off, browser V8 snapshot off, file:// extra privileges on.
  const wire = Buffer.from([1, 8, ...'10110001'.split('').map((c) => c.charCodeAt(0))])
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 9)]))
}

describe('electron-builder configuration', () => {
  it('builds an NSIS installer for Windows and AppImage + deb for Linux, from the asar of out/', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect([...config.linux.target].sort()).toEqual(['AppImage', 'deb'])
    expect(config.asar).toBe(true)
    expect(config.files).toContain('out/**')
    expect(config.afterPack).toBe('scripts/after-pack.cjs')
    // Offline app: no auto-update feed.
    expect(config.publish).toBeNull()
  })

  it('npm run dist builds the bundles then the installers with this configuration', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.dist).toContain('electron-vite build')
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml')
  })
})

describe('Electron fuses flipped at package time', () => {
  it('afterPack turns RunAsNode, NODE_OPTIONS and --inspect off; cookie encryption, asar integrity and asar-only on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hiwar-fuses-'))
    try {
      standInBinary(join(dir, 'hiwar'))
      await afterPack({ appOutDir: dir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Hiwar' }, executableName: 'hiwar' } })
      const wire = await fuses.getCurrentFuseWire(join(dir, 'hiwar'))
      const { FuseV1Options } = fuses
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE)
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE)
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE)
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE)
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
      // file:// keeps its privileges: the renderer is loaded from a file and its ES modules need them.
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('finds the executable of each platform', () => {
    const { electronBinaryPath } = afterPack as unknown as { electronBinaryPath: (c: unknown) => string }
    const packager = { appInfo: { productFilename: 'Hiwar' }, executableName: 'hiwar' }
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(join('/o', 'Hiwar.exe'))
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(join('/o', 'hiwar'))
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(join('/o', 'Hiwar.app'))
  })
})
