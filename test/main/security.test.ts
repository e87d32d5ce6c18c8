import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isOwnPageUrl } from '../../src/main/security'

const rendererFile = '/opt/Hiwar/resources/app/out/renderer/index.html'
const page = { rendererFile }
const own = pathToFileURL(rendererFile).href

describe('isOwnPageUrl (IPC sender check)', () => {
  it.each([own, `${own}#/project/abc`, `${own}?lang=ar`])('accepts our page %s', (url) => {
    expect(isOwnPageUrl(url, page)).toBe(true)
  })

  it.each([
    ['another local file', 'file:///tmp/evil.html'],
    ['a sibling of our page', pathToFileURL('/opt/Hiwar/resources/app/out/renderer/other.html').href],
    ['a path-traversal lookalike', `${own}/../../evil.html`],
    ['a remote page', 'https://example.com/index.html'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['empty', ''],
    ['null', null],
    ['garbage', 'not a url']
  ])('refuses %s', (_label, url) => {
    expect(isOwnPageUrl(url, page)).toBe(false)
  })

  it('in development, accepts the dev server origin and nothing near it', () => {
    const dev = { rendererFile, devServerUrl: 'http://localhost:5173' }
    expect(isOwnPageUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isOwnPageUrl('http://localhost:5173/#/library', dev)).toBe(true)
    expect(isOwnPageUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isOwnPageUrl('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isOwnPageUrl('https://localhost:5173/', dev)).toBe(false)
  })

  it('without a dev server, an http page is refused', () => {
    expect(isOwnPageUrl('http://localhost:5173/', page)).toBe(false)
  })
})

describe('isAllowedExternalUrl (shell.openExternal allow-list)', () => {
  it.each(['https://www.who.int/publications/i/item/9789241514446', 'https://iris.who.int/handle/10665/252254', 'https://WWW.WHO.INT/'])(
    'allows %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true)
    }
  )

  it.each([
    'https://x.com.evil.com',
    'https://www.who.int.evil.com/',
    'https://evilwho.int/',
    'http://www.who.int/',
    'https://user:pass@www.who.int/',
    'https://www.who.int:8443/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,hi',
    'mailto:someone@who.int',
    'ms-msdt:/id PCWDiagnostic',
    '//www.who.int/',
    ''
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})

describe('Content-Security-Policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values]
    })
  ) as Record<string, string[]>

  it('denies by default and allows scripts only from our bundle (no inline, no eval)', () => {
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/)
    expect(directives['script-src']).not.toContain("'unsafe-inline'")
  })

  it('allows no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'none'"])
  })
})

describe('CSP header and the renderer meta tag', () => {
  it('say the same thing for every directive the meta tag sets', async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta, 'the renderer has a CSP meta tag').toBeTruthy()
    const parse = (csp: string) =>
      new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).sort().join(' ')]))
    const header = parse(CONTENT_SECURITY_POLICY)
    for (const [name, values] of parse(meta!)) expect(header.get(name), name).toBe(values)
  })
})
