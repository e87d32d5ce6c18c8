import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { z } from 'zod'
import { CURRENT_SCHEMA_VERSION, Project } from '../src/core/model/project'

/** Where the published schema of a project file lives (tracked in git, checked by a test). */
export const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../resources/schema/project.schema.json')

/** The JSON Schema of a project file as Hiwar accepts it (input side: defaults may be omitted). */
export function renderProjectSchema(): string {
  const schema = z.toJSONSchema(Project, { io: 'input' })
  const titled = { ...schema, title: `Hiwar project file (schemaVersion ${CURRENT_SCHEMA_VERSION})` }
  return `${JSON.stringify(titled, null, 2)}\n`
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true })
  writeFileSync(SCHEMA_PATH, renderProjectSchema())
  console.log(`wrote ${SCHEMA_PATH}`)
}
