import { pathToFileURL } from 'node:url'

/**
 * The Content-Security-Policy main adds to every response, the same as the renderer's meta tag
 * (src/renderer/index.html; keep the two in step) plus the directives a meta tag cannot carry
 * (frame-ancestors): only our own bundled scripts and styles, no eval, no inline script, no network.
 * Images may be data:/blob: (diagram rasterisation). Styles may be inline: mermaid's SVG (strict mode,
 * no script) carries its own `<style>` element and `style` attributes; scripts stay `'self'` only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'"
].join('; ')

export interface OwnPage {
  /** Absolute path of the built `out/renderer/index.html`. */
  rendererFile: string
  /** The electron-vite dev server URL (development only). */
  devServerUrl?: string | undefined
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Whether a frame URL is our own page: the built `index.html` over file:// (any hash or query), or, in
 * development, a page of the dev server's origin. Everything else is refused.
 */
export function isOwnPageUrl(url: string | null | undefined, page: OwnPage): boolean {
  if (!url) return false
  const actual = parse(url)
  if (!actual) return false
  if (actual.protocol === 'file:') {
    const expected = pathToFileURL(page.rendererFile)
    return actual.host === expected.host && decodeURIComponent(actual.pathname) === decodeURIComponent(expected.pathname)
  }
  if (page.devServerUrl) {
    const dev = parse(page.devServerUrl)
    return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && actual.origin === dev.origin
  }
  return false
}

/** The only sites `shell.openExternal` may open: WHO pages our help links point to. Exact host match. */
export const EXTERNAL_HOSTS: readonly string[] = ['www.who.int', 'iris.who.int', 'www.emro.who.int']

/** Whether a link may be opened in the user's browser (https, an allow-listed host, no credentials). */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parse(url)
  if (!u) return false
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    EXTERNAL_HOSTS.includes(u.hostname.toLowerCase())
  )
}
