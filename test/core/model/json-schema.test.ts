import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderProjectSchema, SCHEMA_PATH } from '../../../scripts/write-json-schema'

describe('resources/schema/project.schema.json', () => {
  it('is current with the zod model (run `npm run schema` after changing src/core/model)', () => {
    const onDisk = readFileSync(SCHEMA_PATH, 'utf8')
    expect(onDisk === renderProjectSchema(), 'project.schema.json is stale: run `npm run schema`').toBe(true)
  })

  it('describes a project file: required identity fields and schemaVersion 1', () => {
    const schema = JSON.parse(renderProjectSchema()) as {
      type: string
      required: string[]
      properties: Record<string, { const?: unknown }>
    }
    expect(schema.type).toBe('object')
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'createdAt', 'updatedAt']))
    expect(schema.properties.schemaVersion?.const).toBe(1)
    for (const stage of ['framing', 'priority', 'evidence', 'stakeholders', 'design', 'participants', 'agenda', 'minutes', 'actions', 'evaluation']) {
      expect(schema.properties, stage).toHaveProperty(stage)
    }
  })

  it('is rendered identically twice (stable output)', () => {
    expect(renderProjectSchema()).toBe(renderProjectSchema())
  })
})
