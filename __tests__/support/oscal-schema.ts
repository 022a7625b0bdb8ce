import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { ROOT } from './run-action.js'

/** NIST's official OSCAL 1.0.6 assessment-results schema, vendored (see PROVENANCE.md beside it). */
const SCHEMA = join(ROOT, '__tests__/fixtures/oscal/oscal_assessment-results_schema-1.0.6.json')
const SCHEMA_SHA256 = '73fd7503ec274f5a4039a6dd3976c13ce2052d483a74a87b6e24145d88193cb2'

/** A validator for OSCAL 1.0.6 assessment-results documents; refuses a schema file that is not NIST's. */
export async function oscalAssessmentResultsValidator() {
  const bytes = await readFile(SCHEMA)
  const digest = createHash('sha256').update(bytes).digest('hex')
  if (digest !== SCHEMA_SHA256)
    throw new Error(`${SCHEMA}: SHA-256 ${digest}, expected NIST's ${SCHEMA_SHA256}`)
  // Draft-07, Ajv's default draft, in strict mode (the schema compiles without a warning). Formats (date-time,
  // uri, uri-reference, email) are checked by ajv-formats; the schema's patterns use \p{L}, so unicode regular
  // expressions stay on (Ajv's default). Nothing is disabled.
  const ajv = new Ajv.default({ allErrors: true })
  addFormats.default(ajv)
  return ajv.compile(JSON.parse(bytes.toString('utf8')))
}
