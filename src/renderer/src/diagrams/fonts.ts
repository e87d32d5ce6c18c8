/**
 * The bundled fonts, inlined as data URLs so that a diagram drawn as a picture (an SVG loaded into an
 * <img>, then painted on a canvas) uses the same letters as on screen: an SVG used as an image cannot
 * see the page's fonts. This module is only imported by the lazily loaded diagram code.
 */
import notoSansLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline'
import notoSansLatinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline'
import notoNaskhArabic from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?inline'

/** The font stack of every diagram (Latin letters from Noto Sans, Arabic from Noto Naskh Arabic). */
export const DIAGRAM_FONT_FAMILY = '"Noto Sans", "Noto Naskh Arabic", Arial, sans-serif'

const FACES = [
  { family: 'Noto Sans', url: notoSansLatin, weight: '400', range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212' },
  { family: 'Noto Sans', url: notoSansLatinBold, weight: '700', range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212' },
  { family: 'Noto Naskh Arabic', url: notoNaskhArabic, weight: '400', range: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F' }
] as const

/** `@font-face` rules with the fonts inlined: put inside a standalone SVG's <style>. */
export function inlineFontFaceCss(): string {
  return FACES.map(
    (f) =>
      `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};src:url(${f.url}) format("woff2");unicode-range:${f.range};}`
  ).join('')
}

let registered: Promise<void> | null = null

/** A `data:…;base64,` URL → its bytes (no fetch: the page's CSP allows fonts from 'self' only). */
function bytesOf(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes.buffer
}

/**
 * Makes the fonts available to the page itself (mermaid measures labels in the page before drawing),
 * once, from bytes (a `data:` font URL would be refused by the app's `font-src 'self'`). The app's
 * stylesheet already declares these families; the standalone page of the export command does not.
 * Failures are ignored: the diagram then uses the system font.
 */
export function ensureDiagramFonts(): Promise<void> {
  registered ??= (async () => {
    if (typeof FontFace === 'undefined' || typeof document === 'undefined' || !document.fonts) return
    await Promise.all(
      FACES.map(async (f) => {
        try {
          const face = new FontFace(f.family, bytesOf(f.url), { weight: f.weight, unicodeRange: f.range })
          document.fonts.add(await face.load())
        } catch {
          // A font that does not load leaves the system font in place.
        }
      })
    )
  })()
  return registered
}
