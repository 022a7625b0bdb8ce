import { readFile } from 'node:fs/promises'
import { configJsonSchema } from '../../src/config/json-schema.js'

test('the committed JSON Schema matches the zod schema (run `npm run schema` after changing it)', async () => {
  const committed = JSON.parse(
    await readFile(new URL('../../schemas/evidence.schema.json', import.meta.url), 'utf8')
  )
  expect(committed).toEqual(JSON.parse(JSON.stringify(configJsonSchema())))
})
