import { z } from 'zod'
import { configSchema } from './schema.js'

/** The config schema as JSON Schema (what users write, so defaults are optional). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/annex-evidence/annex-evidence/schemas/evidence.schema.json',
    title: 'annex-evidence config (.github/evidence.yml)'
  }
}
