// Writes schemas/ai-inventory.schema.json from the zod schema, for editor completion of .github/ai-inventory.yml.
// Run with `npx tsx scripts/generate-ai-inventory-schema.ts`; the output is Prettier-formatted so that
// `prettier --check` passes without a second step.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { aiInventoryJsonSchema } from '../src/ai/inventory.js'

const target = new URL('../schemas/ai-inventory.schema.json', import.meta.url)
const options = (await resolveConfig(fileURLToPath(target))) ?? {}
await writeFile(
  target,
  await format(JSON.stringify(aiInventoryJsonSchema(), null, 2), { ...options, parser: 'json' })
)
