/**
 * The diagram pictures the in-process exports embed, rendered once per run in Chromium (their rendering
 * time is measured apart, in the mermaid section). Null when the diagram page is not available yet.
 */
import type { Lang } from '../../src/core/model/common'
import type { Project } from '../../src/core/model/project'
import { buildSample } from '../../src/core/samples'
import { buildLargeProject } from '../../src/core/samples/large'
import { diagramPageMissing, launchChromium, openDiagramPage, writeDiagramImages } from './diagrams'
import { BENCH_NOW, BENCH_SEED, counterIds, tempDir } from './env'

export interface ImageSet {
  /** Folder with `<key>.png` and `images.json`, or null when pictures could not be made. */
  dir: string | null
  /** Why there are no pictures. */
  missing: string | null
  /** Milliseconds each picture took (first one includes loading mermaid). */
  times: Record<string, number>
}

export const benchSample = (): Project =>
  buildSample('rabat2017', { id: 'rabat', name: 'Atelier Rabat 2017', now: BENCH_NOW, newId: counterIds() })
export const benchLarge = (scale = 1): Project => buildLargeProject({ seed: BENCH_SEED, scale, now: BENCH_NOW })

const cache = new Map<string, Promise<ImageSet>>()

/** Pictures of the diagrams of the sample or the large project (scale 1), made once per run. */
export function imagesFor(which: 'large' | 'sample', lang: Lang = 'fr'): Promise<ImageSet> {
  const key = `${which}-${lang}`
  let found = cache.get(key)
  if (!found) {
    found = (async (): Promise<ImageSet> => {
      const missing = diagramPageMissing()
      if (missing) return { dir: null, missing, times: {} }
      const browser = await launchChromium()
      try {
        const page = await openDiagramPage(browser)
        const dir = await tempDir(`images-${key}`)
        const project = which === 'large' ? benchLarge() : benchSample()
        const times = await writeDiagramImages(page, project, lang, BENCH_NOW, dir)
        return { dir, missing: null, times }
      } catch (e) {
        return { dir: null, missing: `diagram rendering failed: ${e instanceof Error ? e.message : String(e)}`, times: {} }
      } finally {
        await browser.close()
      }
    })()
    cache.set(key, found)
  }
  return found
}
