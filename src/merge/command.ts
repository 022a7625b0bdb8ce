import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSigningKey } from '../bundle/signing.js'
import type { Settings } from '../inputs/settings.js'
import type { Logger } from '../pipeline.js'
import type { RunResult } from '../run.js'
import { findPartials, readPartials } from './read-partials.js'
import { checkShardSet } from './shard-set.js'

/**
 * `merge` for the CLI and the action alike: finds the partial bundles, verifies each (a signed shard
 * must be signed by the merge's own key), checks they are exactly the shards of one run, and merges them
 * into one sealed bundle at the destination.
 */
export async function mergeBundles(
  paths: string[],
  options: {
    settings: Pick<Settings, 'destination' | 'spoolDir' | 's3' | 'failOn' | 'signingKey'>
    log: Logger
    now?: Date
    label?: string
  }
): Promise<RunResult> {
  const { settings: inputs, log } = options
  const signingKey = inputs.signingKey !== undefined ? parseSigningKey(inputs.signingKey) : undefined
  const tempDir = await mkdtemp(join(tmpdir(), 'annex-merge-'))
  try {
    const found = await findPartials(paths, options.label)
    const partials = await readPartials(found, {
      tempDir,
      // The shards and the merge sign with one key: a shard signed by any other key is refused.
      ...(signingKey
        ? { trustedKeys: [{ publicKey: signingKey.publicKey, fingerprint: signingKey.fingerprint }] }
        : {})
    })
    const shards = checkShardSet(partials)
    const { mergePartials } = await import('./merge.js')
    return await mergePartials(shards, {
      destination: inputs.destination,
      spoolDir: inputs.spoolDir,
      s3: inputs.s3,
      signingKey,
      failOn: inputs.failOn,
      now: options.now ?? new Date(),
      log
    })
  } finally {
    await rm(tempDir, { recursive: true, force: true })
  }
}
