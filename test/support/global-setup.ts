import { rm } from 'node:fs/promises'
import { buildRenderer } from './build-renderer'

/**
 * Vitest globalSetup of the e2e project: builds the renderer ONCE per run into a temp folder of its own
 * (unless HIWAR_RENDERER_DIR already points at a build) and hands it to every test file through the
 * environment; removes it at the end.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.HIWAR_RENDERER_DIR) return async () => {}
  const dir = await buildRenderer()
  process.env.HIWAR_RENDERER_DIR = dir
  return async () => {
    delete process.env.HIWAR_RENDERER_DIR
    await rm(dir, { recursive: true, force: true })
  }
}
