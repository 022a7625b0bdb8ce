// Writes schemas/evidence.schema.json from the zod schema, for editor completion of .github/evidence.yml.
import { writeFile } from 'node:fs/promises'
import { configJsonSchema } from '../src/config/json-schema.js'

await writeFile(
  new URL('../schemas/evidence.schema.json', import.meta.url),
  `${JSON.stringify(configJsonSchema(), null, 2)}\n`
)
