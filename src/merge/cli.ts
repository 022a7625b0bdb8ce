import { parseArgs } from 'node:util'
import { InputError } from '../config/errors.js'
import { cliSource, readSettings } from '../inputs/settings.js'
import { renderControlTable } from '../report/console.js'
import type { Logger } from '../pipeline.js'
import { registerSecret } from '../util/redact.js'
import { mergeBundles } from './command.js'
import { ShardIntegrityError } from './read-partials.js'

/** `merge …`: exit 0, 1 (failing controls, or a shard that fails its integrity check), 2 (bad input, a wrong set of shards). */
export async function mergeCommand(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      destination: { type: 'string' },
      'fail-on': { type: 'string' },
      'spool-dir': { type: 'string' },
      'aws-region': { type: 'string' },
      's3-endpoint': { type: 'string' },
      's3-force-path-style': { type: 'string' },
      sse: { type: 'string' },
      'kms-key-id': { type: 'string' },
      'retention-mode': { type: 'string' },
      'retention-days': { type: 'string' },
      'signing-key-file': { type: 'string' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length === 0 || positionals.some((p) => p === ''))
    throw new InputError(
      'merge: expected the partial bundles of one run (directories or .tar.gz archives), got none'
    )
  if (values.destination === undefined)
    throw new InputError(
      '--destination: expected where the merged bundle goes (a directory or s3://bucket/prefix), got nothing'
    )
  // The collect flags' checks and defaults (settings.ts), as mode: merge: the partial bundles are the arguments.
  const settings = await readSettings(cliSource(values, process.env, { partials: positionals }), {
    base: process.cwd(),
    env: process.env
  })
  registerSecret(settings.signingKey)
  let result
  try {
    result = await mergeBundles(settings.partialBundles, { settings, log })
  } catch (error) {
    if (!(error instanceof ShardIntegrityError)) throw error
    console.error(`error: ${error.message}`)
    return 1
  }
  console.log(renderControlTable(result.controls))
  console.log(`Bundle: ${result.bundleDir}`)
  console.log(`Manifest SHA-256: ${result.manifestSha256}`)
  if (result.publishError) {
    console.error(`error: ${result.publishError.message}`)
    return result.publishError.badInput ? 2 : 1
  }
  return result.failed ? 1 : 0
}
