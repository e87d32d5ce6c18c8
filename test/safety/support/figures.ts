import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where the data-safety tests write the figures the README quotes (git-ignored artifacts). */
export const FIGURES_DIR = resolve(__dirname, '../../../artifacts/safety')

/** Whether the long (nightly) variants run: `HIWAR_NIGHTLY=1`. */
export const NIGHTLY = process.env.HIWAR_NIGHTLY === '1'

/** Records one test's figures as `artifacts/safety/<name>.json` (with when and in which mode). */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true })
  const body = { name, at: new Date().toISOString(), nightly: NIGHTLY, ...figures }
  writeFileSync(join(FIGURES_DIR, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`)
}
